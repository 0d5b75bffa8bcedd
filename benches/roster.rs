//! A 10,000-household roster projected over 20 years with and without a plan, and aggregated.
//! Goal (issue 11): under 100 ms, in a worker. The plan is the Hejing herder's (sheep
//! crossbreeding, chicks, cattle AI) with targeting: sheep for households with ewes, AI for
//! households with cows, chicks for households with a laborer, budgets on sheep and chicks.
//!
//! Also times a greedy allocation of 3 million yuan over Bohu's 2,193 households.
//!
//! Quick run: `cargo bench --bench roster -- --warm-up-time 1 --measurement-time 5`. Exits non-zero
//! when the plan takes over 3 × the goal at best (a generous margin: build machines are busy).
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use criterion::Criterion;
    use village_income_planner::model::presets::preset;
    use village_income_planner::model::projection::project_unchecked;
    use village_income_planner::model::roster::allocate::allocate_greedy;
    use village_income_planner::model::roster::plan::{
        run_plan, still_below, Plan, Rule, Targeting,
    };
    use village_income_planner::model::roster::synthetic::synthetic_county;
    use village_income_planner::model::InterventionKind as K;

    let roster = synthetic_county(2025, 25, 10_000);
    let mut template = (preset("hejing_herder").expect("preset exists").build)();
    template.horizon.years = 20;
    let plan = Plan {
        template,
        targeting: vec![
            Targeting {
                kind: K::Sheep,
                rules: vec![Rule::EwesAtLeast { ewes_head: 5.0 }],
                budget_yuan: Some(2_000_000.0),
            },
            Targeting {
                kind: K::Cattle,
                rules: vec![Rule::CowsAtLeast { cows_head: 1.0 }],
                budget_yuan: None,
            },
            Targeting {
                kind: K::Poultry,
                rules: vec![Rule::HasLaborer],
                budget_yuan: Some(3_000_000.0),
            },
        ],
    };
    let units = roster.plan_units(&plan.template);
    let last_year = plan.template.horizon.year_of(19);

    let mut c = Criterion::default().configure_from_args().sample_size(10);
    c.bench_function("roster/units_10000", |b| {
        b.iter(|| roster.plan_units(black_box(&plan.template)))
    });
    c.bench_function("roster/plan_10000x20y", |b| {
        b.iter(|| run_plan(black_box(&plan), black_box(&units)))
    });
    c.bench_function("roster/still_below_10000", |b| {
        let r = run_plan(&plan, &units);
        b.iter(|| still_below(black_box(&r), &units, last_year))
    });
    c.final_summary();

    // Plain figures for the log: the mean and the quickest of the runs (on a busy machine the
    // quickest is the nearest to what the code costs on its own).
    let time = |label: &str, runs: u32, f: &mut dyn FnMut()| {
        let mut times = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            f();
            times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        let ms = times.iter().sum::<f64>() / runs as f64;
        let min = times.iter().copied().fold(f64::INFINITY, f64::min);
        println!("{label}: {ms:.1} ms (quickest {min:.1} ms)");
        min
    };
    time("roster → model households, 10,000", 5, &mut || {
        black_box(roster.plan_units(&plan.template));
    });
    let r = run_plan(&plan, &units);
    let reprojected = r
        .outcomes
        .iter()
        .filter(|o| !o.over_budget.is_empty())
        .count();
    let plan_ms = time(
        "plan over 10,000 households × 20 years, aggregated",
        10,
        &mut || {
            black_box(run_plan(&plan, &units));
        },
    );
    let mut s = plan.template.clone();
    s.household = units[0].household.clone();
    let per = time("one projection × 10,000 (the floor)", 3, &mut || {
        for u in &units {
            s.household.clone_from(&u.household);
            black_box(project_unchecked(&s));
        }
    });
    println!(
        "{} outcomes ({} missed by a budget for an intervention); {:.1} µs an engine projection; goal < 100 ms for the plan",
        r.outcomes.len(),
        reprojected,
        per * 1e3 / units.len() as f64
    );

    // Greedy allocation of 3 million yuan over Bohu's 2,193 households (goal: well under 1 s).
    let bohu = village_income_planner::model::roster::synthetic::bohu_county(2025);
    let mut small = plan.clone();
    small.template.horizon.years = 5;
    let bohu_units = bohu.plan_units(&small.template);
    let mut steps = 0;
    time(
        "greedy allocation, 3,000,000 yuan, 2,193 households × 5 years",
        3,
        &mut || {
            let a = allocate_greedy(black_box(&small), &bohu_units, 3_000_000.0, None);
            steps = a.steps.len();
        },
    );
    println!("{steps} greedy steps");

    // The gate: a generous margin over the goal, as build machines are busy.
    const GOAL_MS: f64 = 100.0;
    if plan_ms > 3.0 * GOAL_MS {
        eprintln!("the plan took {plan_ms:.1} ms at best: over 3 × the {GOAL_MS} ms goal");
        std::process::exit(1);
    }
}
#[cfg(target_arch = "wasm32")]
fn main() {}
