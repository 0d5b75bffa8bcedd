//! Rural tourism (乡村旅游), worked by hand in both modes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, on_from, scenario_with};
use village_income_planner::model::notice::Notice;
use village_income_planner::model::presets::preset;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{
    explain, project, Figure, InterventionKind, Scenario, Source, TourismMode,
};

const T: InterventionKind = InterventionKind::Tourism;

fn scenario(mode: TourismMode) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.interventions.tourism.schedule = on_from(2025, &[100.0]);
        s.interventions.tourism.mode = mode;
    })
}

#[test]
fn yuli_average_gain() {
    let p = project(&scenario(TourismMode::AverageGain)).unwrap();
    assert_close(p.rows[0].increment_by_intervention[T], 3_000.0);
    assert_close(p.rows[0].scenario_by_source[Source::Tourism], 3_000.0);
    // It claims 1.5 labor-months (assumption), which the default household has.
    assert_close(p.rows[0].labor.claimed_months[T], 1.5);
    // The preset gives +3,000 in base-year prices in its first year.
    let s = (preset("yuli_tourism").unwrap().build)();
    let p = project(&s).unwrap();
    let r = p.rows.iter().find(|r| r.year == 2026).unwrap();
    assert_close(r.increment_yuan() / r.price_index, 3_000.0);
}

/// Item 10: the itemised defaults reproduce the survey's 3,000 yuan within ±15 %.
#[test]
fn itemised_defaults_land_near_the_surveys_3000() {
    let p = project(&scenario(TourismMode::Itemised)).unwrap();
    let rooms = 1.0 * 60.0 * 0.25 * 200.0; // 3,000: 1 room × 60 nights × 25 % × 200 yuan
    let catering = rooms * 0.65 / 0.35; // 5,571.43: catering is 65 % of homestay revenue
    let homestay = (rooms + catering) * (1.0 - 0.60) - 1_000.0; // 8,571.43 × 40 % − 1,000 = 2,428.57
    let stalls = 10.0 * 80.0; // 800
    let by_hand = homestay + stalls; // 3,228.57
    assert_close(by_hand, 3_228.571_428_571_428_5);
    let gain = p.rows[0].increment_by_intervention[T];
    assert_close(gain, by_hand);
    assert!((3_000.0 * 0.85..=3_000.0 * 1.15).contains(&gain), "{gain}");
    // Labor: 1 room × 1 labor-month + 10 stall nights × 0.04 = 1.4 labor-months.
    assert_close(p.rows[0].labor.claimed_months[T], 1.0 + 10.0 * 0.04);
    // Before this change the itemised defaults gave 19,943 — 6.6 × the survey.
}

#[test]
fn itemised_homestay_by_hand() {
    let mut s = scenario(TourismMode::Itemised);
    let t = &mut s.interventions.tourism;
    t.rooms = 2.0;
    t.season_nights = 150.0;
    t.fixed_cost_yuan_per_year = 2_000.0;
    t.stall_nights = 60.0;
    t.visitor_growth_pct = 10.0;
    let p = project(&s).unwrap();
    let rooms = 2.0 * 150.0 * 0.25 * 200.0; // 15,000 yuan of room revenue
    let catering = rooms * 0.65 / 0.35; // catering is 65 % of homestay revenue: 27,857
    let costs = (rooms + catering) * 0.60 + 2_000.0;
    let stalls = 60.0 * 80.0; // 4,800
    let y1 = rooms + catering - costs + stalls; // 19,943
    assert_close(p.rows[0].increment_by_intervention[T], y1);
    // Year 2: occupancy 27.5 %, stalls × 1.1.
    let rooms2 = 2.0 * 150.0 * 0.275 * 200.0;
    let y2 = (rooms2 / 0.35) * 0.40 - 2_000.0 + stalls * 1.1;
    assert_close(p.rows[1].increment_by_intervention[T], y2);
    // Occupancy is capped at 100 %: year 16 would be 25 % × 1.1¹⁵ = 104 %.
    s.horizon.years = 20;
    let p = project(&s).unwrap();
    let full = (2.0 * 150.0 * 1.0 * 200.0 / 0.35) * 0.40 - 2_000.0;
    assert_close(
        p.rows[15].increment_by_intervention[T],
        full + stalls * 1.1f64.powi(15),
    );
    // Labor: 2 rooms × 1 + 60 nights × 0.04 = 4.4 labor-months, whatever the visitors.
    assert_close(p.rows[15].labor.claimed_months[T], 4.4);
}

/// Item 8: support is one-off per household joining; empty = not entered.
#[test]
fn support_scales_with_adoption_and_may_be_not_entered() {
    let mut s = scenario(TourismMode::AverageGain);
    s.interventions.tourism.program_support_yuan = Some(3_000.0);
    s.interventions.tourism.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    let cost: Vec<f64> = p.rows.iter().take(3).map(|r| r.program_cost_yuan).collect();
    // 50 % join: 0.5 × 3,000 = 1,500; the other half next year: 1,500; then nothing.
    assert_eq!(cost, vec![1_500.0, 1_500.0, 0.0]);

    let p = project(&scenario(TourismMode::AverageGain)).unwrap();
    assert!(p.notices.iter().any(|n| matches!(
        n,
        Notice::CostNotEntered {
            kind: T,
            field_id: "interventions.tourism.program_support_yuan"
        }
    )));
    assert_eq!(p.total.program_cost_yuan, 0.0);
}

/// Explanations take labels from the registry and show no row for an unused part.
#[test]
fn explanation_uses_form_labels_and_omits_unused_parts() {
    let mut s = scenario(TourismMode::Itemised);
    s.interventions.tourism.stall_nights = 0.0;
    let t = explain(
        &s,
        Figure::Increment {
            year: 2025,
            kind: T,
        },
    )
    .unwrap();
    let module = &t.parts[0];
    let labels: Vec<&str> = module.parts.iter().map(|p| p.label.en).collect();
    assert_eq!(
        labels,
        ["Room revenue", "Catering revenue", "Operating cost"]
    );
    let rooms = &module.parts[0];
    for label in ["Rooms", "Season nights", "Occupancy", "Room price"] {
        assert!(rooms.inputs.iter().any(|i| i.label.en == label), "{label}");
    }
    // No growth, so no growth rows.
    assert!(!module.inputs.iter().any(|i| i.label.en.contains("growth")));
}

/// Items 9–10: the survey's average gain and parameters.md's occupancy, room price and catering
/// share are cited; every other itemised input is marked an assumption.
#[test]
fn unsourced_defaults_are_marked_assumptions() {
    common::assert_unsourced_defaults_are_assumptions(
        T,
        &[
            "average_gain_yuan",
            "occupancy_pct",
            "room_price_yuan_per_night",
            "catering_share_pct",
        ],
    );
}
