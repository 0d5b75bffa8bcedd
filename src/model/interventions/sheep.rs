//! 肉羊改良 Sheep improvement (Hejing: purified Bayinbuluk sheep, economic crossbreeding).
//!
//! A herd model by sex-age class, run year by year from the household's census:
//!
//! 1. Last year's kept lambs become yearlings; last year's yearlings join the ewes and rams.
//! 2. Births = breeding ewes × lambing rate; lambs and adults die at their mortality rates (the
//!    disaster rate instead, if higher, in a disaster year).
//! 3. Sales: `lamb_offtake_pct` of surviving lambs; `cull_pct` of surviving ewes and rams. Unless
//!    `allow_breeding_sales`, culls never exceed the yearlings that replace them, so sales never
//!    shrink the breeding herd (only deaths do).
//! 4. Kept lambs are ewe lambs first (ram lambs are kept only when offtake is under 50 %), and
//!    only while ewes + yearling ewes + kept ewe lambs stay within the grassland's capacity
//!    (`max_breeding_ewes_head`, 草畜平衡); surplus ewe lambs are sold too. Kept lambs are next
//!    year's yearlings.
//!
//! Improvement raises the lambing rate from the traditional to the improved rate and adds a breed
//! premium to lamb sales, in proportion to adoption (the share of ewes bred to improved rams).
//! The increment is the improved herd's net income minus the same herd's under traditional
//! breeding and without program animals — both herds share mortality, offtake and the disaster.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Kg, Percent, Unit, Yuan};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sheep {
    pub schedule: Schedule,
    /// Breeding ewes the program hands over in the start year.
    pub ewes_provided_head: Head,
    /// Improved rams the program hands over in the start year.
    pub rams_provided_head: Head,
    /// Program cost per ewe provided.
    pub ewe_cost_yuan_per_head: Yuan,
    /// Program cost per improved ram provided.
    pub ram_cost_yuan_per_head: Yuan,
    /// Lambs born per ewe a year, local Bayinbuluk / Mongolian type.
    pub traditional_lambing_rate_pct: Percent,
    /// Lambs born per ewe a year with improved (crossbred) breeding.
    pub improved_lambing_rate_pct: Percent,
    pub lamb_mortality_pct: Percent,
    /// Yearly mortality of ewes, rams and yearlings.
    pub adult_mortality_pct: Percent,
    /// Share of surviving lambs sold in their birth year.
    pub lamb_offtake_pct: Percent,
    /// Share of surviving ewes and rams culled and sold each year (replacement).
    pub cull_pct: Percent,
    /// Allow culls beyond the yearlings that replace them (the herd may shrink).
    pub allow_breeding_sales: bool,
    /// Most breeding females (ewes, yearling ewes and kept ewe lambs) the grassland carries.
    pub max_breeding_ewes_head: Head,
    pub lamb_sale_weight_kg: Kg,
    pub ewe_sale_weight_kg: Kg,
    pub ram_sale_weight_kg: Kg,
    /// Live-weight price.
    pub price_yuan_per_kg: Yuan,
    /// Extra value of an improved lamb over a local one (weight and price together).
    pub breed_premium_pct: Percent,
    /// Feed and vet cost per ewe, ram or yearling a year.
    pub feed_vet_yuan_per_head: Yuan,
    /// Feed and vet cost per surviving lamb in its birth year.
    pub lamb_feed_vet_yuan_per_head: Yuan,
    /// A snow or drought year (雪灾、旱灾) with raised mortality.
    pub disaster_enabled: bool,
    pub disaster_year: i32,
    /// Mortality of lambs and adults in the disaster year.
    pub disaster_mortality_pct: Percent,
}

impl Default for Sheep {
    /// Hejing (和静) Bayinbuluk sheep: lambing 105 % local, 150 % crossbred; live weights
    /// 30 / 43 / 70 kg; 26 yuan/kg (parameters.md). Mortality, offtake and costs are assumptions.
    fn default() -> Self {
        Sheep {
            schedule: Schedule::default(),
            ewes_provided_head: 0.0,
            rams_provided_head: 1.0,
            ewe_cost_yuan_per_head: 1_500.0,
            ram_cost_yuan_per_head: 3_000.0,
            traditional_lambing_rate_pct: 105.0,
            improved_lambing_rate_pct: 150.0,
            lamb_mortality_pct: 10.0,
            adult_mortality_pct: 4.0,
            lamb_offtake_pct: 80.0,
            cull_pct: 15.0,
            allow_breeding_sales: false,
            max_breeding_ewes_head: 100.0,
            lamb_sale_weight_kg: 30.0,
            ewe_sale_weight_kg: 43.0,
            ram_sale_weight_kg: 70.0,
            price_yuan_per_kg: 26.0,
            breed_premium_pct: 15.0,
            feed_vet_yuan_per_head: 250.0,
            lamb_feed_vet_yuan_per_head: 60.0,
            disaster_enabled: false,
            disaster_year: 2028,
            disaster_mortality_pct: 25.0,
        }
    }
}

