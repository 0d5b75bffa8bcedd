//! 鸡苗发放 Poultry from free chicks (Hejing: 100 chicks a household, 10 yuan of subsidy each).
//!
//! Each round of chicks becomes a cohort: survivors × layer share are kept as hens, the rest are
//! grown and sold (or eaten) as meat birds in the year received. Hens lay for `layer_life_years`
//! (half a year's eggs in their first year, since chicks start laying at about five months) and
//! are sold as spent hens at the end of their last year. If the household replaces its layers,
//! it buys `hens ÷ survival` chicks at its own cost and the cycle repeats.
//!
//! Every surviving bird is worth at least as much as a dead one: the accepted ranges keep
//! bird price ≥ feed per bird and a hen's half-year of eggs ≥ her yearly feed (docs/model.md).

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Percent, Unit, Yuan};

/// Share of a year's eggs a hen lays in the year she arrives as a chick.
pub const FIRST_YEAR_LAYING_SHARE: f64 = 0.5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Poultry {
    pub schedule: Schedule,
    /// Chicks received per round (鸡苗).
    pub chicks_per_round_head: Head,
    /// Rounds: chicks are handed out in each of the first `rounds` years from the start.
    pub rounds: u32,
    /// Public subsidy per chick (program cost).
    pub subsidy_yuan_per_chick: Yuan,
    /// Share of chicks that survive to sale or to laying.
    pub survival_pct: Percent,
    /// Share of survivors kept as laying hens.
    pub layer_share_pct: Percent,
    pub eggs_per_hen_year: f64,
    pub egg_price_yuan: Yuan,
    /// Sale price of a grown bird (meat bird or spent hen).
    pub bird_price_yuan: Yuan,
    /// Share of eggs and birds eaten at home (in kind, valued at the farm-gate price).
    pub home_consumption_pct: Percent,
    /// Feed to grow one meat bird to sale.
    pub feed_yuan_per_bird: Yuan,
    /// Vaccines per chick received.
    pub vaccine_yuan_per_chick: Yuan,
    /// Feed per laying hen per year (courtyard hens scavenge; this is the grain bought).
    pub layer_feed_yuan_per_hen_year: Yuan,
    /// Years a hen is kept, counting the year she arrives.
    pub layer_life_years: u32,
    /// Whether the household buys chicks to replace spent hens.
    pub replace_layers: bool,
    /// Price the household pays per replacement chick.
    pub replacement_chick_price_yuan: Yuan,
}

impl Default for Poultry {
    /// Hejing (和静) free chicks: 100 a household at 10 yuan each (survey); survival 80 %,
    /// 100 yuan a bird, 25 yuan feed, 120 eggs at 1.5 yuan (parameters.md); rest assumed.
    fn default() -> Self {
        Poultry {
            schedule: Schedule::default(),
            chicks_per_round_head: 100.0,
            rounds: 1,
            subsidy_yuan_per_chick: 10.0,
            survival_pct: 80.0,
            layer_share_pct: 40.0,
            eggs_per_hen_year: 120.0,
            egg_price_yuan: 1.5,
            bird_price_yuan: 100.0,
            home_consumption_pct: 30.0,
            feed_yuan_per_bird: 25.0,
            vaccine_yuan_per_chick: 2.0,
            layer_feed_yuan_per_hen_year: 30.0,
            layer_life_years: 2,
            replace_layers: false,
            replacement_chick_price_yuan: 10.0,
        }
    }
}

/// One year's flows from all cohorts, full amounts (adoption already applied per round).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PoultryYear {
    pub chicks_received_head: Head,
    pub meat_birds_head: Head,
    pub hens_head: Head,
    pub spent_hens_head: Head,
    pub replacement_chicks_head: Head,
    pub eggs: f64,
    pub egg_value_yuan: Yuan,
    pub bird_value_yuan: Yuan,
    pub feed_vaccine_yuan: Yuan,
    pub replacement_cost_yuan: Yuan,
    pub subsidy_yuan: Yuan,
}

impl PoultryYear {
    pub fn gross_yuan(&self) -> Yuan {
        self.egg_value_yuan + self.bird_value_yuan
    }
    pub fn net_yuan(&self) -> Yuan {
        self.gross_yuan() - self.feed_vaccine_yuan - self.replacement_cost_yuan
    }
}

