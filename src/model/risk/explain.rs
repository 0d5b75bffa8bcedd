//! "How was this computed?" for every risk figure: the estimator, the draws and seed, the
//! standard error, the shocks that were on (how often each struck, and its parameters as the
//! form names them), and the deterministic figure the draws perturb. Probabilities are shown in
//! percent.

use serde::{Deserialize, Serialize};

use super::monte_carlo::{Estimate, RiskResult, RiskYear};
use super::shocks::ShockKind;
use super::tornado::{RangeKind, Tornado, TornadoMetric};
use crate::model::fields::field;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::Unit;

/// A risk figure the UI shows. `year` is a calendar year inside the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskFigure {
    /// The band of per-capita income in a year (value: the median; inputs: P10–P90).
    Band { year: i32, baseline: bool },
    /// Probability of being below the line in a year.
    ProbabilityBelow { year: i32, baseline: bool },
    /// Probability of being below the line after the relief fund's payout.
    ProbabilityBelowAfterRelief { year: i32 },
    /// Expected shortfall below the line per capita.
    Shortfall { year: i32, baseline: bool },
    /// The relief fund's expected payout to the household in a year.
    Relief { year: i32 },
    /// Probability of at least one year below the line after the base year.
    EverBelow { baseline: bool },
    /// Probability of falling back below the line after a year at or above it.
    BackBelow { baseline: bool },
    /// Expected relief over the whole period.
    ReliefTotal,
}

const PROB_FORMULA: Text = Text::new(
    "概率 = 低于监测线的模拟次数 ÷ 模拟次数；标准误 = √(p(1 − p) ÷ 模拟次数)",
    "probability = draws below the line ÷ draws; standard error = √(p(1 − p) ÷ draws)",
);

fn pct(label: Text, value: f64) -> (Text, f64, Unit) {
    (label, value * 100.0, Unit::Percent)
}

/// The draws, the seed and how every figure was made from them.
fn method(t: Trace, r: &RiskResult) -> Trace {
    t.input(Text::new("模拟次数", "Draws"), r.draws as f64, Unit::Count)
        .input(Text::new("随机种子", "Seed"), r.seed as f64, Unit::Count)
}

fn with_estimate(t: Trace, e: Estimate) -> Trace {
    let (l, v, u) = pct(Text::new("标准误", "Standard error"), e.se);
    t.input(l, v, u)
}

/// One part per shock that was on: how often it struck and its parameters.
fn shock_parts(mut t: Trace, s: &Scenario, r: &RiskResult) -> Trace {
    for sh in r.shocks.iter().filter(|sh| sh.enabled) {
        let (value, unit, formula) = match sh.hit_share {
            Some(h) => (
                h * 100.0,
                Unit::Percent,
                Text::new(
                    "发生频率 = 发生的(模拟次数 × 年)÷ 全部(模拟次数 × 年)",
                    "how often = draw-years it struck ÷ all draw-years",
                ),
            ),
            None => (
                s.risk.prices.livestock_sd_pct,
                Unit::Percent,
                Text::new(
                    "对数价格 x(t) = 持续性 × x(t−1) + 年波动 × ε(t)；系数 = e^(x − 方差/2)，均值为 1",
                    "log price x(t) = persistence × x(t−1) + swing × ε(t); factor = e^(x − variance/2), mean 1",
                ),
            ),
        };
        let mut part =
            Trace::new(sh.kind.name(), formula, value, unit).about(if sh.village_shared {
                Text::new("全村共同", "shared by the village")
            } else {
                Text::new("本户", "this household")
            });
        for id in shock_param_ids(sh.kind) {
            part = part.param(s, id);
        }
        t = t.part(part);
    }
    t
}

