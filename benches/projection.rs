//! Placeholder until the income-model issue lands its benchmark.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use criterion::Criterion;
    use village_income_planner::model::{presets, projection::project_unchecked};
    let scenario = (presets::PRESETS[0].build)();
    let mut c = Criterion::default().configure_from_args();
    c.bench_function("project/yuli_land_transfer", |b| {
        b.iter(|| project_unchecked(std::hint::black_box(&scenario)))
    });
    c.final_summary();
}
#[cfg(target_arch = "wasm32")]
fn main() {}
