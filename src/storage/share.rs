//! Share links: a whole scenario in the URL fragment, so a link or QR code opens it on another
//! machine with no server. The fragment never reaches a server, and it is untrusted input:
//! every step of decoding is bounded and fallible.
//!
//! Fragment: `#s=` + payload. Payload: one format character, then base64url (no padding) of
//! raw deflate of compact JSON. The JSON holds only the values that differ from a frozen base
//! scenario, which keeps links short (a few hundred characters instead of thousands). Format `1`
//! diffs against `share_base_v1.json` (the schema-1 defaults as released), format `2` against
//! `share_base_v2.json` (schema 2), format `3` against `share_base_v3.json` (schema 2 with the
//! risk model's settings, so a link carries only the risk values a planner changed). A base is frozen, not `Scenario::default()`, so recalibrating
//! a model default never changes what an old link opens. A new `SCHEMA_VERSION` needs a new base
//! and format character (a test fails until then); old links keep opening through their own
//! base and the scenario migrations.
//!
//! A compared set (two to [`MAX_SHARED_SET`] scenarios, in compare order) travels as one link:
//! [`SET_MARK`], then the base's format character, then base64url of raw deflate of a JSON
//! array of diffs, each against that base. Deflate sees the set whole, so what the scenarios
//! share costs little; an app from before sets reads the mark as an unknown format and says so.

use miniz_oxide::inflate::TINFLStatus;
use serde_json::{Map, Value};

use super::base64url;
use super::migrate::{self, LoadError, Upgrade};
use crate::model::{Scenario, ValidationError};

/// What `location.hash` holds after `#` when it carries a shared scenario.
pub const FRAGMENT_PREFIX: &str = "s=";

/// Payload formats: the character names the frozen base the JSON is a diff against.
const FORMAT_V1: char = '1';
const FORMAT_V2: char = '2';
const FORMAT_V3: char = '3';
/// What new links are written in.
pub(crate) const FORMAT_CURRENT: char = FORMAT_V3;
/// Marks a payload that holds a set of scenarios; the format character follows it.
pub const SET_MARK: char = 'M';
/// Most scenarios one link carries: the compare view's limit, and four of the richest presets
/// still make a QR code a phone reads from a projector (see `tests/storage_share.rs`).
pub const MAX_SHARED_SET: usize = crate::storage::workspace::MAX_COMPARED;

/// Longest payload accepted (characters). A scenario with awkward nine-digit fractions in every
/// field is about 2,700; this leaves room for long names and monitoring-line tables while
/// refusing anything absurd.
pub const MAX_FRAGMENT_CHARS: usize = 16 * 1024;

/// Most bytes a payload may inflate to: a scenario's JSON is under 4 KB, so a payload that
/// inflates past this is a deflate bomb, stopped before it uses the memory.
pub const MAX_INFLATED_BYTES: usize = 256 * 1024;

/// Deflate level 10 is miniz's best; links are short either way, so spend the time.
const DEFLATE_LEVEL: u8 = 10;

/// Format 1's base: a schema-1 scenario, frozen when the format was released.
const BASE_V1: &str = include_str!("share_base_v1.json");
/// Format 2's base: a schema-2 scenario, frozen when the format was released.
const BASE_V2: &str = include_str!("share_base_v2.json");
/// Format 3's base: format 2's with the risk settings of issue 10, frozen when it was released.
const BASE_V3: &str = include_str!("share_base_v3.json");

pub(crate) fn base(format: char) -> Option<Value> {
    let text = match format {
        FORMAT_V1 => BASE_V1,
        FORMAT_V2 => BASE_V2,
        FORMAT_V3 => BASE_V3,
        _ => return None,
    };
    Some(serde_json::from_str(text).expect("a frozen base is valid JSON"))
}

