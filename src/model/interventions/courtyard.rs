//! 庭院经济 Courtyard economy: vegetables and fruit on the courtyard plot, with input support for
//! demonstration households (示范户, Bohu).
//!
//! net = area × [veg share × (yield × price − cost) + fruit share × (bearing × yield × price − cost)]
//!       + support that offsets input cost (never more than the cost itself)
//! labor claimed = area × labor-months per mu

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Months, Mu, Percent, Unit, Yuan, YuanPerMu};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Courtyard {
    pub schedule: Schedule,
    /// Courtyard area planted; at most the household's courtyard.
    pub planted_mu: Mu,
    /// Share of the planted area under vegetables.
    pub vegetable_share_pct: Percent,
    /// Share under fruit (grapes, apricots, jujubes); vegetable + fruit ≤ 100 %.
    pub fruit_share_pct: Percent,
    pub vegetable_yield_kg_per_mu: f64,
    pub vegetable_price_yuan_per_kg: Yuan,
    pub vegetable_cost_yuan_per_mu: YuanPerMu,
    pub fruit_yield_kg_per_mu: f64,
    pub fruit_price_yuan_per_kg: Yuan,
    pub fruit_cost_yuan_per_mu: YuanPerMu,
    /// Fruit bears from this year after planting on (1 = the start year).
    pub fruit_bearing_year: u32,
    /// Share of the harvest eaten at home (in kind, valued at the farm-gate price).
    pub home_consumption_pct: Percent,
    /// Input support to a demonstration household (seedlings, film, training) per year.
    pub demo_support_yuan_per_year: Yuan,
    /// Years the support lasts from the start.
    pub demo_support_years: u32,
    /// Labor-months a year a mu of courtyard planting takes (庭院种植用工).
    pub labor_months_per_mu: Months,
}

impl Default for Courtyard {
    /// Bohu (博湖) demonstration courtyard: 0.5 mu, 60 % vegetables and 40 % fruit; yields,
    /// prices, costs and labor are assumptions to be replaced locally (docs/model.md). The
    /// support of 2,000 yuan a year for 3 years is an assumption too: the survey gives only
    /// Bohu's 30 million yuan for all its industries over the whole programme (≈ 13,700 yuan per
    /// lifted household across 2,193), not a per-courtyard amount.
    fn default() -> Self {
        Courtyard {
            schedule: Schedule::default(),
            planted_mu: 0.5,
            vegetable_share_pct: 60.0,
            fruit_share_pct: 40.0,
            vegetable_yield_kg_per_mu: 3_000.0,
            vegetable_price_yuan_per_kg: 2.5,
            vegetable_cost_yuan_per_mu: 1_200.0,
            fruit_yield_kg_per_mu: 1_000.0,
            fruit_price_yuan_per_kg: 6.0,
            fruit_cost_yuan_per_mu: 800.0,
            fruit_bearing_year: 3,
            home_consumption_pct: 30.0,
            demo_support_yuan_per_year: 2_000.0,
            demo_support_years: 3,
            labor_months_per_mu: 1.5,
        }
    }
}

/// The full (100 % adoption) effect in one year since start.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CourtyardParts {
    pub vegetable_area_mu: Mu,
    pub fruit_area_mu: Mu,
    pub vegetable_value_yuan: Yuan,
    pub fruit_value_yuan: Yuan,
    /// Input cost before support.
    pub input_cost_yuan: Yuan,
    /// Support this year (program cost); the household's cost falls by at most its input cost.
    pub support_yuan: Yuan,
    pub net_yuan: Yuan,
    pub in_kind_yuan: Yuan,
}

impl Courtyard {
    pub fn parts(&self, years_since_start: u32) -> CourtyardParts {
        let veg_mu = self.planted_mu * frac(self.vegetable_share_pct);
        let fruit_mu = self.planted_mu * frac(self.fruit_share_pct);
        let bearing = years_since_start + 1 >= self.fruit_bearing_year;
        let vegetable_value_yuan =
            veg_mu * self.vegetable_yield_kg_per_mu * self.vegetable_price_yuan_per_kg;
        let fruit_value_yuan = if bearing {
            fruit_mu * self.fruit_yield_kg_per_mu * self.fruit_price_yuan_per_kg
        } else {
            0.0
        };
        let input_cost_yuan =
            veg_mu * self.vegetable_cost_yuan_per_mu + fruit_mu * self.fruit_cost_yuan_per_mu;
        let support_yuan = if years_since_start < self.demo_support_years {
            self.demo_support_yuan_per_year
        } else {
            0.0
        };
        let household_cost = (input_cost_yuan - support_yuan).max(0.0);
        let gross = vegetable_value_yuan + fruit_value_yuan;
        CourtyardParts {
            vegetable_area_mu: veg_mu,
            fruit_area_mu: fruit_mu,
            vegetable_value_yuan,
            fruit_value_yuan,
            input_cost_yuan,
            support_yuan,
            net_yuan: gross - household_cost,
            in_kind_yuan: gross * frac(self.home_consumption_pct),
        }
    }
}

