//! The risk model on the richest preset (the Hejing herder: its own flock, cows and hens, three
//! modules on) over 20 years: 10,000 Monte Carlo draws, and the tornado over every field.
//! Goals: 10,000 draws under 200 ms in the browser's worker (so under ~60 ms natively), the
//! tornado under 100 ms.
//!
//! Quick run: `cargo bench --bench risk -- --warm-up-time 1 --measurement-time 3`
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::hint::black_box;
    use std::time::Instant;

    use criterion::Criterion;
    use village_income_planner::model::presets::preset;
    use village_income_planner::model::risk::{
        simulate, tornado, RiskRequest, TornadoMetric, TornadoRequest,
    };

    let mut s = (preset("hejing_herder").expect("preset exists").build)();
    s.horizon.years = 20;
    let request = RiskRequest {
        draws: 10_000,
        seed: s.risk.seed,
        household: 0,
    };
    let per_capita = TornadoRequest {
        top: 0,
        ..TornadoRequest::new(TornadoMetric::PerCapita { year: 2035 })
    };
    let below = TornadoRequest {
        top: 0,
        ..TornadoRequest::new(TornadoMetric::ProbabilityBelow { year: 2035 })
    };

    let mut c = Criterion::default().sample_size(10).configure_from_args();
    c.bench_function("risk/simulate_10000x20y", |b| {
        b.iter(|| simulate(black_box(&s), &request).unwrap())
    });
    c.bench_function("risk/tornado_per_capita_all_fields", |b| {
        b.iter(|| tornado(black_box(&s), &per_capita).unwrap())
    });
    c.bench_function("risk/tornado_p_below_all_fields", |b| {
        b.iter(|| tornado(black_box(&s), &below).unwrap())
    });
    c.final_summary();

    // Plain figures for the log, independent of criterion's report format: wall-clock ms and,
    // on Linux, the process's CPU ms (what an idle core would take when other builds share
    // the machine).
    let time = |runs: u32, f: &dyn Fn()| {
        let (start, cpu) = (Instant::now(), cpu_ms());
        for _ in 0..runs {
            f();
        }
        let wall = start.elapsed().as_secs_f64() * 1e3 / runs as f64;
        let cpu = cpu_ms().zip(cpu).map(|(b, a)| (b - a) / runs as f64);
        (wall, cpu.map_or("n/a".into(), |c| format!("{c:.1} ms CPU")))
    };
    let (ms, cpu) = time(10, &|| {
        black_box(simulate(black_box(&s), &request).unwrap());
    });
    println!(
        "10,000 draws × 20 years, hejing_herder: {ms:.1} ms wall, {cpu} (goal < 60 ms native, < 200 ms wasm)"
    );
    let t = tornado(&s, &per_capita).unwrap();
    let (ms, cpu) = time(10, &|| {
        black_box(tornado(black_box(&s), &per_capita).unwrap());
    });
    println!(
        "tornado, per capita 2035, {} fields moved: {ms:.1} ms wall, {cpu} (goal < 100 ms)",
        t.fields_moved
    );
    let t = tornado(&s, &below).unwrap();
    let (ms, cpu) = time(5, &|| {
        black_box(tornado(black_box(&s), &below).unwrap());
    });
    println!(
        "tornado, P(below) 2035 with {} draws, {} fields moved: {ms:.1} ms wall, {cpu} (goal < 100 ms)",
        t.draws, t.fields_moved
    );
}
/// User + system CPU time of this process in ms (Linux: /proc/self/stat, 100 ticks a second).
#[cfg(not(target_arch = "wasm32"))]
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks * 10.0)
}
#[cfg(target_arch = "wasm32")]
fn main() {}
