//! Reading a scenario or workspace out of parsed JSON, driven by the field registries instead of
//! serde's derived `Deserialize`.
//!
//! Why: the registries already know the path and setter of every number, switch and choice of a
//! scenario, so a reader is a loop over them plus the few non-registry values (name, adoption
//! lists, the monitoring-line table). The derived deserializer of some twenty nested structs
//! cost about 30 KB of gzipped wasm. The derive stays on the model types, and a property test
//! checks that this reader and serde agree on every scenario.
//!
//! Semantics follow the model's `#[serde(default)]`: a missing value keeps its default, an
//! unknown key is ignored, a value of the wrong type is an error naming its path. Ranges are not
//! checked here; `model::fields::validate` does that next. Unlike serde, an object written as a
//! list of its fields is refused: nothing we write has that shape.

use serde_json::{Map, Value};

use crate::model::fields::{adoption_id, CHOICES, FIELDS, TOGGLES};
use crate::model::interventions::InterventionKind;
use crate::model::monitoring_line::{LineRow, LineSource, MonitoringLine, RowStatus};
use crate::model::Scenario;

use super::workspace::{Entry, Workspace};

/// A value of the wrong type, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongType {
    /// Dotted path with indices, e.g. `entries[0].scenario.horizon.years`.
    pub path: String,
    /// What was expected and found, in English (serde's own messages are English too).
    pub detail: String,
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn wrong(path: &str, expected: &str, found: &Value) -> WrongType {
    WrongType {
        path: path.to_string(),
        detail: format!("expected {expected}, found {}", kind_of(found)),
    }
}

fn missing(path: &str) -> WrongType {
    WrongType {
        path: path.to_string(),
        detail: "a required value is missing".into(),
    }
}

/// The value at a dotted path, if every step exists.
fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, key| v.get(key))
}

fn number(v: &Value, path: &str) -> Result<f64, WrongType> {
    v.as_f64().ok_or_else(|| wrong(path, "a number", v))
}

