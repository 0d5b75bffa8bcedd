//! The yearly tables: every number behind the charts, in groups (summary, income by source,
//! interventions, livestock). Columns that are zero in every year are left out. Every money cell
//! names its engine figure in `data-fig`, so one handler per table opens "how was this computed".

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::i18n::{format::format_number, strings, Lang};
use crate::model::explain::Figure;
use crate::model::interventions::InterventionKind;
use crate::model::monitoring_line::RowStatus;
use crate::model::projection::{IncomeCategory, Source};
use crate::model::{Projection, YearRow};
use crate::ui::figure_code;
use crate::ui::hooks::use_in_view_gate::{use_in_view_gate, OnDue};

#[derive(Properties, PartialEq)]
pub struct YearTableProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    pub on_explain: Callback<Figure>,
}

type Value = Box<dyn Fn(&YearRow) -> Option<f64>>;
type FigureOf = Box<dyn Fn(i32) -> Figure>;
type Species = (crate::model::Text, fn(&YearRow) -> f64);

/// A column: its header, how to read its value from a row, and the figure behind it.
struct Column {
    header: String,
    value: Value,
    figure: Option<FigureOf>,
    /// Marks a row whose line figure is a placeholder.
    placeholder_mark: bool,
    /// Highlights negative values (below the line).
    warn_negative: bool,
    /// Decimal places shown (yuan: 0; labor-months: 1).
    decimals: usize,
}

fn column(
    header: impl Into<String>,
    value: impl Fn(&YearRow) -> Option<f64> + 'static,
    figure: impl Fn(i32) -> Figure + 'static,
) -> Column {
    Column {
        header: header.into(),
        value: Box::new(value),
        figure: Some(Box::new(figure)),
        placeholder_mark: false,
        warn_negative: false,
        decimals: 0,
    }
}

