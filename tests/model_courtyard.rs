//! Courtyard economy (庭院经济), worked by hand on the default Bohu demonstration courtyard.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, on_from, scenario_with};
use village_income_planner::model::fields::{field, ErrorKind};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, InterventionKind, Scenario, Source};

const C: InterventionKind = InterventionKind::Courtyard;

fn scenario() -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.interventions.courtyard.schedule = on_from(2025, &[100.0]);
    })
}

#[test]
fn demonstration_courtyard_by_hand() {
    let p = project(&scenario()).unwrap();
    // 0.5 mu: 60 % vegetables = 0.3 mu, 40 % fruit = 0.2 mu.
    let veg = 0.3 * 3_000.0 * 2.5; // 2,250 yuan
    let fruit = 0.2 * 1_000.0 * 6.0; // 1,200 yuan once bearing (third year)
    let cost = 0.3 * 1_200.0 + 0.2 * 800.0; // 520 yuan of inputs
                                            // Years 1–2: the assumed support of 2,000 covers the 520 of inputs; no fruit yet.
    assert_close(p.rows[0].increment_by_intervention[C], veg);
    assert_close(p.rows[1].increment_by_intervention[C], veg);
    // Year 3: fruit bears, support still covers inputs: 3,450.
    assert_close(p.rows[2].increment_by_intervention[C], veg + fruit);
    // Year 4: support over, household pays the inputs: 2,930.
    assert_close(p.rows[3].increment_by_intervention[C], veg + fruit - cost);
    // Program cost 2,000 for three years, then nothing.
    let costs: Vec<f64> = p.rows.iter().take(4).map(|r| r.program_cost_yuan).collect();
    assert_eq!(costs, vec![2_000.0, 2_000.0, 2_000.0, 0.0]);
    // 30 % of output eaten at home, in kind.
    assert_close(p.rows[0].in_kind_yuan, 0.3 * veg); // 675
    assert_close(p.rows[3].in_kind_yuan, 0.3 * (veg + fruit));
    assert_close(
        p.rows[3].scenario_by_source[Source::Courtyard],
        veg + fruit - cost,
    );
}

/// Item 6: the courtyard claims labor per mu planted, scaled by adoption.
#[test]
fn courtyard_claims_labor_per_mu() {
    let mut s = scenario();
    s.interventions.courtyard.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    // 0.5 mu × 1.5 labor-months/mu = 0.75; half of it at 50 %.
    assert_close(p.rows[0].labor.claimed_months[C], 0.5 * 0.75);
    assert_close(p.rows[1].labor.claimed_months[C], 0.75);
}

/// Item 9: the 2,000 yuan × 3 years is an assumption, and the Bohu figure is stated for what it
/// is: 30,000,000 ÷ 2,193 = 13,680 ≈ 13,700 yuan per lifted household, whole programme, all
/// industries.
#[test]
fn demonstration_support_is_an_assumption_beside_the_bohu_figure() {
    assert!((30_000_000.0_f64 / 2_193.0 - 13_680.0).abs() < 1.0);
    let f = field("interventions.courtyard.demo_support_yuan_per_year").unwrap();
    assert!(f.is_assumption());
    for s in ["2,000", "13,700", "2,193", "30 million", "whole programme"] {
        assert!(f.source.en.contains(s), "{s}");
    }
    for s in ["2,000", "13,700", "2,193", "3,000 万元", "整个项目期"] {
        assert!(f.source.zh.contains(s), "{s}");
    }
    assert!(field("interventions.courtyard.demo_support_years")
        .unwrap()
        .is_assumption());
}

#[test]
fn planting_more_than_the_courtyard_or_over_100_percent_is_refused() {
    let mut s = scenario();
    s.interventions.courtyard.planted_mu = 0.8; // courtyard is 0.5 mu
    let e = project(&s).unwrap_err();
    assert_eq!(e.field.id, "interventions.courtyard.planted_mu");
    assert_eq!(e.kind, ErrorKind::MoreThanCourtyard);

    let mut s = scenario();
    s.interventions.courtyard.fruit_share_pct = 50.0; // 60 + 50 > 100
    let e = project(&s).unwrap_err();
    assert_eq!(e.kind, ErrorKind::SharesOver100);
    assert!(e.message(true).contains("100 %"));
}

/// Item 9: no courtyard default has a cited source.
#[test]
fn unsourced_defaults_are_marked_assumptions() {
    common::assert_unsourced_defaults_are_assumptions(C, &[]);
}
