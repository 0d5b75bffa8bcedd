//! The yearly tables: every number behind the charts, in three groups (summary, income by
//! source, interventions). Columns that are zero in every year are left out.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{format::format_number, strings, Lang};
use crate::model::interventions::InterventionKind;
use crate::model::monitoring_line::RowStatus;
use crate::model::projection::Source;
use crate::model::{Projection, YearRow};

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
}

type Cell = Box<dyn Fn(&YearRow) -> Option<f64>>;
type Suffix = Box<dyn Fn(&YearRow) -> Option<&'static str>>;

/// A column: its header and how to read its value from a row.
struct Column {
    header: String,
    value: Cell,
    /// Extra text after the number (e.g. placeholder marks).
    suffix: Option<Suffix>,
    /// Highlight negative values (below the line).
    warn_negative: bool,
}

fn column(header: impl Into<String>, value: impl Fn(&YearRow) -> Option<f64> + 'static) -> Column {
    Column {
        header: header.into(),
        value: Box::new(value),
        suffix: None,
        warn_negative: false,
    }
}

fn summary_columns(lang: Lang) -> Vec<Column> {
    vec![
        column(lang.tr(strings::COL_BASELINE_HOUSEHOLD), |r| {
            Some(r.baseline_household_net_yuan)
        }),
        column(lang.tr(strings::COL_HOUSEHOLD), |r| {
            Some(r.household_net_yuan)
        }),
        column(lang.tr(strings::COL_INCREMENT), |r| {
            Some(r.increment_yuan())
        }),
        column(lang.tr(strings::COL_BASELINE_PER_CAPITA), |r| {
            Some(r.baseline_per_capita_yuan)
        }),
        column(lang.tr(strings::COL_PER_CAPITA), |r| {
            Some(r.per_capita_yuan)
        }),
        Column {
            suffix: Some(Box::new(move |r: &YearRow| {
                (r.monitoring_line_status == Some(RowStatus::Placeholder))
                    .then(|| lang.tr(strings::PLACEHOLDER_MARK))
            })),
            ..column(lang.tr(strings::COL_LINE), |r| {
                r.monitoring_line_yuan_per_capita
            })
        },
        Column {
            warn_negative: true,
            ..column(lang.tr(strings::COL_GAP), |r| r.gap_to_line_yuan_per_capita)
        },
        column(lang.tr(strings::COL_IN_KIND), |r| Some(r.in_kind_yuan)),
        column(lang.tr(strings::COL_COST), |r| Some(r.program_cost_yuan)),
    ]
}

fn source_columns(lang: Lang, rows: &[YearRow]) -> Vec<Column> {
    let used = |s: Source| {
        rows.iter()
            .any(|r| r.baseline_by_source[s] != 0.0 || r.scenario_by_source[s] != 0.0)
    };
    Source::ALL
        .into_iter()
        .filter(|&s| used(s))
        .flat_map(|s| {
            [
                column(
                    format!(
                        "{}{}",
                        lang.tr(s.name()),
                        lang.tr(strings::COL_SUFFIX_BASELINE)
                    ),
                    move |r| Some(r.baseline_by_source[s]),
                ),
                column(
                    format!(
                        "{}{}",
                        lang.tr(s.name()),
                        lang.tr(strings::COL_SUFFIX_SCENARIO)
                    ),
                    move |r| Some(r.scenario_by_source[s]),
                ),
            ]
        })
        .collect()
}

fn intervention_columns(lang: Lang, rows: &[YearRow]) -> Vec<Column> {
    let used = |k: InterventionKind| {
        rows.iter().any(|r| {
            r.increment_by_intervention[k] != 0.0 || r.program_cost_by_intervention[k] != 0.0
        })
    };
    InterventionKind::ALL
        .into_iter()
        .filter(|&k| used(k))
        .flat_map(|k| {
            [
                column(
                    format!("{}{}", lang.tr(k.name()), lang.tr(strings::COL_SUFFIX_GAIN)),
                    move |r| Some(r.increment_by_intervention[k]),
                ),
                column(
                    format!("{}{}", lang.tr(k.name()), lang.tr(strings::COL_SUFFIX_COST)),
                    move |r| Some(r.program_cost_by_intervention[k]),
                ),
            ]
        })
        .collect()
}

fn table(
    id: &'static str,
    caption: String,
    columns: &[Column],
    rows: &[YearRow],
    lang: Lang,
) -> Html {
    if columns.is_empty() {
        return html! {};
    }
    let body = rows.iter().map(|r| {
        let cells = columns.iter().map(|c| {
            let value = (c.value)(r);
            let text = value.map_or_else(|| "—".to_string(), |v| format_number(v, 0));
            let suffix = c.suffix.as_ref().and_then(|f| f(r)).unwrap_or("");
            let warn = c.warn_negative && value.is_some_and(|v| v < 0.0);
            html! { <td class={classes!(warn.then_some("below"))}>{ text }{ suffix }</td> }
        });
        html! {
            <tr key={r.year}>
                <th scope="row">{ r.year }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="year-table" data-table={id}>
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.tr(strings::COL_YEAR) }</th>
                        { for columns.iter().map(|c| html! { <th scope="col">{ c.header.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let lang = props.lang;
    let rows = &props.projection.rows;
    let unit = lang.tr(strings::TABLE_UNIT_YUAN);
    html! {
        <div class="tables">
            { table("summary", format!("{}{unit}", lang.tr(strings::TABLE_CAPTION)), &summary_columns(lang), rows, lang) }
            { table("sources", format!("{}{unit}", lang.tr(strings::TABLE_SOURCES)), &source_columns(lang, rows), rows, lang) }
            { table("interventions", format!("{}{unit}", lang.tr(strings::TABLE_INTERVENTIONS)), &intervention_columns(lang, rows), rows, lang) }
        </div>
    }
}
