//! Free chicks (鸡苗), worked by hand: Hejing's 100 chicks at 10 yuan of subsidy each.
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
    s.interventions.poultry.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    s
}

#[test]
fn hejing_round_of_100_chicks_by_hand() {
    let p = project(&scenario()).unwrap();
    let k = InterventionKind::Poultry;
    // 100 chicks × 80 % survival = 80 birds; 40 % kept = 32 hens, 48 meat birds.
    let (hens, meat) = (100.0 * 0.8 * 0.4, 100.0 * 0.8 * 0.6);
    assert!(close(hens, 32.0) && close(meat, 48.0));
    // Year 1: meat 48 × 100 = 4,800; eggs 32 × 120 × ½ × 1.5 = 2,880;
    // costs 48 × 25 feed + 100 × 2 vaccine + 32 × 30 hen feed = 1,200 + 200 + 960.
    let y1 = 4_800.0 + 2_880.0 - 1_200.0 - 200.0 - 960.0; // 5,320
    assert!(
        close(p.rows[0].increment_by_intervention[k], y1),
        "{}",
        p.rows[0].increment_by_intervention[k]
    );
    assert!(close(p.rows[0].in_kind_yuan, 0.30 * (4_800.0 + 2_880.0))); // 2,304 eaten at home
    assert!(close(p.rows[0].program_cost_yuan, 100.0 * 10.0)); // 1,000 yuan of subsidy
                                                               // Year 2: a full year of eggs 32 × 120 × 1.5 = 5,760, spent hens 32 × 100 = 3,200, feed 960.
    assert!(close(
        p.rows[1].increment_by_intervention[k],
        5_760.0 + 3_200.0 - 960.0
    )); // 8,000
    assert!(close(p.rows[1].program_cost_yuan, 0.0));
    // Year 3: the flock is gone (no replacement).
    assert!(close(p.rows[2].scenario_by_source[Source::Poultry], 0.0));
    // Herd: 80 birds in year 1, 32 hens in year 2, none after.
    assert!(close(p.rows[0].herd.poultry_head, 80.0));
    assert!(close(p.rows[1].herd.poultry_head, 32.0));
    assert!(close(p.rows[2].herd.poultry_head, 0.0));
}

#[test]
fn replaced_layers_keep_laying() {
    let mut s = scenario();
    s.interventions.poultry.replace_layers = true;
    let p = project(&s).unwrap();
    // Year 3: buy 32 ÷ 0.8 = 40 chicks at 10 + 2 yuan = 480; new hens lay half a year: 2,880;
    // hen feed 960. Net 1,440.
    let y3 = 2_880.0 - 960.0 - 40.0 * 12.0;
    assert!(close(
        p.rows[2].increment_by_intervention[InterventionKind::Poultry],
        y3
    ));
    // Year 4 is like year 2: 8,000.
    assert!(close(
        p.rows[3].increment_by_intervention[InterventionKind::Poultry],
        8_000.0
    ));
}

#[test]
fn rounds_and_adoption_scale_the_chicks() {
    let mut s = scenario();
    s.interventions.poultry.rounds = 2;
    s.interventions.poultry.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    // Round 1: 50 chicks (50 % adoption) → 500 yuan subsidy; round 2: 100 chicks → 1,000.
    assert!(close(p.rows[0].program_cost_yuan, 500.0));
    assert!(close(p.rows[1].program_cost_yuan, 1_000.0));
    // Year 2 = round 1's second year (half of 8,000) + round 2's first year (5,320).
    assert!(close(
        p.rows[1].increment_by_intervention[InterventionKind::Poultry],
        4_000.0 + 5_320.0
    ));
}
