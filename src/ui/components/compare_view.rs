//! Two to four scenarios side by side: headline figures with differences from a reference the
//! planner picks, and one chart of per-capita income with the monitoring line.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::legend_item;
use crate::charts::compare::{self, Compared};
use crate::i18n::report::differing_inputs;
use crate::i18n::{format::format_number, format_yuan, strings, Lang};
use crate::model::projection::project_unchecked;
use crate::model::{Projection, Text};
use crate::storage::csv::compared_csv;
use crate::storage::safe_file_name;
use crate::storage::workspace::{EntryId, Workspace, MAX_COMPARED};
use crate::ui::browser;
use crate::ui::hooks::use_chart_canvas::use_chart_canvas;
use crate::ui::state::{display_name, Action, Dispatch};

const TITLE: Text = Text::new("方案对比", "Compare scenarios");
const PICK: Text = Text::new(
    "选择 2–4 个方案进行对比",
    "Pick 2 to 4 scenarios to compare",
);
const REFERENCE: Text = Text::new("参照", "Reference");
const NO_REFERENCE: Text = Text::new("不设参照", "No reference");
const EXPORT_CSV: Text = Text::new(
    "导出所选方案逐年表 (CSV)",
    "Export these scenarios' yearly tables (CSV)",
);
const METRIC: Text = Text::new("指标", "Figure");
const TOTAL_COST: Text = Text::new("项目总投入", "Total program cost");
const CHART_ALT: Text = Text::new(
    "折线图：所选方案各年人均纯收入与监测线；数据见上表",
    "Line chart: per-capita income of the compared scenarios by year and the monitoring line; figures in the table above",
);

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub workspace: Workspace,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// A row of the comparison: how to read the figure and whether differences make sense.
struct Metric {
    label: Text,
    value: fn(&Projection) -> Option<f64>,
    /// Shown as a year, not money; differences in years.
    year: bool,
    /// A public-cost figure: says when a cost was not entered, so it is never read as "none".
    cost: bool,
}

const BACK_BELOW: Text = Text::new("再次低于监测线", "Back below the line");
const LOWEST_MARGIN: Text = Text::new(
    "与监测线最低差距(元/人)",
    "Lowest margin over the line (per person)",
);

const METRICS: [Metric; 10] = [
    Metric {
        label: strings::HEADLINE_THIS_YEAR,
        value: |p| p.rows.first().map(|r| r.per_capita_yuan),
        year: false,
        cost: false,
    },
    Metric {
        label: strings::HEADLINE_HORIZON,
        value: |p| p.rows.last().map(|r| r.per_capita_yuan),
        year: false,
        cost: false,
    },
    Metric {
        label: strings::HEADLINE_INCREMENT,
        value: |p| p.rows.last().map(|r| r.increment_yuan()),
        year: false,
        cost: false,
    },
    Metric {
        label: strings::HEADLINE_FIRST_ABOVE,
        value: |p| p.first_year_above_line.map(f64::from),
        year: true,
        cost: false,
    },
    Metric {
        label: BACK_BELOW,
        value: |p| p.line.back_below_year.map(f64::from),
        year: true,
        cost: false,
    },
    Metric {
        label: LOWEST_MARGIN,
        value: |p| p.line.lowest_margin.map(|(_, m)| m),
        year: false,
        cost: false,
    },
    Metric {
        label: strings::HEADLINE_NPV,
        value: |p| Some(p.total.npv_yuan),
        year: false,
        cost: false,
    },
    Metric {
        label: TOTAL_COST,
        value: |p| Some(p.total.program_cost_yuan),
        year: false,
        cost: true,
    },
    Metric {
        label: strings::HEADLINE_COST_PER_YUAN,
        value: |p| p.total.cost_per_yuan_gained,
        year: false,
        cost: true,
    },
    Metric {
        label: strings::HEADLINE_PAYBACK,
        value: |p| p.total.payback_year.map(f64::from),
        year: true,
        cost: false,
    },
];

fn show(m: &Metric, v: Option<f64>, lang: Lang) -> String {
    match v {
        None => "—".into(),
        Some(v) if m.year => format!("{}", v as i64),
        Some(v) if m.label == strings::HEADLINE_COST_PER_YUAN => format_number(v, 2),
        Some(v) => format_yuan(v, lang),
    }
}

fn diff(m: &Metric, v: Option<f64>, reference: Option<f64>, lang: Lang) -> Option<String> {
    let d = v? - reference?;
    if d.abs() < 1e-9 {
        return Some("±0".into());
    }
    let sign = if d > 0.0 { "+" } else { "−" };
    Some(if m.year {
        format!(
            "{sign}{} {}",
            d.abs() as i64,
            lang.tr(Text::new("年", "yr"))
        )
    } else if m.label == strings::HEADLINE_COST_PER_YUAN {
        format!("{sign}{}", format_number(d.abs(), 2))
    } else {
        format!("{sign}{}", format_yuan(d.abs(), lang))
    })
}