fn shock_param_ids(kind: ShockKind) -> &'static [&'static str] {
    match kind {
        ShockKind::Illness => &[
            "risk.illness.healthy_pct",
            "risk.illness.chronic_pct",
            "risk.illness.disabled_pct",
            "risk.health.chronic_ill_persons",
            "risk.health.disabled_persons",
            "risk.illness.cost_median_yuan",
            "risk.illness.cost_mean_yuan",
            "risk.illness.months_lost_mode",
        ],
        ShockKind::Disaster => &[
            "risk.disaster.probability_pct",
            "risk.disaster.livestock_loss_mode_pct",
            "risk.disaster.crop_loss_mode_pct",
            "risk.disaster.recovery_years",
        ],
        ShockKind::Accident => &["risk.accident.probability_pct", "risk.accident.months_mode"],
        ShockKind::Prices => &[
            "risk.prices.livestock_sd_pct",
            "risk.prices.livestock_persistence_pct",
            "risk.prices.eggs_sd_pct",
            "risk.prices.wage_sd_pct",
        ],
        ShockKind::Rent => &["risk.rent.probability_pct", "risk.rent.share_lost_pct"],
        ShockKind::Tourism => &[
            "risk.tourism.probability_pct",
            "risk.tourism.share_lost_pct",
        ],
        ShockKind::JobLoss => &["risk.job_loss.probability_pct", "risk.job_loss.months_mode"],
    }
}

fn year_of(r: &RiskResult, year: i32) -> Option<&RiskYear> {
    r.years.iter().find(|y| y.year == year)
}

/// The average shock loss added back to every draw of the year (mean kept), when there is one.
fn offset_input(t: Trace, y: &RiskYear, baseline: bool) -> Trace {
    let o = if baseline {
        y.mean_offset_baseline_per_capita_yuan
    } else {
        y.mean_offset_per_capita_yuan
    };
    if o == 0.0 {
        return t;
    }
    t.input(
        Text::new(
            "均值不变：每次模拟加回的平均冲击损失",
            "Mean kept: average shock loss added back to every draw",
        ),
        o,
        Unit::YuanPerCapita,
    )
}

fn line_input(t: Trace, y: &RiskYear) -> Trace {
    match y.line_yuan_per_capita {
        Some(l) => t.input(
            Text::new("监测线", "Monitoring line"),
            l,
            Unit::YuanPerCapita,
        ),
        None => t,
    }
}

fn who(baseline: bool) -> Text {
    if baseline {
        Text::new("无干预(基线)", "without the interventions (baseline)")
    } else {
        Text::new("实施干预", "with the interventions")
    }
}

