//! The planner, steered from outside its app: a step's scenario goes in as a share link (the
//! planner's own hash handling opens it, or switches to an unedited copy already there), the
//! participant's scenario comes back from the planner's autosave, and the fields a step looks
//! at are highlighted — the others folded away — by style rules added to training.css (the
//! page's Content-Security-Policy allows no inline styles; rules added through the CSSOM are
//! not inline).

use wasm_bindgen::JsCast;

use super::both;
use crate::model::fields::{self, Section};
use crate::model::scenario::Scenario;
use crate::model::text::OwnedText;
use crate::model::training::Step;
use crate::storage::migrate::load_workspace_bounded;
use crate::storage::share::link_fragment;
use crate::storage::MAX_SCENARIOS;
use crate::ui::browser;
use crate::ui::components::form_section::section_dom_id;
use crate::ui::hooks::use_autosave::{SAVE_NOW_EVENT, STORAGE_KEY as WORKSPACE_KEY};

fn html_element() -> Option<web_sys::Element> {
    gloo::utils::document().document_element()
}

/// Puts a class on `<html>` or takes it off.
pub fn set_class(name: &str, on: bool) {
    if let Some(html) = html_element() {
        let list = html.class_list();
        let _ = if on {
            list.add_1(name)
        } else {
            list.remove_1(name)
        };
    }
}

/// Whether the planner app has rendered (its hash listener is then in place).
pub fn planner_ready() -> bool {
    gloo::utils::document().get_element_by_id("main").is_some()
}

/// Opens `scenario` in the planner as the active scenario: through a share link, so the planner
/// adds it — or switches to an unedited copy it already has, which is what "back to the
/// trainer's version" needs after a participant's edits (their version stays, under its name).
pub fn open_in_planner(scenario: &Scenario) {
    let url = format!(
        "{}#{}",
        browser::page_url_without_hash(),
        link_fragment(scenario)
    );
    if let Some(w) = web_sys::window() {
        // Replace, not push: the back button should not step through training scenarios.
        let _ = w.location().replace(&url);
    }
}

/// The scenario the participant has open in the planner, as autosaved: the planner is first
/// asked to write what is waiting for typing to pause.
pub fn planner_scenario() -> Result<Scenario, OwnedText> {
    if let Ok(event) = web_sys::Event::new(SAVE_NOW_EVENT) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
    let missing = || {
        both(
            "读不到测算器中的方案（浏览器未保存）。",
            "The planner's scenario could not be read (this browser did not save it).",
        )
    };
    let raw = browser::read(WORKSPACE_KEY)
        .ok()
        .flatten()
        .ok_or_else(missing)?;
    let bounded = load_workspace_bounded(&raw, MAX_SCENARIOS).map_err(|_| missing())?;
    Ok(bounded.workspace.active().scenario.clone())
}

/// Whether a planner field holds text that is not applied (the check then uses its last valid
/// value, and says so).
pub fn unapplied_input() -> bool {
    gloo::utils::document()
        .query_selector("#main .inputs [aria-invalid='true']")
        .ok()
        .flatten()
        .is_some()
}

fn section_of(id: &str) -> Option<Section> {
    fields::field(id)
        .map(|f| f.section)
        .or_else(|| fields::toggle(id).map(|t| t.section))
        .or_else(|| fields::choice(id).map(|c| c.section))
}

/// The training stylesheet, once loaded.
fn training_sheet() -> Option<web_sys::CssStyleSheet> {
    let sheets = gloo::utils::document().style_sheets();
    (0..sheets.length())
        .filter_map(|i| sheets.item(i))
        .find(|s| {
            s.href()
                .ok()
                .flatten()
                .is_some_and(|h| h.ends_with("training.css"))
        })
        .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
}

/// Rules inserted at the top of training.css, marked by this selector prefix so they can be
/// found and replaced.
const MARK: &str = "html.training-open";

/// The style rules that highlight `ids` and, with `html.training-focus`, fold every other field
/// and section away.
pub fn focus_rules(ids: &[String]) -> Vec<String> {
    if ids.is_empty() {
        return Vec::new();
    }
    let frames: Vec<String> = ids
        .iter()
        .map(|id| format!("[data-frame=\"{id}\"]"))
        .collect();
    let mut sections: Vec<String> = ids
        .iter()
        .filter_map(|id| section_of(id))
        .map(|s| format!("#{}", section_dom_id(s)))
        .collect();
    sections.dedup();
    let frames = frames.join(", ");
    vec![
        format!("{MARK}.training-focus #main .inputs > .form-section:not({}) {{ display: none; }}", sections.join(", ")),
        format!("{MARK}.training-focus #main .inputs .fields > :not({frames}) {{ display: none; }}"),
        format!("{MARK} #main .inputs :is({frames}) {{ outline: 3px solid #f0b400; outline-offset: 2px; background: #fff8e1; border-radius: 6px; }}"),
    ]
}

/// Highlights the step's fields (and folds the rest unless `show_all`), opening the sections
/// they are in. Returns false when the stylesheet is not loaded yet: call again later.
pub fn show_focus(step: Option<&Step>, show_all: bool) -> bool {
    let ids: &[String] = step.map_or(&[], |s| &s.focus_fields);
    set_class("training-focus", !ids.is_empty() && !show_all);
    set_class("training-has-focus", !ids.is_empty());
    let Some(sheet) = training_sheet() else {
        return false;
    };
    // Take out what an earlier step added (always at the top), then add this step's rules.
    while let Ok(rules) = sheet.css_rules() {
        let ours = rules
            .item(0)
            .is_some_and(|r| r.css_text().starts_with(MARK));
        if !ours || sheet.delete_rule(0).is_err() {
            break;
        }
    }
    for rule in focus_rules(ids).iter().rev() {
        let _ = sheet.insert_rule_with_index(rule, 0);
    }
    let document = gloo::utils::document();
    for id in ids {
        let Some(section) = section_of(id) else {
            continue;
        };
        let selector = format!("#{} > details", section_dom_id(section));
        if let Some(details) = document.query_selector(&selector).ok().flatten() {
            if !details.has_attribute("open") {
                // The planner's section builds its fields on the toggle this fires.
                let _ = details.set_attribute("open", "");
            }
        }
    }
    true
}
