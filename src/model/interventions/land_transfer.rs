//! 土地流转 Land transfer: the household leases land to an agribusiness or cooperative and
//! earns "双薪" — rent plus the wages of laborers the land no longer needs.
//!
//! increment = rent − own-farming net given up + freed laborers × employment × months × wage
//!
//! Rent is a contract in yuan: it rises only by the contract's escalation, never with inflation.
//! The engine multiplies every module amount by the price index (1 + inflation)^t in nominal
//! terms, so the module writes the rent in base-year prices as contract rent ÷ (1 + inflation)^t:
//! nominal figures show the contract amount, real figures its eroded value.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
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
    /// Contract rent in the first contract year, yuan of that year (流转租金). Fixed in yuan:
    /// it does not follow inflation.
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
    /// Monthly wage in the start year, base-year prices.
    pub monthly_wage_yuan: Yuan,
    /// Real yearly wage growth after the start year.
    pub wage_growth_pct: Percent,
    /// One-off public cost per household when it transfers its land (brokering, contracts,
    /// land consolidation), base-year prices. `None` = not entered; 0 = no public cost.
    pub setup_cost_yuan: Option<Yuan>,
}

impl Default for LandTransfer {
    /// Yuli (尉犁县) transfer to an agribusiness: 21.1 mu and 1.5 freed laborers per household
    /// (FACTS.md); 700 yuan/mu rent (Xinjiang Daily 2019); 4,000 yuan/month. Half the freed
    /// laborers working 4 months (seasonal field work) is an assumption chosen so the increment
    /// matches the survey's +14,000 yuan a household (docs/model.md). The set-up cost is not
    /// reported: not entered.
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
            setup_cost_yuan: None,
        }
    }
}

/// The parts of the full (100 % adoption) effect in one year since start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LandTransferParts {
    /// Rent in base-year prices: the contract amount ÷ the price level.
    pub rent_yuan: Yuan,
    /// Contract rent per mu this year, in that year's yuan (after escalation).
    pub contract_rent_per_mu_this_year: YuanPerMu,
    /// (1 + inflation)^t, t = years since the base year: what the contract rent is divided by.
    pub price_level: f64,
    pub farming_given_up_yuan: Yuan,
    pub wages_yuan: Yuan,
    pub monthly_wage_this_year: Yuan,
    /// Laborers in wage work: freed laborers × employment rate.
    pub employed_persons: Persons,
    /// Labor-months of the freed laborers' wage work.
    pub wage_work_months: Months,
    /// Labor-months of farming the transferred land no longer takes.
    pub farming_freed_months: Months,
}

impl LandTransfer {
    /// Full effect in calendar `year`, `years_since_start` years after the start, before adoption.
    pub fn parts(
        &self,
        scenario: &Scenario,
        year: i32,
        years_since_start: u32,
    ) -> LandTransferParts {
        let steps = years_since_start
            .checked_div(self.rent_escalation_every_years)
            .unwrap_or(0);
        let contract_rent_per_mu_this_year =
            self.rent_yuan_per_mu * (1.0 + frac(self.rent_escalation_pct)).powi(steps as i32);
        let t = year - scenario.horizon.base_year;
        let price_level = (1.0 + frac(scenario.economics.inflation_pct)).powi(t);
        let monthly_wage_this_year = self.monthly_wage_yuan
            * (1.0 + frac(self.wage_growth_pct)).powi(years_since_start as i32);
        let employed_persons = self.freed_laborers_persons * frac(self.employment_rate_pct);
        let household = &scenario.household;
        LandTransferParts {
            rent_yuan: self.area_mu * contract_rent_per_mu_this_year / price_level,
            contract_rent_per_mu_this_year,
            price_level,
            farming_given_up_yuan: self.area_mu * household.income.own_farming_net_yuan_per_mu,
            wages_yuan: employed_persons * self.months_worked * monthly_wage_this_year,
            monthly_wage_this_year,
            employed_persons,
            wage_work_months: employed_persons * self.months_worked,
            farming_freed_months: self.area_mu * household.labor.farming_months_per_mu,
        }
    }
}

