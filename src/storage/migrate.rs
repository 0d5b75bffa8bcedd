//! Reading stored and exported workspaces of any released format version.
//!
//! Every format change bumps [`WORKSPACE_VERSION`] (or the model's `SCHEMA_VERSION` for a
//! scenario) and adds one step to [`migrate_workspace_value`] (or [`migrate_scenario_value`])
//! that turns version N JSON into version N + 1 JSON. Steps work on `serde_json::Value`, so an
//! old shape never needs a Rust type of its own. A fixture of each released version lives in
//! `tests/fixtures/` and must keep loading.

use serde_json::Value;

use super::workspace::{Workspace, WORKSPACE_VERSION};
use crate::model::fields::validate;
use crate::model::scenario::SCHEMA_VERSION;
use crate::model::Text;
use crate::model::{Scenario, ValidationError};

/// Which versioned format a version number belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Workspace,
    Scenario,
}

/// Why stored or exported JSON could not be turned into a workspace or scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// Not JSON; `truncated` when the text simply stops early.
    Syntax {
        line: usize,
        column: usize,
        truncated: bool,
    },
    /// JSON, but not a workspace (or scenario) of this app.
    NotOurs,
    /// Our export envelope, holding something other than a workspace or a scenario.
    UnknownKind { kind: String },
    /// A version this app does not read: newer than it knows, or never released.
    UnknownVersion {
        format: Format,
        found: u64,
        supported: u32,
    },
    /// A value of the wrong type or shape, at a JSON path ("entries[0].scenario.horizon.years";
    /// empty for the top level). `detail` is serde's own (English) description.
    WrongTypes { path: String, detail: String },
    /// A scenario whose values the model does not accept; `scenario` is its name.
    Invalid {
        scenario: String,
        error: ValidationError,
    },
}

impl LoadError {
    /// What is wrong, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        match (self, english) {
            (LoadError::Syntax { line, column, truncated: true }, false) => {
                format!("内容不完整：JSON 在第 {line} 行第 {column} 列处中断，文件可能未保存完整")
            }
            (LoadError::Syntax { line, column, truncated: true }, true) => format!(
                "The content is incomplete: the JSON stops at line {line}, column {column}; the file may have been cut off"
            ),
            (LoadError::Syntax { line, column, .. }, false) => {
                format!("不是有效的 JSON：第 {line} 行第 {column} 列有错误")
            }
            (LoadError::Syntax { line, column, .. }, true) => {
                format!("This is not valid JSON: error at line {line}, column {column}")
            }
            (LoadError::NotOurs, false) => "这不是本应用的情景或工作区文件".into(),
            (LoadError::NotOurs, true) => {
                "This is not a scenario or workspace file of this app".into()
            }
            (LoadError::UnknownKind { kind }, false) => {
                format!("未知的文件内容类型“{kind}”：只能导入情景或工作区")
            }
            (LoadError::UnknownKind { kind }, true) => {
                format!("Unknown file content “{kind}”: only a scenario or a workspace can be imported")
            }
            (LoadError::UnknownVersion { format, found, supported }, english) => {
                version_message(*format, *found, *supported, english)
            }
            (LoadError::WrongTypes { path, detail }, false) => {
                let path = if path.is_empty() { "顶层" } else { path };
                format!("数据类型错误：{path}（{detail}）")
            }
            (LoadError::WrongTypes { path, detail }, true) => {
                let path = if path.is_empty() { "top level" } else { path };
                format!("A value has the wrong type: {path} ({detail})")
            }
            (LoadError::Invalid { scenario, error }, false) => {
                format!(
                    "情景“{scenario}”的数值超出范围：{}",
                    crate::i18n::validation_message(error, crate::i18n::Lang::Zh)
                )
            }
            (LoadError::Invalid { scenario, error }, true) => format!(
                "Scenario “{scenario}” has a value out of range: {}",
                crate::i18n::validation_message(error, crate::i18n::Lang::En)
            ),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for LoadError {}

fn version_message(format: Format, found: u64, supported: u32, english: bool) -> String {
    let what = match (format, english) {
        (Format::Workspace, false) => "工作区",
        (Format::Workspace, true) => "workspace",
        (Format::Scenario, false) => "情景",
        (Format::Scenario, true) => "scenario",
    };
    match (found > u64::from(supported), english) {
        (true, false) => format!(
            "此{what}由更新版本的应用保存（格式版本 {found}，本应用最高支持 {supported}），请先更新应用"
        ),
        (true, true) => format!(
            "This {what} was saved by a newer version of the app (format version {found}; this app reads up to {supported}). Update the app first"
        ),
        (false, false) => format!("未知的{what}格式版本 {found}"),
        (false, true) => format!("Unknown {what} format version {found}"),
    }
}

/// Reads a workspace from autosaved or exported JSON (bare, or in an export envelope),
/// migrating older versions, then repairs ids and validates every scenario.
pub fn load_workspace(json: &str) -> Result<Workspace, LoadError> {
    load_workspace_noting(json).map(|(w, _)| w)
}

/// [`load_workspace`], saying whether an older scenario was upgraded on the way.
pub fn load_workspace_noting(json: &str) -> Result<(Workspace, Option<Upgrade>), LoadError> {
    let value = parse(json.trim_start_matches('\u{FEFF}'))?;
    let value = match super::files::unwrap_envelope(value)? {
        (Some(Format::Workspace), data) | (None, data) => data,
        (Some(Format::Scenario), _) => return Err(LoadError::NotOurs),
    };
    let upgrade = Upgrade::of(&value);
    Ok((workspace_from_value(value)?, upgrade))
}

/// A workspace read at start-up with at most a bounded number of scenarios, and whatever was
/// over the bound, kept aside unread.
#[derive(Clone, Debug, PartialEq)]
pub struct Bounded {
    pub workspace: Workspace,
    pub set_aside: Option<SetAside>,
    /// The scenarios read held an older schema, upgraded on loading.
    pub upgrade: Option<Upgrade>,
}

/// Scenarios over the bound: a bare workspace JSON (the stored format, at the stored version)
/// that the importer reads, so nothing is dropped.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub count: usize,
    pub json: String,
}

