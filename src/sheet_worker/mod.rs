//! Spreadsheets off the page: reading an .xlsx register and writing .xlsx exports run in a web
//! worker whose wasm is the only build with the spreadsheet crates in it (feature `sheets`), so
//! they cost the first load nothing and are fetched the first time a planner imports or exports
//! a spreadsheet. `protocol` is the messages (bytes both ways, tested natively); `runtime` is the
//! worker's side; the page's side is `ui::sheet_client`.

pub mod protocol;
#[cfg(all(target_arch = "wasm32", feature = "sheets"))]
pub mod runtime;