impl Module for Courtyard {
    const KIND: InterventionKind = InterventionKind::Courtyard;
    const NAME: Text = Text::new("庭院经济", "Courtyard economy");
    const COST_FORMULA: Text = Text::new(
        "采纳比例 × 示范户扶持(扶持年内)",
        "adoption × demonstration support (within the support years)",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(k);
            effect.by_source[Source::Courtyard] += share * p.net_yuan;
            effect.in_kind_yuan += share * p.in_kind_yuan;
            effect.program_cost_yuan += share * p.support_yuan;
            effect.labor_months += share * self.planted_mu * self.labor_months_per_mu;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let param = |t: Trace, id: &str| t.param(scenario, id);
        let k = self.schedule.years_since_start(year);
        let on = k.is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(k.unwrap_or(0));
        let veg = param(
            param(
                param(
                    Trace::new(
                        Text::new("蔬菜产值", "Vegetable output"),
                        Text::new(
                            "种植面积 × 蔬菜面积比例 × 亩产 × 价格",
                            "area planted × vegetable share × yield × price",
                        ),
                        on * p.vegetable_value_yuan,
                        Unit::YuanPerYear,
                    ),
                    "interventions.courtyard.vegetable_share_pct",
                ),
                "interventions.courtyard.vegetable_yield_kg_per_mu",
            ),
            "interventions.courtyard.vegetable_price_yuan_per_kg",
        )
        .input(
            Text::new("蔬菜面积", "Vegetable area"),
            p.vegetable_area_mu,
            Unit::Mu,
        );
        let mut fruit = Trace::new(
            Text::new("果品产值", "Fruit output"),
            Text::new(
                "种植面积 × 果树面积比例 × 亩产 × 价格(挂果后)",
                "area planted × fruit share × yield × price (once bearing)",
            ),
            on * p.fruit_value_yuan,
            Unit::YuanPerYear,
        );
        for id in [
            "interventions.courtyard.fruit_share_pct",
            "interventions.courtyard.fruit_yield_kg_per_mu",
            "interventions.courtyard.fruit_price_yuan_per_kg",
            "interventions.courtyard.fruit_bearing_year",
        ] {
            fruit = param(fruit, id);
        }
        fruit = fruit.input(
            Text::new("果树面积", "Fruit area"),
            p.fruit_area_mu,
            Unit::Mu,
        );
        let supported = p.support_yuan > 0.0;
        let mut cost = Trace::new(
            Text::new("农户投入成本", "Household input cost"),
            if supported {
                Text::new(
                    "max(0, 蔬菜面积 × 每亩成本 + 果树面积 × 每亩成本 − 示范户扶持)",
                    "max(0, veg area × cost per mu + fruit area × cost per mu − demonstration support)",
                )
            } else {
                Text::new(
                    "蔬菜面积 × 每亩成本 + 果树面积 × 每亩成本",
                    "veg area × cost per mu + fruit area × cost per mu",
                )
            },
            -on * (p.input_cost_yuan - p.support_yuan).max(0.0),
            Unit::YuanPerYear,
        );
        cost = param(cost, "interventions.courtyard.vegetable_cost_yuan_per_mu");
        if p.fruit_area_mu > 0.0 {
            cost = param(cost, "interventions.courtyard.fruit_cost_yuan_per_mu");
        }
        cost = cost.input(
            Text::new("投入成本(扶持前)", "Input cost before support"),
            p.input_cost_yuan,
            Unit::YuanPerYear,
        );
        if supported {
            cost = param(
                param(cost, "interventions.courtyard.demo_support_yuan_per_year"),
                "interventions.courtyard.demo_support_years",
            );
        }
        let mut t = Trace::new(
            Text::new("庭院经济增收", "Courtyard income gain"),
            Text::new(
                "采纳比例 × (蔬菜产值 + 果品产值 − 农户投入成本)；其中自家食用部分为实物收入",
                "adoption × (vegetable output + fruit output − household input cost); the part eaten at home is in kind",
            ),
            on * share * p.net_yuan,
            Unit::YuanPerYear,
        )
        .adoption(share)
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        t = param(t, "interventions.courtyard.planted_mu");
        t = param(t, "interventions.courtyard.home_consumption_pct");
        if p.vegetable_area_mu > 0.0 {
            t = t.part(veg);
        }
        if p.fruit_area_mu > 0.0 {
            t = t.part(fruit);
        }
        t.part(cost)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "假设：默认 2026 年", "Assumption: 2026 by default"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.planted_mu: f64, "种植面积", "Area planted", Unit::Mu, 0.0, 10.0,
        "假设：庭院 0.5 亩全部种植", "Assumption: the whole 0.5-mu courtyard planted"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.vegetable_share_pct: f64, "蔬菜面积比例", "Vegetable share", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.fruit_share_pct: f64, "果树面积比例", "Fruit share", Unit::Percent, 0.0, 100.0,
        "假设：40 %(博湖特色林果)", "Assumption: 40 % (Bohu specialty fruit)"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.vegetable_yield_kg_per_mu: f64, "蔬菜亩产", "Vegetable yield", Unit::KgPerMu, 0.0, 10_000.0,
        "假设：露地蔬菜 3,000 公斤/亩", "Assumption: open-field vegetables 3,000 kg/mu"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.vegetable_price_yuan_per_kg: f64, "蔬菜价格", "Vegetable price", Unit::YuanPerKg, 0.0, 20.0,
        "假设：农户出售价 2.5 元/公斤", "Assumption: farm-gate 2.5 yuan/kg"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.vegetable_cost_yuan_per_mu: f64, "蔬菜每亩成本", "Vegetable cost per mu", Unit::YuanPerMu, 0.0, 5_000.0,
        "假设：种子、肥料、地膜、水费 1,200 元/亩", "Assumption: seed, fertiliser, film, water 1,200 yuan/mu"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.fruit_yield_kg_per_mu: f64, "果品亩产", "Fruit yield", Unit::KgPerMu, 0.0, 5_000.0,
        "假设：盛果期 1,000 公斤/亩", "Assumption: 1,000 kg/mu once bearing"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.fruit_price_yuan_per_kg: f64, "果品价格", "Fruit price", Unit::YuanPerKg, 0.0, 50.0,
        "假设：6 元/公斤", "Assumption: 6 yuan/kg"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.fruit_cost_yuan_per_mu: f64, "果树每亩成本", "Fruit cost per mu", Unit::YuanPerMu, 0.0, 5_000.0,
        "假设：800 元/亩", "Assumption: 800 yuan/mu"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.fruit_bearing_year: u32, "第几年挂果", "Fruit bears from year", Unit::Years, 1.0, 10.0,
        "假设：栽后第 3 年", "Assumption: third year after planting"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.home_consumption_pct: f64, "自家食用比例", "Eaten at home", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.demo_support_yuan_per_year: f64, "示范户扶持(每年)", "Demonstration support a year", Unit::YuanPerYear, 0.0, 50_000.0,
        "假设：每户每年 2,000 元(调研无每户额度，按实际填写)。博湖调研：3,000 万元用于庭院、林果、畜禽、旅游等全部产业、整个项目期，2,193 户脱贫户平均约 13,700 元/户，并非每年庭院扶持", "Assumption: 2,000 yuan a household a year (the survey gives no per-household amount; enter the actual one). Bohu survey: 30 million yuan for all industries (courtyards, fruit, livestock, tourism …) over the whole programme, ≈ 13,700 yuan per lifted household across 2,193 — not a yearly courtyard support"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.demo_support_years: u32, "扶持年数", "Years of support", Unit::Years, 0.0, 20.0,
        "假设：3 年", "Assumption: 3 years"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.labor_months_per_mu: f64, "每亩庭院种植年用工", "Labor per mu planted a year", Unit::Months, 0.0, 12.0,
        "假设：约 40 个工日/亩 ≈ 1.5 个劳动月", "Assumption: about 40 working days a mu ≈ 1.5 labor-months"),
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Courtyard),
        interventions.courtyard.schedule.enabled,
        "启用庭院经济",
        "Use courtyard economy",
        "默认关闭",
        "Off by default"
    )],
    choices: &[],
};
