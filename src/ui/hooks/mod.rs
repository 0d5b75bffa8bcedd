//! Custom hooks.

pub mod use_after_first_paint;
pub mod use_autosave;
pub mod use_chart_canvas;
pub mod use_dialog_focus;
pub mod use_draft;
pub mod use_element_size;
pub mod use_in_view_gate;
pub mod use_lang;
pub mod use_printing;
pub mod use_risk;
pub mod use_service_worker;
pub mod use_unapplied;

pub use use_dialog_focus::{dialog_keys, use_dialog_focus};
pub use use_draft::{use_draft, Draft, Problem};
pub use use_element_size::use_element_size;
pub use use_lang::{use_lang, LangContext};
pub use use_unapplied::{use_report_unapplied, UnappliedContext, UnappliedInputs};
