//! Training courses as one link or one file, so a trainer hands a whole session to a room with
//! no server. Both are untrusted input: decoding is bounded, fallible and never panics, and
//! nothing changes on any error.
//!
//! Link fragment: `#c=` + payload. Payload: the course-link format character ([`LINK_FORMAT`],
//! `1`), then the share-link format character naming the frozen base scenario the course's
//! scenarios are diffs against (see `share.rs`), then base64url (no padding) of raw deflate of
//! the course's compact JSON in which every scenario (each step's and each choice option's) is
//! replaced by its diff against that base. The steps of one course share most values, so
//! deflate makes a whole course little longer than one scenario's link.
//!
//! File: pretty JSON in the export envelope of `files.rs`, `{"app": "village-income-planner",
//! "kind": "course", "version": 1, "exported": "…" (optional), "data": <course>}` with whole
//! scenarios (a person can read and edit it). Scenarios of older schemas, in either form, go
//! through the scenario migrations on opening.

use miniz_oxide::inflate::TINFLStatus;
use serde_json::Value;

use super::base64url;
use super::files::APP_ID;
use super::migrate::{self, LoadError};
use super::share::{self, LinkText};
use crate::model::training::{builtin_course, Course, CourseError, COURSE_VERSION};

/// What `location.hash` holds after `#` when it carries a course.
pub const COURSE_FRAGMENT_PREFIX: &str = "c=";
/// The payload format character this app writes and reads.
pub const LINK_FORMAT: char = '1';
/// The envelope `kind` of a course file.
pub const COURSE_KIND: &str = "course";
/// Longest payload accepted, in characters (twenty rich steps stay well under it).
pub const MAX_COURSE_LINK_CHARS: usize = 64 * 1024;
/// Most bytes a payload may inflate to (a deflate bomb stops here).
pub const MAX_COURSE_INFLATED_BYTES: usize = 2 * 1024 * 1024;
/// Largest course file read.
pub const MAX_COURSE_FILE_BYTES: usize = 5 * 1024 * 1024;

const DEFLATE_LEVEL: u8 = 10;

/// Why a course link or file could not be opened. Nothing changes on any of these.
#[derive(Clone, Debug, PartialEq)]
pub enum CourseLinkError {
    /// Nothing after `c=`, or an empty file.
    Empty,
    TooLong {
        chars: usize,
    },
    /// A format character this app does not know: a link from a newer app, or mangled.
    UnknownFormat {
        found: char,
    },
    /// A character base64url does not use (the link was cut or altered when copied); 1-based.
    BadCharacters {
        position: usize,
    },
    /// The bytes do not inflate: damaged or cut off.
    Corrupt,
    /// The data would inflate past [`MAX_COURSE_INFLATED_BYTES`] (or a file is too large).
    TooBig,
    /// Readable, but not a course; `detail` names the place when it can.
    NotACourse {
        detail: String,
    },
    /// A scenario inside the course that cannot be read (`step` from 1).
    Scenario {
        step: usize,
        error: LoadError,
    },
    /// A course this app reads but does not accept (a newer course version, unknown field …).
    Invalid(CourseError),
}

impl CourseLinkError {
    /// What is wrong, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        let lead = if english {
            "This training course cannot be opened: "
        } else {
            "无法打开此培训课程："
        };
        let why = match (self, english) {
            (CourseLinkError::Empty, false) => "其中没有课程数据".to_string(),
            (CourseLinkError::Empty, true) => "it holds no course".to_string(),
            (CourseLinkError::TooLong { chars }, _) => LinkText::TooLong {
                chars: *chars,
                limit: MAX_COURSE_LINK_CHARS,
            }
            .reason(english),
            (CourseLinkError::UnknownFormat { found }, false) => {
                format!("未知的课程链接格式“{found}”，可能来自更新版本的应用，请更新应用")
            }
            (CourseLinkError::UnknownFormat { found }, true) => format!(
                "unknown course link format “{found}”; it may come from a newer version of the app, so update it"
            ),
            (CourseLinkError::BadCharacters { position }, _) => LinkText::BadCharacters {
                position: *position,
            }
            .reason(english),
            (CourseLinkError::Corrupt, _) => LinkText::Corrupt.reason(english),
            (CourseLinkError::TooBig, false) => "数据过大".to_string(),
            (CourseLinkError::TooBig, true) => "the data is far too large".to_string(),
            (CourseLinkError::NotACourse { detail }, false) => {
                format!("内容不是有效的培训课程（{detail}）")
            }
            (CourseLinkError::NotACourse { detail }, true) => {
                format!("it does not hold a valid training course ({detail})")
            }
            (CourseLinkError::Scenario { step, error }, false) => {
                format!("第 {step} 步的情景无法读取：{}", error.message(false))
            }
            (CourseLinkError::Scenario { step, error }, true) => {
                format!("the scenario of step {step} cannot be read: {}", error.message(true))
            }
            (CourseLinkError::Invalid(error), english) => error.message(english),
        };
        format!("{lead}{why}")
    }
}