impl Module for LandTransfer {
    const KIND: InterventionKind = InterventionKind::LandTransfer;
    const NAME: Text = Text::new("土地流转", "Land transfer");
    const COST_FORMULA: Text = Text::new(
        "当年新流转户比例 × 一次性投入(土地整理、合同)",
        "share of households newly transferring this year × one-off cost (land consolidation, contracts)",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let horizon = &scenario.horizon;
        let mut highest = 0.0;
        for (effect, k, share) in self.schedule.running(horizon, out) {
            let year = self.schedule.start_year + k as i32;
            let p = self.parts(scenario, year, k);
            effect.by_source[Source::LandRent] += share * p.rent_yuan;
            effect.by_source[Source::OwnFarming] -= share * p.farming_given_up_yuan;
            effect.by_source[Source::LocalWages] += share * p.wages_yuan;
            effect.labor_months += share * p.wage_work_months;
            effect.labor_freed_months += share * p.farming_freed_months;
            // One-off, per household newly transferring (= Schedule::newly_adopting_share).
            let newly = (share - highest).max(0.0);
            highest = f64::max(highest, share);
            effect.program_cost_yuan += newly * self.setup_cost_yuan.unwrap_or(0.0);
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let param = |t: Trace, id: &str| t.param(scenario, id);
        let k = self.schedule.years_since_start(year);
        let share = self.schedule.adoption_share(year);
        let p = self.parts(scenario, year, k.unwrap_or(0));
        let on = k.is_some() as u8 as f64;
        let escalates = self.rent_escalation_pct != 0.0;
        let mut rent = Trace::new(
            Text::new("土地租金(基准年价格)", "Land rent (base-year prices)"),
            Text::new(
                "流转面积 × 当年合同租金 ÷ (1 + 通胀率)^距基准年年数；合同租金以元计，只按合同递增(每亩租金 × (1 + 递增率)^⌊年数 ÷ 递增周期⌋)，不随通胀上涨，实际价值逐年下降",
                "area × contract rent this year ÷ (1 + inflation)^years since the base year; the contract fixes rent in yuan, rising only by its escalation (rent per mu × (1 + escalation)^⌊years ÷ period⌋), never with inflation, so its real value erodes",
            ),
            on * p.rent_yuan,
            Unit::YuanPerYear,
        );
        rent = param(rent, "interventions.land_transfer.area_mu");
        rent = param(rent, "interventions.land_transfer.rent_yuan_per_mu");
        if escalates {
            rent = param(rent, "interventions.land_transfer.rent_escalation_pct");
            rent = param(
                rent,
                "interventions.land_transfer.rent_escalation_every_years",
            );
            rent = rent.input(
                Text::new(
                    "当年合同每亩租金(当年元)",
                    "Contract rent per mu this year (yuan of the year)",
                ),
                p.contract_rent_per_mu_this_year,
                Unit::YuanPerMu,
            );
        }
        rent = param(rent, "economics.inflation_pct").input(
            Text::new(
                "价格水平 (1 + 通胀率)^年数",
                "Price level (1 + inflation)^years",
            ),
            p.price_level,
            Unit::Count,
        );
        let given_up = param(
            param(
                Trace::new(
                    Text::new("放弃的自营种植纯收入", "Own-farming net income given up"),
                    Text::new("流转面积 × 每亩种植纯收入", "area × own-farming net per mu"),
                    -on * p.farming_given_up_yuan,
                    Unit::YuanPerYear,
                ),
                "interventions.land_transfer.area_mu",
            ),
            "household.income.own_farming_net_yuan_per_mu",
        );
        let mut wages = Trace::new(
            Text::new("释放劳动力工资", "Wages of freed laborers"),
            Text::new(
                "释放劳动力 × 就业率 × 务工月数 × 当年月工资",
                "freed laborers × employment rate × months worked × monthly wage this year",
            ),
            on * p.wages_yuan,
            Unit::YuanPerYear,
        );
        for id in [
            "interventions.land_transfer.freed_laborers_persons",
            "interventions.land_transfer.employment_rate_pct",
            "interventions.land_transfer.months_worked",
            "interventions.land_transfer.monthly_wage_yuan",
        ] {
            wages = param(wages, id);
        }
        if self.wage_growth_pct != 0.0 {
            wages = param(wages, "interventions.land_transfer.wage_growth_pct").input(
                Text::new("当年月工资", "Monthly wage this year"),
                p.monthly_wage_this_year,
                Unit::YuanPerMonth,
            );
        }
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
        "假设：默认 2026 年", "Assumption: 2026 by default"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.area_mu: f64, "流转面积", "Area transferred", Unit::Mu, 0.0, 500.0,
        "尉犁调研：户均 21.1 亩", "Yuli survey: 21.1 mu per household")
            .documented(5.0, 60.0, Text::new("参数表：每户 5–60 亩(尉犁调研均值 21.1)", "parameters.md: 5–60 mu a household (Yuli survey mean 21.1)")),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_yuan_per_mu: f64, "每亩租金", "Rent per mu", Unit::YuanPerMu, 0.0, 3_000.0,
        "新疆日报 2019-04-15：尉犁棉田流转 700 元/亩；范围 500–1,000。合同租金按元固定，不随通胀", "Xinjiang Daily 2019-04-15: Yuli cotton land 700 yuan/mu; range 500–1,000. A contract amount in yuan, not indexed to inflation")
            .documented(500.0, 1000.0, Text::new("参数表：500–1,000 元/亩(新疆日报 2019；伽师 800)", "parameters.md: 500–1,000 yuan/mu (Xinjiang Daily 2019; Jiashi 800)")),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_pct: f64, "租金递增率", "Rent escalation", Unit::Percent, 0.0, 50.0,
        "假设：合同不递增", "Assumption: no escalation in the contract"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_every_years: u32, "递增周期", "Escalation every", Unit::Years, 1.0, 20.0,
        "假设：每 3 年", "Assumption: every 3 years"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.freed_laborers_persons: f64, "释放劳动力", "Freed laborers", Unit::Persons, 0.0, 10.0,
        "尉犁调研：1,900 ÷ 1,260 户 = 1.5 人", "Yuli survey: 1,900 ÷ 1,260 households = 1.5")
            .documented(0.0, 4.0, Text::new("参数表：0–4 人(尉犁调研 1.5)", "parameters.md: 0–4 (Yuli survey 1.5)")),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.employment_rate_pct: f64, "就业率", "Employment rate", Unit::Percent, 0.0, 100.0,
        "假设：50 %，与尉犁调研年增收 1.4 万元相符", "Assumption: 50 %, matching Yuli's surveyed +14,000 yuan"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.months_worked: f64, "务工月数", "Months worked", Unit::Months, 0.0, 12.0,
        "假设：农忙季 4 个月(伽师全年务工约 8 个月)", "Assumption: 4 seasonal months (Jiashi: about 8 a year)"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.monthly_wage_yuan: f64, "月工资", "Monthly wage", Unit::YuanPerMonth, 0.0, 20_000.0,
        "罗布人村寨员工 >4,000 元(2025)；西部农民工 4,541 元(2024)", "Lop Nur village staff > 4,000 (2025); western migrant workers 4,541 (2024)")
            .documented(2500.0, 6000.0, Text::new("参数表：2,500–6,000 元/月(罗布人村寨 >4,000；西部农民工 4,541)", "parameters.md: 2,500–6,000 yuan a month (Lop Nur village > 4,000; western migrant workers 4,541)")),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.wage_growth_pct: f64, "工资增长率", "Wage growth", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
        field!(Section::Intervention(K::LandTransfer), interventions.land_transfer.setup_cost_yuan: Option<f64>, "一次性项目投入(每户)", "One-off program cost per household", Unit::Yuan, 0.0, 1_000_000.0,
        "调研未报告：按实际填写；企业承担时填 0。随采纳比例计入", "Not reported in the survey: enter the actual cost, 0 if the agribusiness bears it. Scales with adoption"),
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
