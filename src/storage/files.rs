//! Export and import files: a scenario or a whole workspace as pretty JSON in an envelope that
//! says what the file holds, and an importer that checks everything before anything changes.
//!
//! Envelope: `{"app": "village-income-planner", "kind": "workspace" | "scenario",
//! "version": N, "exported": "2026-05-01" (optional), "data": …}`. `version` is the format
//! version of `data` (the workspace's `version` or the scenario's `schema_version`).
//!
//! The importer also accepts, without an envelope, a bare workspace (what autosave keeps in
//! the browser, and what the "download the unreadable store" button saves) and a bare scenario
//! object that carries `schema_version`. It requires that key: every scenario field has a
//! default, so any JSON object, `{}` included, would otherwise pass for a scenario.

use std::rc::{Rc, Weak};

use serde::Serialize;
use serde_json::Value;

use super::migrate::{self, Format, LoadError, Upgrade};
use super::workspace::{Entry, Workspace, WORKSPACE_VERSION};
use crate::model::scenario::SCHEMA_VERSION;
use crate::model::{Scenario, ValidationError};

/// Files larger than this are refused before being read: 5 MiB holds well over a hundred
/// scenarios, and a bigger file is not one of ours.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// An imported workspace holding more scenarios than this is refused: no planner keeps that
/// many, and a hostile 5 MB file of tiny `{}` scenarios would otherwise expand to hundreds of
/// megabytes. Autosave at start-up ([`load_workspace_bounded`](super::load_workspace_bounded))
/// opens at most this many too, but never refuses the planner's own work: what is over the bound
/// is moved aside unread (its own localStorage key, offered for download and import).
pub const MAX_SCENARIOS: usize = 200;

/// The `app` value of our envelope.
pub const APP_ID: &str = "village-income-planner";

#[derive(Serialize)]
struct Envelope<'a, T: Serialize> {
    app: &'static str,
    kind: &'static str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported: Option<&'a str>,
    data: &'a T,
}

fn export<T: Serialize>(kind: &'static str, version: u32, on: Option<&str>, data: &T) -> String {
    serde_json::to_string_pretty(&envelope_value(kind, version, on, data))
        .expect("a JSON value serialises")
}

fn envelope_value<T: Serialize>(
    kind: &'static str,
    version: u32,
    on: Option<&str>,
    data: &T,
) -> serde_json::Value {
    let envelope = Envelope {
        app: APP_ID,
        kind,
        version,
        exported: on,
        data,
    };
    // Through a `Value`: the app already serialises scenarios into values (share links,
    // storage); writing them straight to the pretty printer put a second copy of every
    // scenario type's serialiser into the page's wasm.
    serde_json::to_value(&envelope).expect("plain data serialises")
}

/// The whole workspace as an export file.
pub fn export_workspace(w: &Workspace) -> String {
    export("workspace", WORKSPACE_VERSION, None, w)
}

/// The whole workspace as autosave keeps it: the export file's content without the
/// indentation, since it is written after every edit (once typing pauses) and read only by the
/// importer.
pub fn export_workspace_compact(w: &Workspace) -> String {
    envelope_value("workspace", WORKSPACE_VERSION, None, w).to_string()
}

/// Autosave's writer: keeps each scenario's JSON while the workspace still shares it (entries are
/// `Rc`, and an edit copies only the one it changes), so a save serialises what changed, not
/// every scenario. Writes exactly what [`export_workspace_compact`] writes. Holding a `Weak` to
/// each entry keeps its address from being reused by another while it is remembered.
#[derive(Default)]
pub struct CompactWriter {
    known: Vec<(Weak<Entry>, String)>,
}

impl CompactWriter {
    pub fn write(&mut self, w: &Workspace) -> String {
        let mut entries = String::from("\"entries\":[");
        let mut known = Vec::with_capacity(w.entries.len());
        for (i, e) in w.entries.iter().enumerate() {
            // Same address, same entry: the Weak keeps a remembered one's address from reuse.
            let json = match self
                .known
                .iter()
                .position(|(k, _)| k.as_ptr() == Rc::as_ptr(e))
            {
                Some(at) => self.known.swap_remove(at).1,
                None => serde_json::to_value(&**e)
                    .expect("plain data serialises")
                    .to_string(),
            };
            if i > 0 {
                entries.push(',');
            }
            entries.push_str(&json);
            known.push((Rc::downgrade(e), json));
        }
        entries.push(']');
        self.known = known;
        let shell = Workspace {
            entries: Vec::new(),
            compared: w.compared.clone(),
            ..*w
        };
        export_workspace_compact(&shell).replacen("\"entries\":[]", &entries, 1)
    }
}

/// The whole workspace as an export file stamped with a date (any text, e.g. "2026-05-01").
pub fn export_workspace_dated(w: &Workspace, exported_on: &str) -> String {
    export("workspace", WORKSPACE_VERSION, Some(exported_on), w)
}

