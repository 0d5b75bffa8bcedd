//! Headline figures above the charts; each opens "how was this computed".

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{format::format_number, format_yuan, strings, Lang};
use crate::model::explain::Figure;
use crate::model::units::Unit;
use crate::model::{Projection, Text};

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    pub on_explain: Callback<Figure>,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let lang = props.lang;
    let p = &props.projection;
    let (Some(first), Some(last)) = (p.rows.first(), p.rows.last()) else {
        return html! {};
    };
    let t = &p.total;
    let has_cost = t.program_cost_yuan > 0.0;
    let first_above = p
        .first_year_above_line
        .map_or_else(|| lang.tr(strings::NEVER).to_string(), |y| y.to_string());
    let cost_per_yuan = match (t.cost_per_yuan_gained, has_cost) {
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(c), true) => format!("{} {}", format_number(c, 2), lang.tr(Unit::Yuan.label())),
        (None, true) => lang.tr(strings::NO_GAIN).to_string(),
    };
    let payback = match (t.payback_year, has_cost) {
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(y), true) => y.to_string(),
        (None, true) => lang.tr(strings::NEVER).to_string(),
    };
    // A figure with no value (no cost, never above the line) has nothing to explain.
    let card = |label: Text, value: String, key: &'static str, figure: Option<Figure>| {
        let onclick = figure.map(|f| props.on_explain.reform(move |_: MouseEvent| f));
        html! {
            <button type="button" class="headline" data-headline={key} disabled={figure.is_none()} {onclick}>
                <span class="headline-label">{ lang.tr(label) }</span>
                <span class="headline-value">{ value }</span>
            </button>
        }
    };
    html! {
        <div class="headlines">
            { card(strings::HEADLINE_THIS_YEAR, format!("{} ({})", format_yuan(first.per_capita_yuan, lang), first.year), "first",
                Some(Figure::PerCapita { year: first.year, baseline: false })) }
            { card(strings::HEADLINE_HORIZON, format!("{} ({})", format_yuan(last.per_capita_yuan, lang), last.year), "last",
                Some(Figure::PerCapita { year: last.year, baseline: false })) }
            { card(strings::HEADLINE_INCREMENT, format_yuan(last.increment_yuan(), lang), "increment",
                Some(Figure::TotalIncrement { year: last.year })) }
            { card(strings::HEADLINE_FIRST_ABOVE, first_above, "first-above",
                p.first_year_above_line.map(|_| Figure::FirstYearAboveLine { baseline: false })) }
            { card(strings::HEADLINE_NPV, format_yuan(t.npv_yuan, lang), "npv", Some(Figure::Npv { kind: None })) }
            { card(strings::HEADLINE_COST_PER_YUAN, cost_per_yuan, "cost-per-yuan",
                t.cost_per_yuan_gained.filter(|_| has_cost).map(|_| Figure::CostPerYuanGained { kind: None })) }
            { card(strings::HEADLINE_PAYBACK, payback, "payback",
                t.payback_year.filter(|_| has_cost).map(|_| Figure::PaybackYear { kind: None })) }
        </div>
    }
}