/// Head by class at the year-end census, after sales.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SheepCensus {
    pub ewes_head: Head,
    pub rams_head: Head,
    pub yearling_ewes_head: Head,
    pub yearling_rams_head: Head,
    pub ewe_lambs_head: Head,
    pub ram_lambs_head: Head,
}

impl SheepCensus {
    pub fn total_head(&self) -> Head {
        self.ewes_head
            + self.rams_head
            + self.yearling_ewes_head
            + self.yearling_rams_head
            + self.ewe_lambs_head
            + self.ram_lambs_head
    }
    pub fn yearlings_head(&self) -> Head {
        self.yearling_ewes_head + self.yearling_rams_head
    }
    pub fn lambs_head(&self) -> Head {
        self.ewe_lambs_head + self.ram_lambs_head
    }
}

/// One simulated year of one herd.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SheepYear {
    /// Ewes present at lambing.
    pub breeding_ewes_head: Head,
    pub lambing_rate_pct: Percent,
    pub births_head: Head,
    pub deaths_head: Head,
    pub lambs_sold_head: Head,
    pub ewes_culled_head: Head,
    pub rams_culled_head: Head,
    /// Feed-eating head: ewes, rams and yearlings present at lambing.
    pub adults_and_yearlings_head: Head,
    pub surviving_lambs_head: Head,
    pub lamb_price_yuan_per_head: Yuan,
    pub sales_yuan: Yuan,
    pub feed_vet_yuan: Yuan,
    pub census: SheepCensus,
}

impl SheepYear {
    pub fn net_yuan(&self) -> Yuan {
        self.sales_yuan - self.feed_vet_yuan
    }
}

/// Rates for one herd in one year.
#[derive(Clone, Copy, Debug)]
struct YearRates {
    lambing: f64,
    premium: f64,
    lamb_mortality: f64,
    adult_mortality: f64,
    added_ewes: Head,
    added_rams: Head,
}

impl Sheep {
    /// The herd the household starts from (its census).
    pub fn start_census(scenario: &Scenario) -> SheepCensus {
        let h = &scenario.household.herd;
        // Census lambs are split evenly by sex; census yearlings are taken as replacement ewes.
        SheepCensus {
            ewes_head: h.breeding_ewes_head,
            rams_head: h.rams_head,
            yearling_ewes_head: h.yearlings_head,
            yearling_rams_head: 0.0,
            ewe_lambs_head: h.lambs_head / 2.0,
            ram_lambs_head: h.lambs_head / 2.0,
        }
    }

    fn rates(&self, year: i32, improved: bool) -> YearRates {
        let a = if improved {
            self.schedule.adoption_share(year)
        } else {
            0.0
        };
        let lambing = frac(self.traditional_lambing_rate_pct)
            + a * frac(self.improved_lambing_rate_pct - self.traditional_lambing_rate_pct);
        let disaster = self.disaster_enabled && year == self.disaster_year;
        let hit = |m: Percent| {
            if disaster {
                frac(m.max(self.disaster_mortality_pct))
            } else {
                frac(m)
            }
        };
        let start = improved && self.schedule.enabled && year == self.schedule.start_year;
        YearRates {
            lambing,
            premium: a * frac(self.breed_premium_pct),
            lamb_mortality: hit(self.lamb_mortality_pct),
            adult_mortality: hit(self.adult_mortality_pct),
            added_ewes: if start { self.ewes_provided_head } else { 0.0 },
            added_rams: if start { self.rams_provided_head } else { 0.0 },
        }
    }