impl Poultry {
    /// Flows in year index `i` of the horizon, summed over every round received so far.
    pub fn year(&self, scenario: &Scenario, i: usize) -> PoultryYear {
        let mut y = PoultryYear::default();
        let year = scenario.horizon.year_of(i);
        let s = frac(self.survival_pct);
        let layer_share = frac(self.layer_share_pct);
        let life = self.layer_life_years.max(1) as i32;
        for r in 0..self.rounds as i32 {
            let received_year = self.schedule.start_year + r;
            if received_year > year || self.schedule.years_since_start(received_year).is_none() {
                continue;
            }
            let chicks = self.chicks_per_round_head * self.schedule.adoption_share(received_year);
            let hens = chicks * s * layer_share;
            let age = year - received_year;
            if age == 0 {
                let meat = chicks * s * (1.0 - layer_share);
                y.chicks_received_head += chicks;
                y.meat_birds_head += meat;
                y.bird_value_yuan += meat * self.bird_price_yuan;
                y.feed_vaccine_yuan +=
                    meat * self.feed_yuan_per_bird + chicks * self.vaccine_yuan_per_chick;
                y.subsidy_yuan += chicks * self.subsidy_yuan_per_chick;
            }
            // Hens of this round (and their replacements) cycle every `life` years.
            if age >= life && !self.replace_layers {
                continue;
            }
            let age_in_cycle = age % life;
            if age >= life && age_in_cycle == 0 {
                let bought = hens / s.max(f64::MIN_POSITIVE);
                y.replacement_chicks_head += bought;
                y.replacement_cost_yuan +=
                    bought * (self.replacement_chick_price_yuan + self.vaccine_yuan_per_chick);
            }
            let laying = if age_in_cycle == 0 {
                FIRST_YEAR_LAYING_SHARE
            } else {
                1.0
            };
            let eggs = hens * self.eggs_per_hen_year * laying;
            y.hens_head += hens;
            y.eggs += eggs;
            y.egg_value_yuan += eggs * self.egg_price_yuan;
            y.feed_vaccine_yuan += hens * self.layer_feed_yuan_per_hen_year;
            if age_in_cycle == life - 1 {
                y.spent_hens_head += hens;
                y.bird_value_yuan += hens * self.bird_price_yuan;
            }
        }
        y
    }
}

