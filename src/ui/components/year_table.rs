//! The yearly table: every number behind the charts.

use yew::prelude::*;

use crate::i18n::{format::format_number, strings, Lang};
use crate::model::monitoring_line::RowStatus;
use crate::model::Projection;

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub projection: std::rc::Rc<Projection>,
    pub lang: Lang,
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let lang = props.lang;
    let yuan = |v: f64| format_number(v, 0);
    let unit = if lang.is_en() { " (yuan)" } else { "（元）" };
    let headers = [
        strings::COL_YEAR,
        strings::COL_BASELINE_HOUSEHOLD,
        strings::COL_HOUSEHOLD,
        strings::COL_INCREMENT,
        strings::COL_BASELINE_PER_CAPITA,
        strings::COL_PER_CAPITA,
        strings::COL_LINE,
        strings::COL_GAP,
        strings::COL_COST,
    ];
    let rows = props.projection.rows.iter().map(|r| {
        let line = match (r.monitoring_line_yuan_per_capita, r.monitoring_line_status) {
            (Some(l), Some(RowStatus::Placeholder)) => format!("{}{}", yuan(l), lang.tr(strings::PLACEHOLDER_MARK)),
            (Some(l), _) => yuan(l),
            (None, _) => "—".into(),
        };
        let gap = r.gap_to_line_yuan_per_capita.map_or("—".into(), yuan);
        html! {
            <tr key={r.year}>
                <th scope="row">{ r.year }</th>
                <td>{ yuan(r.baseline_household_net_yuan) }</td>
                <td>{ yuan(r.household_net_yuan) }</td>
                <td>{ yuan(r.increment_yuan()) }</td>
                <td>{ yuan(r.baseline_per_capita_yuan) }</td>
                <td>{ yuan(r.per_capita_yuan) }</td>
                <td>{ line }</td>
                <td class={classes!(r.gap_to_line_yuan_per_capita.is_some_and(|g| g < 0.0).then_some("below"))}>{ gap }</td>
                <td>{ yuan(r.program_cost_yuan) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={lang.tr(strings::TABLE_CAPTION)}>
            <table class="year-table">
                <caption>{ lang.tr(strings::TABLE_CAPTION) }{ unit }</caption>
                <thead>
                    <tr>{ for headers.iter().map(|h| html! { <th scope="col">{ lang.tr(*h) }</th> }) }</tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