    /// One year of the herd from last year's census.
    fn step(&self, prev: &SheepCensus, r: YearRates) -> SheepYear {
        // 1. Ageing: yearlings join the breeding herd, kept lambs become yearlings.
        let ewes = prev.ewes_head + prev.yearling_ewes_head + r.added_ewes;
        let rams = prev.rams_head + prev.yearling_rams_head + r.added_rams;
        let (y_ewes, y_rams) = (prev.ewe_lambs_head, prev.ram_lambs_head);
        // 2. Births and deaths.
        let births = ewes * r.lambing;
        let lambs = births * (1.0 - r.lamb_mortality);
        let keep = 1.0 - r.adult_mortality;
        let (ewes_alive, rams_alive) = (ewes * keep, rams * keep);
        let (y_ewes_alive, y_rams_alive) = (y_ewes * keep, y_rams * keep);
        let deaths = births - lambs + (ewes + rams + y_ewes + y_rams) * r.adult_mortality;
        // 3. Sales. Culls are capped by the yearlings that will replace them.
        let cull = frac(self.cull_pct);
        let (mut ewes_culled, mut rams_culled) = (ewes_alive * cull, rams_alive * cull);
        if !self.allow_breeding_sales {
            ewes_culled = ewes_culled.min(y_ewes_alive);
            rams_culled = rams_culled.min(y_rams_alive);
        }
        // 4. Kept lambs: ewe lambs first, within the grassland's capacity for breeding females.
        let kept_wanted = lambs * (1.0 - frac(self.lamb_offtake_pct));
        let room =
            (self.max_breeding_ewes_head - (ewes_alive - ewes_culled) - y_ewes_alive).max(0.0);
        let ewe_lambs_kept = kept_wanted.min(lambs / 2.0).min(room);
        let ram_lambs_kept = (kept_wanted - lambs / 2.0).max(0.0);
        let lambs_sold = lambs - ewe_lambs_kept - ram_lambs_kept;
        let lamb_price = self.lamb_sale_weight_kg * self.price_yuan_per_kg * (1.0 + r.premium);
        let sales = lambs_sold * lamb_price
            + ewes_culled * self.ewe_sale_weight_kg * self.price_yuan_per_kg
            + rams_culled * self.ram_sale_weight_kg * self.price_yuan_per_kg;
        let feeding = ewes + rams + y_ewes + y_rams;
        let feed_vet =
            feeding * self.feed_vet_yuan_per_head + lambs * self.lamb_feed_vet_yuan_per_head;
        SheepYear {
            breeding_ewes_head: ewes,
            lambing_rate_pct: r.lambing * 100.0,
            births_head: births,
            deaths_head: deaths,
            lambs_sold_head: lambs_sold,
            ewes_culled_head: ewes_culled,
            rams_culled_head: rams_culled,
            adults_and_yearlings_head: feeding,
            surviving_lambs_head: lambs,
            lamb_price_yuan_per_head: lamb_price,
            sales_yuan: sales,
            feed_vet_yuan: feed_vet,
            census: SheepCensus {
                ewes_head: ewes_alive - ewes_culled,
                rams_head: rams_alive - rams_culled,
                yearling_ewes_head: y_ewes_alive,
                yearling_rams_head: y_rams_alive,
                ewe_lambs_head: ewe_lambs_kept,
                ram_lambs_head: ram_lambs_kept,
            },
        }
    }

    /// Runs both herds over the horizon, calling `f(year index, improved, traditional)`.
    pub fn simulate(&self, scenario: &Scenario, mut f: impl FnMut(usize, &SheepYear, &SheepYear)) {
        let start = Self::start_census(scenario);
        let (mut improved, mut traditional) = (start, start);
        for i in 0..scenario.horizon.years as usize {
            let year = scenario.horizon.year_of(i);
            let imp = self.step(&improved, self.rates(year, true));
            let trad = self.step(&traditional, self.rates(year, false));
            improved = imp.census;
            traditional = trad.census;
            f(i, &imp, &trad);
        }
    }

    /// The improved and traditional herd years for year index `i`.
    pub fn year(&self, scenario: &Scenario, i: usize) -> Option<(SheepYear, SheepYear)> {
        let mut found = None;
        self.simulate(scenario, |j, imp, trad| {
            if j == i {
                found = Some((*imp, *trad));
            }
        });
        found
    }
}

