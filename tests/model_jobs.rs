//! Training and jobs (稳岗就业), worked by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, on_from, scenario_with};
use village_income_planner::model::household::HouseholdStatus;
use village_income_planner::model::interventions::jobs::eligibility;
use village_income_planner::model::notice::Notice;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::units::Unit;
use village_income_planner::model::{explain, project, Figure, InterventionKind, Scenario, Source};

const J: InterventionKind = InterventionKind::Jobs;

/// Real prices, jobs from the base year, three laborers at home so no claim is cut
/// (3 × 10 = 30 labor-months; own farming 21.1 × 0.15 = 3.165 and wage work 2 leave 24.8).
fn scenario(f: impl FnOnce(&mut Scenario)) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.household.laborers_persons = 3.0;
        s.interventions.jobs.schedule = on_from(2025, &[100.0]);
        f(s);
    })
}

#[test]
fn trainee_and_public_welfare_post_by_hand() {
    let s = scenario(|s| {
        s.interventions.jobs.welfare_posts_persons = 1.0;
        s.horizon.years = 12;
    });
    let p = project(&s).unwrap();
    let trainee = 1.0 * 0.60 * 1_000.0 * 10.0; // 6,000: 1 trainee × 60 % placed × 1,000/month × 10
    let post = 1.0 * 2_000.0 * 12.0; // 24,000: one post × 2,000 a month × 12
    assert_close(p.rows[0].increment_by_intervention[J], trainee + post);
    // Wages go to local wages.
    assert_close(
        p.rows[0].scenario_by_source[Source::LocalWages]
            - p.rows[0].baseline_by_source[Source::LocalWages],
        trainee + post,
    );
    // Item 7: the gain fades 10 % a year: 6,000 × 0.9 = 5,400, then 4,860 …
    assert_close(p.rows[1].increment_by_intervention[J], 5_400.0 + post);
    assert_close(p.rows[2].increment_by_intervention[J], 4_860.0 + post);
    // … and ends after 10 years: year index 9 is the last with 6,000 × 0.9⁹ = 2,324.2.
    assert_close(
        p.rows[9].increment_by_intervention[J],
        6_000.0 * 0.9f64.powi(9) + post,
    );
    assert_close(p.rows[10].increment_by_intervention[J], post);
    // The program pays the training once (2,000) and the post every year.
    assert_close(p.rows[0].program_cost_yuan, 2_000.0 + post);
    assert_close(p.rows[1].program_cost_yuan, post);
    // Public cost per yuan gained over 12 years, discounted like the NPV at 5 %:
    // cost_t = 24,000 (the post) + 2,000 training in year 0;
    // gain_t = 24,000 + 6,000 × 0.9^t while the trainee's gain lasts (t < 10).
    let cost = |t: i32| 24_000.0 + if t == 0 { 2_000.0 } else { 0.0 };
    let gain = |t: i32| {
        24_000.0
            + if t < 10 {
                6_000.0 * 0.9f64.powi(t)
            } else {
                0.0
            }
    };
    let pv = |f: &dyn Fn(i32) -> f64| -> f64 { (0..12).map(|t| f(t) / 1.05f64.powi(t)).sum() };
    let cpy = p.by_intervention[J.index()].1.cost_per_yuan_gained.unwrap();
    assert_close(cpy, pv(&cost) / pv(&gain));
    // Not the undiscounted 290,000 ÷ 327,079 = 0.8866.
    assert!((cpy - 290_000.0 / 327_079.0).abs() > 1e-4);
}

/// Item 6: months employed (while the gain lasts), training months in the year trained, post
/// months.
#[test]
fn jobs_claim_training_work_and_post_months() {
    let s = scenario(|s| {
        s.interventions.jobs.welfare_posts_persons = 1.0;
        s.horizon.years = 12;
    });
    let p = project(&s).unwrap();
    // Year 0: 0.6 placed × 10 months + 1 trainee × 1 training month + 1 post × 12 = 19.
    assert_close(p.rows[0].labor.claimed_months[J], 0.6 * 10.0 + 1.0 + 12.0);
    // Year 1: no training: 6 + 12 = 18.
    assert_close(p.rows[1].labor.claimed_months[J], 18.0);
    // After the gain ends (year 10) only the post: 12.
    assert_close(p.rows[10].labor.claimed_months[J], 12.0);
    assert_close(p.rows[0].labor.kept_share[J], 1.0);
}

/// Item 7: persists (fade 0, 20 years), ends after N years (fade 0, N years).
#[test]
fn a_gain_that_persists_or_ends() {
    let persists = project(&scenario(|s| {
        s.interventions.jobs.gain_fade_pct = 0.0;
        s.interventions.jobs.gain_years = 20;
    }))
    .unwrap();
    assert!(persists
        .rows
        .iter()
        .all(|r| (r.increment_by_intervention[J] - 6_000.0).abs() < 1e-9));
    let ends = project(&scenario(|s| {
        s.interventions.jobs.gain_fade_pct = 0.0;
        s.interventions.jobs.gain_years = 3;
    }))
    .unwrap();
    let gains: Vec<f64> = ends
        .rows
        .iter()
        .take(5)
        .map(|r| r.increment_by_intervention[J])
        .collect();
    assert_eq!(gains, vec![6_000.0, 6_000.0, 6_000.0, 0.0, 0.0]);
}

