//! Narrow screens (phones, a split window): the headline figures in one line that stays at the
//! top while the planner edits the inputs far above the results — per-capita income in the
//! last year against the line, and the first year above it. Hidden by CSS on wide screens,
//! where the results sit beside the inputs.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{format_yuan, strings, Lang};
use crate::model::projection::LineSummary;
use crate::model::Projection;
use crate::ui::browser;
use crate::ui::hooks::UnappliedInputs;

#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    pub unapplied: UnappliedInputs,
}

/// "2026 年起高于监测线" and its English twin, short enough for one line on a phone.
fn line_brief(line: &LineSummary, lang: Lang) -> String {
    match (line.first_year_above, line.back_below_year, lang) {
        (None, _, Lang::Zh) if line.lowest_margin.is_none() => "无监测线".into(),
        (None, _, Lang::En) if line.lowest_margin.is_none() => "No monitoring line".into(),
        (None, _, Lang::Zh) => "始终低于监测线".into(),
        (None, _, Lang::En) => "Below the line throughout".into(),
        (Some(up), Some(down), Lang::Zh) => format!("{up} 年起高于，{down} 年再次低于"),
        (Some(up), Some(down), Lang::En) => format!("Above from {up}, below again in {down}"),
        (Some(up), None, Lang::Zh) => format!("{up} 年起高于监测线"),
        (Some(up), None, Lang::En) => format!("Above the line from {up}"),
    }
}

#[component]
pub fn SummaryBar(props: &SummaryBarProps) -> Html {
    let lang = props.lang;
    let p = &props.projection;
    let Some(last) = p.rows.last() else {
        return html! {};
    };
    let income = match lang {
        Lang::Zh => format!(
            "{} 年人均 {}",
            last.year,
            format_yuan(last.per_capita_yuan, lang)
        ),
        Lang::En => format!(
            "{}: {} per person",
            last.year,
            format_yuan(last.per_capita_yuan, lang)
        ),
    };
    let line = last
        .monitoring_line_yuan_per_capita
        .map(|l| format!("{} {}", lang.tr(strings::LINE_VALUE), format_yuan(l, lang)));
    let warn = p.line.first_year_above.is_none() || p.line.back_below_year.is_some();
    let to_results = Callback::from(|_: MouseEvent| {
        if let Some(r) = gloo::utils::document().get_element_by_id("results-title") {
            r.scroll_into_view();
        }
    });
    let first_unapplied = props.unapplied.targets().first().map(|u| u.target.clone());
    let to_unapplied = Callback::from(move |_: MouseEvent| {
        if let Some(target) = &first_unapplied {
            browser::go_to_input(target);
        }
    });
    html! {
        <div class={classes!("summary-bar", warn.then_some("summary-warn"))} data-summary="">
            <button type="button" class="summary-figures" onclick={to_results}>
                <span class="summary-income">{ income }</span>
                if let Some(line) = line {
                    <span class="summary-line">{ line }</span>
                }
                <span class="summary-status">{ line_brief(&p.line, lang) }</span>
            </button>
            if !props.unapplied.is_empty() {
                <button type="button" class="link summary-unapplied" onclick={to_unapplied}>
                    { lang.tr(strings::UNAPPLIED_SHORT) }{ strings::list_names(&props.unapplied.names(), lang.is_en()) }
                </button>
            }
        </div>
    }
}