impl Module for Poultry {
    const KIND: InterventionKind = InterventionKind::Poultry;
    const NAME: Text = Text::new("鸡苗发放", "Free chicks");

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (i, effect) in out.iter_mut().enumerate() {
            let y = self.year(scenario, i);
            effect.by_source[Source::Poultry] += y.net_yuan();
            effect.in_kind_yuan += y.gross_yuan() * frac(self.home_consumption_pct);
            effect.program_cost_yuan += y.subsidy_yuan;
            effect.herd_change.poultry_head += y.hens_head + y.meat_birds_head;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let i = (year - scenario.horizon.base_year).max(0) as usize;
        let y = self.year(scenario, i);
        let eggs = Trace::new(
            Text::new("鸡蛋产值", "Egg output"),
            Text::new(
                "蛋鸡数 × 年产蛋 × 产蛋期比例 × 蛋价(首年产蛋半年)",
                "hens × eggs per hen × laying share × egg price (half a year in a hen's first year)",
            ),
            y.egg_value_yuan,
            Unit::YuanPerYear,
        )
        .input(Text::new("蛋鸡数", "Laying hens"), y.hens_head, Unit::Head)
        .input(Text::new("年产蛋数", "Eggs per hen a year"), self.eggs_per_hen_year, Unit::Count)
        .input(Text::new("蛋价", "Egg price"), self.egg_price_yuan, Unit::YuanPerUnit)
        .input(Text::new("当年产蛋", "Eggs this year"), y.eggs, Unit::Count);
        let birds = Trace::new(
            Text::new("出售(自食)成鸡产值", "Grown birds sold or eaten"),
            Text::new(
                "(肉鸡 + 淘汰蛋鸡) × 成鸡价格",
                "(meat birds + spent hens) × bird price",
            ),
            y.bird_value_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("肉鸡", "Meat birds"),
            y.meat_birds_head,
            Unit::Head,
        )
        .input(
            Text::new("淘汰蛋鸡", "Spent hens"),
            y.spent_hens_head,
            Unit::Head,
        )
        .input(
            Text::new("成鸡价格", "Bird price"),
            self.bird_price_yuan,
            Unit::YuanPerHead,
        );
        let costs = Trace::new(
            Text::new("饲料、防疫与补栏成本", "Feed, vaccine and replacement cost"),
            Text::new(
                "肉鸡 × 每只饲料 + 鸡苗 × 防疫 + 蛋鸡 × 年饲料 + 补栏鸡苗 × (价格 + 防疫)",
                "meat birds × feed + chicks × vaccine + hens × yearly feed + replacement chicks × (price + vaccine)",
            ),
            -(y.feed_vaccine_yuan + y.replacement_cost_yuan),
            Unit::YuanPerYear,
        )
        .input(Text::new("当年鸡苗", "Chicks received"), y.chicks_received_head, Unit::Head)
        .input(Text::new("每只肉鸡饲料", "Feed per meat bird"), self.feed_yuan_per_bird, Unit::YuanPerHead)
        .input(Text::new("每只防疫", "Vaccine per chick"), self.vaccine_yuan_per_chick, Unit::YuanPerHead)
        .input(Text::new("蛋鸡年饲料", "Feed per hen a year"), self.layer_feed_yuan_per_hen_year, Unit::YuanPerHead)
        .input(Text::new("补栏鸡苗", "Replacement chicks"), y.replacement_chicks_head, Unit::Head);
        Trace::new(
            Text::new("家禽增收", "Poultry income gain"),
            Text::new(
                "鸡蛋产值 + 成鸡产值 − 饲料防疫补栏成本；鸡苗 = 每批 × 采纳比例，成活 × 留蛋鸡比例为蛋鸡",
                "egg output + bird output − feed, vaccine and replacement; chicks = per round × adoption, survivors × layer share kept as hens",
            ),
            y.net_yuan(),
            Unit::YuanPerYear,
        )
        .input(Text::new("每批鸡苗", "Chicks per round"), self.chicks_per_round_head, Unit::Head)
        .input(Text::new("成活率", "Survival"), self.survival_pct, Unit::Percent)
        .input(Text::new("留作蛋鸡比例", "Kept as layers"), self.layer_share_pct, Unit::Percent)
        .input(Text::new("蛋鸡饲养年限", "Layer life"), self.layer_life_years as f64, Unit::Years)
        .input(Text::new("自家食用比例", "Eaten at home"), self.home_consumption_pct, Unit::Percent)
        .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        .part(eggs)
        .part(birds)
        .part(costs)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Poultry), interventions.poultry.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.chicks_per_round_head: f64, "每批鸡苗", "Chicks per round", Unit::Head, 0.0, 1_000.0,
        "和静调研：30 万只 ÷ 3,000 户 = 100 只", "Hejing survey: 300,000 ÷ 3,000 households = 100"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.rounds: u32, "发放批数(年)", "Rounds (years)", Unit::Years, 1.0, 20.0,
        "和静调研：一次发放", "Hejing survey: one hand-out"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.subsidy_yuan_per_chick: f64, "每只鸡苗补贴", "Subsidy per chick", Unit::YuanPerHead, 0.0, 30.0,
        "和静调研：300 万元 ÷ 30 万只 = 10 元；呼图壁 8 元", "Hejing survey: 3 million ÷ 300,000 = 10 yuan; Hutubi 8"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.survival_pct: f64, "成活率", "Survival to sale", Unit::Percent, 0.0, 100.0,
        "散养调查 57 %，规范饲养 97 %；默认 80 %", "Backyard surveys 57 %, managed flocks 97 %; default 80 %"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_share_pct: f64, "留作蛋鸡比例", "Kept as layers", Unit::Percent, 0.0, 100.0,
        "假设：母鸡约半数，留 40 %", "Assumption: about half are hens; 40 % kept"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.eggs_per_hen_year: f64, "年产蛋数", "Eggs per hen a year", Unit::Count, 90.0, 300.0,
        "地方品种 90–180 枚(北京油鸡、寿光鸡)", "Local breeds 90–180 (Beijing oil chicken, Shouguang)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.egg_price_yuan: f64, "鸡蛋价格", "Egg price", Unit::YuanPerUnit, 1.0, 5.0,
        "土鸡蛋零售 1.2–2 元/枚(非新疆)", "Free-range retail 1.2–2 yuan/egg (not Xinjiang)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.bird_price_yuan: f64, "成鸡价格", "Grown bird price", Unit::YuanPerHead, 60.0, 300.0,
        "和静 2018：100–150 元；兵团 60–80；呼图壁约 100", "Hejing 2018: 100–150; Bingtuan 60–80; Hutubi ~100"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.home_consumption_pct: f64, "自家食用比例", "Eaten at home", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.feed_yuan_per_bird: f64, "每只肉鸡饲料", "Feed per meat bird", Unit::YuanPerHead, 0.0, 50.0,
        "兵团报告：25 元/只", "Bingtuan report: 25 yuan a bird"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.vaccine_yuan_per_chick: f64, "每只防疫费", "Vaccine per chick", Unit::YuanPerHead, 0.0, 10.0,
        "假设：2 元/只", "Assumption: 2 yuan a chick"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_feed_yuan_per_hen_year: f64, "蛋鸡年饲料", "Feed per hen a year", Unit::YuanPerHead, 0.0, 40.0,
        "假设：庭院散养补饲 30 元/年", "Assumption: courtyard hens, 30 yuan of grain a year"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_life_years: u32, "蛋鸡饲养年限", "Layer life", Unit::Years, 1.0, 5.0,
        "假设：2 年", "Assumption: 2 years"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.replacement_chick_price_yuan: f64, "补栏鸡苗价格", "Replacement chick price", Unit::YuanPerHead, 0.0, 30.0,
        "和静补贴额 10 元/只作参照", "Hejing's 10-yuan subsidy as the reference"),
        // 肉羊改良 Sheep
    ],
    toggles: &[
        toggle!(
            Section::Intervention(K::Poultry),
            interventions.poultry.schedule.enabled,
            "启用鸡苗发放",
            "Use free chicks",
            "默认关闭",
            "Off by default"
        ),
        toggle!(
            Section::Intervention(K::Poultry),
            interventions.poultry.replace_layers,
            "淘汰蛋鸡后自购补栏",
            "Household replaces spent hens",
            "假设：不补栏",
            "Assumption: no replacement"
        ),
    ],
    choices: &[],
};
