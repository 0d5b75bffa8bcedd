//! Risk over the roster: shocks drawn for every household, year by year, and what they mean for
//! the county — households falling back below the line and the relief the fund would pay,
//! median and 95th percentile against the fund.

use std::rc::Rc;

use yew::prelude::*;

use super::number_input::NumberInput;
use crate::i18n::{format_number, format_yuan, Lang};
use crate::model::roster::risk::RosterRiskSummary;

#[derive(Properties, PartialEq)]
pub struct RiskSectionProps {
    pub lang: Lang,
    pub fund_yuan: f64,
    pub draws: u32,
    pub progress: Option<(u32, u32)>,
    pub summary: Option<Rc<RosterRiskSummary>>,
    pub elapsed_ms: f64,
    pub on_fund: Callback<Option<f64>>,
    pub on_draws: Callback<Option<f64>>,
    pub on_run: Callback<()>,
    pub on_cancel: Callback<()>,
}

fn pct(p: f64) -> String {
    format!("{}%", format_number(p * 100.0, 1))
}

#[component]
pub fn RiskSection(props: &RiskSectionProps) -> Html {
    let lang = props.lang;
    let en = lang.is_en();
    let tr = |zh: &'static str, e: &'static str| if en { e } else { zh };
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="county-risk" aria-labelledby="county-risk-h"
            data-risk={if props.progress.is_some() { "running" } else if props.summary.is_some() { "done" } else { "idle" }}>
            <h3 id="county-risk-h">{ tr("返贫风险与防返贫救助资金", "Falling back, and the relief fund it needs") }</h3>
            <p class="hint">{ tr(
                "每次模拟为每户每年抽取疾病、灾害、价格、租金、旅游与失业冲击（参数取自所选方案的风险设置；价格全县共用，灾害、租金和旅游按村）。返贫户：上年不低于监测线、当年低于监测线的户。救助需求：按方案的救助规则，各户救助金额之和。",
                "Each draw gives every household, year by year, shocks of illness, disaster, prices, rent, tourism and job loss (the chosen scenario's risk settings; prices county-wide, disasters, rent and tourism per village). Falling back: at or above the line the year before, below it this year. Relief need: what the scenario's relief rule pays, summed over households.") }</p>
            <div class="row">
                <NumberInput id="county-fund" {lang} label={tr("救助资金（每年）", "Relief fund (per year)")}
                    unit={tr("元", "yuan")} value={Some(props.fund_yuan)} on_commit={props.on_fund.clone()} />
                <NumberInput id="county-draws" {lang} label={tr("模拟次数", "Draws")}
                    unit={tr("次", "draws")} value={Some(props.draws as f64)} on_commit={props.on_draws.clone()} />
                if let Some((done, total)) = props.progress {
                    <progress max={total.to_string()} value={done.to_string()}
                        aria-label={tr("风险测算进度", "Risk run progress")}></progress>
                    <span role="status">{ format!("{done} / {total}") }</span>
                    <button type="button" data-action="cancel-risk" onclick={on_cancel}>{ tr("停止", "Stop") }</button>
                } else {
                    <button type="button" data-action="run-risk" onclick={on_run}>{ tr("测算返贫风险", "Run the risk") }</button>
                }
            </div>
            if let Some(s) = &props.summary {
                <p data-risk-ms={format!("{:.0}", props.elapsed_ms)}>{ if en {
                    format!("{} draws over {} households, seed {}, in {:.1} s.", format_number(s.draws as f64, 0), format_number(s.households as f64, 0), s.seed, props.elapsed_ms / 1000.0)
                } else {
                    format!("{} 户 × {} 次模拟（随机种子 {}），用时 {:.1} 秒。", format_number(s.households as f64, 0), format_number(s.draws as f64, 0), s.seed, props.elapsed_ms / 1000.0)
                } }</p>
                <table class="county-table" data-table="county-risk">
                    <thead><tr>
                        <th scope="col">{ tr("年份", "Year") }</th>
                        <th scope="col">{ tr("低于监测线（户，均值）", "Below the line (households, mean)") }</th>
                        <th scope="col">{ tr("返贫户（均值）", "Falling back (mean)") }</th>
                        <th scope="col">{ tr("返贫户（95%分位）", "Falling back (95th percentile)") }</th>
                        <th scope="col">{ tr("救助需求（中位数）", "Relief need (median)") }</th>
                        <th scope="col">{ tr("救助需求（95%分位）", "Relief need (95th percentile)") }</th>
                        <th scope="col">{ tr("超过救助资金的概率", "Chance the need exceeds the fund") }</th>
                    </tr></thead>
                    <tbody>
                        { for s.years.iter().map(|y| html! {
                            <tr>
                                <th scope="row">{ y.year.to_string() }</th>
                                <td>{ format_number(y.households_below_mean, 1) }</td>
                                <td>{ format_number(y.households_falling_back_mean, 1) }</td>
                                <td>{ format_number(y.households_falling_back_p95, 0) }</td>
                                <td>{ format_yuan(y.relief_need_p50_yuan, lang) }</td>
                                <td>{ format_yuan(y.relief_need_p95_yuan, lang) }</td>
                                <td>{ pct(y.p_need_over_fund.p) }</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ tr("测算期合计", "Whole horizon") }</th>
                        <td></td>
                        <td>{ format_number(s.falling_back_total_mean, 1) }</td>
                        <td></td>
                        <td>{ format_yuan(s.relief_need_total_p50_yuan, lang) }</td>
                        <td>{ format_yuan(s.relief_need_total_p95_yuan, lang) }</td>
                        // The fund is a year's: a horizon's need is not set against it.
                        <td>{ "—" }</td>
                    </tr></tfoot>
                </table>
                <p data-fig="fund-verdict">{ if en {
                    format!("Against a fund of {} a year: the need exceeds it in at least one year with a chance of {}.", format_yuan(s.fund_yuan, lang), pct(s.p_any_year_over_fund.p))
                } else {
                    format!("对照每年 {} 的救助资金：至少有一年需求超过资金的概率为 {}。", format_yuan(s.fund_yuan, lang), pct(s.p_any_year_over_fund.p))
                } }</p>
            }
        </section>
    }
}
