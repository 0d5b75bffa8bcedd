//! "How was this computed": a figure's formula, the inputs the engine used, and the figures it is
//! built from, each of which opens in turn.

use yew::prelude::*;

use crate::i18n::{format_amount, strings, Lang};
use crate::model::trace::Trace;

#[derive(Properties, PartialEq)]
pub struct ExplainPanelProps {
    pub trace: Option<Trace>,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

fn render(trace: &Trace, lang: Lang, depth: usize) -> Html {
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
    // Move focus into the panel when it opens so keyboard and screen-reader users land on it.
    {
        let close_ref = close_ref.clone();
        use_effect_with(props.trace.clone(), move |trace| {
            if trace.is_some() {
                if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let Some(trace) = &props.trace else {
        return html! {};
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = super::close_on_escape(&props.on_close);
    html! {
        <aside class="explain" role="dialog" aria-labelledby="explain-title" {onkeydown}>
            <header>
                <h2 id="explain-title">{ lang.tr(strings::HOW_COMPUTED) }</h2>
                <button type="button" ref={close_ref} onclick={close} aria-label={lang.tr(strings::CLOSE)}>{ "×" }</button>
            </header>
            <p class="explain-figure">
                <span>{ lang.tr(trace.label) }</span>
                <strong>{ format_amount(trace.value, trace.unit, lang) }</strong>
            </p>
            { render(trace, lang, 0) }
        </aside>
    }
}
