//! The sheet worker's entry point: a third wasm binary that trunk builds as a web worker
//! (`data-type="worker"` in index.html), the only one with the spreadsheet crates (feature
//! `sheets`). The page spawns it the first time a planner imports or exports a spreadsheet.

#[cfg(target_arch = "wasm32")]
fn main() {
    village_income_planner::sheet_worker::runtime::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The sheet worker runs in the browser; natively the .xlsx reader and writer are in \
         village_income_planner::storage::roster_xlsx."
    );
}
