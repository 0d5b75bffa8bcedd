//! The planner's notes on the scenario: plain text, saved with it and printed on the report.
//! Committed when the field loses focus (or printing starts), so typing does not recompute the
//! projection.

use yew::prelude::*;

use crate::i18n::{format::format_number, strings, Lang};
use crate::model::scenario::{bound_notes, MAX_NOTES_CHARS};
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct NotesFieldProps {
    pub notes: AttrValue,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn NotesField(props: &NotesFieldProps) -> Html {
    let lang = props.lang;
    // The text as typed, kept here (yew would otherwise put the saved notes back on every
    // render); the saved notes replace it when they change (another scenario, an import).
    let text = use_state_eq(|| props.notes.to_string());
    {
        let text = text.clone();
        use_effect_with(props.notes.clone(), move |notes| {
            text.set(notes.to_string())
        });
    }
    // Printing while the cursor is still in the field: commit the text first, so the report
    // carries what is on screen (the change event only comes when the field loses focus).
    {
        let d = props.dispatch.clone();
        let saved = props.notes.clone();
        use_effect_with((*text).clone(), move |typed| {
            let typed = typed.clone();
            let listener = (typed != saved.as_str()).then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                    d.dispatch(Action::SetNotes(typed.clone()))
                })
            });
            move || drop(listener)
        });
    }
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let mut value = area.value();
            // `maxlength` stops typing; a script or an odd paste can still go past it.
            if value.chars().count() > MAX_NOTES_CHARS {
                value = bound_notes(&value);
                area.set_value(&value);
            }
            text.set(value);
        })
    };
    let onchange = {
        let d = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            d.dispatch(Action::SetNotes(area.value()));
        })
    };
    let count = text.chars().count();
    let full = count >= MAX_NOTES_CHARS;
    let counter = format!(
        "{} / {}",
        format_number(count as f64, 0),
        format_number(MAX_NOTES_CHARS as f64, 0)
    );
    html! {
        <section class="notes-field form-section">
            <h3><label for="scenario-notes">{ lang.tr(strings::NOTES) }</label></h3>
            <p class="hint" id="notes-hint">{ lang.tr(strings::NOTES_HINT) }</p>
            <textarea id="scenario-notes" data-field="notes" rows="4" maxlength={MAX_NOTES_CHARS.to_string()}
                aria-describedby="notes-hint notes-count" value={(*text).clone()} {oninput} {onchange} />
            <p id="notes-count" class={classes!("notes-count", full.then_some("field-error"))} aria-live="polite">
                { counter }
                if full { { " · " }{ lang.tr(strings::NOTES_AT_LIMIT) } }
            </p>
        </section>
    }
}
