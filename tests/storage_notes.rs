//! The planner's notes travel with the scenario: export, share link and autosave keep them; a
//! file or link without notes opens with none and is written exactly as before; the length is
//! bounded.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::presets::PRESETS;
use village_income_planner::model::scenario::MAX_NOTES_CHARS;
use village_income_planner::storage::{
    decode_link, encode_link, export_scenario, export_workspace, import_file, load_workspace,
    Imported, Workspace,
};

fn with_notes(notes: &str) -> village_income_planner::model::Scenario {
    let mut s = (PRESETS[0].build)();
    s.notes = notes.to_string();
    s
}

#[test]
fn notes_come_back_from_a_file_a_link_and_the_workspace() {
    let s = with_notes("2026 年 3 月入户调查；羊价按县畜牧站报价。\nSecond line, \"quoted\".");
    match import_file("s.json", export_scenario(&s).as_bytes()).unwrap() {
        Imported::Scenario(back) => assert_eq!(back, s),
        other => panic!("{other:?}"),
    }
    assert_eq!(decode_link(&encode_link(&s)).unwrap(), s);
    let w = Workspace::new(s.clone(), None);
    assert_eq!(
        load_workspace(&export_workspace(&w))
            .unwrap()
            .active()
            .scenario,
        s
    );
}

#[test]
fn without_notes_nothing_is_written_and_an_old_file_opens_with_none() {
    for p in PRESETS {
        let s = (p.build)();
        assert!(s.notes.is_empty());
        assert!(!export_scenario(&s).contains("\"notes\""), "{}", p.id);
        // The link is the same length as before the field existed: the key is left out.
        let link = encode_link(&s);
        assert!(!String::from_utf8_lossy(&serde_json::to_vec(&s).unwrap()).contains("notes"));
        assert_eq!(decode_link(&link).unwrap().notes, "");
    }
    let old = r#"{"schema_version":2,"name":"旧文件"}"#;
    match import_file("old.json", old.as_bytes()).unwrap() {
        Imported::Scenario(s) => assert_eq!(s.notes, ""),
        other => panic!("{other:?}"),
    }
}

#[test]
fn notes_longer_than_the_bound_are_cut_to_it() {
    let long = "备".repeat(MAX_NOTES_CHARS + 50);
    let file = export_scenario(&with_notes(&long));
    match import_file("long.json", file.as_bytes()).unwrap() {
        Imported::Scenario(s) => assert_eq!(s.notes.chars().count(), MAX_NOTES_CHARS),
        other => panic!("{other:?}"),
    }
    // A full field of Chinese still fits in a share link.
    let full = with_notes(&"备注内容".repeat(MAX_NOTES_CHARS / 4));
    assert_eq!(decode_link(&encode_link(&full)).unwrap(), full);
}

#[test]
fn notes_of_the_wrong_type_are_refused_with_their_path() {
    let bad = r#"{"schema_version":2,"notes":5}"#;
    let e = import_file("bad.json", bad.as_bytes()).unwrap_err();
    assert!(format!("{e:?}").contains("notes"), "{e:?}");
}
