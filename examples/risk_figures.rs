//! Prints the risk figures of every preset (10,000 draws, default seed): the table in
//! docs/model.md §7. `cargo run --example risk_figures`
use village_income_planner::model::presets::PRESETS;
use village_income_planner::model::risk::{simulate, RiskRequest};

fn main() {
    println!("| preset | line margin, year 1 (yuan/person) | P(at least one year below) with / without | P(below) in an average year, with / without | P(falls back) with / without | median per capita, last year | expected relief, whole period (yuan) |");
    println!("|---|---|---|---|---|---|---|");
    for p in PRESETS {
        let s = (p.build)();
        let r = simulate(&s, &RiskRequest::from_scenario(&s)).expect("presets are valid");
        let pc = |e: Option<village_income_planner::model::risk::Estimate>| {
            e.map_or("—".into(), |e| format!("{:.1} %", e.p * 100.0))
        };
        let y1 = &r.years[1];
        let avg = |base: bool| {
            let later = &r.years[1..];
            let sum: f64 = later
                .iter()
                .filter_map(|y| if base { y.p_below_baseline } else { y.p_below })
                .map(|e| e.p)
                .sum();
            format!("{:.1} %", 100.0 * sum / later.len() as f64)
        };
        let last = r.years.last().unwrap();
        println!(
            "| {} | {:.0} | {} / {} | {} / {} | {} / {} | {:.0} | {:.0} |",
            p.id,
            y1.deterministic_per_capita_yuan - y1.line_yuan_per_capita.unwrap_or(0.0),
            pc(r.p_ever_below),
            pc(r.p_ever_below_baseline),
            avg(false),
            avg(true),
            pc(r.p_back_below),
            pc(r.p_back_below_baseline),
            last.per_capita.p50,
            r.relief_total_mean_yuan
        );
    }
}
