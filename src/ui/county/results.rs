//! The plan's results as tables: the headline for the chosen year, households and people below
//! the line by year, by village and by group (with and without the plan), what was spent, and
//! the households still below the line with what holds each back.

use yew::prelude::*;

use crate::charts::distribution;
use crate::i18n::{format_number, format_yuan, Lang};
use crate::model::roster::distribution::Histogram;
use crate::model::roster::plan::Totals;
use crate::model::roster::report::CountyReport;
use crate::model::roster::tables::SheetTable;
use crate::roster_worker::protocol::ExportTable;
use crate::ui::components::chart::legend_item;
use crate::ui::hooks::use_chart_canvas::use_chart_canvas;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub report: std::rc::Rc<CountyReport>,
    pub lang: Lang,
    pub on_year: Callback<i32>,
    /// A table to download, and whether names and ID numbers go in it.
    pub on_export: Callback<(ExportTable, bool, bool)>,
    /// The households come from a register with names or ID numbers.
    pub register: bool,
}

#[derive(Properties, PartialEq)]
struct HistogramProps {
    histogram: std::rc::Rc<Histogram>,
    lang: Lang,
}

#[component]
fn HistogramChart(props: &HistogramProps) -> Html {
    let (boxed, canvas) = use_chart_canvas(
        (props.histogram.clone(), props.lang),
        |target, (h, lang)| distribution::draw(target, h, *lang),
    );
    let lang = props.lang;
    let en = lang.is_en();
    let h = &props.histogram;
    let caption = if en {
        format!("Per-capita income in {}: households per band", h.year)
    } else {
        format!("{} 年人均纯收入分布（户数）", h.year)
    };
    let alt = if en {
        format!(
            "{} households below the line without the plan, {} with it.",
            h.below_without, h.below_with
        )
    } else {
        format!(
            "低于监测线：无方案 {} 户，有方案 {} 户。",
            h.below_without, h.below_with
        )
    };
    html! {
        <figure class="chart">
            <figcaption>{ caption }</figcaption>
            <div class="chart-box" ref={boxed}>
                <canvas ref={canvas} role="img" aria-label={alt} data-chart="distribution"></canvas>
            </div>
            <ul class="legend">{ for distribution::legend(lang).into_iter().map(legend_item) }</ul>
        </figure>
    }
}