/// Cohorts: with adoption 50 % then 100 %, half the trainees are trained in each year, each half
/// paying its training and fading from its own year.
#[test]
fn trainees_come_in_cohorts_as_adoption_rises() {
    let p = project(&scenario(|s| {
        s.interventions.jobs.schedule.adoption_pct = vec![50.0, 100.0];
    }))
    .unwrap();
    // Year 0: 0.5 × 6,000 = 3,000; training 0.5 × 2,000 = 1,000.
    assert_close(p.rows[0].increment_by_intervention[J], 3_000.0);
    assert_close(p.rows[0].program_cost_yuan, 1_000.0);
    // Year 1: first half 3,000 × 0.9 = 2,700 + second half 3,000 = 5,700; training 1,000.
    assert_close(p.rows[1].increment_by_intervention[J], 5_700.0);
    assert_close(p.rows[1].program_cost_yuan, 1_000.0);
    // Year 2: 3,000 × 0.81 + 3,000 × 0.9 = 2,430 + 2,700 = 5,130; no training.
    assert_close(p.rows[2].increment_by_intervention[J], 5_130.0);
    assert_close(p.rows[2].program_cost_yuan, 0.0);
}

/// Item 7: Hejing's threshold. Default household: local wages 5,000 ÷ 2 laborers = 2,500 a
/// laborer < 20,000: eligible. 50,000 ÷ 2 = 25,000 ≥ 20,000: not eligible, with a notice naming
/// both figures.
#[test]
fn eligibility_follows_the_20000_yuan_threshold() {
    let s = scenario_with(|s| s.interventions.jobs.schedule = on_from(2025, &[100.0]));
    assert_eq!(eligibility(&s), Ok(()));
    let p = project(&s).unwrap();
    assert!(!p
        .notices
        .iter()
        .any(|n| matches!(n, Notice::NotEligible { .. })));

    let mut s = s;
    s.household.income.local_wages_yuan = 50_000.0;
    // A lifted or monitored household is in the training's target group whatever it earns …
    for status in [HouseholdStatus::Lifted, HouseholdStatus::Marginal] {
        s.household.status = status;
        assert_eq!(eligibility(&s), Ok(()), "{status:?}");
    }
    // … any other household through the income threshold only.
    s.household.status = HouseholdStatus::Ordinary;
    let reason = eligibility(&s).unwrap_err();
    assert!(reason.zh.contains("一般户"), "{}", reason.zh);
    for figure in ["20,000", "25,000", "50,000"] {
        assert!(reason.en.contains(figure), "{}", reason.en);
        assert!(reason.zh.contains(figure), "{}", reason.zh);
    }
    let p = project(&s).unwrap();
    let notice = p
        .notices
        .iter()
        .find(|n| matches!(n, Notice::NotEligible { kind: J, .. }))
        .expect("a not-eligible notice");
    assert!(notice.message(true).contains("not eligible"));
    assert!(notice.message(false).contains("不符合条件"));
    // Exactly at the threshold is not "under" it: 40,000 ÷ 2 = 20,000.
    s.household.income.local_wages_yuan = 40_000.0;
    assert!(eligibility(&s).is_err());
    // No laborers at home: nobody to train.
    s.household.laborers_persons = 0.0;
    assert!(eligibility(&s).is_err());
    // The module off: no notice.
    s.interventions.jobs.schedule.enabled = false;
    assert!(project(&s).unwrap().notices.is_empty());
}

/// Explanations: registry labels, no "0" row for the unused welfare posts.
#[test]
fn explanation_omits_unused_posts_and_uses_form_labels() {
    let s = scenario(|_| {});
    let t = explain(
        &s,
        Figure::Increment {
            year: 2026,
            kind: J,
        },
    )
    .unwrap();
    let module = &t.parts[0];
    assert_close(module.value, 5_400.0);
    assert_eq!(module.parts.len(), 1, "only the trainee part");
    let trained = &module.parts[0];
    for label in [
        "Trainees",
        "Placement rate",
        "Wage gain per month",
        "Months employed",
    ] {
        assert!(
            trained.inputs.iter().any(|i| i.label.en == label),
            "{label}"
        );
    }
    assert!(!module
        .inputs
        .iter()
        .chain(trained.inputs.iter())
        .any(|i| i.unit == Unit::Count && i.value == 0.0));
}

/// Item 9: only Hejing's 20,000-yuan threshold is sourced.
#[test]
fn unsourced_defaults_are_marked_assumptions() {
    common::assert_unsourced_defaults_are_assumptions(J, &["eligibility_threshold_yuan"]);
}
