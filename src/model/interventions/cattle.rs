//! 黄牛冷配 Cattle by artificial insemination with frozen semen (Hejing: 5,000 cattle).
//!
//! Cows enrolled = household cows × adoption. Each gets up to `services_per_cow` inseminations;
//! a cow that does not settle is covered by the local bull (本交补配), as is usual, so AI only
//! changes which calves are improved ones:
//!
//! P(settled by AI) = 1 − (1 − conception)^services; expected services = P ÷ conception
//! gain (year after AI) = cows × P × calf survival × calf value × (1 + premium − natural calving)
//!                        − cows × P × calf survival × extra feed per improved calf
//! AI cost in the AI year = cows × expected services × cost per service, split between the
//! program (subsidy share) and the household.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Percent, Unit, Yuan};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cattle {
    pub schedule: Schedule,
    pub conception_per_service_pct: Percent,
    /// Most inseminations tried per cow a year.
    pub services_per_cow: u32,
    /// Calving rate of cows served by the local bull (cows not settled by AI, and all cows without it).
    pub natural_calving_rate_pct: Percent,
    /// Calves surviving to sale at weaning.
    pub calf_survival_pct: Percent,
    /// Value of a local weaned calf.
    pub calf_value_yuan: Yuan,
    /// Extra value of an improved (e.g. Simmental-cross) calf over a local one.
    pub improved_premium_pct: Percent,
    pub ai_cost_yuan_per_service: Yuan,
    /// Share of the AI cost paid by the program (the rest by the household).
    pub ai_subsidy_pct: Percent,
    /// Extra feed an improved calf eats before sale.
    pub extra_feed_yuan_per_calf: Yuan,
}

impl Default for Cattle {
    /// Conception 45 % per service (parameters.md, low confidence); calf values, premium,
    /// costs and the natural calving rate are assumptions (docs/model.md).
    fn default() -> Self {
        Cattle {
            schedule: Schedule::default(),
            conception_per_service_pct: 45.0,
            services_per_cow: 2,
            natural_calving_rate_pct: 60.0,
            calf_survival_pct: 90.0,
            calf_value_yuan: 4_000.0,
            improved_premium_pct: 30.0,
            ai_cost_yuan_per_service: 120.0,
            ai_subsidy_pct: 100.0,
            extra_feed_yuan_per_calf: 300.0,
        }
    }
}

/// The AI campaign of one year and the calves it brings the year after, full amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CattleParts {
    pub cows_head: Head,
    /// Probability a cow is settled by AI (0–1).
    pub settled_by_ai: f64,
    pub services: f64,
    pub ai_cost_yuan: Yuan,
    pub improved_calves_head: Head,
    /// Value of improved calves minus the local calves they displace, before extra feed.
    pub calf_gain_yuan: Yuan,
    pub extra_feed_yuan: Yuan,
}

impl Cattle {
    /// AI in `year` on the household's cows at that year's adoption.
    pub fn parts(&self, scenario: &Scenario, year: i32) -> CattleParts {
        let cows = scenario.household.herd.cows_head * self.schedule.adoption_share(year);
        let c = frac(self.conception_per_service_pct);
        let settled = 1.0 - (1.0 - c).powi(self.services_per_cow as i32);
        // Services stop once a cow settles: Σ_{k<n} (1−c)^k = settled ÷ c.
        let services_per_cow = if c > 0.0 {
            settled / c
        } else {
            self.services_per_cow as f64
        };
        let improved_calves = cows * settled * frac(self.calf_survival_pct);
        let margin = 1.0 + frac(self.improved_premium_pct) - frac(self.natural_calving_rate_pct);
        CattleParts {
            cows_head: cows,
            settled_by_ai: settled,
            services: cows * services_per_cow,
            ai_cost_yuan: cows * services_per_cow * self.ai_cost_yuan_per_service,
            improved_calves_head: improved_calves,
            calf_gain_yuan: improved_calves * self.calf_value_yuan * margin,
            extra_feed_yuan: improved_calves * self.extra_feed_yuan_per_calf,
        }
    }
}