/// Explains one risk figure of `r`, the result of running `s`. `None` when the year is not in
/// the result or the figure has no value (no monitoring line).
pub fn explain_risk(s: &Scenario, r: &RiskResult, figure: RiskFigure) -> Option<Trace> {
    let t = match figure {
        RiskFigure::Band { year, baseline } => {
            let y = year_of(r, year)?;
            let (b, det) = if baseline {
                (
                    &y.baseline_per_capita,
                    y.deterministic_baseline_per_capita_yuan,
                )
            } else {
                (&y.per_capita, y.deterministic_per_capita_yuan)
            };
            let t = Trace::new(
                Text::new("人均纯收入分布(中位数)", "Per-capita income band (median)"),
                Text::new(
                    "每次模拟：确定性测算各来源收入(为正者)× 当年冲击系数，减自付医疗费，÷ 家庭人口(均值不变时再加回冲击的平均损失)；取各次模拟的分位数(线性插值)",
                    "each draw: the projection's income by source (positive amounts) × that year's shock multipliers, less out-of-pocket medical cost, ÷ members (with the mean kept, plus the shocks' average loss); percentiles over the draws (interpolated)",
                ),
                b.p50,
                Unit::YuanPerCapita,
            )
            .about(who(baseline))
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
            .input(Text::new("确定性测算", "Deterministic projection"), det, Unit::YuanPerCapita)
            .input(Text::new("P10", "P10"), b.p10, Unit::YuanPerCapita)
            .input(Text::new("P25", "P25"), b.p25, Unit::YuanPerCapita)
            .input(Text::new("P75", "P75"), b.p75, Unit::YuanPerCapita)
            .input(Text::new("P90", "P90"), b.p90, Unit::YuanPerCapita);
            line_input(offset_input(t, y, baseline), y)
        }
        RiskFigure::ProbabilityBelow { year, baseline } => {
            let y = year_of(r, year)?;
            let e = if baseline {
                y.p_below_baseline
            } else {
                y.p_below
            }?;
            let t = Trace::new(
                Text::new("低于监测线的概率", "Probability below the line"),
                PROB_FORMULA,
                e.p * 100.0,
                Unit::Percent,
            )
            .about(who(baseline))
            .input(Text::new("年份", "Year"), year as f64, Unit::Year);
            with_estimate(line_input(offset_input(t, y, baseline), y), e)
        }
        RiskFigure::ProbabilityBelowAfterRelief { year } => {
            let y = year_of(r, year)?;
            let e = y.p_below_after_relief?;
            let t = Trace::new(
                Text::new(
                    "救助后低于监测线的概率",
                    "Probability below the line after relief",
                ),
                Text::new(
                    "同上，人均收入加上当年救助金 ÷ 家庭人口",
                    "as above, with the year's relief payout ÷ members added to per-capita income",
                ),
                e.p * 100.0,
                Unit::Percent,
            )
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
            .input(
                Text::new("平均救助金", "Mean relief payout"),
                y.relief_mean_yuan,
                Unit::YuanPerYear,
            );
            with_estimate(line_input(t, y), e)
        }
        RiskFigure::Shortfall { year, baseline } => {
            let y = year_of(r, year)?;
            y.line_yuan_per_capita?;
            let v = if baseline {
                y.shortfall_baseline_per_capita_yuan
            } else {
                y.shortfall_per_capita_yuan
            };
            let t = Trace::new(
                Text::new("低于监测线的期望缺口", "Expected shortfall below the line"),
                Text::new(
                    "期望缺口 = 各次模拟 max(0, 监测线 − 人均收入) 的平均",
                    "expected shortfall = mean over the draws of max(0, line − per capita)",
                ),
                v,
                Unit::YuanPerCapita,
            )
            .about(who(baseline))
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
            .input(
                Text::new("家庭人口", "Members"),
                s.household.members_persons,
                Unit::Persons,
            );
            line_input(t, y)
        }
        RiskFigure::Relief { year } => {
            let y = year_of(r, year)?;
            let t = Trace::new(
                Text::new("预计救助金(每户)", "Expected relief payout (household)"),
                Text::new(
                    "每次模拟：min(上限, 缺口比例 × max(0, 监测线 − 人均收入) × 人口 + 医疗比例 × max(0, 自付医疗费 − 起付线))；取平均",
                    "each draw: min(cap, gap share × max(0, line − per capita) × members + medical share × max(0, medical cost − threshold)); the mean over the draws",
                ),
                y.relief_mean_yuan,
                Unit::YuanPerYear,
            )
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
            .input(Text::new("第 95 百分位", "95th percentile"), y.relief_p95_yuan, Unit::YuanPerYear)
            .input(Text::new("标准误", "Standard error"), y.relief_se_yuan, Unit::YuanPerYear)
            .input(
                Text::new("无干预时", "Without the interventions"),
                y.relief_mean_baseline_yuan,
                Unit::YuanPerYear,
            )
            .input(Text::new("平均自付医疗费", "Mean out-of-pocket medical cost"), y.medical_mean_yuan, Unit::YuanPerYear)
            .param(s, "risk.relief.gap_share_pct")
            .param(s, "risk.relief.medical_threshold_yuan")
            .param(s, "risk.relief.medical_share_pct")
            .param(s, "risk.relief.cap_yuan");
            line_input(t, y)
        }
        RiskFigure::EverBelow { baseline } => {
            let e = if baseline {
                r.p_ever_below_baseline
            } else {
                r.p_ever_below
            }?;
            with_estimate(
                Trace::new(
                    Text::new(
                        "测算期内曾低于监测线的概率",
                        "Probability of any year below the line",
                    ),
                    Text::new(
                        "基准年之后至少一年低于监测线的模拟次数 ÷ 模拟次数",
                        "draws with at least one year below the line after the base year ÷ draws",
                    ),
                    e.p * 100.0,
                    Unit::Percent,
                )
                .about(who(baseline)),
                e,
            )
        }
        RiskFigure::BackBelow { baseline } => {
            let e = if baseline {
                r.p_back_below_baseline
            } else {
                r.p_back_below
            }?;
            with_estimate(
                Trace::new(
                    Text::new("返贫概率(高于后再次低于监测线)", "Probability of falling back below the line"),
                    Text::new(
                        "某年高于或等于监测线、之后某年低于监测线的模拟次数 ÷ 模拟次数(基准年计入)",
                        "draws below the line in a year after a year at or above it ÷ draws (the base year counts)",
                    ),
                    e.p * 100.0,
                    Unit::Percent,
                )
                .about(who(baseline)),
                e,
            )
        }
        RiskFigure::ReliefTotal => Trace::new(
            Text::new(
                "测算期预计救助总额(每户)",
                "Expected relief over the period (household)",
            ),
            Text::new(
                "每次模拟各年救助金之和的平均",
                "mean over the draws of the sum of the yearly payouts",
            ),
            r.relief_total_mean_yuan,
            Unit::Yuan,
        )
        .input(
            Text::new("第 95 百分位", "95th percentile"),
            r.relief_total_p95_yuan,
            Unit::Yuan,
        ),
    };
    Some(shock_parts(method(t, r), s, r))
}

