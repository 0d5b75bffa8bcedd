//! One component a file.

pub mod adoption_field;
pub mod chart;
pub mod choice_field;
pub mod explain_panel;
pub mod form_section;
pub mod header;
pub mod headlines;
pub mod monitoring_line_editor;
pub mod number_field;
pub mod toggle_field;
pub mod update_notice;
pub mod year_table;

pub use adoption_field::AdoptionField;
pub use chart::Chart;
pub use choice_field::ChoiceField;
pub use explain_panel::ExplainPanel;
pub use form_section::FormSection;
pub use header::Header;
pub use headlines::Headlines;
pub use monitoring_line_editor::MonitoringLineEditor;
pub use number_field::NumberField;
pub use toggle_field::ToggleField;
pub use update_notice::UpdateNotice;
pub use year_table::YearTable;
