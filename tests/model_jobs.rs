//! Training and jobs (稳岗就业), worked by hand.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

#[test]
fn trainee_and_public_welfare_post_by_hand() {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    let j = &mut s.interventions.jobs;
    j.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    j.welfare_posts_persons = 1.0;
    let p = project(&s).unwrap();
    let trainee = 1.0 * 0.60 * 1_000.0 * 10.0; // 6,000: 1 trainee × 60 % placed × 1,000/month × 10
    let post = 1.0 * 2_000.0 * 12.0; // 24,000: one post × 2,000 a month × 12
    assert!(close(
        p.rows[0].increment_by_intervention[InterventionKind::Jobs],
        trainee + post
    ));
    // Wages go to local wages.
    assert!(close(
        p.rows[0].scenario_by_source[Source::LocalWages]
            - p.rows[0].baseline_by_source[Source::LocalWages],
        trainee + post
    ));
    // The program pays the training once (2,000) and the post every year.
    assert!(close(p.rows[0].program_cost_yuan, 2_000.0 + post));
    assert!(close(p.rows[1].program_cost_yuan, post));
    // Public cost per yuan gained over 10 years, discounted like the NPV at 5 %: costs are
    // 26,000 in 2025 (training 2,000 + post 24,000) then 24,000 a year; gains 30,000 a year.
    let cpy = p.by_intervention[InterventionKind::Jobs.index()]
        .1
        .cost_per_yuan_gained
        .unwrap();
    let pv = |first: f64, rest: f64| -> f64 {
        (0..10)
            .map(|t| if t == 0 { first } else { rest } / 1.05_f64.powi(t))
            .sum()
    };
    assert!(close(cpy, pv(26_000.0, 24_000.0) / pv(30_000.0, 30_000.0)));
    // Undiscounted it would be 242,000 ÷ 300,000 = 0.8067; discounting weighs the one-off
    // training in the first year more heavily.
    assert!(cpy > 242_000.0 / 300_000.0);
}