/// A table the model built for export, shown as it is.
fn string_table(t: &SheetTable, name: &str, caption: String) -> Html {
    html! {
        <table class="county-table" data-table={name.to_string()}>
            <caption>{ caption }</caption>
            <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
            <tbody>
                { for t.rows.iter().map(|r| html! {
                    <tr>
                        { for r.iter().enumerate().map(|(i, c)| if i == 0 {
                            html! { <th scope="row">{ c.clone() }</th> }
                        } else {
                            html! { <td>{ c.clone() }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn count(n: u64) -> String {
    format_number(n as f64, 0)
}

fn cost_per_lifted(t: &Totals, lang: Lang) -> String {
    t.cost_per_household_lifted_yuan()
        .map(|v| format_yuan(v, lang))
        .unwrap_or_else(|| "—".into())
}

/// The figures' column headers, without the first column's.
fn totals_header_cells(en: bool) -> Vec<Html> {
    totals_columns(en)
        .iter()
        .map(|c| html! { <th scope="col">{ *c }</th> })
        .collect()
}

/// Column headers shared by the year, village and group tables.
fn totals_headers(first: &str, en: bool) -> Html {
    html! {
        <tr>
            <th scope="col">{ first.to_string() }</th>
            { for totals_header_cells(en) }
        </tr>
    }
}

fn totals_columns(en: bool) -> [&'static str; 7] {
    if en {
        [
            "Households",
            "Below the line without the plan",
            "Below the line with the plan",
            "People below, with the plan",
            "Lifted by the plan",
            "Public cost to date",
            "Cost per household lifted",
        ]
    } else {
        [
            "户数",
            "无方案时低于监测线（户）",
            "有方案时低于监测线（户）",
            "有方案时低于监测线（人）",
            "方案带动越线（户）",
            "累计财政投入",
            "每带动一户越线的投入",
        ]
    }
}

fn totals_cells(t: &Totals, lang: Lang) -> Html {
    html! {
        <>
            <td>{ count(t.households) }</td>
            <td>{ count(t.households_below_without) }</td>
            <td>{ count(t.households_below_with) }</td>
            <td>{ format_number(t.persons_below_with, 0) }</td>
            <td>{ count(t.households_lifted) }</td>
            <td>{ format_yuan(t.cumulative_public_cost_yuan, lang) }</td>
            <td>{ cost_per_lifted(t, lang) }</td>
        </>
    }
}

#[component]
pub fn CountyResults(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let en = lang.is_en();
    let r = &*props.report;
    let Some(yi) = r.year_index(r.year) else {
        return html! {};
    };
    let t = &r.by_year[yi];
    let line = r.line_yuan_per_capita[yi];
    let on_year = {
        let on_year = props.on_year.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(y) = v.parse() {
                on_year.emit(y);
            }
        })
    };
    let tr = |zh: &'static str, e: &'static str| if en { e } else { zh };
    html! {
        <section class="county-results" aria-labelledby="county-results-h" data-year={r.year.to_string()}>
            <h2 id="county-results-h">{ tr("测算结果", "Results") }</h2>
            <label for="county-year">{ tr("查看年份", "Year shown") }</label>
            <select id="county-year" onchange={on_year}>
                { for r.years.iter().map(|y| html! {
                    <option value={y.to_string()} selected={*y == r.year}>{ y.to_string() }</option>
                }) }
            </select>
            <dl class="county-headline">
                <div data-fig="below-without">
                    <dt>{ tr("无方案时低于监测线", "Below the line without the plan") }</dt>
                    <dd>{ count(t.households_below_without) }{ tr(" 户", " households") }</dd>
                </div>
                <div data-fig="below-with">
                    <dt>{ tr("有方案时低于监测线", "Below the line with the plan") }</dt>
                    <dd>{ count(t.households_below_with) }{ tr(" 户", " households") }
                        { format!(" · {}{}", format_number(t.persons_below_with, 0), tr(" 人", " people")) }</dd>
                </div>
                <div data-fig="lifted">
                    <dt>{ tr("方案带动越线", "Lifted above the line by the plan") }</dt>
                    <dd>{ count(t.households_lifted) }{ tr(" 户", " households") }</dd>
                </div>
                <div data-fig="cost-per-lifted">
                    <dt>{ tr("每带动一户越线的累计投入", "Public cost to date per household lifted") }</dt>
                    <dd>{ cost_per_lifted(t, lang) }</dd>
                </div>
            </dl>
            <p class="county-line-note">
                { match line {
                    Some(l) => format!("{}{}", tr("监测线：", "Monitoring line: "), format_yuan(l, lang) + tr("/人", " per person")),
                    None => tr("该年份没有监测线，无法判断是否低于监测线。", "No monitoring line for this year: below or above cannot be told.").to_string(),
                } }
                { tr("。户数按户计；「带动越线」指无方案时低于、有方案时不低于监测线的户。",
                     " Households are counted whole; \"lifted\" means below the line without the plan and at or above it with the plan.") }
            </p>
            if !r.cost_not_entered.is_empty() {
                <p class="notice" role="note">
                    { tr("以下措施未填写财政成本，未计入投入：", "Public cost not entered (left out of the costs) for: ") }
                    { r.cost_not_entered.iter().map(|k| k.name().get(en)).collect::<Vec<_>>().join(if en { ", " } else { "、" }) }
                </p>
            }

            <table class="county-table" data-table="by-year">
                <caption>{ tr("逐年汇总", "By year") }</caption>
                <thead>{ totals_headers(tr("年份", "Year"), en) }</thead>
                <tbody>
                    { for r.years.iter().zip(&r.by_year).map(|(y, t)| html! {
                        <tr><th scope="row">{ y.to_string() }</th>{ totals_cells(t, lang) }</tr>
                    }) }
                </tbody>
            </table>

            if let Some(h) = &r.histogram {
                <HistogramChart histogram={std::rc::Rc::new(h.clone())} {lang} />
            }

            <table class="county-table" data-table="by-village">
                <caption>{ format!("{}{}", tr("分村汇总 · ", "By village · "), r.year) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr("村", "Village") }</th>
                        <th scope="col">{ tr("梯次", "Tier") }</th>
                        { for totals_header_cells(en) }
                    </tr>
                </thead>
                <tbody>
                    { for r.by_village.iter().map(|(v, rows)| {
                        let tier = r.tiers.iter().find(|t| &t.village == v);
                        html! {
                            <tr>
                                <th scope="row">{ v.clone() }</th>
                                <td title={tier.map(|t| t.reason.get(en).to_string())} data-tier={tier.map(|t| format!("{:?}", t.tier))}>
                                    { tier.map(|t| t.tier.name().get(en)).unwrap_or("—") }
                                </td>
                                { totals_cells(&rows[yi], lang) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if let Some(rule) = &r.tier_rule {
                <p class="hint" data-fig="tier-rule">{ tr("梯次规则（", "Tier rule (") }{ r.years.first().copied().unwrap_or_default() }{ tr(" 年无方案时的数据）：", ", without the plan): ") }{ rule.get(en).to_string() }</p>
            }

            <table class="county-table" data-table="by-group">
                <caption>{ format!("{}{}", tr("分户类型汇总 · ", "By household type · "), r.year) }</caption>
                <thead>{ totals_headers(tr("户类型", "Household type"), en) }</thead>
                <tbody>
                    { for r.by_group.iter().map(|(g, rows)| html! {
                        <tr><th scope="row">{ g.name().get(en) }</th>{ totals_cells(&rows[yi], lang) }</tr>
                    }) }
                </tbody>
            </table>

            <table class="county-table" data-table="spent">
                <caption>{ tr("各措施财政投入（测算期合计）", "Public money by intervention, over the horizon") }</caption>
                <thead><tr>
                    <th scope="col">{ tr("措施", "Intervention") }</th>
                    <th scope="col">{ tr("投入", "Spent") }</th>
                    <th scope="col">{ tr("预算", "Budget") }</th>
                </tr></thead>
                <tbody>
                    { for r.spent.iter().map(|s| html! {
                        <tr>
                            <th scope="row">{ s.kind.name().get(en) }</th>
                            <td>{ format_yuan(s.spent_yuan, lang) }</td>
                            <td>{ s.budget_yuan.map(|b| format_yuan(b, lang)).unwrap_or_else(|| tr("不限", "no limit").into()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>

            if let Some(g) = &r.greedy {
                <section class="county-greedy" aria-labelledby="county-greedy-h">
                    <h3 id="county-greedy-h">{ tr("按总预算分配：每万元带动越线户数最多", "A total budget spent on the most households lifted per 10,000 yuan") }</h3>
                    <p data-fig="greedy">{ if en {
                        format!("{} of {} spent; {} households lifted above the line in {}. {}", format_yuan(g.spent_yuan, lang), format_yuan(g.budget_yuan, lang), count(g.households_lifted), g.year, g.stop.as_ref().map(|s| s.en.clone()).unwrap_or_default())
                    } else {
                        format!("总预算 {} 中用去 {}；{} 年带动 {} 户越过监测线。{}", format_yuan(g.budget_yuan, lang), format_yuan(g.spent_yuan, lang), g.year, count(g.households_lifted), g.stop.as_ref().map(|s| s.zh.clone()).unwrap_or_default())
                    } }</p>
                    { string_table(if en { &g.comparison_en } else { &g.comparison_zh }, "allocations", tr("两种分配对比", "The two allocations side by side").to_string()) }
                    <details>
                        <summary>{ if en { format!("The {} steps, each explained", g.steps.len()) } else { format!("分配的 {} 步及理由", g.steps.len()) } }</summary>
                        <ol class="county-steps" data-steps={g.steps.len().to_string()}>
                            { for g.steps.iter().map(|s| html! { <li>{ s.explanation.get(en).to_string() }</li> }) }
                        </ol>
                    </details>
                </section>
            }

            <ExportBar {lang} register={props.register} greedy={r.greedy.is_some()} on_export={props.on_export.clone()} />

            <h3>{ format!("{}{}", tr("仍低于监测线的农户 · ", "Households still below the line · "), r.year) }</h3>
            <p data-fig="still-below-count">
                { if en {
                    format!("{} households; the {} furthest below are listed.", count(r.still_below_households), r.still_below.len())
                } else {
                    format!("共 {} 户；列出差距最大的 {} 条。", count(r.still_below_households), r.still_below.len())
                } }
            </p>
            <table class="county-table" data-table="still-below">
                <thead><tr>
                    <th scope="col">{ tr("户编码/户型", "Household code / type") }</th>
                    <th scope="col">{ tr("村", "Village") }</th>
                    <th scope="col">{ tr("户类型", "Group") }</th>
                    <th scope="col">{ tr("户数", "Households") }</th>
                    <th scope="col">{ tr("人均纯收入", "Per-capita income") }</th>
                    <th scope="col">{ tr("距监测线", "Gap to the line") }</th>
                    <th scope="col">{ tr("原因", "What holds it back") }</th>
                </tr></thead>
                <tbody>
                    { for r.still_below.iter().map(|b| html! {
                        <tr>
                            <th scope="row">{ b.code.clone() }
                                if let Some(id) = &b.id_masked { <span class="id-masked">{ format!(" · {id}") }</span> }
                            </th>
                            <td>{ b.village.clone() }</td>
                            <td>{ b.group.name().get(en) }</td>
                            <td>{ b.count }</td>
                            <td>{ format_yuan(b.per_capita_yuan, lang) }</td>
                            <td>{ format_yuan(b.gap_yuan_per_capita, lang) }</td>
                            <td>{ b.reasons.iter().map(|m| m.get(en).to_string()).collect::<Vec<_>>().join(if en { "; " } else { "；" }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ExportBarProps {
    lang: Lang,
    register: bool,
    greedy: bool,
    on_export: Callback<(ExportTable, bool, bool)>,
}

/// Downloads of the results. Names and ID numbers go in only when the planner ticks the box.
#[component]
fn ExportBar(props: &ExportBarProps) -> Html {
    let en = props.lang.is_en();
    let tr = |zh: &'static str, e: &'static str| if en { e } else { zh };
    let personal = use_state(|| false);
    let on_personal = {
        let personal = personal.clone();
        Callback::from(move |e: Event| {
            personal.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let button = |table: ExportTable, label: &'static str, action: &'static str| {
        let (on_export, personal) = (props.on_export.clone(), *personal);
        let csv = {
            let on_export = on_export.clone();
            Callback::from(move |_: MouseEvent| on_export.emit((table, personal, false)))
        };
        let xlsx = Callback::from(move |_: MouseEvent| on_export.emit((table, personal, true)));
        html! {
            <span class="county-export">
                { label }
                <button type="button" data-export={action} onclick={csv}>{ "CSV" }</button>
                <button type="button" data-export={format!("{action}-xlsx")} onclick={xlsx}>{ "Excel" }</button>
            </span>
        }
    };
    html! {
        <div class="row county-exports" role="group" aria-label={tr("导出", "Export")}>
            { button(ExportTable::Villages, tr("分村汇总", "Villages"), "villages") }
            { button(ExportTable::Households, tr("农户结果", "Households"), "households") }
            if props.greedy {
                { button(ExportTable::Comparison, tr("分配对比", "Allocations"), "comparison") }
                { button(ExportTable::Steps, tr("分配步骤", "Steps"), "steps") }
            }
            if props.register {
                <label class="check">
                    <input type="checkbox" id="county-export-personal" checked={*personal} onchange={on_personal} />
                    { tr("导出时包含户主姓名和身份证号", "Include heads' names and ID numbers") }
                </label>
            }
        </div>
    }
}
