//! A number box for the county page: keeps what the planner typed, reads it as the planner's own
//! fields do (１２３, 1,200, 300万), and commits only a valid number (or blank = none). A typing
//! error shows at the field and leaves the last valid value in the plan.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{format_number, Lang};
use crate::input::number::parse_number;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<f64>,
    pub lang: Lang,
    pub on_commit: Callback<Option<f64>>,
    #[prop_or_default]
    pub unit: AttrValue,
}

#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let shown = |v: Option<f64>| v.map(|v| format_number(v, 0)).unwrap_or_default();
    let text = use_state(|| shown(props.value));
    let error = use_state(|| None::<String>);
    {
        // A value changed elsewhere (a new template) replaces the text, unless it is mid-edit.
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(props.value, move |v| {
            if error.is_none() {
                text.set(shown(*v));
            }
        });
    }
    let lang = props.lang;
    let on_change = {
        let (text, error, on_commit) = (text.clone(), error.clone(), props.on_commit.clone());
        Callback::from(move |e: Event| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            text.set(raw.clone());
            if raw.trim().is_empty() {
                error.set(None);
                on_commit.emit(None);
                return;
            }
            match parse_number(&raw, false) {
                Ok(v) if v >= 0.0 && v.is_finite() => {
                    error.set(None);
                    on_commit.emit(Some(v));
                }
                Ok(_) => error.set(Some(
                    if lang.is_en() {
                        "Enter a number of 0 or more."
                    } else {
                        "请输入不小于 0 的数。"
                    }
                    .into(),
                )),
                Err(e) => error.set(Some(e.message(lang))),
            }
        })
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("county-number", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" value={(*text).clone()}
                onchange={on_change} aria-invalid={error.is_some().to_string()}
                aria-describedby={error.is_some().then(|| error_id.clone())} />
            if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            if let Some(msg) = &*error {
                <p class="field-error" id={error_id} role="alert">{ msg.clone() }</p>
            }
        </div>
    }
}
