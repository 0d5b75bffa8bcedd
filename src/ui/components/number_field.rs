//! A numeric input that reads what planners type (１２３, 1,200, 1.5万, 80%) and only passes on
//! values inside the field's range. The raw text stays the planner's own while typing.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{format::format_compact, format_range, format_year, strings, Lang};
use crate::input::{parse_field, parse_number};
use crate::model::fields::field;
use crate::model::units::Unit;
use crate::ui::hooks::{use_draft, use_report_unapplied, Problem};
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Id in `model::fields::FIELDS`.
    pub id: &'static str,
    pub value: f64,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// A rejection of this field that only the whole scenario could judge.
    #[prop_or_default]
    pub scenario_error: Option<AttrValue>,
}

/// The field's value; `None` is "not entered" (an optional cost left empty).
fn display(value: &Option<f64>) -> String {
    value.map(format_compact).unwrap_or_default()
}

/// A year is a label: "2026", never "2,026".
fn display_year(value: &Option<f64>) -> String {
    value.map(format_year).unwrap_or_default()
}

/// Percent fields accept a trailing %; reading is lenient about it either way. Empty text
/// reads as "not entered", which only optional fields accept.
fn reads_as(text: &str) -> Option<Option<f64>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    parse_number(text, true).ok().map(Some)
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let spec = field(props.id).expect("NumberField id must be in FIELDS");
    let value = (!spec.is_not_entered(props.value)).then_some(props.value);
    let shown = if spec.unit == Unit::Year {
        display_year
    } else {
        display
    };
    let draft = use_draft(value, shown, reads_as);
    let lang = props.lang;
    use_report_unapplied(
        draft.error.is_some() || props.scenario_error.is_some(),
        lang.tr(spec.label).into(),
        input_id(spec.id).into(),
    );
    let oninput = {
        let draft = draft.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = if spec.optional && text.trim().is_empty() {
                Ok(f64::NAN)
            } else {
                parse_field(&text, spec.unit)
                    .map_err(Problem::Parse)
                    .and_then(|v| spec.check(v).map_err(Problem::Invalid))
            };
            if let Some(value) = draft.accept(text, parsed) {
                dispatch.dispatch(Action::SetField { id: spec.id, value });
            }
        })
    };

    let message = draft
        .error
        .map(|p| AttrValue::from(p.message(lang)))
        .or_else(|| props.scenario_error.clone());
    let unit = lang.tr(spec.unit.label());
    let range = format!(
        "{} {}",
        lang.tr(strings::RANGE),
        format_range(spec.min, spec.max, spec.unit, lang)
    );
    // The first field measured in mu explains the unit to English readers.
    let note = (lang.is_en() && first_in_mu() == Some(spec.id)).then(super::mu_note);
    let source = format!(
        "{}: {}",
        lang.tr(strings::DEFAULT_SOURCE),
        lang.tr(spec.source)
    );
    let placeholder = spec.optional.then(|| lang.tr(strings::NOT_ENTERED));
    html! {
        <FieldFrame id={spec.id} label={lang.tr(spec.label)} {message} {range} {source} note={note.unwrap_or_default()} assumption={spec.is_assumption()}>
            <input
                id={input_id(spec.id)}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                value={(*draft.text).clone()}
                {placeholder}
                aria-invalid={if draft.error.is_some() || props.scenario_error.is_some() { "true" } else { "false" }}
                aria-describedby={described_by(spec.id)}
                data-field={spec.id}
                {oninput}
            />
            <span class="unit" aria-hidden="true">{ unit }</span>
        </FieldFrame>
    }
}

/// The id of the first field (in form order) whose unit is in mu.
fn first_in_mu() -> Option<&'static str> {
    crate::model::fields::FIELDS
        .iter()
        .find(|f| matches!(f.unit, Unit::Mu | Unit::YuanPerMu | Unit::KgPerMu))
        .map(|f| f.id)
}

/// DOM id of a field's input.
pub fn input_id(field_id: &str) -> String {
    format!("f-{}", field_id.replace('.', "-"))
}

/// The ids that describe a field: its error (if shown) and its hint.
pub fn described_by(field_id: &str) -> String {
    let id = input_id(field_id);
    format!("{id}-error {id}-hint")
}

#[derive(Properties, PartialEq)]
pub struct FieldFrameProps {
    pub id: &'static str,
    pub label: AttrValue,
    pub message: Option<AttrValue>,
    pub range: String,
    pub source: String,
    /// Said after the range (the mu note).
    #[prop_or_default]
    pub note: Html,
    /// The default has no source: marked so planners know to replace it.
    #[prop_or_default]
    pub assumption: bool,
    pub children: Html,
}

/// Label, input row, error and hint around any text-entry field.
#[component]
pub fn FieldFrame(props: &FieldFrameProps) -> Html {
    let id = input_id(props.id);
    html! {
        <div class={classes!("field", props.message.is_some().then_some("field-invalid"))} title={props.source.clone()} data-frame={props.id}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            // Screen readers hear "假设：…" in the hint the input is described by.
            if props.assumption {
                <AssumptionBadge />
            }
            <div class="field-input">{ props.children.clone() }</div>
            <p class="field-error" id={format!("{id}-error")} role="alert" hidden={props.message.is_none()}>
                { props.message.clone().unwrap_or_default() }
            </p>
            <p class="field-hint" id={format!("{id}-hint")}>
                <span class="range">{ props.range.clone() }</span>{ props.note.clone() }
                <span class="source">{ props.source.clone() }</span>
            </p>
        </div>
    }
}

/// The small "假设 / assumption" mark beside a field whose default has no source.
#[component]
fn AssumptionBadge() -> Html {
    let lang = use_context::<crate::ui::hooks::LangContext>().map_or(Lang::Zh, |c| c.lang);
    html! {
        <span class="assumption-badge" aria-hidden="true" title={lang.tr(strings::ASSUMPTION_TITLE)}>{ lang.tr(strings::ASSUMPTION_BADGE) }</span>
    }
}