/// One scenario as an export file.
pub fn export_scenario(s: &Scenario) -> String {
    export("scenario", SCHEMA_VERSION, None, s)
}

/// One scenario as an export file stamped with a date.
pub fn export_scenario_dated(s: &Scenario, exported_on: &str) -> String {
    export("scenario", SCHEMA_VERSION, Some(exported_on), s)
}

/// A download name from a scenario name: characters that Windows, macOS or Android refuse in
/// file names become "_"; an empty name becomes "scenario".
pub fn safe_file_name(name: &str, extension: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .take(80)
        .collect();
    let base = cleaned.trim_matches('.');
    let base = if base.is_empty() { "scenario" } else { base };
    format!("{base}.{extension}")
}

/// What an import file held.
// One value per import, moved once into the workspace: boxing would only cost the UI a deref.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Workspace(Workspace),
    Scenario(Scenario),
}

/// Why a file was not imported. Nothing in the workspace changes on any of these.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    /// No content, or only whitespace.
    Empty,
    /// Not text, or text that is not JSON at all (a spreadsheet, a picture …).
    WrongType {
        file_name: String,
    },
    /// JSON that stops early: the file was cut off while saving or copying.
    Truncated {
        line: usize,
        column: usize,
    },
    /// A JSON file with a syntax error.
    Syntax {
        line: usize,
        column: usize,
    },
    /// A number too large for any computer to hold (1e400).
    HugeNumber {
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not a file of this app.
    NotOurs,
    /// Our envelope, holding something other than a workspace or a scenario.
    UnknownKind {
        kind: String,
    },
    UnknownVersion {
        format: Format,
        found: u64,
        supported: u32,
    },
    /// A value of the wrong type at a JSON path (empty path: the top level).
    WrongTypes {
        path: String,
        detail: String,
    },
    TooManyScenarios {
        count: usize,
    },
    /// A value outside its accepted range, or breaking a cross-field rule.
    OutOfRange {
        scenario: String,
        error: ValidationError,
    },
}

impl From<LoadError> for ImportError {
    fn from(e: LoadError) -> Self {
        match e {
            LoadError::Syntax {
                line,
                column,
                truncated: true,
            } => ImportError::Truncated { line, column },
            LoadError::Syntax { line, column, .. } => ImportError::Syntax { line, column },
            LoadError::NotOurs => ImportError::NotOurs,
            LoadError::UnknownKind { kind } => ImportError::UnknownKind { kind },
            LoadError::UnknownVersion {
                format,
                found,
                supported,
            } => ImportError::UnknownVersion {
                format,
                found,
                supported,
            },
            LoadError::WrongTypes { path, detail } => ImportError::WrongTypes { path, detail },
            LoadError::Invalid { scenario, error } => ImportError::OutOfRange { scenario, error },
        }
    }
}

