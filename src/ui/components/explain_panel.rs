//! "How was this computed": a figure's formula, the inputs the engine used, and the figures it is
//! built from, each of which opens in turn.

use yew::prelude::*;

use crate::i18n::{format_amount, strings, Lang};
use crate::model::trace::Trace;
use crate::ui::hooks::{dialog_keys, use_dialog_focus};

#[derive(Properties, PartialEq)]
pub struct ExplainPanelProps {
    pub trace: Option<Trace>,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// A trace as formula, inputs and parts (each part opening in turn); the training panel shows a
/// revealed figure the same way.
pub fn render(trace: &Trace, lang: Lang, depth: usize) -> Html {
    let inputs = trace.inputs.iter().map(|t| {
        html! {
            <tr>
                <th scope="row">{ lang.tr(t.label) }</th>
                <td>{ format_amount(t.value, t.unit, lang) }</td>
            </tr>
        }
    });
    let parts = trace.parts.iter().map(|p| {
        html! {
            <details class="trace-part" open={depth == 0 && trace.parts.len() <= 3}>
                <summary>
                    <span>{ lang.tr(p.label) }</span>
                    <span class="trace-value">{ format_amount(p.value, p.unit, lang) }</span>
                </summary>
                { render(p, lang, depth + 1) }
            </details>
        }
    });
    html! {
        <div class="trace">
            <p class="formula"><span class="formula-label">{ lang.tr(strings::FORMULA) }</span>{ lang.tr(trace.formula) }</p>
            if !trace.inputs.is_empty() {
                <table class="trace-inputs">
                    <caption class="visually-hidden">{ lang.tr(strings::INPUTS_USED) }</caption>
                    <tbody>{ for inputs }</tbody>
                </table>
            }
            { for parts }
        </div>
    }
}

#[component]
pub fn ExplainPanel(props: &ExplainPanelProps) -> Html {
    let lang = props.lang;
    let close_ref = use_node_ref();
    let dialog = use_node_ref();
    // Focus moves to the close button on opening, stays in the panel, and returns to the cell or
    // headline that opened it.
    use_dialog_focus(dialog.clone(), close_ref.clone(), props.trace.is_some());
    let Some(trace) = &props.trace else {
        return html! {};
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = dialog_keys(dialog.clone(), props.on_close.clone());
    html! {
        <div class="explain" role="dialog" aria-modal="true" aria-labelledby="explain-title" ref={dialog} {onkeydown}>
            <div class="dialog-head">
                <h2 id="explain-title">{ lang.tr(strings::HOW_COMPUTED) }</h2>
                <button type="button" ref={close_ref} onclick={close} aria-label={lang.tr(strings::CLOSE)}>{ "×" }</button>
            </div>
            <p class="explain-figure">
                <span>
                    { lang.tr(trace.label) }
                    if let Some(subject) = trace.subject {
                        { " · " }{ lang.tr(subject) }
                    }
                </span>
                <strong>{ format_amount(trace.value, trace.unit, lang) }</strong>
            </p>
            { render(trace, lang, 0) }
        </div>
    }
}