#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lang = props.lang;
    let w = &props.workspace;
    let d = props.dispatch.clone();
    let ids: Vec<EntryId> = w.compared.clone();
    let compared: Rc<Compared> = use_memo(
        ids.iter()
            .filter_map(|id| w.get(*id))
            .map(|e| (display_name(e, lang), e.scenario.clone()))
            .collect::<Vec<_>>(),
        |list| {
            list.iter()
                .map(|(n, s)| (n.clone(), project_unchecked(s)))
                .collect()
        },
    );
    let (boxed, canvas) = use_chart_canvas((compared.clone(), lang), |t, (c, l)| {
        compare::draw(t, c, *l)
    });

    let pickers = w.entries.iter().map(|e| {
        let id = e.id;
        let on = ids.contains(&id);
        let full = ids.len() >= MAX_COMPARED && !on;
        let d = d.clone();
        let onchange = Callback::from(move |ev: Event| {
            let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
            d.dispatch(Action::SetCompared { id, on: input.checked() });
        });
        html! {
            <label key={id} class="compare-pick">
                <input type="checkbox" checked={on} disabled={full} {onchange} data-compare={id.to_string()} />
                { display_name(e, lang) }
            </label>
        }
    });
    let reference_choice = {
        let d = d.clone();
        let options = ids.iter().filter_map(|id| w.get(*id)).map(|e| {
            html! { <option value={e.id.to_string()} selected={w.reference == Some(e.id)}>{ display_name(e, lang) }</option> }
        });
        let onchange = Callback::from(move |ev: Event| {
            let select: web_sys::HtmlSelectElement = ev.target_unchecked_into();
            d.dispatch(Action::SetReference(select.value().parse().ok()));
        });
        html! {
            <label class="compare-reference">
                { lang.tr(REFERENCE) }
                <select {onchange} data-action="reference">
                    <option value="" selected={w.reference.is_none()}>{ lang.tr(NO_REFERENCE) }</option>
                    { for options }
                </select>
            </label>
        }
    };
    let ready = compared.len() >= 2;
    let reference = w.reference.and_then(|r| ids.iter().position(|id| *id == r));
    let table = ready.then(|| {
        let head = compared.iter().enumerate().map(|(i, (name, _))| {
            let mark = (Some(i) == reference).then(|| format!("（{}）", lang.tr(REFERENCE)));
            html! { <th scope="col">{ name.clone() }{ mark.unwrap_or_default() }</th> }
        });
        let rows = METRICS.iter().map(|m| {
            let ref_value = reference.and_then(|r| (m.value)(&compared[r].1));
            let cells = compared.iter().enumerate().map(|(i, (_, p))| {
                let v = (m.value)(p);
                let delta = (reference.is_some() && Some(i) != reference).then(|| diff(m, v, ref_value, lang)).flatten();
                html! {
                    <td>
                        { show(m, v, lang) }
                        if m.cost && p.total.cost_not_entered { { lang.tr(strings::PART_NOT_ENTERED) } }
                        if let Some(delta) = delta { <span class="delta">{ format!(" ({delta})") }</span> }
                    </td>
                }
            });
            html! { <tr><th scope="row">{ lang.tr(m.label) }</th>{ for cells }</tr> }
        });
        html! {
            <table class="year-table compare-table" data-table="compare">
                <thead><tr><th scope="col">{ lang.tr(METRIC) }</th>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        }
    });
    // The inputs behind the differences: what is not the same in every compared scenario.
    let inputs = ready.then(|| {
        let scenarios: Vec<_> = ids.iter().filter_map(|id| w.get(*id)).map(|e| &e.scenario).collect();
        let rows = differing_inputs(&scenarios, lang);
        if rows.is_empty() {
            return html! { <p data-table="compare-inputs">{ lang.tr(strings::COMPARE_SAME_INPUTS) }</p> };
        }
        let head = compared.iter().map(|(name, _)| html! { <th scope="col">{ name.clone() }</th> });
        let body = rows.into_iter().map(|(label, values)| {
            html! { <tr><th scope="row">{ label }</th>{ for values.into_iter().map(|v| html! { <td>{ v }</td> }) }</tr> }
        });
        html! {
            <table class="year-table compare-table" data-table="compare-inputs">
                <caption>{ lang.tr(strings::COMPARE_INPUTS) }</caption>
                <thead><tr><th scope="col">{ lang.tr(strings::COMPARE_INPUT) }</th>{ for head }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
        }
    });
    // One file, each compared scenario's rows in compare order under one header.
    let export_csv = {
        let scenarios: Vec<_> = ids
            .iter()
            .filter_map(|id| w.get(*id))
            .map(|e| e.scenario.clone())
            .collect();
        let compared = compared.clone();
        Callback::from(move |_: MouseEvent| {
            let set: Vec<_> = scenarios
                .iter()
                .zip(compared.iter().map(|(_, p)| p))
                .collect();
            let csv = compared_csv(&set, lang.is_en());
            let file = safe_file_name(
                &format!(
                    "{}-{}",
                    lang.tr(Text::new("方案对比", "comparison")),
                    browser::today()
                ),
                "csv",
            );
            let _ = browser::download(&file, "text/csv;charset=utf-8", &csv);
        })
    };
    let legend = compare::legend(&compared, lang)
        .into_iter()
        .map(legend_item);
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ lang.tr(TITLE) }</h2>
            <fieldset class="compare-picks">
                <legend>{ lang.tr(PICK) }</legend>
                { for pickers }
            </fieldset>
            { reference_choice }
            if ready {
                <button type="button" onclick={export_csv} data-action="export-compare-csv">{ lang.tr(EXPORT_CSV) }</button>
            }
            { for table }
            { for inputs }
            <figure class="chart" hidden={!ready}>
                <figcaption>{ lang.tr(strings::CHART_PER_CAPITA) }</figcaption>
                <div class="chart-box" ref={boxed}>
                    <canvas ref={canvas} role="img" aria-label={lang.tr(CHART_ALT)} data-chart="compare"></canvas>
                </div>
                <ul class="legend">{ for legend }</ul>
            </figure>
        </section>
    }
}
