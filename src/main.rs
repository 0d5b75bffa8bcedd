#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::ui::start();
}

// The binary is only meaningful in the browser; natively the crate is the model library.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Build the planner with trunk; natively only the model library and its tests exist.");
}
