//! Dividends (分红/资产收益), worked by hand: a fixed return on pooled subsidy capital, a share
//! of cooperative profit, households joining as adoption rises, and the agreement's term.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, scenario_with};
use village_income_planner::model::fields::field;
use village_income_planner::model::interventions::{DividendMode, InterventionKind, Schedule};
use village_income_planner::model::projection::IncomeCategory;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{explain, project, Figure, Scenario, Source};

const K: InterventionKind = InterventionKind::Dividends;

/// Dividends on from 2025 (the base year) at the given adoption, real prices (price index 1).
fn dividends(adoption_pct: &[f64], f: impl FnOnce(&mut Scenario)) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.interventions.dividends.schedule = Schedule {
            enabled: true,
            start_year: 2025,
            adoption_pct: adoption_pct.to_vec(),
        };
        f(s);
    })
}

#[test]
fn pooled_subsidy_capital_earns_its_fixed_return_every_year() {
    let s = dividends(&[100.0], |_| {});
    let p = project(&s).unwrap();
    // Defaults: 5,000 yuan of subsidy capital pooled as shares × 8 % = 400 yuan a year.
    let dividend = 5_000.0 * 0.08;
    assert_close(dividend, 400.0);
    for r in &p.rows {
        assert_close(r.increment_by_intervention[K], 400.0);
        assert_close(
            r.scenario_by_source[Source::Dividends] - r.baseline_by_source[Source::Dividends],
            400.0,
        );
        // Property income (财产净收入), no labor, no outlay by the household.
        assert_close(
            r.scenario_by_source.by_category()[IncomeCategory::Property as usize]
                - r.baseline_by_source.by_category()[IncomeCategory::Property as usize],
            400.0,
        );
        assert_eq!(r.labor.claimed_months[K], 0.0);
        assert_eq!(r.household_outlay_by_intervention[K], 0.0);
    }
    // The capital is public money pooled once, in the start year: 5,000 yuan, then nothing.
    assert_close(p.rows[0].program_cost_by_intervention[K], 5_000.0);
    assert!(p.rows[1..]
        .iter()
        .all(|r| r.program_cost_by_intervention[K] == 0.0));
    // Over 10 years: 10 × 400 = 4,000 yuan gained for 5,000 of public capital.
    let a = &p.by_intervention[K.index()].1;
    assert_close(a.income_gained_yuan, 4_000.0);
    assert_close(a.program_cost_yuan, 5_000.0);
}

#[test]
fn cooperative_profit_share_with_loss_years() {
    let s = dividends(&[100.0], |s| {
        let d = &mut s.interventions.dividends;
        d.mode = DividendMode::CooperativeProfit;
        d.household_shares = 2.0;
        d.total_shares = 100.0;
        d.coop_net_profit_yuan = 200_000.0;
        d.payout_pct = 60.0;
        d.loss_year_pct = 25.0;
        d.pooled_capital_yuan = 0.0; // the household's shares were not bought with subsidy
    });
    let p = project(&s).unwrap();
    // 2 ÷ 100 shares × 200,000 profit × 60 % paid out = 2,400 in a good year; one year in four
    // a loss pays nothing: expected 2,400 × (1 − 25 %) = 1,800 yuan a year.
    let expected = 2.0 / 100.0 * 200_000.0 * 0.60 * (1.0 - 0.25);
    assert_close(expected, 1_800.0);
    assert_close(p.rows[0].increment_by_intervention[K], 1_800.0);
    assert_close(p.rows[9].increment_by_intervention[K], 1_800.0);
    assert_eq!(p.rows[0].program_cost_by_intervention[K], 0.0);
}

#[test]
fn households_joining_later_get_their_capital_then_and_are_paid_for_the_agreed_years() {
    // Half the households join in 2025, the other half in 2026; each is paid for 3 years.
    let s = dividends(&[50.0, 100.0], |s| s.interventions.dividends.years_paid = 3);
    let p = project(&s).unwrap();
    let inc = |i: usize| p.rows[i].increment_by_intervention[K];
    let cost = |i: usize| p.rows[i].program_cost_by_intervention[K];
    // Capital for each half when it joins: 50 % × 5,000 = 2,500 in 2025 and again in 2026.
    assert_close(cost(0), 2_500.0);
    assert_close(cost(1), 2_500.0);
    assert_close(cost(2), 0.0);
    // 2025: half paid, 0.5 × 400 = 200. 2026 and 2027: both halves, 400.
    assert_close(inc(0), 200.0);
    assert_close(inc(1), 400.0);
    assert_close(inc(2), 400.0);
    // 2028: the 2025 half has had its 3 years (2025–2027); the 2026 half is in its third: 200.
    assert_close(inc(3), 200.0);
    // 2029 on: both agreements have ended.
    assert_close(inc(4), 0.0);
    assert_close(inc(9), 0.0);
}

#[test]
fn none_is_accepted_and_pays_nothing() {
    // A 0 % return, or an agreement of 0 years, is a valid scenario that pays nothing; the
    // pooled capital is still public money spent.
    for f in [
        (|s: &mut Scenario| s.interventions.dividends.fixed_return_pct = 0.0) as fn(&mut Scenario),
        |s: &mut Scenario| s.interventions.dividends.years_paid = 0,
    ] {
        let p = project(&dividends(&[100.0], f)).unwrap();
        assert!(p.rows.iter().all(|r| r.increment_by_intervention[K] == 0.0));
        assert_close(p.rows[0].program_cost_by_intervention[K], 5_000.0);
    }
    // No cooperative shares issued: no division by zero, no dividend.
    let s = dividends(&[100.0], |s| {
        s.interventions.dividends.mode = DividendMode::CooperativeProfit;
        s.interventions.dividends.total_shares = 0.0;
    });
    let p = project(&s).unwrap();
    assert_eq!(p.rows[0].increment_by_intervention[K], 0.0);
}

#[test]
fn the_explanation_names_the_parameters_as_the_form_does_and_shows_the_projected_value() {
    let s = dividends(&[100.0], |_| {});
    let t = explain(
        &s,
        Figure::Increment {
            year: 2027,
            kind: K,
        },
    )
    .unwrap();
    assert_close(t.value, 400.0);
    let module = &t.parts[0];
    assert_close(module.value, 400.0);
    let labels: Vec<&str> = module.inputs.iter().map(|i| i.label.zh).collect();
    assert!(labels.contains(&"入股补助资金(每户)"), "{labels:?}");
    assert!(labels.contains(&"固定收益率"), "{labels:?}");
    let cost = explain(
        &s,
        Figure::ProgramCost {
            year: 2025,
            kind: Some(K),
        },
    )
    .unwrap();
    assert_close(cost.value, 5_000.0);
}

#[test]
fn the_form_shows_only_the_fields_of_the_chosen_mode() {
    let applies = |s: &Scenario, id: &str| (field(id).unwrap().applies)(s);
    let coop = "interventions.dividends.coop_net_profit_yuan";
    let rate = "interventions.dividends.fixed_return_pct";
    let capital = "interventions.dividends.pooled_capital_yuan";
    let mut s = Scenario::default();
    assert!(applies(&s, rate) && !applies(&s, coop) && applies(&s, capital));
    s.interventions.dividends.mode = DividendMode::CooperativeProfit;
    assert!(!applies(&s, rate) && applies(&s, coop) && applies(&s, capital));
}

#[test]
fn every_default_is_marked_as_an_assumption() {
    // The survey names the linkage but gives no household figure; only the start year is not
    // an assumption (it is the app's default year).
    common::assert_unsourced_defaults_are_assumptions(K, &["start_year"]);
}
