//! Reading what planners type. Pure Rust, shared by the form and tested natively.

pub mod list;
pub mod number;

pub use list::{format_number_list, parse_number_list};
pub use number::{parse_field, parse_number, ParseError};