/// A whole number that fits `i64`; the caller's range check does the rest.
fn whole(v: &Value, path: &str) -> Result<i64, WrongType> {
    match (v.as_i64(), v.as_u64()) {
        (Some(i), _) => Ok(i),
        (None, Some(_)) => Err(wrong(path, "a smaller whole number", v)),
        _ => Err(wrong(path, "a whole number", v)),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, WrongType> {
    v.as_object().ok_or_else(|| wrong(path, "an object", v))
}

/// The serialised name of each option of an enum-valued setting, learned from `Serialize` so
/// the names are never written twice.
fn option_names(id: &str, options: usize, set: fn(&mut Scenario, usize)) -> Vec<String> {
    (0..options)
        .map(|i| {
            let mut s = Scenario::default();
            set(&mut s, i);
            let v = serde_json::to_value(&s).unwrap_or(Value::Null);
            at(&v, id)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn serde_name<T: serde::Serialize>(t: T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Reads a scenario; `prefix` is prepended to paths in errors.
pub fn scenario(v: &Value, prefix: &str) -> Result<Scenario, WrongType> {
    let p = |path: &str| {
        if prefix.is_empty() {
            path.to_string()
        } else {
            format!("{prefix}.{path}")
        }
    };
    object(v, prefix)?;
    // Every step on the way to a registry value must be an object where present, as serde
    // would insist ("household": 5 is an error, not a default household).
    let ids = FIELDS
        .iter()
        .map(|f| f.id)
        .chain(TOGGLES.iter().map(|t| t.id));
    let ids = ids.chain(CHOICES.iter().map(|c| c.id));
    for id in ids.chain(InterventionKind::ALL.into_iter().map(adoption_id)) {
        for (i, _) in id.match_indices('.') {
            if let Some(x) = at(v, &id[..i]) {
                object(x, &p(&id[..i]))?;
            }
        }
    }
    let mut s = Scenario::default();
    if let Some(x) = v.get("schema_version") {
        s.schema_version = u32::try_from(whole(x, &p("schema_version"))?)
            .map_err(|_| wrong(&p("schema_version"), "a version number", x))?;
    }
    if let Some(x) = v.get("name") {
        s.name = x
            .as_str()
            .ok_or_else(|| wrong(&p("name"), "text", x))?
            .to_string();
    }
    if let Some(x) = v.get("notes") {
        let text = x.as_str().ok_or_else(|| wrong(&p("notes"), "text", x))?;
        s.notes = crate::model::scenario::bound_notes(text);
    }
    for f in FIELDS.iter() {
        if let Some(x) = at(v, f.id) {
            let value = if f.optional && x.is_null() {
                f64::NAN
            } else if f.integer {
                whole(x, &p(f.id))? as f64
            } else {
                number(x, &p(f.id))?
            };
            (f.set)(&mut s, value);
            // A value the field's type cannot hold (−1 in an unsigned count) is refused, as
            // serde would, rather than quietly cast.
            if (f.get)(&s) != value && !f.is_not_entered(value) {
                return Err(wrong(&p(f.id), "a value this field can hold", x));
            }
        }
    }
    for t in TOGGLES.iter() {
        if let Some(x) = at(v, t.id) {
            (t.set)(
                &mut s,
                x.as_bool()
                    .ok_or_else(|| wrong(&p(t.id), "true or false", x))?,
            );
        }
    }
    for c in CHOICES.iter() {
        if let Some(x) = at(v, c.id) {
            let names = option_names(c.id, c.options.len(), c.set);
            let name = x.as_str().ok_or_else(|| wrong(&p(c.id), "text", x))?;
            let index = names
                .iter()
                .position(|n| n == name)
                .ok_or_else(|| WrongType {
                    path: p(c.id),
                    detail: format!(
                        "unknown option \"{name}\"; expected one of {}",
                        names.join(", ")
                    ),
                })?;
            (c.set)(&mut s, index);
        }
    }
    for kind in InterventionKind::ALL {
        let id = adoption_id(kind);
        if let Some(x) = at(v, id) {
            let list = x.as_array().ok_or_else(|| wrong(&p(id), "a list", x))?;
            s.interventions.schedule_mut(kind).adoption_pct = list
                .iter()
                .enumerate()
                .map(|(i, y)| number(y, &format!("{}[{i}]", p(id))))
                .collect::<Result<_, _>>()?;
        }
    }
    if let Some(line) = v.get("monitoring_line") {
        s.monitoring_line = monitoring_line(line, &p("monitoring_line"))?;
    }
    Ok(s)
}

fn monitoring_line(v: &Value, path: &str) -> Result<MonitoringLine, WrongType> {
    object(v, path)?;
    let mut line = MonitoringLine::default();
    if let Some(x) = v.get("growth_after_last_pct") {
        line.growth_after_last_pct = number(x, &format!("{path}.growth_after_last_pct"))?;
    }
    if let Some(x) = v.get("rows") {
        let rows_path = format!("{path}.rows");
        let rows = x.as_array().ok_or_else(|| wrong(&rows_path, "a list", x))?;
        let statuses = [RowStatus::Verified, RowStatus::Placeholder];
        let sources = [
            LineSource::National2020,
            LineSource::ProvinceCheck2023,
            LineSource::AssumedGrowth,
            LineSource::Planner,
        ];
        line.rows = rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let rp = format!("{rows_path}[{i}]");
                object(row, &rp)?;
                let field = |k: &str| row.get(k).ok_or_else(|| missing(&format!("{rp}.{k}")));
                let year = whole(field("year")?, &format!("{rp}.year"))?;
                let year = i32::try_from(year).map_err(|_| {
                    wrong(
                        &format!("{rp}.year"),
                        "a year",
                        field("year").unwrap_or(&Value::Null),
                    )
                })?;
                let yuan_per_capita =
                    number(field("yuan_per_capita")?, &format!("{rp}.yuan_per_capita"))?;
                let status_v = field("status")?;
                let status = statuses
                    .into_iter()
                    .find(|st| Some(serde_name(st).as_str()) == status_v.as_str())
                    .ok_or_else(|| {
                        wrong(
                            &format!("{rp}.status"),
                            "\"verified\" or \"placeholder\"",
                            status_v,
                        )
                    })?;
                let source = match row.get("source") {
                    None => LineSource::default(),
                    Some(sv) => sources
                        .into_iter()
                        .find(|so| Some(serde_name(so).as_str()) == sv.as_str())
                        .ok_or_else(|| wrong(&format!("{rp}.source"), "a known source", sv))?,
                };
                Ok(LineRow {
                    year,
                    yuan_per_capita,
                    status,
                    source,
                })
            })
            .collect::<Result<_, _>>()?;
    }
    Ok(line)
}

fn id(v: &Value, path: &str) -> Result<u32, WrongType> {
    let n = whole(v, path)?;
    u32::try_from(n).map_err(|_| wrong(path, "an id (a whole number ≥ 0)", v))
}

/// Reads a workspace (already migrated to the current version).
pub fn workspace(v: &Value) -> Result<Workspace, WrongType> {
    object(v, "")?;
    let req = |k: &str| v.get(k).ok_or_else(|| missing(k));
    let version = id(req("version")?, "version")?;
    let entries_v = req("entries")?;
    let entries = entries_v
        .as_array()
        .ok_or_else(|| wrong("entries", "a list", entries_v))?
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let ep = format!("entries[{i}]");
            object(e, &ep)?;
            let field = |k: &str| e.get(k).ok_or_else(|| missing(&format!("{ep}.{k}")));
            let preset_id = match e.get("preset_id") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(other) => return Err(wrong(&format!("{ep}.preset_id"), "text", other)),
            };
            Ok(std::rc::Rc::new(Entry {
                id: id(field("id")?, &format!("{ep}.id"))?,
                scenario: scenario(field("scenario")?, &format!("{ep}.scenario"))?,
                preset_id,
            }))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let compared = match v.get("compared") {
        None => Vec::new(),
        Some(x) => x
            .as_array()
            .ok_or_else(|| wrong("compared", "a list", x))?
            .iter()
            .enumerate()
            .map(|(i, c)| id(c, &format!("compared[{i}]")))
            .collect::<Result<_, _>>()?,
    };
    let reference = match v.get("reference") {
        None | Some(Value::Null) => None,
        Some(x) => Some(id(x, "reference")?),
    };
    Ok(Workspace {
        version,
        entries,
        active: id(req("active")?, "active")?,
        compared,
        reference,
        next_id: id(req("next_id")?, "next_id")?,
    })
}
