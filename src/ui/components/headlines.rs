//! Headline figures above the charts.

use yew::prelude::*;

use crate::i18n::{format::format_number, format_yuan, strings, Lang};
use crate::model::units::Unit;
use crate::model::{Projection, Text};

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub projection: std::rc::Rc<Projection>,
    pub lang: Lang,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let lang = props.lang;
    let p = &props.projection;
    let (Some(first), Some(last)) = (p.rows.first(), p.rows.last()) else {
        return html! {};
    };
    let first_above = p
        .first_year_above_line
        .map(|y| y.to_string())
        .unwrap_or_else(|| lang.tr(strings::NEVER).to_string());
    let t = &p.total;
    let cost_per_yuan = match (t.cost_per_yuan_gained, t.program_cost_yuan > 0.0) {
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(c), true) => format!("{} {}", format_number(c, 2), lang.tr(Unit::Yuan.label())),
        (None, true) => lang.tr(strings::NO_GAIN).to_string(),
    };
    let payback = match (t.payback_year, t.program_cost_yuan > 0.0) {
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(y), true) => y.to_string(),
        (None, true) => lang.tr(strings::NEVER).to_string(),
    };
    let card = |label: Text, value: String, key: &'static str| {
        html! {
            <div class="headline" data-headline={key}>
                <span class="headline-label">{ lang.tr(label) }</span>
                <span class="headline-value">{ value }</span>
            </div>
        }
    };
    html! {
        <div class="headlines">
            { card(strings::HEADLINE_THIS_YEAR, format!("{} ({})", format_yuan(first.per_capita_yuan, lang), first.year), "first") }
            { card(strings::HEADLINE_HORIZON, format!("{} ({})", format_yuan(last.per_capita_yuan, lang), last.year), "last") }
            { card(strings::HEADLINE_INCREMENT, format_yuan(last.increment_yuan(), lang), "increment") }
            { card(strings::HEADLINE_FIRST_ABOVE, first_above, "first-above") }
            { card(strings::HEADLINE_NPV, format_yuan(t.npv_yuan, lang), "npv") }
            { card(strings::HEADLINE_COST_PER_YUAN, cost_per_yuan, "cost-per-yuan") }
            { card(strings::HEADLINE_PAYBACK, payback, "payback") }
        </div>
    }
}
