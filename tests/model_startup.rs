//! Returnee start-ups (返乡创业), worked by hand: a business that ramps up and may close, a
//! guaranteed loan repaid in equal parts of principal with its interest subsidised, the
//! start-up subsidy, households starting in different years, remittances given up, labor.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, scenario_with};
use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::projection::IncomeCategory;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{explain, project, Figure, Scenario, Source};

const K: InterventionKind = InterventionKind::Startup;

/// Start-ups on from 2025 (the base year) at the given adoption, real prices (price index 1).
fn startup(adoption_pct: &[f64], f: impl FnOnce(&mut Scenario)) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.interventions.startup.schedule = Schedule {
            enabled: true,
            start_year: 2025,
            adoption_pct: adoption_pct.to_vec(),
        };
        f(s);
    })
}

// Defaults: 30,000 yuan a year at full operation, reached after 2 ramp-up years (1/3, 2/3,
// then all); 10 % of businesses close each year; a 50,000-yuan loan at 4 % over 3 years, equal
// principal of 50,000 ÷ 3 = 16,666.67 a year, interest 100 % subsidised; 5,000 start-up subsidy.
const PRINCIPAL: f64 = 50_000.0 / 3.0;

#[test]
fn a_business_with_a_fully_subsidised_loan_by_hand() {
    let p = project(&startup(&[100.0], |_| {})).unwrap();
    let inc = |i: usize| p.rows[i].increment_by_intervention[K];
    let cost = |i: usize| p.rows[i].program_cost_by_intervention[K];
    let outlay = |i: usize| p.rows[i].household_outlay_by_intervention[K];

    // 2025, first year: business 30,000 × 1/3 × survival 1 = 10,000; the household repays
    // 16,666.67 of principal; the interest 50,000 × 4 % = 2,000 is paid by the public.
    assert_close(inc(0), 10_000.0 - PRINCIPAL); // −6,666.67: a start-up's first year loses
    assert_close(outlay(0), PRINCIPAL);
    assert_close(cost(0), 5_000.0 + 2_000.0); // subsidy + interest on the full loan

    // 2026: 30,000 × 2/3 × 0.9 = 18,000; principal 16,666.67; interest on the balance
    // 50,000 − 16,666.67 = 33,333.33 × 4 % = 1,333.33, public.
    assert_close(inc(1), 18_000.0 - PRINCIPAL); // 1,333.33
    assert_close(cost(1), 33_333.333_333 * 0.04);

    // 2027: 30,000 × 1 × 0.9² = 24,300; last principal; interest 16,666.67 × 4 % = 666.67.
    assert_close(inc(2), 24_300.0 - PRINCIPAL); // 7,633.33
    assert_close(cost(2), 16_666.666_667 * 0.04);

    // 2028: the loan is repaid: 30,000 × 0.9³ = 21,870; nothing public, nothing to repay.
    assert_close(inc(3), 21_870.0);
    assert_close(cost(3), 0.0);
    assert_close(outlay(3), 0.0);
    // 2034 (10th year): 30,000 × 0.9⁹ = 11,622.614 (expected: 39 % of businesses still open).
    assert_close(inc(9), 30_000.0 * 0.9_f64.powi(9));

    // The income is business income (经营净收入) in the Enterprise source.
    let r = &p.rows[3];
    assert_close(
        r.scenario_by_source[Source::Enterprise] - r.baseline_by_source[Source::Enterprise],
        21_870.0,
    );
    assert_close(
        r.scenario_by_source.by_category()[IncomeCategory::Business as usize]
            - r.baseline_by_source.by_category()[IncomeCategory::Business as usize],
        21_870.0,
    );
}

#[test]
fn the_household_pays_the_interest_the_public_does_not() {
    let s = startup(&[100.0], |s| {
        s.interventions.startup.interest_subsidy_pct = 50.0
    });
    let p = project(&s).unwrap();
    // 2025: interest 2,000, half public (1,000), half the household's (1,000).
    assert_close(
        p.rows[0].increment_by_intervention[K],
        10_000.0 - PRINCIPAL - 1_000.0,
    );
    assert_close(
        p.rows[0].household_outlay_by_intervention[K],
        PRINCIPAL + 1_000.0,
    );
    assert_close(p.rows[0].program_cost_by_intervention[K], 5_000.0 + 1_000.0);
}

#[test]
fn the_loan_is_repaid_even_when_the_business_fails() {
    // Every business closes at the end of its first year: from 2026 no income, but the
    // principal (and, without subsidy, the interest) is still owed.
    let s = startup(&[100.0], |s| {
        s.interventions.startup.failure_pct = 100.0;
        s.interventions.startup.interest_subsidy_pct = 0.0;
    });
    let p = project(&s).unwrap();
    // 2026: 0 − 16,666.67 − 33,333.33 × 4 % (1,333.33) = −18,000.
    assert_close(p.rows[1].increment_by_intervention[K], -18_000.0);
    // 2027: 0 − 16,666.67 − 666.67 = −17,333.33; 2028: nothing.
    assert_close(
        p.rows[2].increment_by_intervention[K],
        -PRINCIPAL - 16_666.666_667 * 0.04,
    );
    assert_close(p.rows[3].increment_by_intervention[K], 0.0);
    // A closed business takes no labor.
    assert_close(p.rows[1].labor.claimed_months[K], 0.0);
}

