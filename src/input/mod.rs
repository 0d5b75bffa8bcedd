//! Reading what planners type. Pure Rust, shared by the form and tested natively.

pub mod number;

pub use number::{parse_number, ParseError};
