//! Phased adoption: the share of an intervention's full effect in each year since it starts,
//! typed as a list ("30、60、100"); the last share holds for later years.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::number_field::{described_by, input_id, FieldFrame};
use crate::i18n::{strings, Lang};
use crate::input::{format_number_list, parse_number_list};
use crate::model::fields::adoption_id;
use crate::model::interventions::InterventionKind;
use crate::ui::hooks::{use_draft, use_report_unapplied, Problem};
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct AdoptionFieldProps {
    pub kind: InterventionKind,
    pub value: Vec<f64>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    #[prop_or_default]
    pub scenario_error: Option<AttrValue>,
}

// `use_draft` takes `fn(&T)` with T = Vec<f64>, so a slice would not fit.
#[allow(clippy::ptr_arg)]
fn display(v: &Vec<f64>) -> String {
    format_number_list(v)
}

fn reads_as(text: &str) -> Option<Vec<f64>> {
    parse_number_list(text, true).ok()
}

#[component]
pub fn AdoptionField(props: &AdoptionFieldProps) -> Html {
    let draft = use_draft(props.value.clone(), display, reads_as);
    let lang = props.lang;
    let kind = props.kind;
    let id = adoption_id(kind);
    use_report_unapplied(
        draft.error.is_some() || props.scenario_error.is_some(),
        format!(
            "{} · {}",
            lang.tr(kind.name()),
            lang.tr(strings::ADOPTION_LABEL)
        )
        .into(),
        input_id(id).into(),
    );
    let oninput = {
        let draft = draft.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = parse_number_list(&text, true)
                .map_err(Problem::Parse)
                .and_then(|v| {
                    if v.len() > 40 || v.iter().any(|p| !(0.0..=100.0).contains(p)) {
                        Err(Problem::Other(strings::ADOPTION_RANGE))
                    } else {
                        Ok(v)
                    }
                });
            if let Some(adoption_pct) = draft.accept(text, parsed) {
                dispatch.dispatch(Action::SetAdoption { kind, adoption_pct });
            }
        })
    };
    let message = draft
        .error
        .map(|p| AttrValue::from(p.message(lang)))
        .or_else(|| props.scenario_error.clone());
    html! {
        <FieldFrame {id} label={lang.tr(strings::ADOPTION_LABEL)} message={message.clone()}
            range={lang.tr(strings::ADOPTION_HINT).to_string()} source={lang.tr(strings::ADOPTION_SOURCE).to_string()}>
            <input id={input_id(id)} type="text" inputmode="decimal" autocomplete="off"
                value={(*draft.text).clone()} aria-invalid={if message.is_some() { "true" } else { "false" }}
                aria-describedby={described_by(id)} data-field={id} {oninput} />
            <span class="unit" aria-hidden="true">{ "%" }</span>
        </FieldFrame>
    }
}
