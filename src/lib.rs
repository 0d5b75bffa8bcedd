//! 乡村增收测算 — Village Income Planner.
//!
//! `model` is the projection engine: plain Rust, no web dependency, tested natively.
//! `input` (reading typed numbers) and `i18n` (strings, number formats) are pure too;
//! `ui` and `charts` exist only in the browser build.

pub mod i18n;
pub mod input;
pub mod model;
pub mod risk_worker;
pub mod roster_worker;
pub mod sheet_worker;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod charts;
#[cfg(target_arch = "wasm32")]
pub mod ui;