/// The parts of `value` that differ from `base`: objects recurse, anything else (numbers,
/// strings, whole arrays) is kept when not equal.
pub(crate) fn diff(base: &Value, value: &Value) -> Value {
    match (base, value) {
        (Value::Object(b), Value::Object(v)) => {
            let mut out = Map::new();
            for (key, item) in v {
                match b.get(key) {
                    Some(old) if old == item => {}
                    Some(old @ Value::Object(_)) if item.is_object() => {
                        out.insert(key.clone(), diff(old, item));
                    }
                    _ => {
                        out.insert(key.clone(), item.clone());
                    }
                }
            }
            Value::Object(out)
        }
        _ => value.clone(),
    }
}

/// Undoes [`diff`]: lays `changes` over `base`.
pub(crate) fn merge(base: &mut Value, changes: Value) {
    match (base, changes) {
        (Value::Object(b), Value::Object(c)) => {
            for (key, item) in c {
                match b.get_mut(key.as_str()) {
                    Some(old) if old.is_object() && item.is_object() => merge(old, item),
                    _ => {
                        b.insert(key, item);
                    }
                }
            }
        }
        (base, changes) => *base = changes,
    }
}

/// Deflate and base64url of `json`, after the payload's leading characters.
fn pack(lead: &str, json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
    let mut out = String::with_capacity(lead.len() + packed.len() * 4 / 3 + 2);
    out.push_str(lead);
    out.push_str(&base64url::encode(&packed));
    out
}

/// Scenarios as JSON values, the form [`encode_values`] reads: through a value, as storage writes
/// scenarios, so the page links one serialiser of `Scenario` (the share dialog sends these to the
/// share maker as text).
pub fn scenario_values<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> Vec<Value> {
    scenarios
        .into_iter()
        .map(|s| serde_json::to_value(s).expect("plain data serialises"))
        .collect()
}

/// The payload for a scenario: put it after `#s=` (see [`link_fragment`]).
pub fn encode_link(s: &Scenario) -> String {
    encode_values(&scenario_values([s]))
}

/// The payload for a compared set, in its order: put it after `#s=`. Holds the first
/// [`MAX_SHARED_SET`] scenarios; one scenario is written as a plain link.
pub fn encode_set(scenarios: &[Scenario]) -> String {
    encode_values(&scenario_values(scenarios.iter().take(MAX_SHARED_SET)))
}

/// [`encode_set`] of scenarios given as their JSON (as a scenario serialises): what the share
/// dialog's lazily loaded maker (`src/bin/share_maker.rs`) runs, so that the page's own wasm
/// carries neither deflate's compressor nor the diffing. One scenario is a plain link; none, an
/// empty payload.
pub fn encode_values(scenarios: &[Value]) -> String {
    let set = &scenarios[..scenarios.len().min(MAX_SHARED_SET)];
    let base = base(FORMAT_CURRENT).expect("the current format has a base");
    match set {
        [] => String::new(),
        [one] => pack(
            FORMAT_CURRENT.encode_utf8(&mut [0; 4]),
            &diff(&base, one).to_string(),
        ),
        _ => {
            let diffs: Vec<Value> = set.iter().map(|s| diff(&base, s)).collect();
            pack(
                &format!("{SET_MARK}{FORMAT_CURRENT}"),
                &Value::Array(diffs).to_string(),
            )
        }
    }
}

/// The whole fragment without `#`: `s=` + payload. A link is `origin + path + "#" + this`.
pub fn link_fragment(s: &Scenario) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode_link(s))
}

/// [`link_fragment`] of a compared set.
pub fn set_fragment(scenarios: &[Scenario]) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode_set(scenarios))
}

/// Why a share link could not be opened. Nothing in the workspace changes on any of these.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Nothing after `s=`.
    Empty,
    TooLong {
        chars: usize,
    },
    /// A first character that names no payload format (a link from a newer app, or mangled).
    UnknownFormat {
        found: char,
    },
    /// A character that base64url does not use (the link was cut or altered when copied).
    BadCharacters {
        position: usize,
    },
    /// The bytes do not inflate: damaged data.
    Corrupt,
    /// The data would inflate past [`MAX_INFLATED_BYTES`].
    TooBig,
    /// Inflated, but not a scenario; `detail` names the place when it can.
    NotAScenario {
        detail: String,
    },
    UnknownVersion {
        found: u64,
        supported: u32,
    },
    /// A scenario whose values the model does not accept.
    OutOfRange {
        error: ValidationError,
    },
    /// A set of more scenarios than one link may carry.
    TooManyScenarios {
        found: usize,
    },
}

