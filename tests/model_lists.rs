//! Every list of interventions and income sources covers every variant, once, in order: the
//! enum's `ALL`, the parameter groups, the serde keys, the explanations, the CSV columns. Adding
//! a variant without its entries fails here (the two `match`es below fail to compile until the
//! new variant is named, which is the reminder to check the rest).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashSet;

use common::assert_close;
use village_income_planner::model::fields::{toggle, Section, CHOICES, FIELDS, TOGGLES};
use village_income_planner::model::interventions::Schedule;
use village_income_planner::model::projection::IncomeCategory;
use village_income_planner::model::{explain, project, Figure, InterventionKind, Scenario, Source};
use village_income_planner::storage::projection_csv;

/// The serde key of each kind's module. Exhaustive on purpose: a new kind must be named here.
fn serde_key(kind: InterventionKind) -> &'static str {
    match kind {
        InterventionKind::LandTransfer => "land_transfer",
        InterventionKind::Courtyard => "courtyard",
        InterventionKind::Poultry => "poultry",
        InterventionKind::Sheep => "sheep",
        InterventionKind::Cattle => "cattle",
        InterventionKind::Tourism => "tourism",
        InterventionKind::Jobs => "jobs",
        InterventionKind::Dividends => "dividends",
        InterventionKind::Startup => "startup",
    }
}

/// The official category each source is reported under. Exhaustive on purpose.
fn expected_category(source: Source) -> IncomeCategory {
    use IncomeCategory::*;
    match source {
        Source::LocalWages | Source::MigrantRemittances => Wages,
        Source::OwnFarming
        | Source::Courtyard
        | Source::Poultry
        | Source::Sheep
        | Source::Cattle
        | Source::Tourism
        | Source::Enterprise => Business,
        Source::LandRent | Source::Dividends => Property,
        Source::Transfers | Source::Other => Transfers,
    }
}

#[test]
fn every_kind_is_in_all_once_at_its_own_index() {
    assert_eq!(InterventionKind::COUNT, 9);
    let mut seen = HashSet::new();
    for (i, kind) in InterventionKind::ALL.into_iter().enumerate() {
        assert_eq!(kind.index(), i, "{kind:?}");
        assert!(seen.insert(kind), "{kind:?} twice");
        assert!(!kind.name().zh.is_empty() && !kind.name().en.is_empty());
    }
    // Indices are stored in share links and figure codes: the new modules come last.
    assert_eq!(InterventionKind::Jobs.index(), 6);
    assert_eq!(InterventionKind::Dividends.index(), 7);
    assert_eq!(InterventionKind::Startup.index(), 8);
    let names: HashSet<&str> = InterventionKind::ALL.iter().map(|k| k.name().zh).collect();
    assert_eq!(
        names.len(),
        InterventionKind::COUNT,
        "two kinds share a name"
    );
}

#[test]
fn every_source_is_in_all_once_at_its_own_index_with_its_category() {
    assert_eq!(Source::COUNT, 13);
    let mut seen = HashSet::new();
    for (i, source) in Source::ALL.into_iter().enumerate() {
        assert_eq!(source as usize, i, "{source:?}");
        assert!(seen.insert(source), "{source:?} twice");
        assert_eq!(source.category(), expected_category(source), "{source:?}");
        assert!(!source.name().zh.is_empty() && !source.name().en.is_empty());
    }
    assert_eq!(Source::Dividends as usize, 11);
    assert_eq!(Source::Enterprise as usize, 12);
    let names: HashSet<&str> = Source::ALL.iter().map(|s| s.name().zh).collect();
    assert_eq!(names.len(), Source::COUNT, "two sources share a name");
}

#[test]
fn every_kind_has_its_parameter_group_toggle_start_year_and_serde_key() {
    let s = Scenario::default();
    let json = serde_json::to_value(&s).unwrap();
    for kind in InterventionKind::ALL {
        let key = serde_key(kind);
        let group = kind.params();
        // Its own fields and switches, all in its own form section, all in the registries.
        assert!(!group.fields.is_empty(), "{kind:?}");
        for f in group.fields {
            assert_eq!(f.section, Section::Intervention(kind), "{}", f.id);
            assert!(
                f.id.starts_with(&format!("interventions.{key}.")),
                "{}",
                f.id
            );
            assert!(FIELDS.iter().any(|g| g.id == f.id), "{}", f.id);
        }
        for t in group.toggles {
            assert!(TOGGLES.iter().any(|g| g.id == t.id), "{}", t.id);
        }
        for c in group.choices {
            assert_eq!(c.section, Section::Intervention(kind), "{}", c.id);
            assert!(CHOICES.iter().any(|g| g.id == c.id), "{}", c.id);
        }
        let start = format!("interventions.{key}.schedule.start_year");
        assert!(group.fields.iter().any(|f| f.id == start), "{start}");
        let enabled = format!("interventions.{key}.schedule.enabled");
        assert!(group.toggles.iter().any(|t| t.id == enabled), "{enabled}");
        let tg = toggle(&enabled).unwrap();
        let mut t = s.clone();
        (tg.set)(&mut t, true);
        assert!(t.interventions.schedule(kind).enabled, "{kind:?}");
        assert_eq!(
            kind.adoption_id(),
            format!("interventions.{key}.schedule.adoption_pct")
        );
        // The module is stored under its key, and reports its own kind.
        assert!(json["interventions"][key].is_object(), "{key}");
        assert_eq!(s.interventions.module(kind).kind(), kind);
    }
}

#[test]
fn every_kind_and_source_has_its_csv_columns_and_its_explanations() {
    // Every module on, from the base year.
    let mut s = Scenario::default();
    for kind in InterventionKind::ALL {
        *s.interventions.schedule_mut(kind) = Schedule {
            enabled: true,
            start_year: 2025,
            adoption_pct: vec![100.0],
        };
    }
    let p = project(&s).unwrap();
    for english in [false, true] {
        let csv = projection_csv(&s, &p, english);
        let header = csv.lines().next().unwrap();
        for kind in InterventionKind::ALL {
            let name = kind.name().get(english);
            assert!(
                header.matches(name).count() >= 2,
                "{name}: increment and cost"
            );
        }
        for source in Source::ALL {
            let name = source.name().get(english);
            assert!(
                header.matches(name).count() >= 2,
                "{name}: baseline and scenario"
            );
        }
    }
    // Each kind's increment and each source explain themselves with the value shown.
    for kind in InterventionKind::ALL {
        let t = explain(&s, Figure::Increment { year: 2026, kind }).unwrap();
        assert_close(t.value, p.rows[1].increment_by_intervention[kind]);
    }
    for source in Source::ALL {
        let t = explain(&s, Figure::ScenarioSource { year: 2026, source }).unwrap();
        assert_close(t.value, p.rows[1].scenario_by_source[source]);
    }
    // The two new sources show in the projection when their modules are on.
    assert!(p.rows[1].scenario_by_source[Source::Dividends] > 0.0);
    assert!(p.rows[5].scenario_by_source[Source::Enterprise] > 0.0);
}
