//! 庭院经济 Courtyard economy: vegetables and fruit on the courtyard plot, with input support for
//! demonstration households (示范户, Bohu).
//!
//! net = area × [veg share × (yield × price − cost) + fruit share × (bearing × yield × price − cost)]
//!       + support that offsets input cost (never more than the cost itself)

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Mu, Percent, Unit, Yuan, YuanPerMu};

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
}

impl Default for Courtyard {
    /// Bohu (博湖) demonstration courtyard: 0.5 mu, 60 % vegetables and 40 % fruit; yields,
    /// prices and costs are assumptions to be replaced locally (docs/model.md).
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
            demo_support_yuan_per_year: 0.0,
            demo_support_years: 3,
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

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(k);
            effect.by_source[Source::Courtyard] += share * p.net_yuan;
            effect.in_kind_yuan += share * p.in_kind_yuan;
            effect.program_cost_yuan += share * p.support_yuan;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let _ = scenario;
        let k = self.schedule.years_since_start(year);
        let on = k.is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(k.unwrap_or(0));
        let veg = Trace::new(
            Text::new("蔬菜产值", "Vegetable output"),
            Text::new("蔬菜面积 × 亩产 × 价格", "vegetable area × yield × price"),
            on * p.vegetable_value_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("蔬菜面积", "Vegetable area"),
            p.vegetable_area_mu,
            Unit::Mu,
        )
        .input(
            Text::new("蔬菜亩产", "Vegetable yield"),
            self.vegetable_yield_kg_per_mu,
            Unit::KgPerMu,
        )
        .input(
            Text::new("蔬菜价格", "Vegetable price"),
            self.vegetable_price_yuan_per_kg,
            Unit::YuanPerKg,
        );
        let fruit = Trace::new(
            Text::new("果品产值", "Fruit output"),
            Text::new(
                "果树面积 × 亩产 × 价格(挂果后)",
                "fruit area × yield × price (once bearing)",
            ),
            on * p.fruit_value_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("果树面积", "Fruit area"),
            p.fruit_area_mu,
            Unit::Mu,
        )
        .input(
            Text::new("果品亩产", "Fruit yield"),
            self.fruit_yield_kg_per_mu,
            Unit::KgPerMu,
        )
        .input(
            Text::new("果品价格", "Fruit price"),
            self.fruit_price_yuan_per_kg,
            Unit::YuanPerKg,
        )
        .input(
            Text::new("第几年挂果", "Bears from year"),
            self.fruit_bearing_year as f64,
            Unit::Years,
        );
        let cost = Trace::new(
            Text::new("农户投入成本", "Household input cost"),
            Text::new(
                "max(0, 蔬菜面积 × 每亩成本 + 果树面积 × 每亩成本 − 示范户扶持)",
                "max(0, veg area × cost per mu + fruit area × cost per mu − demonstration support)",
            ),
            -on * (p.input_cost_yuan - p.support_yuan).max(0.0),
            Unit::YuanPerYear,
        )
        .input(
            Text::new("蔬菜每亩成本", "Vegetable cost per mu"),
            self.vegetable_cost_yuan_per_mu,
            Unit::YuanPerMu,
        )
        .input(
            Text::new("果树每亩成本", "Fruit cost per mu"),
            self.fruit_cost_yuan_per_mu,
            Unit::YuanPerMu,
        )
        .input(
            Text::new("示范户扶持", "Demonstration support"),
            p.support_yuan,
            Unit::YuanPerYear,
        );
        Trace::new(
            Text::new("庭院经济增收", "Courtyard income gain"),
            Text::new(
                "采纳比例 × (蔬菜产值 + 果品产值 − 农户投入成本)；其中自家食用部分为实物收入",
                "adoption × (vegetable output + fruit output − household input cost); the part eaten at home is in kind",
            ),
            on * share * p.net_yuan,
            Unit::YuanPerYear,
        )
        .adoption(share)
        .input(Text::new("种植面积", "Area planted"), self.planted_mu, Unit::Mu)
        .input(Text::new("自家食用比例", "Eaten at home"), self.home_consumption_pct, Unit::Percent)
        .part(veg)
        .part(fruit)
        .part(cost)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
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
        "博湖：3,000 万元扶持庭院等产业、500+ 示范户；每户额度按实际填写", "Bohu: 30 million yuan for courtyards and other industries, 500+ demonstration households; enter the actual amount"),
        field!(Section::Intervention(K::Courtyard), interventions.courtyard.demo_support_years: u32, "扶持年数", "Years of support", Unit::Years, 0.0, 20.0,
        "假设：3 年", "Assumption: 3 years"),
        // 鸡苗 Poultry
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
