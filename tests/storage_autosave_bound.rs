//! Start-up reads a bounded number of autosaved scenarios: whatever is over the bound is kept
//! aside, unread, in a form the importer takes back, and nothing is dropped.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::time::Instant;

use serde_json::Value;
use village_income_planner::model::Scenario;
use village_income_planner::storage::{
    export_workspace, export_workspace_compact, import_file, load_workspace,
    load_workspace_bounded, Imported, Workspace, MAX_SCENARIOS,
};

/// A stored workspace of `n` scenarios named by their id, as autosave writes it.
fn stored(n: u32, active: u32) -> String {
    let entries: Vec<Value> = (1..=n)
        .map(|id| serde_json::json!({"id": id, "scenario": {"name": format!("s{id}")}}))
        .collect();
    serde_json::json!({"version": 1, "entries": entries, "active": active, "next_id": n + 1})
        .to_string()
}

fn ids(w: &Workspace) -> Vec<u32> {
    w.entries.iter().map(|e| e.id).collect()
}

#[test]
fn under_the_bound_nothing_is_set_aside() {
    let mut w = Workspace::new(Scenario::default(), None);
    for _ in 1..MAX_SCENARIOS {
        w.add(Scenario::default(), None);
    }
    let json = export_workspace(&w);
    let b = load_workspace_bounded(&json, MAX_SCENARIOS).unwrap();
    assert_eq!(b.set_aside, None);
    assert_eq!(b.workspace, load_workspace(&json).unwrap());
}

#[test]
fn over_the_bound_the_rest_is_kept_aside_and_imports_back() {
    let n = MAX_SCENARIOS as u32 + 5;
    let b = load_workspace_bounded(&stored(n, 1), MAX_SCENARIOS).unwrap();
    assert_eq!(b.workspace.entries.len(), MAX_SCENARIOS);
    assert_eq!(
        ids(&b.workspace),
        (1..=MAX_SCENARIOS as u32).collect::<Vec<_>>()
    );
    let aside = b.set_aside.expect("the rest is kept");
    assert_eq!(aside.count, 5);
    // The importer reads what was set aside: the same scenarios, names and all.
    match import_file("set-aside.json", aside.json.as_bytes()).unwrap() {
        Imported::Workspace(w) => {
            let names: Vec<&str> = w.entries.iter().map(|e| e.scenario.name.as_str()).collect();
            assert_eq!(names, ["s201", "s202", "s203", "s204", "s205"]);
        }
        other => panic!("expected a workspace, got {other:?}"),
    }
}

#[test]
fn the_active_scenario_stays_open_even_when_it_is_past_the_bound() {
    let b = load_workspace_bounded(&stored(300, 250), MAX_SCENARIOS).unwrap();
    assert_eq!(b.workspace.active, 250);
    assert_eq!(b.workspace.active().scenario.name, "s250");
    assert_eq!(b.workspace.entries.len(), MAX_SCENARIOS);
    let aside = load_workspace(&b.set_aside.unwrap().json).unwrap();
    assert!(!ids(&aside).contains(&250));
    assert!(aside.entries.iter().any(|e| e.id == 200));
}

#[test]
fn two_hundred_thousand_scenarios_open_bounded_and_none_is_lost() {
    let n = 200_000;
    let json = stored(n, 1);
    let started = Instant::now();
    let b = load_workspace_bounded(&json, MAX_SCENARIOS).unwrap();
    let took = started.elapsed();
    println!(
        "bounded load of {n} stored scenarios ({} bytes): {took:?}",
        json.len()
    );
    assert_eq!(b.workspace.entries.len(), MAX_SCENARIOS);
    let aside = b.set_aside.unwrap();
    assert_eq!(aside.count, n as usize - MAX_SCENARIOS);
    // Every stored id is either open or kept aside, exactly once. (The aside is read as plain
    // JSON here: validating 199,800 scenarios takes half a minute in a debug build.)
    let rest: Value = serde_json::from_str(&aside.json).unwrap();
    let rest_ids = rest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_u64().unwrap() as u32);
    let mut all: BTreeSet<u32> = ids(&b.workspace).into_iter().collect();
    for id in rest_ids {
        assert!(all.insert(id), "id {id} both open and aside");
    }
    assert_eq!(all, (1..=n).collect());
}

/// Autosave writes the export file's content without indentation (it is rewritten on every
/// edit): start-up and the importer read it back as the same workspace, every number bit for bit.
#[test]
fn the_compact_autosave_reads_back_as_the_export_file_does() {
    let mut w = Workspace::new(Scenario::default(), None);
    let mut s = Scenario {
        name: "尉犁 · 0.1 + 0.2".into(),
        ..Default::default()
    };
    s.household.land.cropland_mu = 0.1 + 0.2;
    w.add(s, None);
    let compact = export_workspace_compact(&w);
    let pretty = export_workspace(&w);
    assert!(!compact.contains('\n'), "one line");
    assert!(
        compact.len() * 3 < pretty.len() * 2,
        "{} vs {} bytes",
        compact.len(),
        pretty.len()
    );
    let read = load_workspace_bounded(&compact, MAX_SCENARIOS)
        .unwrap()
        .workspace;
    assert_eq!(read, w);
    assert_eq!(read, load_workspace(&pretty).unwrap());
    let second = &read.entries[1].scenario;
    assert_eq!(
        second.household.land.cropland_mu.to_bits(),
        (0.1f64 + 0.2).to_bits()
    );
    match import_file("autosave.json", compact.as_bytes()).unwrap() {
        Imported::Workspace(imported) => assert_eq!(imported, w),
        other => panic!("expected a workspace, got {other:?}"),
    }
}

/// Autosave's writer remembers each scenario's text while the workspace shares it, and writes
/// exactly what the export writes, whatever was edited, added, removed or reordered in between.
#[test]
fn the_autosave_writer_writes_what_the_export_writes_after_every_kind_of_change() {
    use village_income_planner::model::presets::PRESETS;
    use village_income_planner::storage::files::CompactWriter;
    let mut w = Workspace::new(Scenario::default(), None);
    for p in PRESETS {
        w.add((p.build)(), Some(p.id.into()));
    }
    let mut writer = CompactWriter::default();
    let mut check = |w: &Workspace, what: &str| {
        assert_eq!(writer.write(w), export_workspace_compact(w), "after {what}");
    };
    check(&w, "the first write");
    check(&w, "no change");
    // Edited in place: the only owner, so the entry is not copied but moved from the writer's
    // memory of it.
    w.active_mut().scenario.notes = "edited".into();
    check(&w, "an edit of the active scenario");
    let shared = w.clone();
    w.active_mut().scenario.household.land.cropland_mu += 1.0;
    check(&w, "an edit of a shared workspace");
    check(&shared, "going back to the workspace before it");
    let second = w.entries[1].id;
    w.remove(second);
    let first = w.entries[0].id;
    w.duplicate(first, "copy".into());
    w.set_compared(first, true);
    w.rename(first, "renamed".into());
    check(&w, "remove, duplicate, compare and rename");
    let copied = load_workspace(&export_workspace(&w)).unwrap();
    check(&copied, "a workspace read back, sharing nothing");
}