/// Like [`load_workspace`], but reads at most `max` scenarios; the rest are split off before
/// they are read or validated, so start-up time stays bounded however large the store grew
/// (200,000 empty scenarios took 2.4 s to open unbounded). The active scenario is always among
/// those read.
pub fn load_workspace_bounded(json: &str, max: usize) -> Result<Bounded, LoadError> {
    let value = parse(json.trim_start_matches('\u{FEFF}'))?;
    let mut value = match super::files::unwrap_envelope(value)? {
        (Some(Format::Workspace), data) | (None, data) => data,
        (Some(Format::Scenario), _) => return Err(LoadError::NotOurs),
    };
    let max = max.max(1);
    let active = value.get("active").cloned();
    let version = value.get("version").cloned();
    let next_id = value.get("next_id").cloned();
    let rest = match value.get_mut("entries").and_then(Value::as_array_mut) {
        Some(entries) if entries.len() > max => {
            // Keep the active scenario open: swap it into the last kept place.
            let at = entries
                .iter()
                .position(|e| active.is_some() && e.get("id") == active.as_ref());
            if let Some(at) = at.filter(|&at| at >= max) {
                entries[max - 1..=at].rotate_right(1);
            }
            Some(entries.split_off(max))
        }
        _ => None,
    };
    let upgrade = Upgrade::of(&value);
    let workspace = workspace_from_value(value)?;
    let set_aside = rest.map(|rest| {
        let count = rest.len();
        let first = rest.first().and_then(|e| e.get("id")).cloned();
        let aside = serde_json::json!({
            "version": version,
            "entries": rest,
            "active": first,
            "next_id": next_id,
        });
        SetAside {
            count,
            json: serde_json::to_string(&aside).expect("a JSON value serialises"),
        }
    });
    Ok(Bounded {
        workspace,
        set_aside,
        upgrade,
    })
}

/// Parses JSON text into a value, telling a cut-off file from a malformed one.
pub(crate) fn parse(json: &str) -> Result<Value, LoadError> {
    serde_json::from_str(json).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
    })
}

/// A workspace from JSON of any known version: migrate, read, repair, validate.
pub fn workspace_from_value(value: Value) -> Result<Workspace, LoadError> {
    let mut value = migrate_workspace_value(value)?;
    if let Some(entries) = value.get_mut("entries").and_then(Value::as_array_mut) {
        for (i, entry) in entries.iter_mut().enumerate() {
            if let Some(s) = entry.get_mut("scenario") {
                *s = migrate_scenario_value(s.take()).map_err(|e| match e {
                    LoadError::WrongTypes { path, detail } => LoadError::WrongTypes {
                        path: join_path(&format!("entries[{i}].scenario"), &path),
                        detail,
                    },
                    other => other,
                })?;
            }
        }
    }
    let workspace = super::reader::workspace(&value).map_err(wrong_types)?;
    let workspace = workspace.repair();
    for entry in &workspace.entries {
        check(&entry.scenario)?;
    }
    Ok(workspace)
}