impl std::fmt::Display for CourseLinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for CourseLinkError {}

/// Applies `f` to every scenario slot of a course's JSON (each step's, each choice option's),
/// with the step number (from 1). Slots that are missing are left for serde to report.
fn each_scenario(
    course: &mut Value,
    mut f: impl FnMut(usize, &mut Value) -> Result<(), CourseLinkError>,
) -> Result<(), CourseLinkError> {
    let Some(steps) = course.get_mut("steps").and_then(Value::as_array_mut) else {
        return Ok(());
    };
    for (i, step) in steps.iter_mut().enumerate() {
        if let Some(s) = step.get_mut("scenario") {
            f(i + 1, s)?;
        }
        let options = step
            .get_mut("exercise")
            .and_then(|e| e.get_mut("options"))
            .and_then(Value::as_array_mut);
        for option in options.into_iter().flatten() {
            if let Some(s) = option.get_mut("scenario") {
                f(i + 1, s)?;
            }
        }
    }
    Ok(())
}

/// The payload standing for the app's own built-in course ([`builtin_course`]): a link (and a
/// QR code) of three characters. It opens the built-in course of the app that reads it.
pub const BUILTIN_PAYLOAD: &str = "B";

/// The payload of a course: put it after `#c=` (see [`course_fragment`]). The built-in course,
/// unchanged, is written as [`BUILTIN_PAYLOAD`].
pub fn encode_course_link(course: &Course) -> String {
    if *course == builtin_course() {
        return BUILTIN_PAYLOAD.to_string();
    }
    encode_course_link_in_full(course)
}

/// [`encode_course_link`] without the built-in shortcut: the whole course in the link.
pub fn encode_course_link_in_full(course: &Course) -> String {
    let base = share::base(share::FORMAT_CURRENT).expect("the current share format has a base");
    let mut value = serde_json::to_value(course).expect("plain data serialises");
    each_scenario(&mut value, |_, s| {
        *s = share::diff(&base, s);
        Ok(())
    })
    .expect("diffing never fails");
    let json = value.to_string();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), DEFLATE_LEVEL);
    let mut out = String::with_capacity(2 + packed.len() * 4 / 3 + 2);
    out.push(LINK_FORMAT);
    out.push(share::FORMAT_CURRENT);
    out.push_str(&base64url::encode(&packed));
    out
}

/// The whole fragment without `#`: `c=` + payload. A link is `origin + path + "#" + this`.
pub fn course_fragment(course: &Course) -> String {
    format!("{COURSE_FRAGMENT_PREFIX}{}", encode_course_link(course))
}

/// Reads `location.hash` (with or without `#`): `None` when it holds no course, so the app
/// starts normally; otherwise the course or why it cannot be opened.
pub fn course_from_fragment(hash: &str) -> Option<Result<Course, CourseLinkError>> {
    let hash = hash.trim();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.strip_prefix(COURSE_FRAGMENT_PREFIX)
        .map(decode_course_link)
}

/// Decodes a payload (also accepts it with a leading `#` and/or `c=`): migrated, read and
/// validated. Never panics.
pub fn decode_course_link(fragment: &str) -> Result<Course, CourseLinkError> {
    let payload = fragment.trim();
    let payload = payload.strip_prefix('#').unwrap_or(payload);
    let payload = payload
        .strip_prefix(COURSE_FRAGMENT_PREFIX)
        .unwrap_or(payload);
    let chars = payload.chars().take(MAX_COURSE_LINK_CHARS + 1).count();
    if chars > MAX_COURSE_LINK_CHARS {
        return Err(CourseLinkError::TooLong {
            chars: payload.chars().count(),
        });
    }
    if payload == BUILTIN_PAYLOAD {
        return Ok(builtin_course());
    }
    let mut it = payload.chars();
    let format = it.next().ok_or(CourseLinkError::Empty)?;
    if format != LINK_FORMAT {
        return Err(CourseLinkError::UnknownFormat { found: format });
    }
    let base_format = it.next().ok_or(CourseLinkError::Empty)?;
    let base =
        share::base(base_format).ok_or(CourseLinkError::UnknownFormat { found: base_format })?;
    let body = it.as_str();
    if body.is_empty() {
        return Err(CourseLinkError::Empty);
    }
    let packed = base64url::decode(body).map_err(|e| CourseLinkError::BadCharacters {
        position: body
            .char_indices()
            .take_while(|(i, _)| *i < e.position)
            .count()
            + 3,
    })?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_COURSE_INFLATED_BYTES)
            .map_err(|e| match e.status {
                TINFLStatus::HasMoreOutput => CourseLinkError::TooBig,
                _ => CourseLinkError::Corrupt,
            })?;
    let value: Value = serde_json::from_slice(&json).map_err(|e| CourseLinkError::NotACourse {
        detail: e.to_string(),
    })?;
    course_from_value(value, Some(&base))
}

