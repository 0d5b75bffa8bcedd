//! The monitoring-line table: one row per year with its per-capita line and whether that figure is
//! verified or a placeholder. Rows stay sorted by year; the growth after the last row is editable.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{format::format_compact, format_field_value, format_year, strings, Lang};
use crate::input::{parse_field, parse_number};
use crate::model::monitoring_line::{LineRow, LineSource, MonitoringLine, RowStatus};
use crate::model::units::Unit;
use crate::ui::hooks::{use_draft, use_report_unapplied, Problem};
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct MonitoringLineEditorProps {
    pub line: MonitoringLine,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// The scenario rejected the last table edit.
    #[prop_or_default]
    pub rejected: bool,
}

fn reads_as(text: &str) -> Option<f64> {
    parse_number(text, true).ok()
}

fn display(v: &f64) -> String {
    format_compact(*v)
}

fn display_year(v: &f64) -> String {
    format_year(*v)
}

#[derive(Properties, PartialEq)]
struct CellProps {
    value: f64,
    label: AttrValue,
    integer: bool,
    /// What the cell holds: a year is shown without grouping, and its unit may be typed.
    unit: Unit,
    min: f64,
    max: f64,
    on_commit: Callback<f64>,
    lang: Lang,
}

/// One numeric cell with its own draft text and error.
#[component]
fn Cell(props: &CellProps) -> Html {
    let shown = if props.unit == Unit::Year {
        display_year
    } else {
        display
    };
    let draft = use_draft(props.value, shown, reads_as);
    let lang = props.lang;
    let unit = props.unit;
    use_report_unapplied(
        draft.error.is_some(),
        format!("{} · {}", lang.tr(strings::LINE_TABLE), props.label).into(),
        LINE_EDITOR_ID.into(),
    );
    let oninput = {
        let draft = draft.clone();
        let (min, max, integer) = (props.min, props.max, props.integer);
        let on_commit = props.on_commit.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = parse_field(&text, unit)
                .map_err(Problem::Parse)
                .and_then(|v| {
                    if integer && v.fract() != 0.0 {
                        Err(Problem::Other(strings::WHOLE_NUMBER))
                    } else if !(min..=max).contains(&v) {
                        Err(Problem::Other(strings::OUT_OF_RANGE))
                    } else {
                        Ok(v)
                    }
                });
            if let Some(v) = draft.accept(text, parsed) {
                on_commit.emit(v);
            }
        })
    };
    let invalid = draft.error.is_some();
    html! {
        <td class={classes!(invalid.then_some("field-invalid"))}>
            <input type="text" inputmode="decimal" aria-label={props.label.clone()} value={(*draft.text).clone()}
                aria-invalid={if invalid { "true" } else { "false" }} {oninput} />
            if let Some(p) = *draft.error {
                <span class="field-error" role="alert">
                    { p.message(lang) }{ " " }{ format!("({}–{})", format_field_value(props.min, unit), format_field_value(props.max, unit)) }
                </span>
            }
        </td>
    }
}

/// DOM id of the editor: where "input not applied" takes the planner.
const LINE_EDITOR_ID: &str = "line-editor";