#[test]
fn households_starting_in_different_years_each_follow_their_own_business() {
    // Half start in 2025, the other half in 2026.
    let p = project(&startup(&[50.0, 100.0], |_| {})).unwrap();
    let r = &p.rows[1];
    // 2026: the 2025 half is in its second year, 0.5 × (18,000 − 16,666.67) = 666.67;
    // the 2026 half in its first, 0.5 × (10,000 − 16,666.67) = −3,333.33. Total −2,666.67.
    assert_close(
        r.increment_by_intervention[K],
        0.5 * (18_000.0 - PRINCIPAL) + 0.5 * (10_000.0 - PRINCIPAL),
    );
    // Public: the 2025 half's interest 0.5 × 1,333.33, the 2026 half's subsidy and interest
    // 0.5 × (5,000 + 2,000): 4,166.67.
    assert_close(
        r.program_cost_by_intervention[K],
        0.5 * 33_333.333_333 * 0.04 + 0.5 * 7_000.0,
    );
    // 2025: only the first half: 0.5 × (5,000 + 2,000) = 3,500.
    assert_close(p.rows[0].program_cost_by_intervention[K], 3_500.0);
}

#[test]
fn remittances_given_up_and_the_returnee_s_labor() {
    // The household's only migrant comes home: the 2,000 yuan of remittances stop.
    let s = startup(&[100.0], |s| {
        s.interventions.startup.remittances_given_up_pct = 100.0
    });
    assert_close(s.household.income.migrant_remittances_yuan, 2_000.0);
    let p = project(&s).unwrap();
    let r = &p.rows[3];
    assert_close(r.scenario_by_source[Source::MigrantRemittances], 0.0);
    // 2028: 21,870 of business income − 2,000 remittances given up.
    assert_close(r.increment_by_intervention[K], 21_870.0 - 2_000.0);
    // Labor: the business takes 10 months × survival (2028: 0.9³ = 0.729 → 7.29 months);
    // the returnee brings 10 months of their own.
    assert_close(p.rows[0].labor.claimed_months[K], 10.0);
    assert_close(r.labor.claimed_months[K], 7.29);
    assert_close(r.labor.freed_months[K], 10.0);
    assert_close(r.labor.kept_share[K], 1.0);
}

#[test]
fn none_is_accepted() {
    // No subsidy, no loan, no income: a valid scenario with nothing in it.
    let s = startup(&[100.0], |s| {
        let st = &mut s.interventions.startup;
        st.subsidy_yuan = 0.0;
        st.loan_yuan = 0.0;
        st.full_income_yuan = 0.0;
        st.labor_months = 0.0;
        st.returnee_labor_months = 0.0;
    });
    let p = project(&s).unwrap();
    for r in &p.rows {
        assert_eq!(r.increment_by_intervention[K], 0.0);
        assert_eq!(r.program_cost_by_intervention[K], 0.0);
    }
    // No ramp-up: full income from the first year, 30,000 with no loan.
    let s = startup(&[100.0], |s| {
        s.interventions.startup.ramp_up_years = 0;
        s.interventions.startup.loan_yuan = 0.0;
    });
    assert_close(
        project(&s).unwrap().rows[0].increment_by_intervention[K],
        30_000.0,
    );
}

#[test]
fn the_explanation_adds_up_and_names_the_parameters_as_the_form_does() {
    let s = startup(&[100.0], |s| {
        s.interventions.startup.interest_subsidy_pct = 50.0
    });
    let t = explain(
        &s,
        Figure::Increment {
            year: 2026,
            kind: K,
        },
    )
    .unwrap();
    let module = &t.parts[0];
    // 2026: 18,000 − 16,666.67 − 33,333.33 × 4 % × 50 % (666.67) = 666.67.
    assert_close(t.value, 18_000.0 - PRINCIPAL - 666.666_667);
    assert_close(module.value, t.value);
    let cohort = &module.parts[0];
    let sum: f64 = cohort.parts.iter().map(|p| p.value).sum();
    assert_close(sum, cohort.value);
    let business = &cohort.parts[0];
    assert_close(business.value, 18_000.0);
    let labels: Vec<&str> = business.inputs.iter().map(|i| i.label.zh).collect();
    assert!(labels.contains(&"满负荷年纯收入"), "{labels:?}");
    assert!(labels.contains(&"年倒闭概率"), "{labels:?}");
    let interest = &cohort.parts[2];
    assert_close(interest.value, -666.666_667);
    assert!(interest.inputs.iter().any(|i| i.label.zh == "贴息比例"));
}

#[test]
fn every_default_is_marked_as_an_assumption_and_traces_have_no_empty_rows() {
    // The survey names the policies without amounts; only the start year is not an assumption.
    common::assert_unsourced_defaults_are_assumptions(K, &["start_year"]);
    let s = startup(&[50.0, 100.0], |s| {
        s.interventions.startup.remittances_given_up_pct = 100.0
    });
    for year in 2025..2035 {
        let t = explain(&s, Figure::Increment { year, kind: K }).unwrap();
        assert!(common::no_empty_rows(&t), "{year}");
        assert!(common::parts_add_up(&t.parts[0]), "{year}");
    }
}