/// A scenario from JSON of any known version: migrate, read, validate.
pub fn scenario_from_value(value: Value) -> Result<Scenario, LoadError> {
    let scenario =
        super::reader::scenario(&migrate_scenario_value(value)?, "").map_err(wrong_types)?;
    check(&scenario)?;
    Ok(scenario)
}

/// What changed for a planner between scenario schema N and N + 1: `SCHEMA_CHANGES[N - 1]`.
/// Shown when an older scenario is opened, so nobody wonders why a saved figure moved.
const SCHEMA_CHANGES: &[&[Text]] = &[&[
    Text::new(
        "已有的羊、牛、蛋鸡在“基线”中就有收入，措施只计改良带来的增量",
        "Sheep, cattle and hens the household already keeps now earn in the baseline; an intervention adds only what improvement changes",
    ),
    Text::new(
        "新增劳动力时间：在家劳动力的工作月数是上限，各项活动按用工计入，超出的收入不计",
        "Labor time is new: the household's working months are a budget, each activity claims labor, and income beyond it is left out",
    ),
    Text::new(
        "土地租金按合同金额计，不再随通胀上涨；一次性投入按采纳比例计；原为 0 的土地流转与旅游项目投入改为“未填写”",
        "Land rent is the contract amount and no longer rises with inflation; one-off costs scale with adoption; land-transfer and tourism programme costs left at 0 now read “not entered”",
    ),
    Text::new(
        "羊：产羔率随母羊品种，经济杂交靠羔羊增重；公羔全部出售；草畜平衡上限改按全群羊单位计（原母羊上限数值沿用，约束更紧）；饲养防疫费不再含冬季补饲",
        "Sheep: lambing follows the ewe's breed and crossbreeding gains through heavier lambs; ram lambs are sold; the grazing cap now covers the whole flock in sheep units (the old ewe cap carries over, a tighter bound); feed and vet no longer include winter feed",
    ),
    Text::new(
        "冷配按发情、受胎、保胎、犊牛成活计算，本交产犊率一项不再使用；蛋鸡饲料按公斤计；蛋价按地头价",
        "Cattle AI follows heats, conception, pregnancy kept and calf survival (the single natural calving rate is gone); hen feed is in kilograms; eggs at the farm-gate price",
    ),
    Text::new(
        "每增收 1 元的公共投入改为贴现计算；另列农户自身收益",
        "Public cost per yuan gained is now discounted like the NPV; the household's own gain is a separate figure",
    ),
    Text::new(
        "新增户类型（监测户等）和两项措施：分红、返乡创业（默认关闭）",
        "New: household type (monitored household …) and two interventions, dividends and returnee start-ups (off)",
    ),
]];

const _: () = assert!(SCHEMA_CHANGES.len() == SCENARIO_STEPS.len());

/// A scenario (or a workspace holding one) saved by an older version was upgraded on opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Upgrade {
    /// The oldest scenario schema version that was read.
    pub from: u32,
}

impl Upgrade {
    /// Whether `value` (a scenario or a workspace, before migration) holds an older scenario.
    pub fn of(value: &Value) -> Option<Upgrade> {
        let version = |s: &Value| s.get("schema_version").and_then(Value::as_u64);
        let oldest = match value.get("entries").and_then(Value::as_array) {
            Some(entries) => entries
                .iter()
                .filter_map(|e| e.get("scenario").and_then(version))
                .min(),
            None => version(value),
        }?;
        (oldest >= 1 && oldest < u64::from(SCHEMA_VERSION)).then_some(Upgrade {
            from: oldest as u32,
        })
    }

    /// What changed since the saved version, one sentence a change.
    pub fn message(&self, english: bool) -> String {
        let changes: Vec<&str> = SCHEMA_CHANGES[(self.from as usize - 1)..]
            .iter()
            .flat_map(|step| step.iter().map(|t| t.get(english)))
            .collect();
        if english {
            format!(
                "Saved by an earlier version (format {}); opened with today's model, so some figures differ: {}.",
                self.from,
                changes.join("; ")
            )
        } else {
            format!(
                "此方案由旧版本保存（格式 {}），已按新模型打开，部分数字会有变化：{}。",
                self.from,
                changes.join("；")
            )
        }
    }
}

