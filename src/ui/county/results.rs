//! The plan's results as tables: the headline for the chosen year, households and people below
//! the line by year, by village and by group (with and without the plan), what was spent, and
//! the households still below the line with what holds each back.

use yew::prelude::*;

use crate::i18n::{format_number, format_yuan, Lang};
use crate::model::roster::plan::Totals;
use crate::model::roster::report::CountyReport;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub report: std::rc::Rc<CountyReport>,
    pub lang: Lang,
    pub on_year: Callback<i32>,
}

fn count(n: u64) -> String {
    format_number(n as f64, 0)
}

fn cost_per_lifted(t: &Totals, lang: Lang) -> String {
    t.cost_per_household_lifted_yuan()
        .map(|v| format_yuan(v, lang))
        .unwrap_or_else(|| "—".into())
}

/// Column headers shared by the year, village and group tables.
fn totals_headers(first: &str, en: bool) -> Html {
    let cols: [&str; 7] = if en {
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
    };
    html! {
        <tr>
            <th scope="col">{ first.to_string() }</th>
            { for cols.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }
        </tr>
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

            <table class="county-table" data-table="by-village">
                <caption>{ format!("{}{}", tr("分村汇总 · ", "By village · "), r.year) }</caption>
                <thead>{ totals_headers(tr("村", "Village"), en) }</thead>
                <tbody>
                    { for r.by_village.iter().map(|(v, rows)| html! {
                        <tr><th scope="row">{ v.clone() }</th>{ totals_cells(&rows[yi], lang) }</tr>
                    }) }
                </tbody>
            </table>

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
                            <th scope="row">{ b.code.clone() }</th>
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