/// What can be wrong with a link's text itself, whatever it carries: worded once for share
/// links and course links (`course_link.rs`).
pub(super) enum LinkText {
    TooLong { chars: usize, limit: usize },
    BadCharacters { position: usize },
    Corrupt,
}

impl LinkText {
    pub(super) fn reason(&self, english: bool) -> String {
        match (self, english) {
            (LinkText::TooLong { chars, limit }, false) => {
                format!("链接过长（{chars} 个字符，上限 {limit}）")
            }
            (LinkText::TooLong { chars, limit }, true) => {
                format!("it is too long ({chars} characters; the limit is {limit})")
            }
            (LinkText::BadCharacters { position }, false) => {
                format!("第 {position} 个字符无效，链接可能在复制时被截断或改动")
            }
            (LinkText::BadCharacters { position }, true) => format!(
                "character {position} is not valid; the link may have been cut or changed when copied"
            ),
            (LinkText::Corrupt, false) => "数据已损坏，链接可能不完整".to_string(),
            (LinkText::Corrupt, true) => {
                "the data is damaged; the link may be incomplete".to_string()
            }
        }
    }
}

impl ShareError {
    /// What is wrong with the link, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        let lead = if english {
            "This share link cannot be opened: "
        } else {
            "无法打开此分享链接："
        };
        let why = match (self, english) {
            (ShareError::Empty, false) => "链接中没有情景数据".to_string(),
            (ShareError::Empty, true) => "it holds no scenario".to_string(),
            (ShareError::TooLong { chars }, _) => LinkText::TooLong {
                chars: *chars,
                limit: MAX_FRAGMENT_CHARS,
            }
            .reason(english),
            (ShareError::UnknownFormat { found }, false) => {
                format!("未知的链接格式“{found}”，可能来自更新版本的应用")
            }
            (ShareError::UnknownFormat { found }, true) => format!(
                "unknown link format “{found}”; it may come from a newer version of the app"
            ),
            (ShareError::BadCharacters { position }, _) => LinkText::BadCharacters {
                position: *position,
            }
            .reason(english),
            (ShareError::Corrupt, _) => LinkText::Corrupt.reason(english),
            (ShareError::TooBig, false) => "解压后的数据过大".to_string(),
            (ShareError::TooBig, true) => "the data unpacks to far too much".to_string(),
            (ShareError::NotAScenario { detail }, false) => {
                format!("内容不是有效的情景（{detail}）")
            }
            (ShareError::NotAScenario { detail }, true) => {
                format!("it does not hold a valid scenario ({detail})")
            }
            (ShareError::UnknownVersion { found, supported }, false) => format!(
                "情景格式版本 {found} 不受支持（本应用最高支持 {supported}），请更新应用"
            ),
            (ShareError::UnknownVersion { found, supported }, true) => format!(
                "scenario format version {found} is not supported (this app reads up to {supported}); update the app"
            ),
            (ShareError::TooManyScenarios { found }, false) => {
                format!("链接含 {found} 个方案，一个链接最多 {MAX_SHARED_SET} 个")
            }
            (ShareError::TooManyScenarios { found }, true) => format!(
                "it holds {found} scenarios; one link carries at most {MAX_SHARED_SET}"
            ),
            (ShareError::OutOfRange { error }, english) => crate::i18n::validation_message(
                error,
                if english { crate::i18n::Lang::En } else { crate::i18n::Lang::Zh },
            ),
        };
        format!("{lead}{why}")
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for ShareError {}

/// Decodes a payload (also accepts it with a leading `#` and/or `s=`). Never panics. A set's
/// payload is refused here unless it holds one scenario: [`decode_shared_noting`] opens sets.
pub fn decode_link(fragment: &str) -> Result<Scenario, ShareError> {
    decode_link_noting(fragment).map(|(s, _)| s)
}

