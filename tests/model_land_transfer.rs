//! Land transfer (土地流转), worked by hand: the Yuli case of 21.1 mu and 1.5 freed laborers.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::fields::ErrorKind;
use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::presets::preset;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

/// Defaults, real prices (no inflation in the figures), transfer from the base year 2025.
fn yuli() -> Scenario {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    s.interventions.land_transfer.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    s
}

#[test]
fn yuli_household_by_hand() {
    let p = project(&yuli()).unwrap();
    let row = &p.rows[0];
    let rent = 21.1 * 700.0; // 14,770 yuan
    let given_up = 21.1 * 600.0; // 12,660 yuan of own-farming net income
    let wages = 1.5 * 0.50 * 4.0 * 4_000.0; // 12,000 yuan: 1.5 freed × 50 % employed × 4 months × 4,000
    assert!(close(rent, 14_770.0) && close(given_up, 12_660.0) && close(wages, 12_000.0));
    let inc = row.increment_by_intervention[InterventionKind::LandTransfer];
    assert!(close(inc, rent - given_up + wages), "{inc}"); // 14,110
    assert!(close(inc, 14_110.0));
    // By source: rent appears, own farming falls by what is given up, wages rise.
    assert!(close(row.scenario_by_source[Source::LandRent], rent));
    assert!(close(
        row.baseline_by_source[Source::OwnFarming] - row.scenario_by_source[Source::OwnFarming],
        given_up
    ));
    assert!(close(
        row.scenario_by_source[Source::LocalWages] - row.baseline_by_source[Source::LocalWages],
        wages
    ));
}

#[test]
fn rent_escalates_every_n_years_and_adoption_phases_in() {
    let mut s = yuli();
    let lt = &mut s.interventions.land_transfer;
    lt.rent_escalation_pct = 10.0;
    lt.rent_escalation_every_years = 3;
    lt.schedule.adoption_pct = vec![50.0, 100.0];
    let p = project(&s).unwrap();
    let inc = |i: usize| p.rows[i].increment_by_intervention[InterventionKind::LandTransfer];
    // Year 0 at 50 % adoption: half of 14,110.
    assert!(close(inc(0), 0.5 * 14_110.0));
    // Years 1–2 full, no escalation yet.
    assert!(close(inc(2), 14_110.0));
    // Year 3: rent × 1.10 → +1,477 yuan.
    assert!(close(inc(3), 14_110.0 + 21.1 * 700.0 * 0.10));
    // Year 6: rent × 1.10².
    assert!(close(
        inc(6),
        14_110.0 + 21.1 * 700.0 * (1.1f64.powi(2) - 1.0)
    ));
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
    // Deflate to base-year prices so the check is the preset's own assumptions, not inflation.
    let real = first_full.increment_yuan() / first_full.price_index;
    println!(
        "Yuli preset, first full year {}: +{real:.0} yuan (real), +{:.0} (nominal)",
        first_full.year,
        first_full.increment_yuan()
    );
    assert!(
        (14_000.0 * 0.85..=14_000.0 * 1.15).contains(&real),
        "{real}"
    );
    assert!((14_000.0 * 0.85..=14_000.0 * 1.15).contains(&first_full.increment_yuan()));
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