impl Module for Cattle {
    const KIND: InterventionKind = InterventionKind::Cattle;
    const NAME: Text = Text::new("黄牛冷配", "Cattle by AI");

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let subsidy = frac(self.ai_subsidy_pct);
        let mut last_year: Option<CattleParts> = None;
        // AI in the year before the horizon also brings calves in year 0.
        let before = scenario.horizon.year_of(0) - 1;
        if self.schedule.years_since_start(before).is_some() {
            last_year = Some(self.parts(scenario, before));
        }
        for (i, effect) in out.iter_mut().enumerate() {
            let year = scenario.horizon.year_of(i);
            if let Some(prev) = last_year.take() {
                effect.by_source[Source::Cattle] += prev.calf_gain_yuan - prev.extra_feed_yuan;
                effect.herd_change.cattle_head += prev.improved_calves_head;
            }
            if self.schedule.years_since_start(year).is_some() {
                let p = self.parts(scenario, year);
                effect.by_source[Source::Cattle] -= p.ai_cost_yuan * (1.0 - subsidy);
                effect.program_cost_yuan += p.ai_cost_yuan * subsidy;
                last_year = Some(p);
            }
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let subsidy = frac(self.ai_subsidy_pct);
        let now = self
            .schedule
            .years_since_start(year)
            .map(|_| self.parts(scenario, year));
        let prev = self
            .schedule
            .years_since_start(year - 1)
            .map(|_| self.parts(scenario, year - 1));
        let (now, prev) = (now.unwrap_or_default(), prev.unwrap_or_default());
        let calves = Trace::new(
            Text::new("改良犊牛增值(上年配种)", "Gain from improved calves (bred last year)"),
            Text::new(
                "配种母牛 × 冷配受孕概率 × 犊牛成活率 × 犊牛价 × (1 + 改良溢价 − 本交产犊率) − 改良犊牛 × 额外饲料",
                "cows × P(settled by AI) × calf survival × calf value × (1 + premium − natural calving) − improved calves × extra feed",
            ),
            prev.calf_gain_yuan - prev.extra_feed_yuan,
            Unit::YuanPerYear,
        )
        .input(Text::new("上年配种母牛", "Cows bred last year"), prev.cows_head, Unit::Head)
        .input(Text::new("冷配受孕概率 = 1 − (1 − 情期受胎率)^配种次数", "P(settled by AI) = 1 − (1 − conception)^services"), prev.settled_by_ai * 100.0, Unit::Percent)
        .input(Text::new("情期受胎率", "Conception per service"), self.conception_per_service_pct, Unit::Percent)
        .input(Text::new("最多配种次数", "Services per cow"), self.services_per_cow as f64, Unit::Count)
        .input(Text::new("犊牛成活率", "Calf survival"), self.calf_survival_pct, Unit::Percent)
        .input(Text::new("本地犊牛价", "Local calf value"), self.calf_value_yuan, Unit::YuanPerHead)
        .input(Text::new("改良溢价", "Improved premium"), self.improved_premium_pct, Unit::Percent)
        .input(Text::new("本交产犊率", "Natural calving rate"), self.natural_calving_rate_pct, Unit::Percent)
        .input(Text::new("改良犊牛", "Improved calves"), prev.improved_calves_head, Unit::Head)
        .input(Text::new("每头额外饲料", "Extra feed per calf"), self.extra_feed_yuan_per_calf, Unit::YuanPerHead);
        let ai = Trace::new(
            Text::new(
                "农户自付冷配费(本年)",
                "AI cost paid by the household (this year)",
            ),
            Text::new(
                "配种母牛 × 预期配种次数 × 每次费用 × (1 − 补贴比例)",
                "cows × expected services × cost per service × (1 − subsidy share)",
            ),
            -now.ai_cost_yuan * (1.0 - subsidy),
            Unit::YuanPerYear,
        )
        .input(
            Text::new("本年配种母牛", "Cows bred this year"),
            now.cows_head,
            Unit::Head,
        )
        .input(
            Text::new("预期配种次数", "Expected services"),
            now.services,
            Unit::Count,
        )
        .input(
            Text::new("每次冷配费用", "Cost per service"),
            self.ai_cost_yuan_per_service,
            Unit::YuanPerUnit,
        )
        .input(
            Text::new("补贴比例", "Subsidy share"),
            self.ai_subsidy_pct,
            Unit::Percent,
        );
        Trace::new(
            Text::new("黄牛冷配增收", "Cattle AI income gain"),
            Text::new(
                "上年配种带来的改良犊牛增值 − 本年农户自付冷配费",
                "gain from improved calves bred last year − AI cost the household pays this year",
            ),
            calves.value + ai.value,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("家庭母牛", "Household cows"),
            scenario.household.herd.cows_head,
            Unit::Head,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        .part(calves)
        .part(ai)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Cattle), interventions.cattle.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.conception_per_service_pct: f64, "情期受胎率", "Conception per service", Unit::Percent, 10.0, 80.0,
        "小农研究 35 %；常规冻精 30–56 %；默认 45 %", "Smallholder studies 35 %; conventional semen 30–56 %; default 45 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.services_per_cow: u32, "每头最多配种次数", "Services per cow", Unit::Count, 1.0, 4.0,
        "假设：2 次，未孕再本交补配", "Assumption: 2, then the local bull"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.natural_calving_rate_pct: f64, "本交产犊率", "Natural calving rate", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.calf_survival_pct: f64, "犊牛成活率", "Calf survival", Unit::Percent, 0.0, 100.0,
        "假设：90 %", "Assumption: 90 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.calf_value_yuan: f64, "本地犊牛价", "Local calf value", Unit::YuanPerHead, 0.0, 30_000.0,
        "假设：断奶犊牛 4,000 元", "Assumption: weaned calf 4,000 yuan"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.improved_premium_pct: f64, "改良犊牛溢价", "Improved calf premium", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.ai_cost_yuan_per_service: f64, "每次冷配费用", "Cost per AI service", Unit::YuanPerUnit, 0.0, 1_000.0,
        "假设：冻精与技术员 120 元", "Assumption: semen and technician 120 yuan"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.ai_subsidy_pct: f64, "冷配补贴比例", "AI subsidy share", Unit::Percent, 0.0, 100.0,
        "假设：项目全额承担", "Assumption: the program pays in full"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.extra_feed_yuan_per_calf: f64, "改良犊牛额外饲料", "Extra feed per improved calf", Unit::YuanPerHead, 0.0, 5_000.0,
        "假设：300 元", "Assumption: 300 yuan"),
        // 乡村旅游 Tourism
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Cattle),
        interventions.cattle.schedule.enabled,
        "启用黄牛冷配",
        "Use cattle AI",
        "默认关闭",
        "Off by default"
    )],
    choices: &[],
};
