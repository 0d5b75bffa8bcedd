//! The risk worker's entry point: a second wasm binary that trunk builds as a web worker
//! (`data-type="worker"` in index.html). The page spawns it the first time risk is asked for,
//! so none of it is part of the first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::risk_worker::runtime::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The risk worker runs in the browser; natively the Monte Carlo is in the model library."
    );
}
