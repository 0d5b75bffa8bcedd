//! 鸡苗发放 Poultry from free chicks (Hejing: 100 chicks a household, 10 yuan of subsidy each).
//!
//! Each round of chicks becomes a cohort: survivors × layer share are kept as hens, the rest are
//! grown and sold (or eaten) as meat birds in the year received. Hens lay for `layer_life_years`
//! (half a year's eggs in their first year, since chicks start laying at about five months) and
//! are sold as spent hens — at the spent-hen price, far below a meat bird's — at the end of their
//! last year. A hen eats `layer_feed_kg_per_hen_year` of feed every year she is kept (in her first
//! year as a growing pullet, then laying). Every chick needs brooding heat (育雏保温) and vaccines;
//! the household builds a coop (鸡舍) once, when it first takes chicks. If the household replaces
//! its layers, it buys `hens ÷ survival` chicks at its own cost and the cycle repeats.
//!
//! Baseline (no intervention; runs whether or not the module is on): the household's own laying
//! hens (`household.herd.laying_hens_head`) are kept at that number. Each year a share 1 ÷ layer
//! life is sold as spent hens and replaced by pullets raised from `share ÷ survival` chicks at the
//! replacement chick price (bought or hatched), so on average a hen lays (life − ½) ÷ life of a
//! full year's eggs. The free chicks' effect is only what their flock adds.
//!
//! A surviving meat bird is always worth more than a dead one within the sourced ranges (price
//! ≥ 60 > feed ≤ 50 yuan); a hen need not be: with dear feed and cheap eggs, keeping her loses
//! money, as it does in life.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Kg, Months, Percent, Unit, Yuan};

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
    /// Farm-gate price of an egg (what the household gets, not retail).
    pub egg_price_yuan: Yuan,
    /// Sale price of a grown meat bird.
    pub bird_price_yuan: Yuan,
    /// Sale price of a spent hen at the end of her laying life.
    pub spent_hen_price_yuan: Yuan,
    /// Share of eggs and birds eaten at home (in kind, valued at the farm-gate price).
    pub home_consumption_pct: Percent,
    /// Feed to grow one meat bird to sale.
    pub feed_yuan_per_bird: Yuan,
    /// Vaccines per chick.
    pub vaccine_yuan_per_chick: Yuan,
    /// Brooding heat (育雏保温) per chick for its first weeks.
    pub brooding_yuan_per_chick: Yuan,
    /// Feed a hen eats a year (bought grain and mash).
    pub layer_feed_kg_per_hen_year: Kg,
    /// Price of layer feed.
    pub feed_price_yuan_per_kg: Yuan,
    /// Years a hen is kept, counting the year she arrives.
    pub layer_life_years: u32,
    /// Whether the household buys chicks to replace spent hens.
    pub replace_layers: bool,
    /// Price the household pays per replacement chick.
    pub replacement_chick_price_yuan: Yuan,
    /// A coop (鸡舍) the household builds once when it first takes chicks (its own outlay).
    pub coop_yuan: Yuan,
    /// Labor-months 100 birds take a year (feeding, eggs, cleaning).
    pub labor_months_per_100_birds: Months,
}

impl Default for Poultry {
    /// Hejing (和静) free chicks: 100 a household at 10 yuan each (survey); survival 80 %,
    /// 100 yuan a meat bird, 25 yuan feed, 120 eggs, 38 kg of feed a hen a year
    /// (parameters.md); farm-gate egg price, spent-hen price, coop, brooding and labor assumed.
    fn default() -> Self {
        Poultry {
            schedule: Schedule::default(),
            chicks_per_round_head: 100.0,
            rounds: 1,
            subsidy_yuan_per_chick: 10.0,
            survival_pct: 80.0,
            layer_share_pct: 40.0,
            eggs_per_hen_year: 120.0,
            egg_price_yuan: 1.2,
            bird_price_yuan: 100.0,
            spent_hen_price_yuan: 40.0,
            home_consumption_pct: 30.0,
            feed_yuan_per_bird: 25.0,
            vaccine_yuan_per_chick: 2.0,
            brooding_yuan_per_chick: 2.0,
            layer_feed_kg_per_hen_year: 38.0,
            feed_price_yuan_per_kg: 2.8,
            layer_life_years: 2,
            replace_layers: false,
            replacement_chick_price_yuan: 10.0,
            coop_yuan: 1_500.0,
            labor_months_per_100_birds: 1.0,
        }
    }
}