impl Module for Sheep {
    const KIND: InterventionKind = InterventionKind::Sheep;
    const NAME: Text = Text::new("肉羊改良", "Sheep improvement");

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let census = Self::start_census(scenario).total_head();
        let start_year = self.schedule.start_year;
        let cost = self.ewes_provided_head * self.ewe_cost_yuan_per_head
            + self.rams_provided_head * self.ram_cost_yuan_per_head;
        self.simulate(scenario, |i, imp, trad| {
            let effect = &mut out[i];
            effect.by_source[Source::Sheep] += imp.net_yuan() - trad.net_yuan();
            effect.herd_change.sheep_head += imp.census.total_head() - census;
            if scenario.horizon.year_of(i) == start_year {
                effect.program_cost_yuan += cost;
            }
        });
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let i = (year - scenario.horizon.base_year).max(0) as usize;
        let (imp, trad) = self.year(scenario, i).unwrap_or_default();
        let herd = |label: Text, y: &SheepYear| {
            Trace::new(
                label,
                Text::new(
                    "出栏羔羊 × 每只羔羊价 + 淘汰母羊 × 体重 × 单价 + 淘汰公羊 × 体重 × 单价 − (成年羊与育成羊 × 饲养防疫费 + 成活羔羊 × 羔羊费用)",
                    "lambs sold × lamb price + culled ewes × weight × price + culled rams × weight × price − (adults and yearlings × feed and vet + surviving lambs × lamb cost)",
                ),
                y.net_yuan(),
                Unit::YuanPerYear,
            )
            .input(Text::new("产羔母羊", "Breeding ewes"), y.breeding_ewes_head, Unit::Head)
            .input(Text::new("产羔率", "Lambing rate"), y.lambing_rate_pct, Unit::Percent)
            .input(Text::new("产羔数 = 母羊 × 产羔率", "Births = ewes × lambing rate"), y.births_head, Unit::Head)
            .input(Text::new("死亡", "Deaths"), y.deaths_head, Unit::Head)
            .input(Text::new("出栏羔羊", "Lambs sold"), y.lambs_sold_head, Unit::Head)
            .input(Text::new("每只羔羊价", "Price per lamb"), y.lamb_price_yuan_per_head, Unit::YuanPerHead)
            .input(Text::new("淘汰母羊", "Ewes culled"), y.ewes_culled_head, Unit::Head)
            .input(Text::new("淘汰公羊", "Rams culled"), y.rams_culled_head, Unit::Head)
            .input(Text::new("饲养羊只", "Adults and yearlings fed"), y.adults_and_yearlings_head, Unit::Head)
            .input(Text::new("年末存栏", "Head at year end"), y.census.total_head(), Unit::Head)
        };
        Trace::new(
            Text::new("养羊增收", "Sheep income gain"),
            Text::new(
                "改良羊群纯收入 − 同一羊群按本地品种饲养的纯收入",
                "net income of the improved herd − net income of the same herd bred traditionally",
            ),
            imp.net_yuan() - trad.net_yuan(),
            Unit::YuanPerYear,
        )
        .input(
            Text::new(
                "采纳比例(改良配种母羊比例)",
                "Adoption (share of ewes bred improved)",
            ),
            self.schedule.adoption_share(year) * 100.0,
            Unit::Percent,
        )
        .input(
            Text::new("改良产羔率", "Improved lambing rate"),
            self.improved_lambing_rate_pct,
            Unit::Percent,
        )
        .input(
            Text::new("本地产羔率", "Traditional lambing rate"),
            self.traditional_lambing_rate_pct,
            Unit::Percent,
        )
        .input(
            Text::new("品种溢价", "Breed premium"),
            self.breed_premium_pct,
            Unit::Percent,
        )
        .input(
            Text::new("活羊单价", "Live price"),
            self.price_yuan_per_kg,
            Unit::YuanPerKg,
        )
        .input(
            Text::new("羔羊出栏体重", "Lamb sale weight"),
            self.lamb_sale_weight_kg,
            Unit::Kg,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        .part(herd(
            Text::new("改良羊群纯收入", "Improved herd net income"),
            &imp,
        ))
        .part(herd(
            Text::new("本地品种羊群纯收入", "Traditional herd net income"),
            &trad,
        ))
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Sheep), interventions.sheep.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewes_provided_head: f64, "项目发放母羊", "Ewes provided", Unit::Head, 0.0, 200.0,
        "假设：0 只", "Assumption: none"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.rams_provided_head: f64, "项目发放改良种公羊", "Improved rams provided", Unit::Head, 0.0, 20.0,
        "假设：1 只", "Assumption: one"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewe_cost_yuan_per_head: f64, "每只母羊项目成本", "Program cost per ewe", Unit::YuanPerHead, 0.0, 10_000.0,
        "假设：43 公斤 × 约 35 元/公斤 ≈ 1,500 元", "Assumption: 43 kg × ~35 yuan/kg ≈ 1,500 yuan"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_cost_yuan_per_head: f64, "每只种公羊项目成本", "Program cost per ram", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：3,000 元", "Assumption: 3,000 yuan"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.traditional_lambing_rate_pct: f64, "本地品种产羔率", "Traditional lambing rate", Unit::Percent, 60.0, 120.0,
        "巴音布鲁克/蒙古羊 100–115 %，默认 105 %", "Bayinbuluk / Mongolian type 100–115 %; default 105 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.improved_lambing_rate_pct: f64, "改良产羔率", "Improved lambing rate", Unit::Percent, 120.0, 260.0,
        "杂交肉羊无数据：默认 150 %(湖羊 256 %，细毛羊 130 %)", "No crossbred data: default 150 % (Hu 256 %, fine-wool 130 %)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_mortality_pct: f64, "羔羊死亡率", "Lamb mortality", Unit::Percent, 0.0, 60.0,
        "假设：10 %", "Assumption: 10 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.adult_mortality_pct: f64, "成年羊死亡率", "Adult mortality", Unit::Percent, 0.0, 40.0,
        "假设：4 %", "Assumption: 4 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_offtake_pct: f64, "羔羊出栏比例", "Lamb offtake", Unit::Percent, 0.0, 100.0,
        "假设：80 %(公羔全部及六成母羔)，本地羊群约保持稳定", "Assumption: 80 % (all ram lambs, 60 % of ewe lambs), a local herd stays about stable"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.cull_pct: f64, "成年羊淘汰率", "Adult cull rate", Unit::Percent, 0.0, 50.0,
        "假设：15 %(约 6–7 年更新)", "Assumption: 15 % (renewed every 6–7 years)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.max_breeding_ewes_head: f64, "草畜平衡母羊上限", "Most breeding ewes the grassland carries", Unit::Head, 0.0, 5_000.0,
        "假设：100 只，按本户草场核定载畜量填写", "Assumption: 100; enter the household's licensed stocking"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_sale_weight_kg: f64, "羔羊出栏体重", "Lamb sale weight", Unit::Kg, 10.0, 60.0,
        "巴音布鲁克羊品种资料：当年羔 30 公斤", "Bayinbuluk breed page: lamb of the year 30 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewe_sale_weight_kg: f64, "母羊体重", "Ewe weight", Unit::Kg, 25.0, 80.0,
        "巴音布鲁克羊品种资料：43 公斤", "Bayinbuluk breed page: 43 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_sale_weight_kg: f64, "公羊体重", "Ram weight", Unit::Kg, 40.0, 120.0,
        "巴音布鲁克羊品种资料：70 公斤", "Bayinbuluk breed page: 70 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.price_yuan_per_kg: f64, "活羊价格", "Live sheep price", Unit::YuanPerKg, 10.0, 60.0,
        "农业农村部监测：32.5(2021.7)，29.3(2023上)，24–28(2024–25)", "Ministry monitoring: 32.5 (7/2021), 29.3 (H1 2023), 24–28 (2024–25)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.breed_premium_pct: f64, "改良羔羊溢价", "Improved lamb premium", Unit::Percent, 0.0, 100.0,
        "假设：15 %(增重与价格)", "Assumption: 15 % (weight and price)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.feed_vet_yuan_per_head: f64, "每只年饲养防疫费", "Feed and vet per head a year", Unit::YuanPerHead, 0.0, 2_000.0,
        "假设：放牧加冬季补饲 250 元", "Assumption: grazing plus winter feed, 250 yuan"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_feed_vet_yuan_per_head: f64, "每只羔羊费用", "Cost per lamb", Unit::YuanPerHead, 0.0, 1_000.0,
        "假设：60 元", "Assumption: 60 yuan"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.disaster_year: i32, "灾害年份", "Disaster year", Unit::Year, 2015.0, 2070.0,
        "情景设定", "Scenario setting"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.disaster_mortality_pct: f64, "灾害年死亡率", "Mortality in the disaster year", Unit::Percent, 0.0, 100.0,
        "假设：25 %(雪灾)", "Assumption: 25 % (snow disaster)"),
        // 黄牛冷配 Cattle
    ],
    toggles: &[
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.schedule.enabled,
            "启用肉羊改良",
            "Use sheep improvement",
            "默认关闭",
            "Off by default"
        ),
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.allow_breeding_sales,
            "允许出售能繁母羊/种公羊",
            "Allow selling breeding stock",
            "默认不允许：出售不减少基础母羊",
            "Off: sales never shrink the breeding herd"
        ),
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.disaster_enabled,
            "设定灾害年",
            "Model a disaster year",
            "情景设定：默认无灾",
            "Scenario setting: no disaster by default"
        ),
    ],
    choices: &[],
};
