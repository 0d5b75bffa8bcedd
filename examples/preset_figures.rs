//! Prints, for every preset, the figures docs/model.md tabulates: the first full year's
//! income gained (household, nominal), per-capita income, public cost per yuan gained and total
//! public cost. `cargo run --example preset_figures`
use village_income_planner::model::presets::PRESETS;
use village_income_planner::model::project;

fn main() {
    println!("| preset | start year | gain, start year / next year (yuan) | per capita, start year | baseline per capita | public cost per yuan gained | public cost, all years (yuan) |");
    println!("|---|---|---|---|---|---|---|");
    for p in PRESETS {
        let s = (p.build)();
        let proj = project(&s).expect("presets are valid");
        // The year every enabled module has started.
        let start = s
            .interventions
            .iter_enabled_start_years()
            .max()
            .unwrap_or(s.horizon.base_year);
        let row = proj
            .rows
            .iter()
            .find(|r| r.year == start)
            .unwrap_or(&proj.rows[0]);
        let next = proj
            .rows
            .iter()
            .find(|r| r.year == start + 1)
            .map_or(f64::NAN, |r| r.increment_yuan());
        let cpy = proj
            .total
            .cost_per_yuan_gained
            .map_or("—".to_string(), |c| format!("{c:.3}"));
        println!(
            "| {} | {} | {:.0} / {:.0} | {:.0} | {:.0} | {} | {:.0}{} |",
            p.id,
            row.year,
            row.increment_yuan(),
            next,
            row.per_capita_yuan,
            row.baseline_per_capita_yuan,
            cpy,
            proj.total.program_cost_yuan,
            if proj.total.cost_not_entered {
                " (some not entered)"
            } else {
                ""
            }
        );
    }
}