/// A course from its JSON: each scenario laid over `base` (link) or taken whole (file),
/// migrated and validated; then the course read and validated.
fn course_from_value(mut value: Value, base: Option<&Value>) -> Result<Course, CourseLinkError> {
    if !value.is_object() {
        return Err(CourseLinkError::NotACourse {
            detail: "not an object".into(),
        });
    }
    // The version first: a newer course is named as such, not as a shape this app misreads.
    match value.get("version").map(Value::as_u64) {
        Some(Some(v)) if v > COURSE_VERSION as u64 => {
            return Err(CourseLinkError::Invalid(CourseError::NewerVersion {
                found: v.min(u32::MAX as u64) as u32,
            }))
        }
        Some(Some(_)) => {}
        _ => {
            return Err(CourseLinkError::NotACourse {
                detail: "no version".into(),
            })
        }
    }
    each_scenario(&mut value, |step, slot| {
        if !slot.is_object() {
            return Err(CourseLinkError::NotACourse {
                detail: format!("step {step}: scenario is not an object"),
            });
        }
        let full = match base {
            Some(base) => {
                let mut full = base.clone();
                share::merge(&mut full, slot.take());
                full
            }
            None => slot.take(),
        };
        let scenario = migrate::scenario_from_value(full)
            .map_err(|error| CourseLinkError::Scenario { step, error })?;
        *slot = serde_json::to_value(&scenario).expect("plain data serialises");
        Ok(())
    })?;
    let course: Course =
        serde_json::from_value(value).map_err(|e| CourseLinkError::NotACourse {
            detail: e.to_string(),
        })?;
    course.validate().map_err(CourseLinkError::Invalid)?;
    Ok(course)
}

/// A course as a file (pretty JSON in the export envelope).
pub fn export_course(course: &Course) -> String {
    export_course_with(course, None)
}

/// [`export_course`] stamped with a date (any text, e.g. "2026-05-01").
pub fn export_course_dated(course: &Course, exported_on: &str) -> String {
    export_course_with(course, Some(exported_on))
}

fn export_course_with(course: &Course, exported_on: Option<&str>) -> String {
    let mut envelope = serde_json::json!({
        "app": APP_ID,
        "kind": COURSE_KIND,
        "version": COURSE_VERSION,
    });
    if let Some(on) = exported_on {
        envelope["exported"] = Value::from(on);
    }
    envelope["data"] = serde_json::to_value(course).expect("plain data serialises");
    serde_json::to_string_pretty(&envelope).expect("a JSON value serialises")
}

/// Reads a course file: our envelope of kind `course`, or a bare course object. Never panics.
pub fn import_course(bytes: &[u8]) -> Result<Course, CourseLinkError> {
    if bytes.len() > MAX_COURSE_FILE_BYTES {
        return Err(CourseLinkError::TooBig);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| CourseLinkError::NotACourse {
        detail: "not text".into(),
    })?;
    if text.trim().is_empty() {
        return Err(CourseLinkError::Empty);
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| CourseLinkError::NotACourse {
        detail: e.to_string(),
    })?;
    if value.get("app").is_some() {
        if value.get("app").and_then(Value::as_str) != Some(APP_ID) {
            return Err(CourseLinkError::NotACourse {
                detail: "a file of another app".into(),
            });
        }
        let kind = value.get("kind").and_then(Value::as_str).unwrap_or("");
        if kind != COURSE_KIND {
            return Err(CourseLinkError::NotACourse {
                detail: format!("a file of kind “{kind}”"),
            });
        }
        value = value
            .get_mut("data")
            .map(Value::take)
            .ok_or(CourseLinkError::NotACourse {
                detail: "no data".into(),
            })?;
    }
    course_from_value(value, None)
}
