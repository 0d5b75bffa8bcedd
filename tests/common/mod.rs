//! Helpers shared by the model tests (`mod common;` in each test file).
#![allow(dead_code)]

use village_income_planner::model::interventions::Schedule;
use village_income_planner::model::Scenario;

/// Equal to a relative 1e-6 (absolute for values under 1).
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

/// Asserts `close(a, b)`, printing both values.
#[track_caller]
pub fn assert_close(a: f64, b: f64) {
    assert!(close(a, b), "{a} ≠ {b}");
}

/// The default scenario changed by `f`.
pub fn scenario_with(f: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = Scenario::default();
    f(&mut s);
    s
}

/// A schedule switched on from `start_year` with adoption by year since start.
pub fn on_from(start_year: i32, adoption_pct: &[f64]) -> Schedule {
    Schedule {
        enabled: true,
        start_year,
        adoption_pct: adoption_pct.to_vec(),
    }
}

/// Every default of `kind` without a cited source says "假设：…"/"Assumption: …": all fields but
/// those in `cited` (and optional costs, empty by default) must be marked, and the cited ones not.
pub fn assert_unsourced_defaults_are_assumptions(
    kind: village_income_planner::model::InterventionKind,
    cited: &[&str],
) {
    for f in kind.params().fields {
        if f.optional {
            continue;
        }
        let short = f.id.rsplit('.').next().unwrap();
        let is_cited = cited.contains(&short);
        assert_eq!(
            f.is_assumption(),
            !is_cited,
            "{}: {} / {}",
            f.id,
            f.source.en,
            f.source.zh
        );
        assert_eq!(
            f.source.zh.starts_with("假设"),
            f.is_assumption(),
            "{}: Chinese and English sources disagree",
            f.id
        );
    }
}
