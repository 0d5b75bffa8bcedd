//! A numeric input that reads what planners type (１２３, 1,200, 1.5万, 80%) and only passes on
//! values inside the field's range. The raw text stays the planner's own while typing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{format::format_compact, strings, Lang};
use crate::input::parse_number;
use crate::model::fields::field;
use crate::model::units::Unit;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Id in `model::fields::FIELDS`.
    pub id: &'static str,
    pub value: f64,
    pub lang: Lang,
    pub on_commit: Callback<(&'static str, f64)>,
    /// A rejection of this field that only the whole scenario could judge.
    #[prop_or_default]
    pub scenario_error: Option<AttrValue>,
}

/// How a value is first shown in its field.
pub fn display_value(value: f64) -> String {
    format_compact(value)
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let spec = field(props.id).expect("NumberField id must be in FIELDS");
    let raw = use_state(|| display_value(props.value));
    let error = use_state(|| None::<AttrValue>);

    // A value changed from outside (preset, reset): show it, unless the text already means it.
    {
        let raw = raw.clone();
        let error = error.clone();
        let percent = spec.unit == Unit::Percent;
        use_effect_with(props.value, move |value| {
            if parse_number(&raw, percent).ok() != Some(*value) {
                raw.set(display_value(*value));
                error.set(None);
            }
        });
    }

    let lang = props.lang;
    let oninput = {
        let raw = raw.clone();
        let error = error.clone();
        let on_commit = props.on_commit.clone();
        let id = props.id;
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = parse_number(&text, spec.unit == Unit::Percent)
                .map_err(|p| AttrValue::from(lang.tr(p.message())))
                .and_then(|v| {
                    spec.check(v)
                        .map_err(|v| AttrValue::from(v.message(lang.is_en())))
                });
            raw.set(text);
            match parsed {
                Ok(value) => {
                    error.set(None);
                    on_commit.emit((id, value));
                }
                Err(message) => error.set(Some(message)),
            }
        })
    };

    let message = (*error).clone().or_else(|| props.scenario_error.clone());
    let invalid = message.is_some();
    let input_id = format!("f-{}", spec.id.replace('.', "-"));
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let unit = lang.tr(spec.unit.label());
    let range = format!(
        "{} {}–{} {}",
        lang.tr(strings::RANGE),
        format_compact(spec.min),
        format_compact(spec.max),
        unit
    );
    let source = format!(
        "{}: {}",
        lang.tr(strings::DEFAULT_SOURCE),
        lang.tr(spec.source)
    );
    let described_by = if invalid {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };

    html! {
        <div class={classes!("field", invalid.then_some("field-invalid"))} title={source.clone()}>
            <label for={input_id.clone()}>{ lang.tr(spec.label) }</label>
            <div class="field-input">
                <input
                    id={input_id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    value={(*raw).clone()}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={described_by}
                    data-field={spec.id}
                    {oninput}
                />
                <span class="unit" aria-hidden="true">{ unit }</span>
            </div>
            if let Some(message) = message {
                <p class="field-error" id={error_id} role="alert">{ message }</p>
            }
            <p class="field-hint" id={hint_id}>
                <span class="range">{ range }</span>
                <span class="source">{ source }</span>
            </p>
        </div>
    }
}
