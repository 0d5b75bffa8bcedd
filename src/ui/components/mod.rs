//! One component a file.

pub mod adoption_field;
pub mod chart;
pub mod choice_field;
pub mod compare_view;
pub mod explain_panel;
pub mod file_menu;
pub mod form_section;
pub mod header;
pub mod headlines;
pub mod model_notices;
pub mod monitoring_line_editor;
pub mod notes_field;
pub mod number_field;
pub mod print_report;
pub mod rename_dialog;
pub mod risk_chart;
pub mod risk_panel;
pub mod scenario_bar;
pub mod share_dialog;
pub mod start_panel;
pub mod status_banner;
pub mod summary_bar;
pub mod toggle_field;
pub mod unapplied_notice;
pub mod update_notice;
pub mod year_table;

pub use adoption_field::AdoptionField;
pub use chart::Chart;
pub use choice_field::ChoiceField;
pub use compare_view::CompareView;
pub use explain_panel::ExplainPanel;
pub use file_menu::FileMenu;
pub use form_section::FormSection;
pub use header::Header;
pub use headlines::Headlines;
pub use model_notices::ModelNotices;
pub use monitoring_line_editor::MonitoringLineEditor;
pub use notes_field::NotesField;
pub use number_field::NumberField;
pub use print_report::PrintReport;
pub use rename_dialog::RenameDialog;
pub use risk_panel::RiskPanel;
pub use scenario_bar::ScenarioBar;
pub use share_dialog::ShareDialog;
pub use start_panel::StartPanel;
pub use status_banner::StatusBanner;
pub use summary_bar::SummaryBar;
pub use toggle_field::ToggleField;
pub use unapplied_notice::UnappliedNotice;
pub use update_notice::UpdateNotice;
pub use year_table::YearTable;

/// " (1 mu (亩) ≈ 667 m², 1/15 ha)" for English readers, with 亩 marked as Chinese so screen
/// readers switch voice and the English page check sees no stray Chinese.
pub fn mu_note() -> yew::Html {
    let (before, after) = crate::i18n::strings::MU_EXPLAINED;
    yew::html! {
        <span class="mu-note" data-note="mu">
            { " (" }{ before }<span lang="zh-CN">{ "亩" }</span>{ after }{ ")" }
        </span>
    }
}
