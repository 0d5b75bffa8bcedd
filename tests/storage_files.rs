//! Stored and exported files: the released v1 workspace keeps loading, every bad file under
//! `tests/fixtures/bad/` is refused with its own error and a message naming the problem, and a
//! 10 MB file is refused by size before it is read.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use serde_json::Value;
use village_income_planner::model::fields::ErrorKind;
use village_income_planner::model::presets::preset;
use village_income_planner::model::Scenario;
use village_income_planner::storage::{
    export_scenario, export_workspace, export_workspace_dated, import_file, load_workspace, Format,
    ImportError, Imported, LoadError, Workspace, MAX_IMPORT_BYTES, MAX_SCENARIOS,
    WORKSPACE_VERSION,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import_bad(name: &str) -> ImportError {
    let file_name = name.rsplit('/').next().unwrap();
    match import_file(file_name, &fixture(&format!("bad/{name}"))) {
        Ok(got) => panic!("{name} was accepted: {got:?}"),
        Err(e) => e,
    }
}

/// Both languages' messages contain the expected words.
fn says(e: &ImportError, zh: &str, en: &str) {
    assert!(e.message(false).contains(zh), "{}", e.message(false));
    assert!(e.message(true).contains(en), "{}", e.message(true));
}

// ---- the released format ----

#[test]
fn v1_fixture_loads_as_written() {
    let text = String::from_utf8(fixture("workspace-v1.json")).unwrap();
    let w = load_workspace(&text).unwrap();
    assert_eq!(w.version, WORKSPACE_VERSION);
    assert_eq!(w.entries.len(), 2);
    assert_eq!(w.entries[0].scenario.name, "尉犁·土地流转");
    assert_eq!(
        w.entries[0].preset_id.as_deref(),
        Some("yuli_land_transfer")
    );
    assert_eq!(w.entries[1].scenario.name, "和静·鸡苗与肉羊改良");
    assert_eq!((w.active, w.next_id), (2, 3));
    assert_eq!((w.compared.clone(), w.reference), (vec![1, 2], Some(1)));
    let lt = &w.entries[0].scenario.interventions.land_transfer;
    assert!(lt.schedule.enabled);
    assert_eq!((lt.area_mu, lt.rent_yuan_per_mu), (21.1, 700.0));
    assert_eq!(
        w.entries[1].scenario.household.herd.breeding_ewes_head,
        30.0
    );
    // Every value of the released file is still there after migration, at the same path, but
    // those whose meaning version 2 changed (src/storage/migrate.rs, scenario_v1_to_v2), each
    // checked here for what it became.
    let file: Value = serde_json::from_str(&text).unwrap();
    let written = serde_json::to_value(&w).unwrap();
    let mut leaves = Vec::new();
    collect_leaves(&file, String::new(), &mut leaves);
    assert!(leaves.len() > 200, "{} values", leaves.len());
    let mut changed = 0;
    for (path, value) in leaves {
        let now = written.pointer(&path);
        let expected = if path.ends_with("/schema_version") {
            Some(Value::from(2))
        } else if path.ends_with("/setup_cost_yuan") || path.ends_with("/program_support_yuan") {
            // 0 was the shipped default, never an entry: now "not entered".
            assert_eq!(value, Value::from(0.0), "{path}");
            Some(Value::Null)
        } else if path.ends_with("/natural_calving_rate_pct")
            || path.ends_with("/layer_feed_yuan_per_hen_year")
            || path.ends_with("/sheep/lamb_offtake_pct")
        {
            // Replaced by the heats-to-calves chain, feed in kilograms, and (sheep) ram lambs
            // always sold with ewe lambs kept to the flock's size.
            None
        } else if path.ends_with("/sheep/max_breeding_ewes_head") {
            // The same number, now a cap on the whole flock in sheep units.
            let cap =
                written.pointer(&path.replace("max_breeding_ewes_head", "grazing_cap_sheep_units"));
            assert_eq!(cap, Some(&value), "{path}");
            None
        } else if path.ends_with("/sheep/breed_premium_pct") {
            // The old premium was heavier lambs: it moves to the weight gain.
            let gain = written.pointer(&path.replace("breed_premium_pct", "cross_weight_gain_pct"));
            assert_eq!(gain, Some(&value), "{path}");
            Some(Value::from(0.0))
        } else if (path.ends_with("/improved_lambing_rate_pct") && value == 150.0)
            || (path.ends_with("/sheep/feed_vet_yuan_per_head") && value == 250.0)
            || (path.ends_with("/lamb_feed_vet_yuan_per_head") && value == 60.0)
        {
            // Old defaults whose meaning changed take the new defaults.
            let field = path.rsplit('/').next().unwrap();
            let d = serde_json::to_value(
                village_income_planner::model::interventions::Sheep::default(),
            )
            .unwrap();
            Some(d[field].clone())
        } else if path.ends_with("/egg_price_yuan") && value == 1.5 {
            Some(Value::from(1.2)) // the retail default becomes the farm-gate default
        } else {
            assert_eq!(now, Some(&value), "{path}");
            continue;
        };
        changed += 1;
        assert_eq!(now.cloned(), expected, "{path}");
    }
    // Two scenarios × (schema, two costs, calving rate, hen feed, egg price, lamb offtake,
    // sheep capacity, premium, improved lambing, feed and vet, lamb cost).
    assert_eq!(changed, 24);
}

/// Every scalar of `v` with its JSON pointer.
fn collect_leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| collect_leaves(x, format!("{path}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| collect_leaves(x, format!("{path}/{i}"), out)),
        _ => out.push((path, v.clone())),
    }
}

#[test]
fn v1_fixture_imports_as_a_file_too() {
    let Imported::Workspace(w) =
        import_file("workspace-v1.json", &fixture("workspace-v1.json")).unwrap()
    else {
        panic!("not a workspace")
    };
    assert_eq!(w.entries.len(), 2);
}

#[test]
fn exported_workspace_loads_in_the_envelope() {
    let text = String::from_utf8(fixture("workspace-v1.json")).unwrap();
    let w = load_workspace(&text).unwrap();
    assert_eq!(
        load_workspace(&export_workspace_dated(&w, "2026-05-01")),
        Ok(w)
    );
}

#[test]
fn version_999_is_refused() {
    let text = r#"{"version": 999, "entries": [], "active": 1, "next_id": 2}"#;
    let e = load_workspace(text).unwrap_err();
    assert_eq!(
        e,
        LoadError::UnknownVersion {
            format: Format::Workspace,
            found: 999,
            supported: 1
        }
    );
    assert!(e.message(false).contains("更新版本"));
    assert!(e.message(true).contains("newer version"));
}

#[test]
fn stored_workspace_with_an_out_of_range_value_names_the_field() {
    let text = String::from_utf8(fixture("bad/out-of-range-workspace.json")).unwrap();
    let e = load_workspace(&text).unwrap_err();
    let LoadError::Invalid { scenario, error } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(scenario, "乙");
    assert_eq!(error.field.id, "household.members_persons");
    assert!(
        e.message(false).contains("家庭人口"),
        "{}",
        e.message(false)
    );
    assert!(e.message(true).contains("Household members"));
}

#[test]
fn stored_garbage_is_an_error_not_a_panic() {
    for text in [
        "",
        "null",
        "[]",
        "{}",
        "{\"version\": \"1\"}",
        "{\"version\": 1}",
    ] {
        assert!(load_workspace(text).is_err(), "{text}");
    }
    // A scenario file is not a workspace.
    assert_eq!(
        load_workspace(&export_scenario(&Scenario::default())),
        Err(LoadError::NotOurs)
    );
}

// ---- bad import files ----

#[test]
fn empty_file() {
    let e = import_bad("empty.json");
    assert_eq!(e, ImportError::Empty);
    says(&e, "空", "empty");
    assert_eq!(import_file("x.json", b"  \n\t "), Err(ImportError::Empty));
}

#[test]
fn truncated_json() {
    let e = import_bad("truncated.json");
    assert!(matches!(e, ImportError::Truncated { .. }), "{e:?}");
    says(&e, "不完整", "cut off");
}

#[test]
fn wrong_types_name_the_path() {
    let e = import_bad("wrong-types.json");
    let ImportError::WrongTypes { path, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(path, "horizon.years");
    says(&e, "horizon.years", "horizon.years");
}

#[test]
fn huge_numbers_are_out_of_range() {
    let e = import_bad("huge-numbers.json");
    let ImportError::OutOfRange { scenario, error } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(scenario, "租金写错");
    assert_eq!(
        error.field.id,
        "interventions.land_transfer.rent_yuan_per_mu"
    );
    assert_eq!(error.kind, ErrorKind::OutOfRange);
    says(&e, "每亩租金", "Rent per mu");
}

#[test]
fn a_number_beyond_f64_is_refused_with_its_place() {
    let e = import_bad("huge-exponent.json");
    assert_eq!(
        e,
        ImportError::HugeNumber {
            line: 9,
            column: 40
        }
    );
    says(&e, "第 9 行", "line 9");
}

#[test]
fn unknown_version() {
    let e = import_bad("unknown-version.json");
    assert_eq!(
        e,
        ImportError::UnknownVersion {
            format: Format::Workspace,
            found: 999,
            supported: WORKSPACE_VERSION
        }
    );
    says(&e, "格式版本 999", "format version 999");
    let e = import_bad("newer-scenario.json");
    assert!(matches!(
        e,
        ImportError::UnknownVersion {
            format: Format::Scenario,
            found: 99,
            ..
        }
    ));
}

#[test]
fn unknown_kind() {
    let e = import_bad("unknown-kind.json");
    assert_eq!(
        e,
        ImportError::UnknownKind {
            kind: "report".into()
        }
    );
    says(&e, "report", "report");
}

#[test]
fn other_json_is_not_ours() {
    let e = import_bad("not-ours.json");
    assert_eq!(e, ImportError::NotOurs);
    says(&e, "不是本应用", "not a scenario or workspace file");
    // Another app's envelope, and a bare object that could pass for a default scenario.
    let other = br#"{"app": "someone-else", "kind": "scenario", "version": 1, "data": {}}"#;
    assert_eq!(import_file("x.json", other), Err(ImportError::NotOurs));
    assert_eq!(import_file("x.json", b"{}"), Err(ImportError::NotOurs));
    assert_eq!(import_file("x.json", b"[1, 2]"), Err(ImportError::NotOurs));
}

#[test]
fn syntax_error_in_a_json_file() {
    let e = import_bad("syntax-error.json");
    assert_eq!(
        e,
        ImportError::Syntax {
            line: 3,
            column: 22
        }
    );
    says(&e, "第 3 行", "line 3");
}

#[test]
fn wrong_file_types() {
    for name in ["not-json.csv", "picture.png"] {
        let e = import_bad(name);
        assert_eq!(
            e,
            ImportError::WrongType {
                file_name: name.into()
            }
        );
        says(&e, "文件类型不对", "Wrong file type");
        says(&e, name, name);
    }
    // JSON-looking text that is broken, in a file not named .json: a wrong type too.
    assert!(matches!(
        import_file("notes.txt", b"{ this is my note }"),
        Err(ImportError::WrongType { .. })
    ));
}

#[test]
fn out_of_range_workspace_file() {
    let e = import_bad("out-of-range-workspace.json");
    assert!(matches!(&e, ImportError::OutOfRange { scenario, .. } if scenario == "乙"));
    says(&e, "家庭人口", "Household members");
}

#[test]
fn ten_megabytes_is_refused_by_size() {
    let big = vec![b' '; 10 * 1024 * 1024];
    let e = import_file("big.json", &big).unwrap_err();
    assert_eq!(e, ImportError::TooLarge { bytes: big.len() });
    assert_eq!(e.message(false), "文件过大（10.0 MB），上限 5 MB");
    assert_eq!(
        e.message(true),
        "The file is too large (10.0 MB); the limit is 5 MB"
    );
    // The limit itself is accepted as far as size goes.
    let at_limit = vec![b' '; MAX_IMPORT_BYTES];
    assert_eq!(import_file("x.json", &at_limit), Err(ImportError::Empty));
}

#[test]
fn too_many_scenarios_are_refused_before_reading_them() {
    let entries: Vec<Value> = (1..=MAX_SCENARIOS as u32 + 1)
        .map(|id| serde_json::json!({"id": id, "scenario": {}}))
        .collect();
    let w = serde_json::json!({"version": 1, "entries": entries, "active": 1, "next_id": 1});
    let e = import_file("x.json", w.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooManyScenarios {
            count: MAX_SCENARIOS + 1
        }
    );
    assert!(e.message(false).contains("情景过多"));
    // The app's own autosave is never refused for its size.
    let mut w = Workspace::new(Scenario::default(), None);
    for _ in 0..MAX_SCENARIOS {
        w.add(Scenario::default(), None);
    }
    assert_eq!(load_workspace(&serde_json::to_string(&w).unwrap()), Ok(w));
}

#[test]
fn bare_scenario_and_workspace_are_accepted() {
    let s = (preset("bohu_courtyard").unwrap().build)();
    let bare = serde_json::to_string(&s).unwrap();
    assert_eq!(
        import_file("s.json", bare.as_bytes()),
        Ok(Imported::Scenario(s.clone()))
    );
    // With a byte-order mark, as Windows Notepad saves.
    let with_bom = format!("\u{FEFF}{}", export_scenario(&s));
    assert_eq!(
        import_file("s.json", with_bom.as_bytes()),
        Ok(Imported::Scenario(s.clone()))
    );
    let w = Workspace::new(s, Some("bohu_courtyard"));
    let stored = serde_json::to_string(&w).unwrap();
    assert_eq!(
        import_file("store.txt", stored.as_bytes()),
        Ok(Imported::Workspace(w.clone()))
    );
    assert_eq!(
        import_file("w.json", export_workspace(&w).as_bytes()),
        Ok(Imported::Workspace(w))
    );
}

#[test]
fn imported_workspace_is_repaired() {
    let mut w = Workspace::new(Scenario::default(), None);
    w.add(Scenario::default(), None);
    std::rc::Rc::make_mut(&mut w.entries[1]).id = 1;
    w.active = 7;
    let Ok(Imported::Workspace(got)) = import_file("w.json", export_workspace(&w).as_bytes())
    else {
        panic!()
    };
    assert_eq!(got, w.repair());
}

#[test]
fn opening_a_v1_file_says_what_changed_and_a_current_one_says_nothing() {
    let text = String::from_utf8(fixture("workspace-v1.json")).unwrap();
    let (_, upgrade) = village_income_planner::storage::load_workspace_noting(&text).unwrap();
    let upgrade = upgrade.expect("v1 scenarios are upgraded");
    assert_eq!(upgrade.from, 1);
    assert!(
        upgrade.message(false).contains("基线"),
        "{}",
        upgrade.message(false)
    );
    assert!(
        upgrade.message(true).contains("baseline"),
        "{}",
        upgrade.message(true)
    );
    let (_, again) = village_income_planner::storage::files::import_file_noting(
        "workspace-v1.json",
        &fixture("workspace-v1.json"),
    )
    .unwrap();
    assert_eq!(again, Some(upgrade));
    // Written by today's app: nothing to say.
    let today = export_workspace(&Workspace::new(Scenario::default(), None));
    let (_, none) = village_income_planner::storage::load_workspace_noting(&today).unwrap();
    assert_eq!(none, None);
}
