//! One component a file.

pub mod chart;
pub mod form_section;
pub mod header;
pub mod headlines;
pub mod number_field;
pub mod year_table;

pub use chart::Chart;
pub use form_section::FormSection;
pub use header::Header;
pub use headlines::Headlines;
pub use number_field::NumberField;
pub use year_table::YearTable;
