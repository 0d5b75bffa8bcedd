//! Helpers shared by the test files (`mod common;` in each).
#![allow(dead_code)]

use village_income_planner::model::interventions::Schedule;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::trace::Trace;
use village_income_planner::model::units::Unit;
use village_income_planner::model::Scenario;

/// Equal to within a millionth (relative), or 1e-6 absolute near zero.
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Asserts `close(actual, expected)`, naming both on failure.
#[track_caller]
pub fn assert_close(actual: f64, expected: f64) {
    assert!(close(actual, expected), "got {actual}, expected {expected}");
}

/// The default scenario changed by `f`.
pub fn scenario_with(f: impl FnOnce(&mut Scenario)) -> Scenario {
    let mut s = Scenario::default();
    f(&mut s);
    s
}

/// The default household in real terms (base-year prices), changed by `f`.
pub fn real_scenario_with(f: impl FnOnce(&mut Scenario)) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        f(s);
    })
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

/// Whether a trace (and every part of it) is free of meaningless rows: no head or count
/// that is zero.
pub fn no_empty_rows(t: &Trace) -> bool {
    t.inputs
        .iter()
        .all(|i| !(matches!(i.unit, Unit::Head | Unit::Count) && i.value == 0.0))
        && t.parts.iter().all(no_empty_rows)
}

/// Whether every part of a trace sums to its value (when it has parts).
pub fn parts_add_up(t: &Trace) -> bool {
    (t.parts.is_empty() || close(t.parts.iter().map(|p| p.value).sum::<f64>(), t.value))
        && t.parts.iter().all(parts_add_up)
}
