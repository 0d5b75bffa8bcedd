//! 分红/资产收益 Dividends from the "enterprise + cooperative + household" linkage
//! (企业+合作社+农户; Bohu ties its 30-million-yuan industry subsidy to this linkage).
//!
//! Two ways a household is paid, a choice:
//! - `PooledCapital` (资产收益): subsidy capital pooled as shares on the household's behalf
//!   earns a fixed yearly return:  dividend = pooled capital × fixed return rate.
//! - `CooperativeProfit` (合作社分红): the household's shares of the cooperative's profit:
//!   dividend = household shares ÷ total shares × cooperative net profit × payout ratio
//!   × (1 − probability of a loss year)   (a loss year pays nothing; expected value).
//!
//! Paid for `years_paid` years from the year a household joins. Program cost: the pooled
//! subsidy capital, public and one-off, booked for households in the year they join
//! (new adopters × capital). No labor: the household only holds shares.
//! Income is property income (财产净收入), source [`Source::Dividends`].

use serde::{Deserialize, Serialize};

use crate::model::fields::{ChoiceSpec, Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Percent, Unit, Yuan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DividendMode {
    /// A fixed yearly return on subsidy capital pooled as shares (资产收益).
    PooledCapital,
    /// The household's shares of the cooperative's profit (合作社分红).
    CooperativeProfit,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dividends {
    pub schedule: Schedule,
    pub mode: DividendMode,
    /// Public subsidy capital pooled as shares on the household's behalf (折股量化), paid once
    /// when the household joins. The return base in pooled-capital mode; the program cost in
    /// both modes (0 when the household bought its cooperative shares itself).
    pub pooled_capital_yuan: Yuan,
    /// Fixed yearly return on the pooled capital (pooled-capital mode).
    pub fixed_return_pct: Percent,
    /// Shares the household holds in the cooperative (cooperative mode).
    pub household_shares: f64,
    /// All shares of the cooperative (cooperative mode).
    pub total_shares: f64,
    /// The cooperative's net profit in a normal year (cooperative mode).
    pub coop_net_profit_yuan: Yuan,
    /// Share of the profit paid out to members (cooperative mode).
    pub payout_pct: Percent,
    /// Yearly probability that the cooperative makes a loss and pays nothing (cooperative mode).
    pub loss_year_pct: Percent,
    /// Years a joining household is paid (the agreement's term).
    pub years_paid: u32,
}

impl Default for Dividends {
    /// The survey names the linkage (Bohu) but gives no household figure: every default is an
    /// assumption (docs/model.md).
    fn default() -> Self {
        Dividends {
            schedule: Schedule::default(),
            mode: DividendMode::PooledCapital,
            pooled_capital_yuan: 5_000.0,
            fixed_return_pct: 8.0,
            household_shares: 1.0,
            total_shares: 100.0,
            coop_net_profit_yuan: 100_000.0,
            payout_pct: 60.0,
            loss_year_pct: 0.0,
            years_paid: 20,
        }
    }
}

impl Dividends {
    /// The household's share of the cooperative (0–1); 0 when no shares are issued.
    pub fn holding(&self) -> f64 {
        if self.total_shares > 0.0 {
            (self.household_shares / self.total_shares).min(1.0)
        } else {
            0.0
        }
    }

    /// The dividend a year for a household that takes part fully (100 % adoption).
    pub fn dividend_yuan(&self) -> Yuan {
        match self.mode {
            DividendMode::PooledCapital => self.pooled_capital_yuan * frac(self.fixed_return_pct),
            DividendMode::CooperativeProfit => {
                self.holding()
                    * self.coop_net_profit_yuan
                    * frac(self.payout_pct)
                    * (1.0 - frac(self.loss_year_pct))
            }
        }
    }

    /// Share (0–1) of households paid in `year`, given the newcomers of each year since start
    /// (`joined`, from [`Schedule::newly_adopting_shares`]): those who joined within the last
    /// `years_paid` years, never more than the year's adoption.
    pub fn paid_share(&self, joined: &[f64], year: i32) -> f64 {
        let Some(k) = self.schedule.years_since_start(year) else {
            return 0.0;
        };
        let k = k as usize;
        let first = (k + 1).saturating_sub(self.years_paid as usize);
        let within: f64 = joined.get(first..=k).map_or(0.0, |j| j.iter().sum());
        within.min(self.schedule.adoption_share(year))
    }
}

impl Module for Dividends {
    const KIND: InterventionKind = InterventionKind::Dividends;
    const NAME: Text = Text::new("分红/资产收益", "Dividends");
    const COST_FORMULA: Text = Text::new(
        "当年新加入户比例 × 每户入股补助资金(一次性)",
        "households joining this year × subsidy capital pooled per household (one-off)",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let dividend = self.dividend_yuan();
        let last = scenario.horizon.year_of(out.len().saturating_sub(1));
        let joined = self.schedule.newly_adopting_shares(last);
        for (i, effect) in out.iter_mut().enumerate() {
            let year = scenario.horizon.year_of(i);
            let Some(k) = self.schedule.years_since_start(year) else {
                continue;
            };
            effect.by_source[Source::Dividends] += self.paid_share(&joined, year) * dividend;
            // The capital is pooled once, for each household in the year it joins.
            effect.program_cost_yuan += joined[k as usize] * self.pooled_capital_yuan;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let on = self.schedule.years_since_start(year).is_some();
        let paid = self.paid_share(&self.schedule.newly_adopting_shares(year), year);
        let value = if on { paid * self.dividend_yuan() } else { 0.0 };
        let p = |t: Trace, id: &str| t.param(scenario, id);
        let t = match self.mode {
            DividendMode::PooledCapital => p(
                p(
                    Trace::new(
                        Text::new("资产收益", "Return on pooled subsidy capital"),
                        Text::new(
                            "获分红户比例 × 入股补助资金 × 固定收益率",
                            "share of households paid × pooled subsidy capital × fixed return rate",
                        ),
                        value,
                        Unit::YuanPerYear,
                    ),
                    "interventions.dividends.pooled_capital_yuan",
                ),
                "interventions.dividends.fixed_return_pct",
            ),
            DividendMode::CooperativeProfit => {
                let mut t = Trace::new(
                    Text::new("合作社分红", "Cooperative dividend"),
                    Text::new(
                        "获分红户比例 × 本户股数 ÷ 总股数 × 合作社纯利润 × 分红比例 × (1 − 亏损年份概率)",
                        "share of households paid × household shares ÷ total shares × cooperative net profit × payout ratio × (1 − probability of a loss year)",
                    ),
                    value,
                    Unit::YuanPerYear,
                );
                for id in [
                    "interventions.dividends.household_shares",
                    "interventions.dividends.total_shares",
                    "interventions.dividends.coop_net_profit_yuan",
                    "interventions.dividends.payout_pct",
                ] {
                    t = p(t, id);
                }
                if self.loss_year_pct > 0.0 {
                    t = p(t, "interventions.dividends.loss_year_pct");
                }
                t
            }
        };
        let t = t.adoption(paid);
        if on && paid < self.schedule.adoption_share(year) - 1e-12 {
            // Some households' agreements have ended: say why the share paid is lower.
            p(t, "interventions.dividends.years_paid")
        } else {
            t
        }
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Dividends), interventions.dividends.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Dividends), interventions.dividends.pooled_capital_yuan: f64, "入股补助资金(每户)", "Subsidy capital pooled per household", Unit::Yuan, 0.0, 200_000.0,
        "假设：5,000 元；调研无户均数(博湖 3,000 万元产业补助 ÷ 2,193 户 ≈ 13,700 元/户，覆盖全部产业项目)", "Assumption: 5,000 yuan; the survey gives no household figure (Bohu's 30 million yuan ÷ 2,193 households ≈ 13,700 each, for all its industry projects)"),
        field!(Section::Intervention(K::Dividends), interventions.dividends.fixed_return_pct: f64, "固定收益率", "Fixed return rate", Unit::Percent, 0.0, 30.0,
        "假设：8 %/年，按协议填写", "Assumption: 8 % a year; enter the agreement's rate")
            .when(|s| s.interventions.dividends.mode == DividendMode::PooledCapital),
        field!(Section::Intervention(K::Dividends), interventions.dividends.household_shares: f64, "本户股数", "Household's shares", Unit::Count, 0.0, 10_000.0,
        "假设：1 股", "Assumption: 1 share")
            .when(|s| s.interventions.dividends.mode == DividendMode::CooperativeProfit),
        field!(Section::Intervention(K::Dividends), interventions.dividends.total_shares: f64, "合作社总股数", "Cooperative's total shares", Unit::Count, 0.0, 1_000_000.0,
        "假设：100 股(100 户各 1 股)", "Assumption: 100 shares (100 members, one each)")
            .when(|s| s.interventions.dividends.mode == DividendMode::CooperativeProfit),
        field!(Section::Intervention(K::Dividends), interventions.dividends.coop_net_profit_yuan: f64, "合作社年纯利润", "Cooperative net profit a year", Unit::YuanPerYear, 0.0, 100_000_000.0,
        "假设：10 万元", "Assumption: 100,000 yuan")
            .when(|s| s.interventions.dividends.mode == DividendMode::CooperativeProfit),
        field!(Section::Intervention(K::Dividends), interventions.dividends.payout_pct: f64, "分红比例", "Payout ratio", Unit::Percent, 0.0, 100.0,
        "假设：60 %，按合作社章程填写", "Assumption: 60 %; enter the cooperative's rule")
            .when(|s| s.interventions.dividends.mode == DividendMode::CooperativeProfit),
        field!(Section::Intervention(K::Dividends), interventions.dividends.loss_year_pct: f64, "亏损年份概率(当年不分红)", "Probability of a loss year (no dividend)", Unit::Percent, 0.0, 100.0,
        "假设：0；按合作社经营记录填写", "Assumption: 0; enter from the cooperative's record")
            .when(|s| s.interventions.dividends.mode == DividendMode::CooperativeProfit),
        field!(Section::Intervention(K::Dividends), interventions.dividends.years_paid: u32, "分红年限", "Years paid", Unit::Years, 0.0, 50.0,
        "假设：20 年(整个测算期)，按协议填写", "Assumption: 20 years (the whole projection); enter the agreement's term"),
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Dividends),
        interventions.dividends.schedule.enabled,
        "启用分红/资产收益",
        "Use dividends",
        "默认关闭",
        "Off by default"
    )],
    choices: &[ChoiceSpec {
        id: "interventions.dividends.mode",
        section: Section::Intervention(K::Dividends),
        label: Text::new("分红方式", "How dividends are paid"),
        options: &[
            Text::new(
                "资产收益(入股资金 × 固定收益率)",
                "Fixed return on pooled subsidy capital",
            ),
            Text::new("合作社利润分红", "Share of cooperative profit"),
        ],
        source: Text::new(
            "博湖调研：“企业+合作社+贫困户”利益联结机制，无户均数额",
            "Bohu survey: the “enterprise + cooperative + household” linkage, no household figure",
        ),
        get: |s| match s.interventions.dividends.mode {
            DividendMode::PooledCapital => 0,
            DividendMode::CooperativeProfit => 1,
        },
        set: |s, i| match i {
            0 => s.interventions.dividends.mode = DividendMode::PooledCapital,
            1 => s.interventions.dividends.mode = DividendMode::CooperativeProfit,
            _ => {}
        },
    }],
};