/// Explains one bar of a tornado: the input's range and where it comes from, and the result at
/// each end.
pub fn explain_tornado(t: &Tornado, field_id: &str) -> Option<Trace> {
    let bar = t.bars.iter().find(|b| b.field_id == field_id)?;
    let f = field(field_id)?;
    let (metric, unit, scale) = match t.metric {
        TornadoMetric::PerCapita { .. } => (
            Text::new("人均纯收入", "Per-capita income"),
            Unit::YuanPerCapita,
            1.0,
        ),
        TornadoMetric::Npv => (Text::new("净现值", "NPV"), Unit::Yuan, 1.0),
        TornadoMetric::ProbabilityBelow { .. } => (
            Text::new("低于监测线的概率", "Probability below the line"),
            Unit::Percent,
            100.0,
        ),
    };
    let formula = match bar.range {
        RangeKind::Documented => Text::new(
            "摆幅 = |高值时结果 − 低值时结果|；输入取有文献依据的范围(截至可接受范围)",
            "swing = |result at high − result at low|; the input moved across its documented range (clipped to the accepted range)",
        ),
        RangeKind::PlusMinus25Pct => Text::new(
            "摆幅 = |高值时结果 − 低值时结果|；无文献范围，输入取当前值 ±25 %(截至可接受范围)",
            "swing = |result at high − result at low|; no documented range, so the input moved ±25 % (clipped to the accepted range)",
        ),
    };
    let mut tr = Trace::new(f.label, formula, bar.swing * scale, unit)
        .about(metric)
        .input(Text::new("当前值", "Current value"), bar.base_input, f.unit)
        .input(Text::new("低值", "Low"), bar.low_input, f.unit)
        .input(Text::new("高值", "High"), bar.high_input, f.unit)
        .input(
            Text::new("低值时结果", "Result at low"),
            bar.low_value * scale,
            unit,
        )
        .input(
            Text::new("高值时结果", "Result at high"),
            bar.high_value * scale,
            unit,
        )
        .input(
            Text::new("当前结果", "Result now"),
            t.base_value * scale,
            unit,
        );
    if let (RangeKind::Documented, Some(r)) = (bar.range, f.range) {
        tr = tr.part(Trace::new(
            Text::new("文献范围", "Documented range"),
            r.source,
            r.high - r.low,
            f.unit,
        ));
    }
    if t.draws > 0 {
        tr = tr
            .input(
                Text::new("模拟次数(共同随机数)", "Draws (common random numbers)"),
                t.draws as f64,
                Unit::Count,
            )
            .input(Text::new("随机种子", "Seed"), t.seed as f64, Unit::Count);
    }
    Some(tr)
}
