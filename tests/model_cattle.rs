//! Cattle by artificial insemination (黄牛冷配), worked by hand.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn scenario() -> Scenario {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    s.household.herd.cows_head = 10.0;
    s.interventions.cattle.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    s
}

#[test]
fn ten_cows_by_hand() {
    let p = project(&scenario()).unwrap();
    let k = InterventionKind::Cattle;
    // Up to 2 services at 45 %: settled by AI = 1 − 0.55² = 0.6975; expected services per
    // cow = 1 + 0.55 = 1.55 (= 0.6975 ÷ 0.45).
    let settled = 1.0 - 0.55f64 * 0.55;
    let services = 10.0 * (1.0 + 0.55);
    // AI cost 15.5 × 120 = 1,860, all paid by the program.
    assert!(close(p.rows[0].program_cost_yuan, services * 120.0));
    // Year 1: no calves yet, nothing paid by the household.
    assert!(close(p.rows[0].increment_by_intervention[k], 0.0));
    // Year 2: improved calves 10 × 0.6975 × 0.9 = 6.2775; each is worth 4,000 × (1 + 30 %)
    // instead of a local calf that the bull would have given with 60 % probability:
    // gain per improved calf 4,000 × (1.3 − 0.6) = 2,800, minus 300 extra feed.
    let calves = 10.0 * settled * 0.9;
    let y2 = calves * (4_000.0 * (1.3 - 0.6) - 300.0); // 15,694
    assert!(
        close(p.rows[1].increment_by_intervention[k], y2),
        "{}",
        p.rows[1].increment_by_intervention[k]
    );
    assert!(close(p.rows[1].scenario_by_source[Source::Cattle], y2));
    assert!(close(p.rows[1].herd.cattle_head, 10.0 + calves));
}

#[test]
fn household_pays_the_unsubsidised_share_in_the_ai_year() {
    let mut s = scenario();
    s.interventions.cattle.ai_subsidy_pct = 50.0;
    let p = project(&s).unwrap();
    let ai_cost = 10.0 * 1.55 * 120.0; // 1,860
    assert!(close(
        p.rows[0].increment_by_intervention[InterventionKind::Cattle],
        -0.5 * ai_cost
    ));
    assert!(close(p.rows[0].program_cost_yuan, 0.5 * ai_cost));
}