#[component]
pub fn MonitoringLineEditor(props: &MonitoringLineEditorProps) -> Html {
    let lang = props.lang;
    let line = &props.line;
    use_report_unapplied(
        props.rejected,
        lang.tr(strings::LINE_TABLE).into(),
        LINE_EDITOR_ID.into(),
    );
    let emit_with = |edit: Box<dyn Fn(&mut MonitoringLine)>| {
        let (line, dispatch) = (line.clone(), props.dispatch.clone());
        move || {
            let mut next = line.clone();
            edit(&mut next);
            next.rows.sort_by_key(|r| r.year);
            dispatch.dispatch(Action::SetMonitoringLine(next));
        }
    };
    let rows = line.rows.iter().enumerate().map(|(i, row)| {
        // A row the planner edits is theirs: its original source no longer applies.
        let set_year = emit_with_value(line, &props.dispatch, move |l, v| {
            l.rows[i].year = v as i32;
            l.rows[i].source = LineSource::Planner;
        });
        let set_value = emit_with_value(line, &props.dispatch, move |l, v| {
            l.rows[i].yuan_per_capita = v;
            l.rows[i].source = LineSource::Planner;
        });
        let set_status = {
            let f = emit_with_value(line, &props.dispatch, move |l, v| {
                l.rows[i].status = if v == 0.0 { RowStatus::Verified } else { RowStatus::Placeholder }
            });
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                f.emit(if select.value() == "verified" { 0.0 } else { 1.0 });
            })
        };
        let remove = {
            let f = emit_with(Box::new(move |l: &mut MonitoringLine| {
                l.rows.remove(i);
            }));
            Callback::from(move |_: MouseEvent| f())
        };
        let verified = row.status == RowStatus::Verified;
        html! {
            <tr key={format!("{i}")}>
                <Cell value={row.year as f64} label={format!("{} {}", lang.tr(strings::COL_YEAR), i + 1)} integer=true unit={Unit::Year}
                    min={1990.0} max={2100.0} on_commit={set_year} {lang} />
                <Cell value={row.yuan_per_capita} label={format!("{} {}", lang.tr(strings::LINE_VALUE), row.year)} integer=false unit={Unit::YuanPerYear}
                    min={0.0} max={1_000_000.0} on_commit={set_value} {lang} />
                <td>
                    <select aria-label={format!("{} {}", lang.tr(strings::LINE_STATUS), row.year)} onchange={set_status}>
                        <option value="verified" selected={verified}>{ lang.tr(strings::STATUS_VERIFIED) }</option>
                        <option value="placeholder" selected={!verified}>{ lang.tr(strings::STATUS_PLACEHOLDER) }</option>
                    </select>
                </td>
                <td class="note">{ lang.tr(row.source.describe()) }</td>
                <td>
                    <button type="button" onclick={remove} disabled={line.rows.len() <= 1}
                        aria-label={format!("{} {}", lang.tr(strings::REMOVE_ROW), row.year)}>{ "×" }</button>
                </td>
            </tr>
        }
    });
    let add = {
        let f = emit_with(Box::new(|l: &mut MonitoringLine| {
            let next = l.rows.last().map_or(
                LineRow {
                    year: 2020,
                    yuan_per_capita: 6_000.0,
                    status: RowStatus::Placeholder,
                    source: LineSource::AssumedGrowth,
                },
                |last| LineRow {
                    year: last.year + 1,
                    yuan_per_capita: (last.yuan_per_capita
                        * (1.0 + l.growth_after_last_pct / 100.0))
                        .round(),
                    status: RowStatus::Placeholder,
                    source: LineSource::AssumedGrowth,
                },
            );
            l.rows.push(next);
        }));
        Callback::from(move |_: MouseEvent| f())
    };
    let set_growth = emit_with_value(line, &props.dispatch, |l, v| l.growth_after_last_pct = v);
    html! {
        <div class="line-editor" id={LINE_EDITOR_ID}>
            <table>
                <caption>{ lang.tr(strings::LINE_TABLE) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.tr(strings::COL_YEAR) }</th>
                    <th scope="col">{ lang.tr(strings::LINE_VALUE) }</th>
                    <th scope="col">{ lang.tr(strings::LINE_STATUS) }</th>
                    <th scope="col">{ lang.tr(strings::LINE_NOTE) }</th>
                    <th scope="col"><span class="visually-hidden">{ lang.tr(strings::REMOVE_ROW) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if props.rejected {
                <p class="field-error" role="alert">{ lang.tr(strings::LINE_REJECTED) }</p>
            }
            <div class="line-editor-foot">
                <button type="button" onclick={add}>{ lang.tr(strings::ADD_ROW) }</button>
                <label>
                    { lang.tr(strings::LINE_GROWTH) }
                    <table class="inline"><tr>
                        <Cell value={line.growth_after_last_pct} label={lang.tr(strings::LINE_GROWTH)} integer=false unit={Unit::Percent}
                            min={-20.0} max={50.0} on_commit={set_growth} {lang} />
                    </tr></table>
                    { "%" }
                </label>
            </div>
        </div>
    }
}

/// A callback that applies `edit` with a value to a copy of `line`, sorts it and emits it.
fn emit_with_value(
    line: &MonitoringLine,
    dispatch: &Dispatch,
    edit: impl Fn(&mut MonitoringLine, f64) + 'static,
) -> Callback<f64> {
    let (line, dispatch) = (line.clone(), dispatch.clone());
    Callback::from(move |v| {
        let mut next = line.clone();
        edit(&mut next, v);
        next.rows.sort_by_key(|r| r.year);
        dispatch.dispatch(Action::SetMonitoringLine(next));
    })
}
