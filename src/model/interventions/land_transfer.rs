//! 土地流转 Land transfer: the household leases land to an agribusiness or cooperative and
//! earns "双薪" — rent plus the wages of laborers the land no longer needs.
//!
//! increment = rent − own-farming net given up + freed laborers × employment × months × wage

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Months, Mu, Percent, Persons, Unit, Yuan, YuanPerMu};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LandTransfer {
    pub schedule: Schedule,
    /// Cropland leased out (流转面积).
    pub area_mu: Mu,
    /// Rent in the first contract year (流转租金).
    pub rent_yuan_per_mu: YuanPerMu,
    /// Contract escalation: rent rises by this much …
    pub rent_escalation_pct: Percent,
    /// … every this many years.
    pub rent_escalation_every_years: u32,
    /// Laborers freed from farming (释放劳动力).
    pub freed_laborers_persons: Persons,
    /// Share of freed laborers who find wage work.
    pub employment_rate_pct: Percent,
    /// Months of wage work a year.
    pub months_worked: Months,
    /// Monthly wage in the start year.
    pub monthly_wage_yuan: Yuan,
    /// Real yearly wage growth after the start year.
    pub wage_growth_pct: Percent,
    /// One-off public cost in the start year (brokering, contracts, land consolidation).
    pub setup_cost_yuan: Yuan,
}

impl Default for LandTransfer {
    /// Yuli (尉犁县) transfer to an agribusiness: 21.1 mu and 1.5 freed laborers per household
    /// (FACTS.md); 700 yuan/mu rent (Xinjiang Daily 2019); 4,000 yuan/month. Half the freed
    /// laborers working 4 months (seasonal field work) is an assumption chosen so the increment
    /// matches the survey's +14,000 yuan a household (docs/model.md).
    fn default() -> Self {
        LandTransfer {
            schedule: Schedule::default(),
            area_mu: 21.1,
            rent_yuan_per_mu: 700.0,
            rent_escalation_pct: 0.0,
            rent_escalation_every_years: 3,
            freed_laborers_persons: 1.5,
            employment_rate_pct: 50.0,
            months_worked: 4.0,
            monthly_wage_yuan: 4_000.0,
            wage_growth_pct: 0.0,
            setup_cost_yuan: 0.0,
        }
    }
}

/// The parts of the full (100 % adoption) effect in one year since start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LandTransferParts {
    pub rent_yuan: Yuan,
    pub rent_per_mu_this_year: YuanPerMu,
    pub farming_given_up_yuan: Yuan,
    pub wages_yuan: Yuan,
    pub monthly_wage_this_year: Yuan,
}

impl LandTransfer {
    /// Full effect `years_since_start` years after the start, before adoption.
    pub fn parts(
        &self,
        own_farming_net_yuan_per_mu: YuanPerMu,
        years_since_start: u32,
    ) -> LandTransferParts {
        let steps = years_since_start
            .checked_div(self.rent_escalation_every_years)
            .unwrap_or(0);
        let rent_per_mu_this_year =
            self.rent_yuan_per_mu * (1.0 + self.rent_escalation_pct / 100.0).powi(steps as i32);
        let monthly_wage_this_year = self.monthly_wage_yuan
            * (1.0 + self.wage_growth_pct / 100.0).powi(years_since_start as i32);
        LandTransferParts {
            rent_yuan: self.area_mu * rent_per_mu_this_year,
            rent_per_mu_this_year,
            farming_given_up_yuan: self.area_mu * own_farming_net_yuan_per_mu,
            wages_yuan: self.freed_laborers_persons
                * (self.employment_rate_pct / 100.0)
                * self.months_worked
                * monthly_wage_this_year,
            monthly_wage_this_year,
        }
    }
}

