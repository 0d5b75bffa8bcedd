//! 乡村增收测算 — Village Income Planner.
//!
//! `model` is the projection engine: plain Rust, no web dependency, tested natively.
//! Everything under `ui`, `charts` and `i18n` exists only in the browser build.

pub mod input;
pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod charts;
#[cfg(target_arch = "wasm32")]
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod ui;
