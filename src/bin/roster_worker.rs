//! The roster worker's entry point: a wasm binary trunk builds as a web worker. The county page
//! spawns it when opened; the planner's own page never loads it.

#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::roster_worker::runtime::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The roster worker runs in the browser; natively see roster_worker::session.");
}