/// [`decode_link`], saying whether the scenario was upgraded from an older schema.
pub fn decode_link_noting(fragment: &str) -> Result<(Scenario, Option<Upgrade>), ShareError> {
    let (mut set, upgrade) = decode_shared_noting(fragment)?;
    if set.len() != 1 {
        return Err(ShareError::NotAScenario {
            detail: format!("a set of {} scenarios", set.len()),
        });
    }
    Ok((set.remove(0), upgrade))
}

/// What a link holds: its scenarios in order, and the upgrade any of them needed.
pub type Shared = (Vec<Scenario>, Option<Upgrade>);

/// Decodes a payload of one scenario or of a set, in the set's order, saying whether any was
/// upgraded from an older schema. Never panics.
pub fn decode_shared_noting(fragment: &str) -> Result<Shared, ShareError> {
    let payload = fragment.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    let payload = payload.strip_prefix(FRAGMENT_PREFIX).unwrap_or(payload);
    // Count characters, not bytes, so the message matches what the planner sees.
    let chars = payload.chars().take(MAX_FRAGMENT_CHARS + 1).count();
    if chars > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong {
            chars: payload.chars().count(),
        });
    }
    let mut it = payload.chars();
    let mut found = it.next().ok_or(ShareError::Empty)?;
    let is_set = found == SET_MARK;
    if is_set {
        found = it.next().ok_or(ShareError::Empty)?;
    }
    let Some(base) = base(found) else {
        return Err(ShareError::UnknownFormat { found });
    };
    let body = it.as_str();
    if body.is_empty() {
        return Err(ShareError::Empty);
    }
    let packed = base64url::decode(body).map_err(|e| ShareError::BadCharacters {
        // 1-based, counting the leading characters, as a person counts along the link.
        position: body
            .char_indices()
            .take_while(|(i, _)| *i < e.position)
            .count()
            + if is_set { 3 } else { 2 },
    })?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => ShareError::TooBig,
            _ => ShareError::Corrupt,
        })?;
    let changes: Value = serde_json::from_slice(&json).map_err(|e| ShareError::NotAScenario {
        detail: e.to_string(),
    })?;
    let changes = match (is_set, changes) {
        (false, one @ Value::Object(_)) => vec![one],
        (true, Value::Array(set)) => set,
        (false, _) => {
            return Err(ShareError::NotAScenario {
                detail: "not an object".into(),
            })
        }
        (true, _) => {
            return Err(ShareError::NotAScenario {
                detail: "not a list".into(),
            })
        }
    };
    if changes.is_empty() {
        return Err(ShareError::Empty);
    }
    if changes.len() > MAX_SHARED_SET {
        return Err(ShareError::TooManyScenarios {
            found: changes.len(),
        });
    }
    let mut upgrade = None;
    let mut scenarios = Vec::with_capacity(changes.len());
    for item in changes {
        if !item.is_object() {
            return Err(ShareError::NotAScenario {
                detail: "not an object".into(),
            });
        }
        let (scenario, upgraded) = scenario_of(base.clone(), item)?;
        upgrade = upgrade.or(upgraded);
        scenarios.push(scenario);
    }
    Ok((scenarios, upgrade))
}

/// One scenario: `changes` laid over its base, migrated and validated.
fn scenario_of(
    mut value: Value,
    changes: Value,
) -> Result<(Scenario, Option<Upgrade>), ShareError> {
    merge(&mut value, changes);
    let upgrade = Upgrade::of(&value);
    let scenario = migrate::scenario_from_value(value).map_err(|e| match e {
        LoadError::UnknownVersion {
            found, supported, ..
        } => ShareError::UnknownVersion { found, supported },
        LoadError::Invalid { error, .. } => ShareError::OutOfRange { error },
        LoadError::WrongTypes { path, detail } => ShareError::NotAScenario {
            detail: if path.is_empty() {
                detail
            } else {
                format!("{path}: {detail}")
            },
        },
        other => ShareError::NotAScenario {
            detail: other.message(true),
        },
    })?;
    Ok((scenario, upgrade))
}

