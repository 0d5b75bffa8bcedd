//! Land transfer (土地流转), worked by hand: the Yuli case of 21.1 mu and 1.5 freed laborers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, close, on_from, scenario_with};
use village_income_planner::model::fields::ErrorKind;
use village_income_planner::model::notice::Notice;
use village_income_planner::model::presets::preset;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{explain, project, Figure, InterventionKind, Scenario, Source};

const LT: InterventionKind = InterventionKind::LandTransfer;

/// Defaults, real prices, transfer from the base year 2025 (price level 1 in that year).
fn yuli() -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.interventions.land_transfer.schedule = on_from(2025, &[100.0]);
    })
}

#[test]
fn yuli_household_by_hand() {
    let p = project(&yuli()).unwrap();
    let row = &p.rows[0];
    let rent = 21.1 * 700.0; // 14,770 yuan (base year: the contract amount, nothing eroded yet)
    let given_up = 21.1 * 600.0; // 12,660 yuan of own-farming net income
    let wages = 1.5 * 0.50 * 4.0 * 4_000.0; // 12,000 yuan: 1.5 freed × 50 % employed × 4 months × 4,000
    assert!(close(rent, 14_770.0) && close(given_up, 12_660.0) && close(wages, 12_000.0));
    let inc = row.increment_by_intervention[LT];
    assert_close(inc, rent - given_up + wages); // 14,110
    assert_close(inc, 14_110.0);
    // By source: rent appears, own farming falls by what is given up, wages rise.
    assert_close(row.scenario_by_source[Source::LandRent], rent);
    assert_close(
        row.baseline_by_source[Source::OwnFarming] - row.scenario_by_source[Source::OwnFarming],
        given_up,
    );
    assert_close(
        row.scenario_by_source[Source::LocalWages] - row.baseline_by_source[Source::LocalWages],
        wages,
    );
}

/// Item 6: the transferred land frees its farming labor; the freed laborers' wage work claims
/// labor; both scale with adoption.
#[test]
fn land_transfer_frees_farming_labor_and_claims_wage_work() {
    let mut s = yuli();
    s.interventions.land_transfer.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    // Full: freed = 21.1 mu × 0.15 labor-months/mu = 3.165; claimed = 1.5 × 50 % × 4 months = 3.0.
    assert_close(p.rows[0].labor.freed_months[LT], 0.5 * 3.165);
    assert_close(p.rows[0].labor.claimed_months[LT], 0.5 * 3.0);
    assert_close(p.rows[1].labor.freed_months[LT], 3.165);
    assert_close(p.rows[1].labor.claimed_months[LT], 3.0);
    // The default household has 2 × 10 = 20 labor-months, its farming 3.165 + wage work 2: the
    // transfer fits, nothing is cut.
    assert_close(p.rows[1].labor.kept_share[LT], 1.0);
}

/// Item 5: rent is a contract in yuan. Start 2026 = year index 1, inflation 2 %.
/// Nominal: the rent shown is the contract amount every year, while own farming and wages follow
/// prices. Real: the rent erodes by 1.02 a year.
#[test]
fn rent_is_a_contract_in_yuan_in_both_price_bases() {
    let build = |basis| {
        scenario_with(|s| {
            s.economics.price_basis = basis;
            s.economics.inflation_pct = 2.0;
            s.interventions.land_transfer.schedule = on_from(2026, &[100.0]);
        })
    };
    let nominal = project(&build(PriceBasis::Nominal)).unwrap();
    let real = project(&build(PriceBasis::Real)).unwrap();
    let contract = 21.1 * 700.0; // 14,770 yuan a year, fixed by the contract
    for (i, t) in [(1usize, 1), (5, 5), (9, 9)] {
        // Nominal: 14,770 in 2026, 2030 and 2034 alike.
        assert_close(
            nominal.rows[i].scenario_by_source[Source::LandRent],
            contract,
        );
        // Real: 14,770 ÷ 1.02^t.
        assert_close(
            real.rows[i].scenario_by_source[Source::LandRent],
            contract / 1.02f64.powi(t),
        );
    }
    // 2026 nominal: 14,770 − 12,660 × 1.02 + 12,000 × 1.02 = 14,770 − 12,913.2 + 12,240 = 14,096.8
    assert_close(nominal.rows[1].increment_by_intervention[LT], 14_096.8);
    // 2026 real: 14,770 ÷ 1.02 − 12,660 + 12,000 = 14,480.39 − 660 = 13,820.39
    assert_close(
        real.rows[1].increment_by_intervention[LT],
        14_770.0 / 1.02 - 660.0,
    );
    // 2030 real: 14,770 ÷ 1.02^5 = 13,377.63; − 660 = 12,717.63
    assert_close(
        real.rows[5].increment_by_intervention[LT],
        14_770.0 / 1.02f64.powi(5) - 660.0,
    );
    // The explanation shows the same eroded rent and names the inflation it is divided by.
    let s = build(PriceBasis::Real);
    let t = explain(
        &s,
        Figure::Increment {
            year: 2030,
            kind: LT,
        },
    )
    .unwrap();
    let module = &t.parts[0];
    let rent = &module.parts[0];
    assert_close(rent.value, 14_770.0 / 1.02f64.powi(5));
    assert!(rent
        .inputs
        .iter()
        .any(|i| i.label.en == "Inflation" && i.value == 2.0));
    assert!(rent
        .inputs
        .iter()
        .any(|i| i.label.en == "Rent per mu" && i.value == 700.0));
}