fn summary_columns(lang: Lang) -> Vec<Column> {
    use Figure::*;
    vec![
        column(
            lang.tr(strings::COL_BASELINE_HOUSEHOLD),
            |r| Some(r.baseline_household_net_yuan),
            |year| HouseholdNet {
                year,
                baseline: true,
            },
        ),
        column(
            lang.tr(strings::COL_HOUSEHOLD),
            |r| Some(r.household_net_yuan),
            |year| HouseholdNet {
                year,
                baseline: false,
            },
        ),
        column(
            lang.tr(strings::COL_INCREMENT),
            |r| Some(r.increment_yuan()),
            |year| TotalIncrement { year },
        ),
        column(
            lang.tr(strings::COL_BASELINE_PER_CAPITA),
            |r| Some(r.baseline_per_capita_yuan),
            |year| PerCapita {
                year,
                baseline: true,
            },
        ),
        column(
            lang.tr(strings::COL_PER_CAPITA),
            |r| Some(r.per_capita_yuan),
            |year| PerCapita {
                year,
                baseline: false,
            },
        ),
        Column {
            placeholder_mark: true,
            ..column(
                lang.tr(strings::COL_LINE),
                |r| r.monitoring_line_yuan_per_capita,
                |year| MonitoringLine { year },
            )
        },
        Column {
            warn_negative: true,
            ..column(
                lang.tr(strings::COL_GAP),
                |r| r.gap_to_line_yuan_per_capita,
                |year| GapToLine { year },
            )
        },
        column(
            lang.tr(strings::COL_IN_KIND),
            |r| Some(r.in_kind_yuan),
            |year| InKind { year },
        ),
        column(
            lang.tr(strings::COL_COST),
            |r| Some(r.program_cost_yuan),
            |year| ProgramCost { year, kind: None },
        ),
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
        .flat_map(|source| {
            let name = lang.tr(source.name());
            [
                column(
                    format!("{name}{}", lang.tr(strings::COL_SUFFIX_BASELINE)),
                    move |r| Some(r.baseline_by_source[source]),
                    move |year| Figure::BaselineSource { year, source },
                ),
                column(
                    format!("{name}{}", lang.tr(strings::COL_SUFFIX_SCENARIO)),
                    move |r| Some(r.scenario_by_source[source]),
                    move |year| Figure::ScenarioSource { year, source },
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
        .flat_map(|kind| {
            let name = lang.tr(kind.name());
            [
                column(
                    format!("{name}{}", lang.tr(strings::COL_SUFFIX_GAIN)),
                    move |r| Some(r.increment_by_intervention[kind]),
                    move |year| Figure::Increment { year, kind },
                ),
                column(
                    format!("{name}{}", lang.tr(strings::COL_SUFFIX_COST)),
                    move |r| Some(r.program_cost_by_intervention[kind]),
                    move |year| Figure::ProgramCost {
                        year,
                        kind: Some(kind),
                    },
                ),
            ]
        })
        .collect()
}

fn herd_columns(lang: Lang, rows: &[YearRow]) -> Vec<Column> {
    let species: [Species; 3] = [
        (strings::HERD_SHEEP, |r| r.herd.sheep_head),
        (strings::HERD_CATTLE, |r| r.herd.cattle_head),
        (strings::HERD_POULTRY, |r| r.herd.poultry_head),
    ];
    species
        .into_iter()
        .filter(|(_, pick)| rows.iter().any(|r| pick(r) != 0.0))
        .map(|(label, pick)| Column {
            header: format!("{}{}", lang.tr(label), lang.tr(strings::UNIT_HEAD_SUFFIX)),
            value: Box::new(move |r| Some(pick(r))),
            figure: None,
            placeholder_mark: false,
            warn_negative: false,
            decimals: 0,
        })
        .collect()
}

/// The four official categories of rural income, baseline and with the scenario.
fn category_columns(lang: Lang) -> Vec<Column> {
    IncomeCategory::ALL
        .into_iter()
        .flat_map(|category| {
            let name = lang.tr(category.name());
            [true, false].map(|baseline| {
                let suffix = if baseline {
                    strings::COL_SUFFIX_BASELINE
                } else {
                    strings::COL_SUFFIX_SCENARIO
                };
                column(
                    format!("{name}{}", lang.tr(suffix)),
                    move |r| {
                        let by = if baseline {
                            &r.baseline_by_source
                        } else {
                            &r.scenario_by_source
                        };
                        Some(by.by_category()[category as usize])
                    },
                    move |year| Figure::Category {
                        year,
                        category,
                        baseline,
                    },
                )
            })
        })
        .collect()
}

/// The household's labor-months: what it has, what it uses, what it lacks.
fn labor_columns(lang: Lang) -> Vec<Column> {
    let months = |c: Column| Column { decimals: 1, ..c };
    vec![
        Column {
            figure: None,
            ..months(column(
                lang.tr(strings::COL_LABOR_AVAILABLE),
                |r| Some(r.labor.available_months),
                |year| Figure::Labor { year },
            ))
        },
        months(column(
            lang.tr(strings::COL_LABOR_USED),
            |r| Some(r.labor.used_months()),
            |year| Figure::Labor { year },
        )),
        Column {
            warn_negative: true,
            // Explained inside the "used" cell's trace, which lists what is available and wanted.
            figure: None,
            ..months(column(
                lang.tr(strings::COL_LABOR_SHORT),
                |r| Some(r.labor.spare_months()),
                |year| Figure::Labor { year },
            ))
        },
    ]
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
            let text = value.map_or_else(|| "—".to_string(), |v| format_number(v, c.decimals));
            let mark = (c.placeholder_mark
                && r.monitoring_line_status == Some(RowStatus::Placeholder))
            .then(|| lang.tr(strings::PLACEHOLDER_MARK));
            let warn = c.warn_negative && value.is_some_and(|v| v < 0.0);
            let fig = c
                .figure
                .as_ref()
                .filter(|_| value.is_some())
                .map(|f| figure_code::encode(f(r.year)));
            let tabindex = fig.as_ref().map(|_| "-1");
            let class = classes!(
                warn.then_some("below"),
                fig.is_some().then_some("explainable")
            );
            html! {
                <td {class}
                    data-fig={fig} {tabindex}>
                    { text }{ mark.unwrap_or_default() }
                </td>
            }
        });
        html! {
            <tr key={r.year}>
                <th scope="row">{ r.year }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={caption.clone()}
            data-years={rows.len().to_string()}>
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

/// The explainable cell an event came from, if any.
fn cell_of(e: &Event) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("td[data-fig]")
        .ok()?
}

/// Moves focus from `cell` one step at a time by (rows, cols), skipping cells with nothing to
/// explain ("—", livestock counts), so every explainable cell can be reached from any other.
fn move_focus(cell: &Element, d_row: i32, d_col: i32) -> Option<()> {
    let td: web_sys::HtmlTableCellElement = cell.clone().dyn_into().ok()?;
    let tr: web_sys::HtmlTableRowElement = td.parent_element()?.dyn_into().ok()?;
    let body: web_sys::HtmlTableSectionElement = tr.parent_element()?.dyn_into().ok()?;
    let (mut row, mut col) = (tr.section_row_index(), td.cell_index());
    loop {
        row += d_row;
        col += d_col;
        // Column 0 is the year header.
        if row < 0 || col < 1 {
            return None;
        }
        let target = body
            .rows()
            .item(row as u32)?
            .dyn_into::<web_sys::HtmlTableRowElement>()
            .ok()?;
        let next = target.cells().item(col as u32)?;
        if next.has_attribute("data-fig") {
            next.dyn_into::<HtmlElement>().ok()?.focus().ok()?;
            return Some(());
        }
    }
}

#[component]
pub fn YearTable(props: &YearTableProps) -> Html {
    let built = crate::ui::hooks::use_after_first_paint::use_after_first_paint(true);
    let lang = props.lang;
    // Out of view, the tables keep the projection they last showed until they scroll into view,
    // the page is printed or typing pauses (`data-stale` marks them meanwhile): the keystroke
    // then rebuilds none of their cells.
    let boxed = use_node_ref();
    let shown = use_mut_ref(|| Rc::clone(&props.projection));
    let due = use_mut_ref(|| false);
    let update = use_force_update();
    let on_due: OnDue = {
        let due = due.clone();
        Rc::new(move |_print| {
            *due.borrow_mut() = true;
            update.force_update();
        })
    };
    let gate = use_in_view_gate(boxed.clone(), on_due);
    let came_due = std::mem::take(&mut *due.borrow_mut());
    // The very first render shows the projection it is given (`shown` starts as it) whatever
    // `now` says: the box is not in the page yet.
    if came_due || gate.now().is_some() {
        *shown.borrow_mut() = Rc::clone(&props.projection);
    }
    let projection = Rc::clone(&shown.borrow());
    let stale = !Rc::ptr_eq(&projection, &props.projection) && projection != props.projection;
    use_effect_with((Rc::clone(&props.projection), stale), move |(_, stale)| {
        if *stale {
            gate.later();
        }
    });
    let explain = |e: &Event, on_explain: &Callback<Figure>| {
        if let Some(fig) = cell_of(e)
            .and_then(|c| c.get_attribute("data-fig"))
            .and_then(|c| figure_code::decode(&c))
        {
            on_explain.emit(fig);
        }
    };
    let onclick = {
        let on_explain = props.on_explain.clone();
        Callback::from(move |e: MouseEvent| explain(&e, &on_explain))
    };
    let onkeydown = {
        let on_explain = props.on_explain.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                if cell_of(&e).is_some() {
                    e.prevent_default();
                    explain(&e, &on_explain);
                }
                return;
            }
            let (dr, dc) = match key.as_str() {
                "ArrowUp" => (-1, 0),
                "ArrowDown" => (1, 0),
                "ArrowLeft" => (0, -1),
                "ArrowRight" => (0, 1),
                _ => return,
            };
            let moved = match cell_of(&e) {
                Some(cell) => move_focus(&cell, dr, dc),
                // From the table's wrapper, arrows enter at the first cell.
                None => e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|w| w.query_selector("td[data-fig]").ok().flatten())
                    .and_then(|c| c.dyn_into::<HtmlElement>().ok())
                    .and_then(|c| c.focus().ok()),
            };
            if moved.is_some() {
                e.prevent_default();
            }
        })
    };
    // Below the fold at start-up: built once the first chart is on screen.
    html! {
        <div class="tables" ref={boxed} {onclick} {onkeydown} aria-busy={(!built).then_some("true")}
            data-stale={stale.then_some("true")}>
            <p class="hint">{ lang.tr(strings::EXPLAIN_HINT) }</p>
            if built {
                <TableGroup {projection} {lang} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TableGroupProps {
    projection: Rc<Projection>,
    lang: Lang,
}

/// The tables themselves: not rendered again while the projection they are given is unchanged.
#[component]
fn TableGroup(props: &TableGroupProps) -> Html {
    let lang = props.lang;
    let rows = &props.projection.rows;
    let unit = lang.tr(strings::TABLE_UNIT_YUAN);
    html! {
        <>
            { table("summary", format!("{}{unit}", lang.tr(strings::TABLE_CAPTION)), &summary_columns(lang), rows, lang) }
            { table("sources", format!("{}{unit}", lang.tr(strings::TABLE_SOURCES)), &source_columns(lang, rows), rows, lang) }
            { table("interventions", format!("{}{unit}", lang.tr(strings::TABLE_INTERVENTIONS)), &intervention_columns(lang, rows), rows, lang) }
            { table("categories", format!("{}{unit}", lang.tr(strings::TABLE_CATEGORIES)), &category_columns(lang), rows, lang) }
            { table("herd", lang.tr(strings::TABLE_HERD).to_string(), &herd_columns(lang, rows), rows, lang) }
            { table("labor", lang.tr(strings::TABLE_LABOR).to_string(), &labor_columns(lang), rows, lang) }
        </>
    }
}
