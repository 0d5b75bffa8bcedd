//! One component a file.

pub mod form_section;
pub mod header;
pub mod headlines;
pub mod number_field;
pub mod per_capita_chart;
pub mod update_notice;
pub mod year_table;

pub use form_section::FormSection;
pub use header::Header;
pub use headlines::Headlines;
pub use number_field::NumberField;
pub use per_capita_chart::PerCapitaChart;
pub use update_notice::UpdateNotice;
pub use year_table::YearTable;