/// One year's flows from all cohorts, full amounts (adoption already applied per round).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PoultryYear {
    /// Free chicks received this year.
    pub chicks_received_head: Head,
    /// Chicks the household buys this year to replace spent hens.
    pub replacement_chicks_head: Head,
    pub meat_birds_head: Head,
    pub hens_head: Head,
    pub spent_hens_head: Head,
    pub eggs: f64,
    pub egg_value_yuan: Yuan,
    pub meat_value_yuan: Yuan,
    pub spent_hen_value_yuan: Yuan,
    pub meat_feed_yuan: Yuan,
    pub hen_feed_yuan: Yuan,
    /// (free + bought chicks) × (vaccine + brooding heat).
    pub chick_care_yuan: Yuan,
    /// Bought chicks × replacement chick price.
    pub replacement_cost_yuan: Yuan,
    /// Coops built this year (coop × the rise in adoption).
    pub coop_yuan: Yuan,
    pub subsidy_yuan: Yuan,
}

impl PoultryYear {
    pub fn gross_yuan(&self) -> Yuan {
        self.egg_value_yuan + self.meat_value_yuan + self.spent_hen_value_yuan
    }
    pub fn cost_yuan(&self) -> Yuan {
        self.meat_feed_yuan
            + self.hen_feed_yuan
            + self.chick_care_yuan
            + self.replacement_cost_yuan
            + self.coop_yuan
    }
    pub fn net_yuan(&self) -> Yuan {
        self.gross_yuan() - self.cost_yuan()
    }
    /// The household's own cash outlays among the costs: bought chicks and the coop.
    pub fn outlay_yuan(&self) -> Yuan {
        self.replacement_cost_yuan + self.coop_yuan
    }
}

/// The household's own flock, kept at its census number, one year (base-year prices).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FlockBaseline {
    pub hens_head: Head,
    pub eggs: f64,
    pub egg_value_yuan: Yuan,
    pub spent_hens_head: Head,
    pub spent_hen_value_yuan: Yuan,
    pub feed_yuan: Yuan,
    pub replacement_chicks_head: Head,
    /// Replacement chicks × (chick price + vaccine + brooding).
    pub replacement_cost_yuan: Yuan,
    pub labor_months: Months,
}

impl FlockBaseline {
    pub fn gross_yuan(&self) -> Yuan {
        self.egg_value_yuan + self.spent_hen_value_yuan
    }
    pub fn net_yuan(&self) -> Yuan {
        self.gross_yuan() - self.feed_yuan - self.replacement_cost_yuan
    }
}

impl Poultry {
    /// Yearly feed cost of one hen = kg × price.
    pub fn hen_feed_yuan_per_year(&self) -> Yuan {
        self.layer_feed_kg_per_hen_year * self.feed_price_yuan_per_kg
    }

    fn chick_care_yuan(&self) -> Yuan {
        self.vaccine_yuan_per_chick + self.brooding_yuan_per_chick
    }

