//! Courtyard economy (庭院经济), worked by hand on the default Bohu demonstration courtyard.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::fields::ErrorKind;
use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn scenario() -> Scenario {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    let c = &mut s.interventions.courtyard;
    c.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    c.demo_support_yuan_per_year = 2_000.0;
    c.demo_support_years = 3;
    s
}

#[test]
fn demonstration_courtyard_by_hand() {
    let p = project(&scenario()).unwrap();
    let k = InterventionKind::Courtyard;
    // 0.5 mu: 60 % vegetables = 0.3 mu, 40 % fruit = 0.2 mu.
    let veg = 0.3 * 3_000.0 * 2.5; // 2,250 yuan
    let fruit = 0.2 * 1_000.0 * 6.0; // 1,200 yuan once bearing (third year)
    let cost = 0.3 * 1_200.0 + 0.2 * 800.0; // 520 yuan of inputs
                                            // Years 1–2: support 2,000 covers the 520 of inputs; no fruit yet.
    assert!(close(p.rows[0].increment_by_intervention[k], veg));
    assert!(close(p.rows[1].increment_by_intervention[k], veg));
    // Year 3: fruit bears, support still covers inputs.
    assert!(close(p.rows[2].increment_by_intervention[k], veg + fruit)); // 3,450
                                                                         // Year 4: support over, household pays the inputs.
    assert!(close(
        p.rows[3].increment_by_intervention[k],
        veg + fruit - cost
    )); // 2,930
        // Program cost 2,000 for three years, then nothing.
    let costs: Vec<f64> = p.rows.iter().take(4).map(|r| r.program_cost_yuan).collect();
    assert_eq!(costs, vec![2_000.0, 2_000.0, 2_000.0, 0.0]);
    // 30 % of output eaten at home, in kind.
    assert!(close(p.rows[0].in_kind_yuan, 0.3 * veg)); // 675
    assert!(close(p.rows[3].in_kind_yuan, 0.3 * (veg + fruit)));
    assert!(close(
        p.rows[3].scenario_by_source[Source::Courtyard],
        veg + fruit - cost
    ));
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
