//! The combined preset (every module on) projected over 20 years, without traces.
//! Target: under 20 µs natively — Monte Carlo runs will call the engine tens of thousands of times.
//!
//! Quick run: `cargo bench --bench projection -- --warm-up-time 1 --measurement-time 3`
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use criterion::Criterion;
    use village_income_planner::model::{presets::preset, projection::project_unchecked};

    let mut scenario = (preset("hejing_herder").expect("preset exists").build)();
    scenario.horizon.years = 20;
    let mut c = Criterion::default().configure_from_args();
    c.bench_function("project/combined_20y", |b| {
        b.iter(|| project_unchecked(black_box(&scenario)))
    });
    c.final_summary();

    // A plain figure for the log, independent of criterion's report format.
    let runs = 20_000;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(project_unchecked(black_box(&scenario)));
    }
    let micros = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!(
        "combined preset, 20 years, no traces: {micros:.2} µs per projection (target < 20 µs)"
    );
}
#[cfg(target_arch = "wasm32")]
fn main() {}
