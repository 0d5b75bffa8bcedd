//! A collapsible group of fields from the field registry, optionally with an on/off switch.

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::fields::{Section, FIELDS};
use crate::model::{Scenario, Text, ValidationError};

use super::NumberField;

#[derive(Properties, PartialEq)]
pub struct FormSectionProps {
    pub title: Text,
    pub section: Section,
    pub scenario: Scenario,
    pub lang: Lang,
    pub on_commit: Callback<(&'static str, f64)>,
    #[prop_or_default]
    pub rejected: Option<ValidationError>,
    /// `Some` for interventions: whether it is on, and how to switch it.
    #[prop_or_default]
    pub enabled: Option<bool>,
    #[prop_or_default]
    pub on_toggle: Callback<bool>,
    #[prop_or(true)]
    pub open: bool,
}

#[component]
pub fn FormSection(props: &FormSectionProps) -> Html {
    let lang = props.lang;
    let fields = FIELDS
        .iter()
        .filter(|f| f.section == props.section)
        .map(|f| {
            let scenario_error = props
                .rejected
                .filter(|e| e.field.id == f.id)
                .map(|e| AttrValue::from(e.message(lang.is_en())));
            html! {
                <NumberField
                    key={f.id}
                    id={f.id}
                    value={(f.get)(&props.scenario)}
                    {lang}
                    on_commit={props.on_commit.clone()}
                    {scenario_error}
                />
            }
        });
    let toggle = props.enabled.map(|on| {
        let on_toggle = props.on_toggle.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_toggle.emit(input.checked());
        });
        let id = format!("toggle-{:?}", props.section)
            .to_lowercase()
            .replace(['(', ')'], "-");
        html! {
            <label class="switch" for={id.clone()}>
                <input type="checkbox" id={id} checked={on} {onchange} />
                <span>{ lang.tr(strings::ENABLED) }</span>
            </label>
        }
    });
    let disabled = props.enabled == Some(false);
    html! {
        <details class={classes!("form-section", disabled.then_some("off"))} open={props.open}>
            // The switch sits in the summary so it stays reachable while the section is closed;
            // a click on the checkbox does not toggle the <details>.
            <summary><h3>{ lang.tr(props.title) }</h3>{ for toggle }</summary>
            <div class="fields">{ for fields }</div>
        </details>
    }
}