impl Module for LandTransfer {
    const KIND: InterventionKind = InterventionKind::LandTransfer;
    const NAME: Text = Text::new("土地流转", "Land transfer");

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let net_per_mu = scenario.household.income.own_farming_net_yuan_per_mu;
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(net_per_mu, k);
            effect.by_source[Source::LandRent] += share * p.rent_yuan;
            effect.by_source[Source::OwnFarming] -= share * p.farming_given_up_yuan;
            effect.by_source[Source::LocalWages] += share * p.wages_yuan;
            if k == 0 {
                effect.program_cost_yuan += self.setup_cost_yuan;
            }
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let net_per_mu = scenario.household.income.own_farming_net_yuan_per_mu;
        let k = self.schedule.years_since_start(year);
        let share = self.schedule.adoption_share(year);
        let p = self.parts(net_per_mu, k.unwrap_or(0));
        let on = k.is_some() as u8 as f64;
        let rent = Trace::new(
            Text::new("土地租金", "Land rent"),
            Text::new(
                "流转面积 × 每亩租金 × (1 + 递增率)^⌊年数 ÷ 递增周期⌋",
                "area × rent per mu × (1 + escalation)^⌊years ÷ period⌋",
            ),
            on * p.rent_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("流转面积", "Area transferred"),
            self.area_mu,
            Unit::Mu,
        )
        .input(
            Text::new("当年每亩租金", "Rent per mu this year"),
            p.rent_per_mu_this_year,
            Unit::YuanPerMu,
        )
        .input(
            Text::new("首年每亩租金", "Rent per mu, first year"),
            self.rent_yuan_per_mu,
            Unit::YuanPerMu,
        )
        .input(
            Text::new("租金递增率", "Rent escalation"),
            self.rent_escalation_pct,
            Unit::Percent,
        )
        .input(
            Text::new("递增周期", "Escalation period"),
            self.rent_escalation_every_years as f64,
            Unit::Years,
        );
        let given_up = Trace::new(
            Text::new("放弃的自营种植纯收入", "Own-farming net income given up"),
            Text::new("流转面积 × 每亩种植纯收入", "area × own-farming net per mu"),
            -on * p.farming_given_up_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("流转面积", "Area transferred"),
            self.area_mu,
            Unit::Mu,
        )
        .input(
            Text::new("每亩种植纯收入", "Own-farming net per mu"),
            net_per_mu,
            Unit::YuanPerMu,
        );
        let wages = Trace::new(
            Text::new("释放劳动力工资", "Wages of freed laborers"),
            Text::new(
                "释放劳动力 × 就业率 × 务工月数 × 当年月工资",
                "freed laborers × employment rate × months × monthly wage this year",
            ),
            on * p.wages_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("释放劳动力", "Freed laborers"),
            self.freed_laborers_persons,
            Unit::Persons,
        )
        .input(
            Text::new("就业率", "Employment rate"),
            self.employment_rate_pct,
            Unit::Percent,
        )
        .input(
            Text::new("务工月数", "Months worked"),
            self.months_worked,
            Unit::Months,
        )
        .input(
            Text::new("当年月工资", "Monthly wage this year"),
            p.monthly_wage_this_year,
            Unit::YuanPerMonth,
        );
        let full = on * (p.rent_yuan - p.farming_given_up_yuan + p.wages_yuan);
        Trace::new(
            Text::new("土地流转增收", "Land-transfer income gain"),
            Text::new(
                "采纳比例 × (土地租金 − 放弃的种植纯收入 + 释放劳动力工资)",
                "adoption × (rent − own-farming net given up + wages of freed laborers)",
            ),
            share * full,
            Unit::YuanPerYear,
        )
        .adoption(share)
        .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        .part(rent)
        .part(given_up)
        .part(wages)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.area_mu: f64, "流转面积", "Area transferred", Unit::Mu, 0.0, 500.0,
        "尉犁调研：户均 21.1 亩", "Yuli survey: 21.1 mu per household"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_yuan_per_mu: f64, "每亩租金", "Rent per mu", Unit::YuanPerMu, 0.0, 3_000.0,
        "新疆日报 2019-04-15：尉犁棉田流转 700 元/亩；范围 500–1,000", "Xinjiang Daily 2019-04-15: Yuli cotton land 700 yuan/mu; range 500–1,000"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_pct: f64, "租金递增率", "Rent escalation", Unit::Percent, 0.0, 50.0,
        "假设：合同不递增", "Assumption: no escalation in the contract"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_every_years: u32, "递增周期", "Escalation every", Unit::Years, 1.0, 20.0,
        "假设：每 3 年", "Assumption: every 3 years"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.freed_laborers_persons: f64, "释放劳动力", "Freed laborers", Unit::Persons, 0.0, 10.0,
        "尉犁调研：1,900 ÷ 1,260 户 = 1.5 人", "Yuli survey: 1,900 ÷ 1,260 households = 1.5"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.employment_rate_pct: f64, "就业率", "Employment rate", Unit::Percent, 0.0, 100.0,
        "假设：50 %，与尉犁调研年增收 1.4 万元相符", "Assumption: 50 %, matching Yuli's surveyed +14,000 yuan"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.months_worked: f64, "务工月数", "Months worked", Unit::Months, 0.0, 12.0,
        "假设：农忙季 4 个月(伽师全年务工约 8 个月)", "Assumption: 4 seasonal months (Jiashi: about 8 a year)"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.monthly_wage_yuan: f64, "月工资", "Monthly wage", Unit::YuanPerMonth, 0.0, 20_000.0,
        "罗布人村寨员工 >4,000 元(2025)；西部农民工 4,541 元(2024)", "Lop Nur village staff > 4,000 (2025); western migrant workers 4,541 (2024)"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.wage_growth_pct: f64, "工资增长率", "Wage growth", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.setup_cost_yuan: f64, "一次性项目投入", "One-off program cost", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：企业承担，财政 0 元", "Assumption: borne by the agribusiness, 0 public cost"),
        // 庭院经济 Courtyard
    ],
    toggles: &[toggle!(
        Section::Intervention(K::LandTransfer),
        interventions.land_transfer.schedule.enabled,
        "启用土地流转",
        "Use land transfer",
        "默认关闭",
        "Off by default"
    )],
    choices: &[],
};