/// One upgrade: JSON of version N in, JSON of version N + 1 out (with its version field set).
type Step = fn(Value) -> Value;

/// `WORKSPACE_STEPS[i]` upgrades workspace version i + 1 to i + 2. Empty while only version 1
/// has been released; bumping [`WORKSPACE_VERSION`] without adding a step fails to compile.
const WORKSPACE_STEPS: &[Step] = &[];
/// `SCENARIO_STEPS[i]` upgrades scenario schema version i + 1 to i + 2.
const SCENARIO_STEPS: &[Step] = &[scenario_v1_to_v2];

/// Version 2 (the corrected household model). Values keep their place; what is new takes its
/// default. Where a value's meaning changed:
/// - a public cost of 0 was the shipped default, never an entry: it becomes "not entered";
/// - the bull's calving rate is now built from heats, conception, pregnancy loss and survival,
///   so the old single rate is dropped;
/// - hen feed in yuan becomes kilograms at the default feed price (the old 30-yuan default is
///   dropped: it was the error this version fixes);
/// - the old egg-price default (retail, 1.5) becomes the farm-gate default;
/// - chick survival is at least 10 %.
fn scenario_v1_to_v2(mut v: Value) -> Value {
    v["schema_version"] = Value::from(2);
    let Some(iv) = v.get_mut("interventions").and_then(Value::as_object_mut) else {
        return v;
    };
    for (module, cost) in [
        ("land_transfer", "setup_cost_yuan"),
        ("tourism", "program_support_yuan"),
    ] {
        if let Some(m) = iv.get_mut(module).and_then(Value::as_object_mut) {
            if m.get(cost).and_then(Value::as_f64) == Some(0.0) {
                m.insert(cost.into(), Value::Null);
            }
        }
    }
    if let Some(c) = iv.get_mut("cattle").and_then(Value::as_object_mut) {
        c.remove("natural_calving_rate_pct");
    }
    if let Some(p) = iv.get_mut("poultry").and_then(Value::as_object_mut) {
        if let Some(yuan) = p
            .remove("layer_feed_yuan_per_hen_year")
            .and_then(|x| x.as_f64())
        {
            if yuan != 30.0 {
                let price = p
                    .get("feed_price_yuan_per_kg")
                    .and_then(Value::as_f64)
                    .unwrap_or(
                        crate::model::interventions::Poultry::default().feed_price_yuan_per_kg,
                    );
                p.insert(
                    "layer_feed_kg_per_hen_year".into(),
                    Value::from(yuan / price),
                );
            }
        }
        if p.get("egg_price_yuan").and_then(Value::as_f64) == Some(1.5) {
            p.insert(
                "egg_price_yuan".into(),
                Value::from(crate::model::interventions::Poultry::default().egg_price_yuan),
            );
        }
        if let Some(x) = p.get("survival_pct").and_then(Value::as_f64) {
            p.insert("survival_pct".into(), Value::from(x.max(10.0)));
        }
    }
    if let Some(sh) = iv.get_mut("sheep").and_then(Value::as_object_mut) {
        // Ram lambs are always sold now, ewe lambs kept to the flock's size.
        sh.remove("lamb_offtake_pct");
        // The cap on breeding ewes becomes a cap on the whole flock in sheep units: the same
        // number is a tighter bound, which the upgrade message says.
        if let Some(cap) = sh.remove("max_breeding_ewes_head") {
            sh.insert("grazing_cap_sheep_units".into(), cap);
        }
        // The old premium stood for heavier crossbred lambs; the price premium per kg is new.
        if let Some(premium) = sh.remove("breed_premium_pct") {
            sh.insert("cross_weight_gain_pct".into(), premium);
            sh.insert("breed_premium_pct".into(), Value::from(0.0));
        }
        // Old defaults whose meaning changed take the new defaults: 150 % was the crossbred
        // lambing rate (now lambing follows the ewe), 250 and 60 yuan included winter feed.
        for (key, old_default) in [
            ("improved_lambing_rate_pct", 150.0),
            ("feed_vet_yuan_per_head", 250.0),
            ("lamb_feed_vet_yuan_per_head", 60.0),
        ] {
            if sh.get(key).and_then(Value::as_f64) == Some(old_default) {
                sh.remove(key);
            }
        }
    }
    v
}

