//! Headline figures above the charts; each opens "how was this computed". The line headline
//! covers the whole period, so a household that rises above the line and falls back is never
//! shown as simply "above from 2026".

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{format::format_number, format_yuan, strings, Lang};
use crate::model::explain::Figure;
use crate::model::projection::LineSummary;
use crate::model::units::Unit;
use crate::model::{Projection, Text};

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    pub on_explain: Callback<Figure>,
}

/// "2026 年起高于监测线，2034 年再次低于（−97 元/人）" and its English twin.
pub fn line_status(line: &LineSummary, lang: Lang) -> String {
    let margin = |(year, m): (i32, f64)| {
        let sign = if m < 0.0 { "−" } else { "+" };
        match lang {
            Lang::Zh => format!("{sign}{} 元/人，{year} 年", format_number(m.abs(), 0)),
            Lang::En => format!("{sign}{} yuan/person in {year}", format_number(m.abs(), 0)),
        }
    };
    let low = line.lowest_margin.map(margin).unwrap_or_default();
    match (line.first_year_above, line.back_below_year, lang) {
        (None, _, Lang::Zh) if line.lowest_margin.is_none() => "无监测线".into(),
        (None, _, Lang::En) if line.lowest_margin.is_none() => "No monitoring line".into(),
        (None, _, Lang::Zh) => format!("测算期内始终低于监测线（最低 {low}）"),
        (None, _, Lang::En) => format!("Below the line throughout (lowest {low})"),
        (Some(up), Some(down), Lang::Zh) => {
            format!("{up} 年起高于监测线，{down} 年再次低于（最低 {low}）")
        }
        (Some(up), Some(down), Lang::En) => {
            format!("Above the line from {up}, back below in {down} (lowest {low})")
        }
        (Some(up), None, Lang::Zh) => format!("{up} 年起高于监测线（最低余量 {low}）"),
        (Some(up), None, Lang::En) => {
            format!("Above the line from {up} (smallest margin {low})")
        }
    }
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
    let not_entered = if t.cost_not_entered {
        lang.tr(strings::PART_NOT_ENTERED)
    } else {
        ""
    };
    let total_cost = if has_cost || !t.cost_not_entered {
        format!("{}{not_entered}", format_yuan(t.program_cost_yuan, lang))
    } else {
        lang.tr(strings::NOT_ENTERED).to_string()
    };
    let cost_per_yuan = match (t.cost_per_yuan_gained, has_cost) {
        (_, false) if t.cost_not_entered => lang.tr(strings::NOT_ENTERED).to_string(),
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(c), true) => format!(
            "{} {}{not_entered}",
            format_number(c, 2),
            lang.tr(Unit::Yuan.label())
        ),
        (None, true) => lang.tr(strings::NO_GAIN).to_string(),
    };
    let payback = match (t.payback_year, has_cost) {
        (_, false) => lang.tr(strings::NO_COST).to_string(),
        (Some(y), true) => y.to_string(),
        (None, true) => lang.tr(strings::NEVER).to_string(),
    };
    // A figure with no value (no cost, no line) has nothing to explain.
    let card = |label: Text, value: String, key: &'static str, figure: Option<Figure>| {
        let onclick = figure.map(|f| props.on_explain.reform(move |_: MouseEvent| f));
        html! {
            <button type="button" class="headline" data-headline={key} disabled={figure.is_none()} {onclick}>
                <span class="headline-label">{ lang.tr(label) }</span>
                <span class="headline-value">{ value }</span>
            </button>
        }
    };
    let line_warn = p.line.back_below_year.is_some() || p.line.first_year_above.is_none();
    html! {
        <div class="headlines">
            { card(strings::HEADLINE_THIS_YEAR, format!("{} ({})", format_yuan(first.per_capita_yuan, lang), first.year), "first",
                Some(Figure::PerCapita { year: first.year, baseline: false })) }
            { card(strings::HEADLINE_HORIZON, format!("{} ({})", format_yuan(last.per_capita_yuan, lang), last.year), "last",
                Some(Figure::PerCapita { year: last.year, baseline: false })) }
            { card(strings::HEADLINE_INCREMENT, format_yuan(last.increment_yuan(), lang), "increment",
                Some(Figure::TotalIncrement { year: last.year })) }
            <div class={classes!("headline-wide", line_warn.then_some("headline-warn"))}>
                { card(strings::HEADLINE_LINE, line_status(&p.line, lang), "line",
                    p.line.lowest_margin.map(|_| Figure::LowestMargin { baseline: false })) }
            </div>
            { card(strings::HEADLINE_TOTAL_COST, total_cost, "total-cost", Some(Figure::TotalProgramCost { kind: None })) }
            { card(strings::HEADLINE_COST_PER_YUAN, cost_per_yuan, "cost-per-yuan",
                t.cost_per_yuan_gained.filter(|_| has_cost).map(|_| Figure::CostPerYuanGained { kind: None })) }
            { card(strings::HEADLINE_HOUSEHOLD_VIEW, format_yuan(t.household_npv_yuan, lang), "household-view",
                Some(Figure::HouseholdNpv { kind: None })) }
            { card(strings::HEADLINE_NPV, format_yuan(t.npv_yuan, lang), "npv", Some(Figure::Npv { kind: None })) }
            { card(strings::HEADLINE_PAYBACK, payback, "payback",
                t.payback_year.filter(|_| has_cost).map(|_| Figure::PaybackYear { kind: None })) }
        </div>
    }
}