#[test]
fn rent_escalates_every_n_years_and_adoption_phases_in() {
    let mut s = yuli();
    s.economics.inflation_pct = 0.0; // no inflation: contract and base-year rent coincide
    let lt = &mut s.interventions.land_transfer;
    lt.rent_escalation_pct = 10.0;
    lt.rent_escalation_every_years = 3;
    lt.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    let inc = |i: usize| p.rows[i].increment_by_intervention[LT];
    // Year 0 at 50 % adoption: half of 14,110.
    assert_close(inc(0), 0.5 * 14_110.0);
    // Years 1–2 full, no escalation yet.
    assert_close(inc(2), 14_110.0);
    // Year 3: rent × 1.10 → +1,477 yuan.
    assert_close(inc(3), 14_110.0 + 21.1 * 700.0 * 0.10);
    // Year 6: rent × 1.10².
    assert_close(inc(6), 14_110.0 + 21.1 * 700.0 * (1.1f64.powi(2) - 1.0));

    // With 2 % inflation in real terms the escalated contract still erodes between steps:
    // year 3 = 14,770 × 1.1 ÷ 1.02³ = 16,247 ÷ 1.061208 = 15,309.9.
    s.economics.inflation_pct = 2.0;
    let p = project(&s).unwrap();
    assert_close(
        p.rows[3].scenario_by_source[Source::LandRent],
        14_770.0 * 1.1 / 1.02f64.powi(3),
    );
}

#[test]
fn yuli_preset_lands_within_14000_plus_minus_15_percent() {
    let s = (preset("yuli_land_transfer").unwrap().build)();
    let p = project(&s).unwrap();
    let first_full = p
        .rows
        .iter()
        .find(|r| {
            s.interventions
                .land_transfer
                .schedule
                .adoption_share(r.year)
                >= 1.0
        })
        .unwrap();
    assert_eq!(first_full.year, 2026);
    // Base-year prices: 14,770 ÷ 1.02 − 12,660 + 12,000 = 13,820.4 (the contract rent has eroded
    // by one year of 2 % inflation).
    let real = first_full.increment_yuan() / first_full.price_index;
    assert!(close(real, 14_770.0 / 1.02 - 660.0), "{real}");
    // Nominal: 14,770 − (12,660 − 12,000) × 1.02 = 14,096.8 (was 14,392 when rent inflated).
    assert_close(first_full.increment_yuan(), 14_096.8);
    for v in [real, first_full.increment_yuan()] {
        assert!((14_000.0 * 0.85..=14_000.0 * 1.15).contains(&v), "{v}");
    }
}

/// Item 8: the set-up cost is per household newly transferring, so it follows adoption and is
/// never booked twice; empty means "not entered" (a notice), 0 means no public cost.
#[test]
fn setup_cost_scales_with_adoption_and_may_be_not_entered() {
    let mut s = yuli();
    s.interventions.land_transfer.setup_cost_yuan = Some(5_000.0);
    s.interventions.land_transfer.schedule.adoption_pct = vec![0.0, 50.0, 100.0];
    let p = project(&s).unwrap();
    let cost: Vec<f64> = p.rows.iter().take(4).map(|r| r.program_cost_yuan).collect();
    // 0 % → 0; 50 % newly → 0.5 × 5,000 = 2,500; the other 50 % → 2,500; then nothing.
    assert_eq!(cost, vec![0.0, 2_500.0, 2_500.0, 0.0]);
    assert_close(p.by_intervention[LT.index()].1.program_cost_yuan, 5_000.0);

    // At 0 % adoption throughout, no cost at all (was 5,000 in the start year).
    s.interventions.land_transfer.schedule.adoption_pct = vec![0.0];
    let p = project(&s).unwrap();
    assert_eq!(p.total.program_cost_yuan, 0.0);

    // Not entered (the default): the engine says so.
    let p = project(&yuli()).unwrap();
    assert!(p.notices.iter().any(|n| matches!(
        n,
        Notice::CostNotEntered {
            kind: LT,
            field_id: "interventions.land_transfer.setup_cost_yuan"
        }
    )));
    // Entered as 0: no public cost, no notice.
    let mut s = yuli();
    s.interventions.land_transfer.setup_cost_yuan = Some(0.0);
    let p = project(&s).unwrap();
    assert!(!p
        .notices
        .iter()
        .any(|n| matches!(n, Notice::CostNotEntered { .. })));
}

#[test]
fn old_numbers_for_the_setup_cost_still_load() {
    let mut v = serde_json::to_value(yuli()).unwrap();
    v["interventions"]["land_transfer"]["setup_cost_yuan"] = serde_json::json!(1200.0);
    let s: Scenario = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(s.interventions.land_transfer.setup_cost_yuan, Some(1_200.0));
    v["interventions"]["land_transfer"]["setup_cost_yuan"] = serde_json::Value::Null;
    let s: Scenario = serde_json::from_value(v).unwrap();
    assert_eq!(s.interventions.land_transfer.setup_cost_yuan, None);
}

#[test]
fn more_land_than_cropland_is_a_typed_error() {
    let mut s = yuli();
    s.interventions.land_transfer.area_mu = 30.0;
    let e = project(&s).unwrap_err();
    assert_eq!(e.field.id, "interventions.land_transfer.area_mu");
    assert_eq!(e.kind, ErrorKind::MoreThanCropland);
    assert!(e.message(true).contains("cropland"));
    assert!(e.message(false).contains("耕地"));
}

/// Item 9: only the survey's area and freed laborers, the Xinjiang Daily rent and the cited wage
/// are sourced; every other default says "Assumption".
#[test]
fn unsourced_defaults_are_marked_assumptions() {
    common::assert_unsourced_defaults_are_assumptions(
        LT,
        &[
            "area_mu",
            "rent_yuan_per_mu",
            "freed_laborers_persons",
            "monthly_wage_yuan",
        ],
    );
}