/// Reads `location.hash` (with or without `#`): `None` when it holds no shared scenario, so the
/// app starts normally; otherwise the scenario or why it cannot be opened.
pub fn scenario_from_fragment(hash: &str) -> Option<Result<Scenario, ShareError>> {
    scenario_from_fragment_noting(hash).map(|r| r.map(|(s, _)| s))
}

/// [`scenario_from_fragment`], saying whether the scenario was upgraded from an older schema.
pub fn scenario_from_fragment_noting(
    hash: &str,
) -> Option<Result<(Scenario, Option<Upgrade>), ShareError>> {
    Some(decode_link_noting(payload_of_hash(hash)?))
}

/// Reads `location.hash` for one shared scenario or a set: `None` when it holds none.
pub fn shared_from_fragment_noting(hash: &str) -> Option<Result<Shared, ShareError>> {
    Some(decode_shared_noting(payload_of_hash(hash)?))
}

fn payload_of_hash(hash: &str) -> Option<&str> {
    let hash = hash.trim();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.strip_prefix(FRAGMENT_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::PRESETS;

    #[test]
    fn every_preset_round_trips_through_a_link() {
        for p in PRESETS {
            let s = (p.build)();
            let link = encode_link(&s);
            assert_eq!(decode_link(&link).unwrap(), s, "{}", p.id);
            let hash = format!("#{}", link_fragment(&s));
            assert_eq!(scenario_from_fragment(&hash).unwrap().unwrap(), s);
        }
    }

    #[test]
    fn the_frozen_base_is_a_valid_scenario_of_the_current_schema() {
        // Fails when SCHEMA_VERSION moves on: add `share_base_v4.json` and format '4' then.
        let current = || base(FORMAT_CURRENT).unwrap();
        let frozen: Scenario = serde_json::from_value(current()).unwrap();
        assert_eq!(
            frozen.schema_version,
            crate::model::scenario::SCHEMA_VERSION
        );
        assert!(crate::model::fields::validate(&frozen).is_ok());
        // Every key of today's scenario is in the base, so a diff never drops one.
        let today = serde_json::to_value(Scenario::default()).unwrap();
        let mut merged = current();
        merge(&mut merged, diff(&current(), &today));
        assert_eq!(merged, today);
    }

    #[test]
    fn a_format_2_link_opens_with_the_default_risk_settings() {
        // A link written before the risk model: a diff against the v2 base, with no "risk".
        let mut s = crate::model::Scenario::default();
        s.household.members_persons = 4.0;
        let mut full = serde_json::to_value(&s).unwrap();
        full.as_object_mut().unwrap().remove("risk");
        let json = diff(&base(FORMAT_V2).unwrap(), &full).to_string();
        let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
        let link = format!("{FORMAT_V2}{}", base64url::encode(&packed));
        assert_eq!(decode_link(&link).unwrap(), s);
    }

    #[test]
    fn the_v1_base_is_still_a_schema_1_scenario() {
        assert_eq!(base(FORMAT_V1).unwrap()["schema_version"], 1);
    }

    #[test]
    fn diff_keeps_only_changes() {
        let base = serde_json::json!({"a": 1, "b": {"c": 2, "d": [1, 2]}, "e": "x"});
        let value = serde_json::json!({"a": 1, "b": {"c": 3, "d": [1, 2]}, "e": "x"});
        let d = diff(&base, &value);
        assert_eq!(d, serde_json::json!({"b": {"c": 3}}));
        let mut back = base.clone();
        merge(&mut back, d);
        assert_eq!(back, value);
    }

    #[test]
    fn a_hash_without_a_scenario_is_ignored() {
        assert_eq!(scenario_from_fragment(""), None);
        assert_eq!(scenario_from_fragment("#"), None);
        assert_eq!(scenario_from_fragment("#compare"), None);
        assert_eq!(scenario_from_fragment("#s="), Some(Err(ShareError::Empty)));
    }
}