const _: () = assert!(WORKSPACE_STEPS.len() + 1 == WORKSPACE_VERSION as usize);
const _: () = assert!(SCENARIO_STEPS.len() + 1 == SCHEMA_VERSION as usize);

/// Runs the steps from `found` up to the current version, or refuses a version never released
/// (0) or newer than this app.
fn upgrade(value: Value, found: u64, format: Format, steps: &[Step]) -> Result<Value, LoadError> {
    let supported = steps.len() as u32 + 1;
    if found == 0 || found > u64::from(supported) {
        return Err(LoadError::UnknownVersion {
            format,
            found,
            supported,
        });
    }
    Ok(steps[(found - 1) as usize..]
        .iter()
        .fold(value, |v, step| step(v)))
}

/// Upgrades workspace JSON one version at a time to [`WORKSPACE_VERSION`].
pub fn migrate_workspace_value(value: Value) -> Result<Value, LoadError> {
    let found = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NotOurs)?;
    upgrade(value, found, Format::Workspace, WORKSPACE_STEPS)
}

/// Upgrades scenario JSON one version at a time to the model's `SCHEMA_VERSION`. A scenario
/// without `schema_version` reads as current (the field was there from the first release), so
/// hand-trimmed JSON inside a workspace still loads.
pub fn migrate_scenario_value(value: Value) -> Result<Value, LoadError> {
    if !value.is_object() {
        return Err(LoadError::WrongTypes {
            path: String::new(),
            detail: "expected a scenario object".into(),
        });
    }
    let found = match value.get("schema_version") {
        None => u64::from(SCHEMA_VERSION),
        Some(v) => v.as_u64().ok_or_else(|| LoadError::WrongTypes {
            path: "schema_version".into(),
            detail: format!("expected a whole number, found {v}"),
        })?,
    };
    upgrade(value, found, Format::Scenario, SCENARIO_STEPS)
}

fn wrong_types(e: super::reader::WrongType) -> LoadError {
    LoadError::WrongTypes {
        path: e.path,
        detail: e.detail,
    }
}

/// `prefix.path`, or `prefix` alone when `path` is the top level.
pub(crate) fn join_path(prefix: &str, path: &str) -> String {
    if path.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}.{path}")
    }
}

fn check(s: &Scenario) -> Result<(), LoadError> {
    validate(s).map_err(|error| LoadError::Invalid {
        scenario: s.name.clone(),
        error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_version_is_identity() {
        let w = Workspace::new(Scenario::default(), None);
        let v = serde_json::to_value(&w).unwrap();
        assert_eq!(migrate_workspace_value(v.clone()).unwrap(), v);
        assert_eq!(workspace_from_value(v).unwrap(), w);
    }

    #[test]
    fn rejects_newer_and_unreleased_versions() {
        let future = serde_json::json!({"version": 2, "entries": []});
        assert!(matches!(
            migrate_workspace_value(future),
            Err(LoadError::UnknownVersion { found: 2, .. })
        ));
        let zero = serde_json::json!({"schema_version": 0});
        let e = migrate_scenario_value(zero).unwrap_err();
        assert!(e
            .message(true)
            .contains("Unknown scenario format version 0"));
        assert!(matches!(
            migrate_workspace_value(serde_json::json!({"entries": []})),
            Err(LoadError::NotOurs)
        ));
    }

    #[test]
    fn v1_values_whose_meaning_changed_are_carried_over() {
        let v1 = serde_json::json!({
            "schema_version": 1,
            "interventions": {
                "land_transfer": {"setup_cost_yuan": 500.0},
                "tourism": {"program_support_yuan": 0.0},
                "cattle": {"natural_calving_rate_pct": 70.0},
                "poultry": {"layer_feed_yuan_per_hen_year": 56.0, "egg_price_yuan": 2.0, "survival_pct": 5.0}
            }
        });
        let s = scenario_from_value(v1).unwrap();
        // An entered cost stays; a 0 (the shipped default) is "not entered".
        assert_eq!(s.interventions.land_transfer.setup_cost_yuan, Some(500.0));
        assert_eq!(s.interventions.tourism.program_support_yuan, None);
        // 56 yuan of feed ÷ the default feed price per kg.
        let p = &s.interventions.poultry;
        assert!((p.layer_feed_kg_per_hen_year - 56.0 / p.feed_price_yuan_per_kg).abs() < 1e-9);
        // A price the planner typed is theirs; survival is at least 10 %.
        assert_eq!(p.egg_price_yuan, 2.0);
        assert_eq!(p.survival_pct, 10.0);
    }
}
