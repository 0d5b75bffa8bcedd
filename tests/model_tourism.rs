//! Rural tourism (乡村旅游), worked by hand in both modes.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::interventions::{InterventionKind, Schedule, TourismMode};
use village_income_planner::model::presets::preset;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn scenario(mode: TourismMode) -> Scenario {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    let t = &mut s.interventions.tourism;
    t.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    t.mode = mode;
    s
}

#[test]
fn yuli_average_gain() {
    let p = project(&scenario(TourismMode::AverageGain)).unwrap();
    assert!(close(
        p.rows[0].increment_by_intervention[InterventionKind::Tourism],
        3_000.0
    ));
    assert!(close(
        p.rows[0].scenario_by_source[Source::Tourism],
        3_000.0
    ));
    // The preset gives +3,000 in base-year prices in its first year.
    let s = (preset("yuli_tourism").unwrap().build)();
    let p = project(&s).unwrap();
    let r = p.rows.iter().find(|r| r.year == 2026).unwrap();
    assert!(close(r.increment_yuan() / r.price_index, 3_000.0));
}

#[test]
fn itemised_homestay_by_hand() {
    let mut s = scenario(TourismMode::Itemised);
    s.interventions.tourism.visitor_growth_pct = 10.0;
    let p = project(&s).unwrap();
    let rooms = 2.0 * 150.0 * 0.25 * 200.0; // 15,000 yuan of room revenue
    let catering = rooms * 0.65 / 0.35; // catering is 65 % of homestay revenue: 27,857
    let costs = (rooms + catering) * 0.60 + 2_000.0;
    let stalls = 60.0 * 80.0; // 4,800
    let y1 = rooms + catering - costs + stalls; // 19,943
    assert!(close(
        p.rows[0].increment_by_intervention[InterventionKind::Tourism],
        y1
    ));
    // Year 2: occupancy 27.5 %, stalls × 1.1.
    let rooms2 = 2.0 * 150.0 * 0.275 * 200.0;
    let y2 = (rooms2 / 0.35) * 0.40 - 2_000.0 + stalls * 1.1;
    assert!(close(
        p.rows[1].increment_by_intervention[InterventionKind::Tourism],
        y2
    ));
    // Occupancy is capped at 100 %: year 16 would be 25 % × 1.1¹⁵ = 104 %.
    s.horizon.years = 20;
    let p = project(&s).unwrap();
    let full = (2.0 * 150.0 * 1.0 * 200.0 / 0.35) * 0.40 - 2_000.0;
    assert!(close(
        p.rows[15].increment_by_intervention[InterventionKind::Tourism],
        full + stalls * 1.1f64.powi(15)
    ));
}