    /// Flows in year index `i` of the horizon, summed over every round received so far.
    pub fn year(&self, scenario: &Scenario, i: usize) -> PoultryYear {
        let mut y = PoultryYear::default();
        let year = scenario.horizon.year_of(i);
        let s = frac(self.survival_pct);
        let layer_share = frac(self.layer_share_pct);
        let life = self.layer_life_years.max(1) as i32;
        let hen_feed = self.hen_feed_yuan_per_year();
        // Highest adoption reached by earlier rounds: new coops only for new adopters.
        let mut adopted = 0.0_f64;
        for r in 0..self.rounds as i32 {
            let received_year = self.schedule.start_year + r;
            if received_year > year || self.schedule.years_since_start(received_year).is_none() {
                continue;
            }
            let share = self.schedule.adoption_share(received_year);
            let chicks = self.chicks_per_round_head * share;
            let hens = chicks * s * layer_share;
            let age = year - received_year;
            if age == 0 {
                let meat = chicks * s * (1.0 - layer_share);
                y.chicks_received_head += chicks;
                y.meat_birds_head += meat;
                y.meat_value_yuan += meat * self.bird_price_yuan;
                y.meat_feed_yuan += meat * self.feed_yuan_per_bird;
                y.chick_care_yuan += chicks * self.chick_care_yuan();
                y.subsidy_yuan += chicks * self.subsidy_yuan_per_chick;
                y.coop_yuan += self.coop_yuan * (share - adopted).max(0.0);
            }
            adopted = adopted.max(share);
            // Hens of this round (and their replacements) cycle every `life` years.
            if age >= life && !self.replace_layers {
                continue;
            }
            let age_in_cycle = age % life;
            if age >= life && age_in_cycle == 0 && s > 0.0 {
                let bought = hens / s;
                y.replacement_chicks_head += bought;
                y.replacement_cost_yuan += bought * self.replacement_chick_price_yuan;
                y.chick_care_yuan += bought * self.chick_care_yuan();
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
            y.hen_feed_yuan += hens * hen_feed;
            if age_in_cycle == life - 1 {
                y.spent_hens_head += hens;
                y.spent_hen_value_yuan += hens * self.spent_hen_price_yuan;
            }
        }
        y
    }

    /// The household's own hens, the same every year: a steady flock at the census number.
    pub fn baseline_year(&self, scenario: &Scenario) -> FlockBaseline {
        let hens = scenario.household.herd.laying_hens_head;
        let life = self.layer_life_years.max(1) as f64;
        let s = frac(self.survival_pct);
        let spent = hens / life;
        let chicks = if s > 0.0 { spent / s } else { 0.0 };
        // A hen lays half a year in her first year, full years after.
        let laying = (life - 1.0 + FIRST_YEAR_LAYING_SHARE) / life;
        let eggs = hens * self.eggs_per_hen_year * laying;
        FlockBaseline {
            hens_head: hens,
            eggs,
            egg_value_yuan: eggs * self.egg_price_yuan,
            spent_hens_head: spent,
            spent_hen_value_yuan: spent * self.spent_hen_price_yuan,
            feed_yuan: hens * self.hen_feed_yuan_per_year(),
            replacement_chicks_head: chicks,
            replacement_cost_yuan: chicks
                * (self.replacement_chick_price_yuan + self.chick_care_yuan()),
            labor_months: hens / 100.0 * self.labor_months_per_100_birds,
        }
    }
}

const P: &str = "interventions.poultry.";

/// The registry id of one of this module's parameters.
fn id(name: &'static str) -> String {
    format!("{P}{name}")
}

/// An intermediate quantity as an input, only when it is not zero (no "0 head" rows).
fn some(t: Trace, label: Text, value: f64, unit: Unit) -> Trace {
    if value != 0.0 {
        t.input(label, value, unit)
    } else {
        t
    }
}

impl Module for Poultry {
    const KIND: InterventionKind = InterventionKind::Poultry;
    const NAME: Text = Text::new("鸡苗发放", "Free chicks");
    const COST_FORMULA: Text = Text::new(
        "当年发放鸡苗 × 每只补贴",
        "chicks handed out this year × subsidy per chick",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn baseline(&self, scenario: &Scenario, out: &mut [Effect]) -> bool {
        let b = self.baseline_year(scenario);
        if b.hens_head <= 0.0 {
            return false;
        }
        let in_kind = b.gross_yuan() * frac(self.home_consumption_pct);
        for effect in out.iter_mut() {
            effect.by_source[Source::Poultry] += b.net_yuan();
            effect.in_kind_yuan += in_kind;
            effect.labor_months += b.labor_months;
        }
        true
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let home = frac(self.home_consumption_pct);
        let labor = self.labor_months_per_100_birds / 100.0;
        for (i, effect) in out.iter_mut().enumerate() {
            let y = self.year(scenario, i);
            effect.by_source[Source::Poultry] += y.net_yuan();
            effect.in_kind_yuan += y.gross_yuan() * home;
            effect.program_cost_yuan += y.subsidy_yuan;
            effect.household_outlay_yuan += y.outlay_yuan();
            effect.herd_change.poultry_head += y.hens_head + y.meat_birds_head;
            effect.labor_months += (y.hens_head + y.meat_birds_head) * labor;
        }
    }

    fn explain_baseline(&self, scenario: &Scenario, _year: i32) -> Option<Trace> {
        let b = self.baseline_year(scenario);
        if b.hens_head <= 0.0 {
            return None;
        }
        Some(
            Trace::new(
                Text::new("家禽(基线：自养蛋鸡)", "Poultry (baseline: the household's own hens)"),
                Text::new(
                    "蛋鸡 × 年产蛋 × (年限 − ½) ÷ 年限 × 蛋价 + 蛋鸡 ÷ 年限 × 淘汰鸡价 − 蛋鸡 × 年耗料 × 饲料价 − 补栏鸡苗 × (鸡苗价 + 防疫 + 育雏保温)；补栏鸡苗 = 蛋鸡 ÷ 年限 ÷ 成活率",
                    "hens × eggs a year × (life − ½) ÷ life × egg price + hens ÷ life × spent-hen price − hens × feed kg × feed price − replacement chicks × (chick price + vaccine + brooding); replacement chicks = hens ÷ life ÷ survival",
                ),
                b.net_yuan(),
                Unit::YuanPerYear,
            )
            .param(scenario, "household.herd.laying_hens_head")
            .param(scenario, &id("eggs_per_hen_year"))
            .param(scenario, &id("layer_life_years"))
            .input(Text::new("年产蛋", "Eggs a year"), b.eggs, Unit::Count)
            .param(scenario, &id("egg_price_yuan"))
            .input(Text::new("淘汰蛋鸡", "Spent hens sold"), b.spent_hens_head, Unit::Head)
            .param(scenario, &id("spent_hen_price_yuan"))
            .param(scenario, &id("layer_feed_kg_per_hen_year"))
            .param(scenario, &id("feed_price_yuan_per_kg"))
            .param(scenario, &id("survival_pct"))
            .input(Text::new("补栏鸡苗", "Replacement chicks"), b.replacement_chicks_head, Unit::Head)
            .param(scenario, &id("replacement_chick_price_yuan"))
            .param(scenario, &id("vaccine_yuan_per_chick"))
            .param(scenario, &id("brooding_yuan_per_chick"))
            .param(scenario, &id("home_consumption_pct"))
            .input(Text::new("养鸡用工", "Labor on the hens"), b.labor_months, Unit::Months),
        )
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let i = (year - scenario.horizon.base_year).max(0) as usize;
        let y = self.year(scenario, i);
        let mut t = Trace::new(
            Text::new("家禽增收", "Poultry income gain"),
            Text::new(
                "鸡蛋产值 + 肉鸡与淘汰鸡产值 − 饲料、鸡苗与鸡舍成本；鸡苗 = 每批 × 采纳比例，成活 × 留蛋鸡比例为蛋鸡",
                "egg output + meat birds and spent hens − feed, chick and coop costs; chicks = per round × adoption, survivors × layer share kept as hens",
            ),
            y.net_yuan(),
            Unit::YuanPerYear,
        )
        .param(scenario, &id("chicks_per_round_head"))
        .param(scenario, &id("survival_pct"))
        .param(scenario, &id("layer_share_pct"))
        .param(scenario, &id("layer_life_years"))
        .param(scenario, &id("home_consumption_pct"))
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        if y.hens_head > 0.0 {
            let eggs = Trace::new(
                Text::new("鸡蛋产值", "Egg output"),
                Text::new(
                    "蛋鸡 × 年产蛋 × 产蛋期比例 × 农户出售价(首年产蛋半年)",
                    "hens × eggs a year × laying share × farm-gate price (half a year in a hen's first year)",
                ),
                y.egg_value_yuan,
                Unit::YuanPerYear,
            )
            .input(Text::new("蛋鸡", "Laying hens"), y.hens_head, Unit::Head)
            .param(scenario, &id("eggs_per_hen_year"))
            .input(Text::new("当年产蛋", "Eggs this year"), y.eggs, Unit::Count)
            .param(scenario, &id("egg_price_yuan"));
            t = t.part(eggs);
        }
        if y.meat_value_yuan + y.spent_hen_value_yuan != 0.0 {
            let mut birds = Trace::new(
                Text::new("出售(自食)成鸡产值", "Grown birds sold or eaten"),
                Text::new(
                    "肉鸡 × 肉鸡价 + 淘汰蛋鸡 × 淘汰鸡价",
                    "meat birds × meat-bird price + spent hens × spent-hen price",
                ),
                y.meat_value_yuan + y.spent_hen_value_yuan,
                Unit::YuanPerYear,
            );
            if y.meat_birds_head > 0.0 {
                birds = birds
                    .input(
                        Text::new("肉鸡", "Meat birds"),
                        y.meat_birds_head,
                        Unit::Head,
                    )
                    .param(scenario, &id("bird_price_yuan"));
            }
            if y.spent_hens_head > 0.0 {
                birds = birds
                    .input(
                        Text::new("淘汰蛋鸡", "Spent hens"),
                        y.spent_hens_head,
                        Unit::Head,
                    )
                    .param(scenario, &id("spent_hen_price_yuan"));
            }
            t = t.part(birds);
        }
        let mut costs = Trace::new(
            Text::new("饲料、鸡苗与鸡舍成本", "Feed, chick and coop costs"),
            Text::new(
                "肉鸡 × 每只饲料 + 蛋鸡 × 年耗料 × 饲料价 + 鸡苗 × (防疫 + 育雏保温) + 补栏鸡苗 × 价格 + 鸡舍 × 新增采纳比例",
                "meat birds × feed + hens × feed kg × feed price + chicks × (vaccine + brooding) + replacement chicks × price + coop × new adoption",
            ),
            -y.cost_yuan(),
            Unit::YuanPerYear,
        );
        if y.meat_birds_head > 0.0 {
            costs = costs.param(scenario, &id("feed_yuan_per_bird"));
        }
        if y.hens_head > 0.0 {
            costs = costs
                .param(scenario, &id("layer_feed_kg_per_hen_year"))
                .param(scenario, &id("feed_price_yuan_per_kg"));
        }
        let chicks = y.chicks_received_head + y.replacement_chicks_head;
        costs = some(
            costs,
            Text::new("当年鸡苗(发放)", "Chicks received"),
            y.chicks_received_head,
            Unit::Head,
        );
        costs = some(
            costs,
            Text::new("补栏鸡苗(自购)", "Replacement chicks bought"),
            y.replacement_chicks_head,
            Unit::Head,
        );
        if chicks > 0.0 {
            costs = costs
                .param(scenario, &id("vaccine_yuan_per_chick"))
                .param(scenario, &id("brooding_yuan_per_chick"));
        }
        if y.replacement_chicks_head > 0.0 {
            costs = costs.param(scenario, &id("replacement_chick_price_yuan"));
        }
        if y.coop_yuan > 0.0 {
            costs = costs.param(scenario, &id("coop_yuan"));
        }
        if y.cost_yuan() != 0.0 {
            t = t.part(costs);
        }
        t
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Poultry), interventions.poultry.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.chicks_per_round_head: f64, "每批鸡苗", "Chicks per round", Unit::Head, 0.0, 1_000.0,
        "和静调研：30 万只 ÷ 3,000 户 = 100 只", "Hejing survey: 300,000 ÷ 3,000 households = 100")
            .documented(10.0, 1000.0, Text::new("参数表：10–1,000 只(和静调研 100)", "parameters.md: 10–1,000 (Hejing survey 100)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.rounds: u32, "发放批数(年)", "Rounds (years)", Unit::Years, 1.0, 20.0,
        "和静调研：一次发放", "Hejing survey: one hand-out"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.subsidy_yuan_per_chick: f64, "每只鸡苗补贴", "Subsidy per chick", Unit::YuanPerHead, 0.0, 30.0,
        "和静调研：300 万元 ÷ 30 万只 = 10 元；呼图壁 8 元", "Hejing survey: 3 million ÷ 300,000 = 10 yuan; Hutubi 8")
            .documented(5.0, 15.0, Text::new("参数表：5–15 元(和静 10；呼图壁 8)", "parameters.md: 5–15 yuan (Hejing 10; Hutubi 8)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.survival_pct: f64, "成活率", "Survival to sale", Unit::Percent, 10.0, 100.0,
        "散养调查 57 %，规范饲养 97 %；默认 80 %", "Backyard surveys 57 %, managed flocks 97 %; default 80 %")
            .documented(50.0, 97.0, Text::new("参数表：50–97 %(散养 57 %，规模场 97 %)", "parameters.md: 50–97 % (backyard 57 %, managed flocks 97 %)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_share_pct: f64, "留作蛋鸡比例", "Kept as layers", Unit::Percent, 0.0, 100.0,
        "假设：母鸡约半数，留 40 %", "Assumption: about half are hens; 40 % kept"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.eggs_per_hen_year: f64, "年产蛋数", "Eggs per hen a year", Unit::Count, 30.0, 300.0,
        "地方品种 90–180 枚(北京油鸡、寿光鸡)；默认 120", "Local breeds 90–180 (Beijing oil chicken, Shouguang); default 120")
            .documented(90.0, 180.0, Text::new("参数表：90–180 枚(地方品种)", "parameters.md: 90–180 (local breeds)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.egg_price_yuan: f64, "鸡蛋农户出售价", "Farm-gate egg price", Unit::YuanPerUnit, 0.3, 5.0,
        "假设：1.2 元/枚，约为零售价 1.5 元的八成(零售 1.2–2 元，非新疆，可信度低)", "Assumption: 1.2 yuan/egg, about 80 % of the 1.5 retail quote (retail 1.2–2, not Xinjiang, low confidence)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.bird_price_yuan: f64, "肉鸡出售价", "Meat bird price", Unit::YuanPerHead, 60.0, 300.0,
        "和静 2018：100–150 元；兵团 60–80；呼图壁约 100", "Hejing 2018: 100–150; Bingtuan 60–80; Hutubi ~100")
            .documented(60.0, 150.0, Text::new("参数表：60–150 元(和静 100–150；兵团 60–80)", "parameters.md: 60–150 yuan (Hejing 100–150; Bingtuan 60–80)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.spent_hen_price_yuan: f64, "淘汰蛋鸡出售价", "Spent hen price", Unit::YuanPerHead, 0.0, 200.0,
        "假设：40 元/只(远低于肉鸡价)", "Assumption: 40 yuan a bird (far below a meat bird)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.home_consumption_pct: f64, "自家食用比例", "Eaten at home", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.feed_yuan_per_bird: f64, "每只肉鸡饲料", "Feed per meat bird", Unit::YuanPerHead, 0.0, 50.0,
        "兵团报告：25 元/只", "Bingtuan report: 25 yuan a bird")
            .documented(15.0, 50.0, Text::new("参数表：15–50 元(兵团报告)", "parameters.md: 15–50 yuan (Bingtuan report)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.vaccine_yuan_per_chick: f64, "每只防疫费", "Vaccine per chick", Unit::YuanPerHead, 0.0, 10.0,
        "假设：2 元/只", "Assumption: 2 yuan a chick"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.brooding_yuan_per_chick: f64, "每只育雏保温费", "Brooding heat per chick", Unit::YuanPerHead, 0.0, 20.0,
        "假设：2 元/只(育雏 3–4 周用电、用煤)", "Assumption: 2 yuan a chick (power or coal for 3–4 weeks)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_feed_kg_per_hen_year: f64, "蛋鸡年耗料", "Feed per hen a year", Unit::Kg, 0.0, 60.0,
        "蛋鸡日采食约 100–115 克，年 35–40 公斤；默认 38", "A layer eats ≈ 100–115 g a day, 35–40 kg a year; default 38")
            .documented(30.0, 45.0, Text::new("参数表：30–45 公斤(日采食 100–115 克)", "parameters.md: 30–45 kg (100–115 g a day)")),
        field!(Section::Intervention(K::Poultry), interventions.poultry.feed_price_yuan_per_kg: f64, "蛋鸡饲料价格", "Layer feed price", Unit::YuanPerKg, 0.5, 8.0,
        "由蛋鸡年耗料 35–40 公斤约 100 余元推得：约 2.8 元/公斤", "From 35–40 kg of layer feed ≈ 100+ yuan a year: ≈ 2.8 yuan/kg"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.layer_life_years: u32, "蛋鸡饲养年限", "Layer life", Unit::Years, 1.0, 5.0,
        "假设：2 年", "Assumption: 2 years"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.replacement_chick_price_yuan: f64, "补栏鸡苗价格", "Replacement chick price", Unit::YuanPerHead, 0.0, 30.0,
        "假设：参照和静补贴额 10 元/只", "Assumption: Hejing's 10-yuan subsidy as the reference")
            .when(|s| s.interventions.poultry.replace_layers),
        field!(Section::Intervention(K::Poultry), interventions.poultry.coop_yuan: f64, "鸡舍(农户一次性投入)", "Coop (household's one-off outlay)", Unit::Yuan, 0.0, 50_000.0,
        "假设：1,500 元(容 100 只的简易鸡舍；已有鸡舍填 0)", "Assumption: 1,500 yuan (a simple coop for 100 birds; 0 if the household has one)"),
        field!(Section::Intervention(K::Poultry), interventions.poultry.labor_months_per_100_birds: f64, "每百只鸡年用工", "Labor per 100 birds a year", Unit::Months, 0.0, 12.0,
        "假设：1 个劳动月(每天约半小时)", "Assumption: 1 labor-month (about half an hour a day)"),
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