impl ImportError {
    /// What is wrong with the file, in Chinese or English, naming the problem.
    pub fn message(&self, english: bool) -> String {
        let mb = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
        let limit = MAX_IMPORT_BYTES / (1024 * 1024);
        match (self, english) {
            (ImportError::TooLarge { bytes }, false) => {
                format!("文件过大（{:.1} MB），上限 {limit} MB", mb(*bytes))
            }
            (ImportError::TooLarge { bytes }, true) => format!(
                "The file is too large ({:.1} MB); the limit is {limit} MB",
                mb(*bytes)
            ),
            (ImportError::Empty, false) => "文件是空的".into(),
            (ImportError::Empty, true) => "The file is empty".into(),
            (ImportError::WrongType { file_name }, false) => {
                format!("文件类型不对：“{file_name}”不是本应用导出的 JSON 文件")
            }
            (ImportError::WrongType { file_name }, true) => {
                format!("Wrong file type: “{file_name}” is not a JSON file exported by this app")
            }
            (ImportError::HugeNumber { line, column }, false) => {
                format!("第 {line} 行第 {column} 列的数字过大，超出范围")
            }
            (ImportError::HugeNumber { line, column }, true) => {
                format!("The number at line {line}, column {column} is too large")
            }
            (ImportError::Truncated { line, column }, english) => LoadError::Syntax {
                line: *line,
                column: *column,
                truncated: true,
            }
            .message(english),
            (ImportError::Syntax { line, column }, english) => LoadError::Syntax {
                line: *line,
                column: *column,
                truncated: false,
            }
            .message(english),
            (ImportError::NotOurs, english) => LoadError::NotOurs.message(english),
            (ImportError::UnknownKind { kind }, english) => {
                LoadError::UnknownKind { kind: kind.clone() }.message(english)
            }
            (
                ImportError::UnknownVersion {
                    format,
                    found,
                    supported,
                },
                english,
            ) => LoadError::UnknownVersion {
                format: *format,
                found: *found,
                supported: *supported,
            }
            .message(english),
            (ImportError::WrongTypes { path, detail }, english) => LoadError::WrongTypes {
                path: path.clone(),
                detail: detail.clone(),
            }
            .message(english),
            (ImportError::TooManyScenarios { count }, false) => {
                format!("情景过多（{count} 个），上限 {MAX_SCENARIOS} 个")
            }
            (ImportError::TooManyScenarios { count }, true) => {
                format!("Too many scenarios ({count}); the limit is {MAX_SCENARIOS}")
            }
            (ImportError::OutOfRange { scenario, error }, english) => LoadError::Invalid {
                scenario: scenario.clone(),
                error: *error,
            }
            .message(english),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for ImportError {}

/// Reads an import file. Checks, in order: size, emptiness, text, JSON, whose file it is, kind,
/// version, types, then every value against the model's ranges.
pub fn import_file(file_name: &str, bytes: &[u8]) -> Result<Imported, ImportError> {
    import_file_noting(file_name, bytes).map(|(imported, _)| imported)
}

/// [`import_file`], saying whether an older scenario was upgraded on the way.
pub fn import_file_noting(
    file_name: &str,
    bytes: &[u8],
) -> Result<(Imported, Option<Upgrade>), ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    // Notepad on Windows saves UTF-8 with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let wrong_type = || ImportError::WrongType {
        file_name: file_name.to_string(),
    };
    let text = std::str::from_utf8(bytes).map_err(|_| wrong_type())?;
    if !text.trim_start().starts_with(['{', '[']) {
        return Err(wrong_type());
    }
    let is_json_name = file_name.to_ascii_lowercase().ends_with(".json");
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            ImportError::Truncated { line, column }
        } else if e.to_string().starts_with("number out of range") {
            // serde_json reports 1e400 this way; it has no error code to match instead.
            ImportError::HugeNumber { line, column }
        } else if is_json_name {
            ImportError::Syntax { line, column }
        } else {
            wrong_type()
        }
    })?;
    let (format, data) = unwrap_envelope(value)?;
    let format = match format {
        Some(f) => f,
        None if data.get("entries").is_some() => Format::Workspace,
        None if data.get("schema_version").is_some() => Format::Scenario,
        None => return Err(ImportError::NotOurs),
    };
    let count = data
        .get("entries")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if format == Format::Workspace && count > MAX_SCENARIOS {
        return Err(ImportError::TooManyScenarios { count });
    }
    let upgrade = Upgrade::of(&data);
    let imported = match format {
        Format::Workspace => Imported::Workspace(migrate::workspace_from_value(data)?),
        Format::Scenario => Imported::Scenario(migrate::scenario_from_value(data)?),
    };
    Ok((imported, upgrade))
}

/// Splits our envelope into the kind it declares and its data; anything without an `app` key
/// comes back whole with no kind. Refuses another app's envelope, an unknown kind, and a
/// declared version newer than this app reads (so the message names the file's version).
pub(crate) fn unwrap_envelope(value: Value) -> Result<(Option<Format>, Value), LoadError> {
    let Value::Object(mut map) = value else {
        return Err(LoadError::NotOurs);
    };
    let Some(app) = map.get("app") else {
        return Ok((None, Value::Object(map)));
    };
    if app.as_str() != Some(APP_ID) {
        return Err(LoadError::NotOurs);
    }
    let (format, supported) = match map.get("kind").and_then(Value::as_str) {
        Some("workspace") => (Format::Workspace, WORKSPACE_VERSION),
        Some("scenario") => (Format::Scenario, SCHEMA_VERSION),
        Some(other) => {
            return Err(LoadError::UnknownKind {
                kind: other.chars().take(40).collect(),
            })
        }
        None => return Err(LoadError::NotOurs),
    };
    let found = map
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NotOurs)?;
    if found == 0 || found > u64::from(supported) {
        return Err(LoadError::UnknownVersion {
            format,
            found,
            supported,
        });
    }
    let data = map.remove("data").ok_or(LoadError::NotOurs)?;
    Ok((Some(format), data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            safe_file_name("尉犁: A/B \"x\"", "json"),
            "尉犁_ A_B _x_.json"
        );
        assert_eq!(safe_file_name("  ..  ", "csv"), "scenario.csv");
    }

    #[test]
    fn envelope_says_what_it_holds() {
        let text = export_scenario_dated(&Scenario::default(), "2026-05-01");
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["app"], APP_ID);
        assert_eq!(v["kind"], "scenario");
        assert_eq!(v["version"], SCHEMA_VERSION);
        assert_eq!(v["exported"], "2026-05-01");
        let plain: Value = serde_json::from_str(&export_scenario(&Scenario::default())).unwrap();
        assert!(plain.get("exported").is_none());
    }
}
