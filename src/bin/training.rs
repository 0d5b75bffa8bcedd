//! The training sessions' entry point: a panel over the planner (steps, exercises, presenter
//! view, course editor, handouts) that the planner loads only when a course link is opened or a
//! trainer asks for it (assets/pages-loader.js), so the first load does not carry it.

#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::ui::training::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Training sessions run in the browser; natively see model::training.");
}
