//! The projection engine. Input: a [`Scenario`]; output: a [`Projection`].
//!
//! Nothing here imports yew, web-sys, js-sys, gloo or wasm-bindgen: `Cargo.toml` only
//! provides those on wasm32, so a native `cargo test` proves it.

#[macro_use]
mod param_macros;

pub mod explain;
pub mod fields;
pub mod household;
pub mod interventions;
pub mod monitoring_line;
pub mod notice;
pub mod presets;
pub mod projection;
pub mod risk;
pub mod roster;
pub mod scenario;
pub mod text;
pub mod trace;
pub mod training;
pub mod units;

pub use explain::{explain, Figure};
pub use fields::{ChoiceSpec, FieldSpec, ToggleSpec, ValidationError};
pub use interventions::{InterventionKind, TourismMode};
pub use projection::{project, HerdSnapshot, Projection, Source, YearRow};
pub use scenario::Scenario;
pub use text::Text;
