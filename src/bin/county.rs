//! The county page's entry point: a second page app (villages, rosters, budgets) that the
//! planner loads only when a planner opens it (assets/pages-loader.js), so the household
//! planner's first load does not carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::ui::county::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The county page runs in the browser; natively see model::roster.");
}
