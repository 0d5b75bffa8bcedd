//! 黄牛冷配 Cattle by artificial insemination with frozen semen (Hejing: 5,000 cattle).
//!
//! A calf comes only from a cow that comes into heat, a conception that holds to term and a calf
//! that survives to sale at weaning — with the bull or with AI alike. Per cow and breeding season
//! (all shares 0–1; `h` heats in the season, one heat every 21 days):
//!
//! - bull alone: settled = 1 − (1 − bull conception per heat)^h;
//!   calves per cow = cycling × settled × (1 − pregnancy loss) × calf survival
//! - AI: up to n = min(services, h) inseminations; settled by AI = 1 − (1 − c)^n, expected
//!   services = settled ÷ c. A cow that does not settle goes to the local bull (本交补配) for the
//!   heats left: settled by the bull after AI = (1 − settled by AI) × (1 − (1 − bull conception)^(h − n)).
//!   AI (crossbred) calves = cycling × settled by AI × (1 − loss) × calf survival × (1 − difficult
//!   calving × calf death in it); the bull's calves after AI as above with the local survival.
//!
//! Each factor is at most 1, so a cow never gives more than one calf a year, and the implied
//! calving interval (12 months ÷ births per cow a year) is never under 12 months.
//!
//! Baseline (no intervention, runs whether or not the module is on): the household's cows stay at
//! the census; each year they give the bull's calves, sold at weaning at the local calf value,
//! less the cows' bought feed and vet. Cows and calves of the year are on hand (herd).
//!
//! The intervention: cows enrolled = cows × adoption. AI in year t; its calves are born in t + 1.
//! Gain in t + 1 = (AI calves + the bull's calves after AI − the bull's calves they replace) ×
//! local calf value + AI calves × calf value × crossbred premium − AI calves × extra feed −
//! difficult calvings × vet fee. AI cost in year t = cycling cows × expected services × cost per
//! service: the program pays the subsidy share, the household the rest (its own outlay).

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::notice::Notice;
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Months, Percent, Unit, Yuan};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cattle {
    pub schedule: Schedule,
    /// Conception per AI service (情期受胎率, frozen semen).
    pub conception_per_service_pct: Percent,
    /// Most inseminations tried per cow in a season; then the local bull.
    pub services_per_cow: u32,
    /// Heats a cow has in the breeding season (one every 21 days).
    pub breeding_heats: u32,
    /// Share of cows that come into heat in the season (thin or nursing cows do not).
    pub cycling_pct: Percent,
    /// Conception per heat when the local bull serves the cow.
    pub bull_conception_per_heat_pct: Percent,
    /// Conceptions lost before term (embryonic death, abortion).
    pub pregnancy_loss_pct: Percent,
    /// Calves born alive that survive to sale at weaning (local calves).
    pub calf_survival_pct: Percent,
    /// Extra share of AI calvings that are difficult (难产) with large-breed semen.
    pub difficult_calving_pct: Percent,
    /// Share of calves that die in a difficult calving.
    pub difficult_calving_calf_death_pct: Percent,
    /// Vet fee for a difficult calving.
    pub vet_yuan_per_difficult_calving: Yuan,
    /// Value of a local weaned calf.
    pub calf_value_yuan: Yuan,
    /// Extra value of an improved (e.g. Simmental-cross) calf over a local one.
    pub improved_premium_pct: Percent,
    pub ai_cost_yuan_per_service: Yuan,
    /// Share of the AI cost paid by the program (the rest by the household).
    pub ai_subsidy_pct: Percent,
    /// Extra feed an improved calf eats before sale.
    pub extra_feed_yuan_per_calf: Yuan,
    /// Bought feed and vet per cow a year (with her calf until weaning).
    pub cow_upkeep_yuan_per_year: Yuan,
    /// Labor-months a cow takes a year (herding, winter feeding).
    pub labor_months_per_cow: Months,
    /// Extra labor-months per cow bred by AI (heat watching, taking her to the technician).
    pub ai_labor_months_per_cow: Months,
}

impl Default for Cattle {
    /// Conception 35 % per AI service (parameters.md, smallholders, low confidence); everything
    /// else is an assumption (docs/model.md).
    fn default() -> Self {
        Cattle {
            schedule: Schedule::default(),
            conception_per_service_pct: 35.0,
            services_per_cow: 2,
            breeding_heats: 5,
            cycling_pct: 65.0,
            bull_conception_per_heat_pct: 50.0,
            pregnancy_loss_pct: 5.0,
            calf_survival_pct: 90.0,
            difficult_calving_pct: 10.0,
            difficult_calving_calf_death_pct: 30.0,
            vet_yuan_per_difficult_calving: 200.0,
            calf_value_yuan: 4_000.0,
            improved_premium_pct: 30.0,
            ai_cost_yuan_per_service: 120.0,
            ai_subsidy_pct: 100.0,
            extra_feed_yuan_per_calf: 300.0,
            cow_upkeep_yuan_per_year: 800.0,
            labor_months_per_cow: 0.5,
            ai_labor_months_per_cow: 0.1,
        }
    }
}

/// Per-cow shares of one breeding season (0–1), before adoption.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CowRates {
    /// Cows that come into heat.
    pub cycling: f64,
    /// A cycling cow settled by the bull over the season: 1 − (1 − bull conception)^heats.
    pub bull_settled: f64,
    /// Inseminations possible: min(services, heats).
    pub ai_services_max: u32,
    /// A cycling cow settled by AI: 1 − (1 − c)^n.
    pub ai_settled: f64,
    /// Expected services per cycling AI cow (services stop once she settles) = settled ÷ c.
    pub ai_services: f64,
    /// A cycling AI cow the bull settles after AI failed, in the heats left.
    pub backup_settled: f64,
    /// Pregnancies carried to term = 1 − pregnancy loss.
    pub to_term: f64,
    /// Survival of a local calf, and of an AI calf after calving difficulty.
    pub survival: f64,
    pub ai_survival: f64,
    /// Calves sold per cow a year with the bull alone.
    pub bull_calves: f64,
    /// Per cow bred by AI: crossbred calves, the bull's calves after AI, difficult calvings.
    pub ai_calves: f64,
    pub backup_calves: f64,
    pub difficult_calvings: f64,
}

impl CowRates {
    /// Calves born (alive or not) per cow a year with the bull alone: cycling × settled × to term.
    pub fn bull_births(&self) -> f64 {
        self.cycling * self.bull_settled * self.to_term
    }

    /// Calves sold per cow bred by AI a year (crossbred and the bull's after AI).
    pub fn calves_with_ai(&self) -> f64 {
        self.ai_calves + self.backup_calves
    }

    /// Months between calvings implied by the bull's births (12 ÷ births per cow a year);
    /// `None` when no cow calves.
    pub fn calving_interval_months(&self) -> Option<Months> {
        let b = self.bull_births();
        (b > 0.0).then(|| 12.0 / b)
    }
}

/// The AI campaign of one year (on cows × adoption) and the calves it brings the year after.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CattleParts {
    /// Cows enrolled in AI this year (household cows × adoption).
    pub cows_head: Head,
    pub services: f64,
    pub ai_cost_yuan: Yuan,
    /// Born the year after: crossbred calves, the bull's calves after AI, and the bull's calves
    /// the enrolled cows would have given without AI.
    pub ai_calves_head: Head,
    pub backup_calves_head: Head,
    pub replaced_calves_head: Head,
    pub difficult_calvings: f64,
    /// (AI calves + bull's calves after AI − replaced calves) × local calf value.
    pub calf_change_yuan: Yuan,
    /// AI calves × calf value × premium.
    pub premium_yuan: Yuan,
    pub extra_feed_yuan: Yuan,
    pub vet_yuan: Yuan,
}

impl CattleParts {
    /// Change in calves sold the year after (may be negative: AI can lose pregnancies).
    pub fn calf_change_head(&self) -> Head {
        self.ai_calves_head + self.backup_calves_head - self.replaced_calves_head
    }

    /// Net gain in the calving year.
    pub fn calf_gain_yuan(&self) -> Yuan {
        self.calf_change_yuan + self.premium_yuan - self.extra_feed_yuan - self.vet_yuan
    }
}

/// The household's own cows with the local bull, one year (base-year prices).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CattleBaseline {
    pub cows_head: Head,
    pub calves_head: Head,
    pub calf_sales_yuan: Yuan,
    pub upkeep_yuan: Yuan,
    pub labor_months: Months,
}

impl CattleBaseline {
    pub fn net_yuan(&self) -> Yuan {
        self.calf_sales_yuan - self.upkeep_yuan
    }
}

impl Cattle {
    /// The per-cow shares of a season.
    pub fn rates(&self) -> CowRates {
        let cycling = frac(self.cycling_pct);
        let cb = frac(self.bull_conception_per_heat_pct);
        let c = frac(self.conception_per_service_pct);
        let heats = self.breeding_heats;
        let n = self.services_per_cow.min(heats);
        let settled_in = |p: f64, k: u32| 1.0 - (1.0 - p).powi(k as i32);
        let bull_settled = settled_in(cb, heats);
        let ai_settled = settled_in(c, n);
        let ai_services = if c > 0.0 { ai_settled / c } else { n as f64 };
        let backup_settled = (1.0 - ai_settled) * settled_in(cb, heats - n);
        let to_term = 1.0 - frac(self.pregnancy_loss_pct);
        let survival = frac(self.calf_survival_pct);
        let difficult = frac(self.difficult_calving_pct);
        let ai_survival =
            survival * (1.0 - difficult * frac(self.difficult_calving_calf_death_pct));
        CowRates {
            cycling,
            bull_settled,
            ai_services_max: n,
            ai_settled,
            ai_services,
            backup_settled,
            to_term,
            survival,
            ai_survival,
            bull_calves: cycling * bull_settled * to_term * survival,
            ai_calves: cycling * ai_settled * to_term * ai_survival,
            backup_calves: cycling * backup_settled * to_term * survival,
            difficult_calvings: cycling * ai_settled * to_term * difficult,
        }
    }

    /// AI in `year` on the household's cows at that year's adoption, and its calves.
    pub fn parts(&self, scenario: &Scenario, year: i32) -> CattleParts {
        let cows = scenario.household.herd.cows_head * self.schedule.adoption_share(year);
        let r = self.rates();
        let ai_calves = cows * r.ai_calves;
        let backup = cows * r.backup_calves;
        let replaced = cows * r.bull_calves;
        let services = cows * r.cycling * r.ai_services;
        let difficult = cows * r.difficult_calvings;
        CattleParts {
            cows_head: cows,
            services,
            ai_cost_yuan: services * self.ai_cost_yuan_per_service,
            ai_calves_head: ai_calves,
            backup_calves_head: backup,
            replaced_calves_head: replaced,
            difficult_calvings: difficult,
            calf_change_yuan: (ai_calves + backup - replaced) * self.calf_value_yuan,
            premium_yuan: ai_calves * self.calf_value_yuan * frac(self.improved_premium_pct),
            extra_feed_yuan: ai_calves * self.extra_feed_yuan_per_calf,
            vet_yuan: difficult * self.vet_yuan_per_difficult_calving,
        }
    }

    /// The household's cows with the local bull (the same every year).
    pub fn baseline_year(&self, scenario: &Scenario) -> CattleBaseline {
        let cows = scenario.household.herd.cows_head;
        let calves = cows * self.rates().bull_calves;
        CattleBaseline {
            cows_head: cows,
            calves_head: calves,
            calf_sales_yuan: calves * self.calf_value_yuan,
            upkeep_yuan: cows * self.cow_upkeep_yuan_per_year,
            labor_months: cows * self.labor_months_per_cow,
        }
    }

    /// The AI calves of the year before `year`, if AI ran then.
    fn calves_from(&self, scenario: &Scenario, year: i32) -> Option<CattleParts> {
        self.schedule
            .years_since_start(year - 1)
            .map(|_| self.parts(scenario, year - 1))
    }
}

const P: &str = "interventions.cattle.";

/// The registry id of one of this module's parameters.
fn id(name: &'static str) -> String {
    format!("{P}{name}")
}

impl Module for Cattle {
    const KIND: InterventionKind = InterventionKind::Cattle;
    const NAME: Text = Text::new("黄牛冷配", "Cattle by AI");
    const COST_FORMULA: Text = Text::new(
        "配种母牛 × 发情比例 × 预期配种次数 × 每次费用 × 补贴比例",
        "cows × share in heat × expected services × cost per service × subsidy share",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn baseline(&self, scenario: &Scenario, out: &mut [Effect]) -> bool {
        let b = self.baseline_year(scenario);
        if b.cows_head <= 0.0 {
            return false;
        }
        for effect in out.iter_mut() {
            effect.by_source[Source::Cattle] += b.net_yuan();
            effect.herd_change.cattle_head += b.calves_head;
            effect.labor_months += b.labor_months;
        }
        true
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let subsidy = frac(self.ai_subsidy_pct);
        for (i, effect) in out.iter_mut().enumerate() {
            let year = scenario.horizon.year_of(i);
            // AI the year before (also before the horizon) brings this year's calves.
            if let Some(prev) = self.calves_from(scenario, year) {
                effect.by_source[Source::Cattle] += prev.calf_gain_yuan();
                effect.herd_change.cattle_head += prev.calf_change_head();
            }
            if self.schedule.years_since_start(year).is_some() {
                let p = self.parts(scenario, year);
                let own = p.ai_cost_yuan * (1.0 - subsidy);
                effect.by_source[Source::Cattle] -= own;
                effect.household_outlay_yuan += own;
                effect.program_cost_yuan += p.ai_cost_yuan * subsidy;
                effect.labor_months += p.cows_head * self.ai_labor_months_per_cow;
            }
        }
    }

    fn explain_baseline(&self, scenario: &Scenario, _year: i32) -> Option<Trace> {
        let b = self.baseline_year(scenario);
        if b.cows_head <= 0.0 {
            return None;
        }
        let r = self.rates();
        let mut t = Trace::new(
            Text::new("养牛(基线：本地公牛本交)", "Cattle (baseline: the local bull)"),
            Text::new(
                "母牛 × 发情比例 × 本交受孕 × (1 − 妊娠损失) × 犊牛成活率 × 本地犊牛价 − 母牛 × 年饲养防疫费",
                "cows × cycling × settled by the bull × (1 − pregnancy loss) × calf survival × local calf value − cows × upkeep",
            ),
            b.net_yuan(),
            Unit::YuanPerYear,
        )
        .param(scenario, "household.herd.cows_head")
        .param(scenario, &id("cycling_pct"))
        .param(scenario, &id("bull_conception_per_heat_pct"))
        .param(scenario, &id("breeding_heats"))
        .input(
            Text::new("本交受孕 = 1 − (1 − 本交情期受胎率)^情期数", "Settled by the bull = 1 − (1 − conception per heat)^heats"),
            r.bull_settled * 100.0,
            Unit::Percent,
        )
        .param(scenario, &id("pregnancy_loss_pct"));
        if let Some(months) = r.calving_interval_months() {
            t = t.input(
                Text::new(
                    "产犊间隔 = 12 ÷ 每头母牛年产犊",
                    "Calving interval = 12 ÷ births per cow a year",
                ),
                months,
                Unit::Months,
            );
        }
        Some(
            t.param(scenario, &id("calf_survival_pct"))
                .input(
                    Text::new("出售犊牛", "Calves sold"),
                    b.calves_head,
                    Unit::Head,
                )
                .param(scenario, &id("calf_value_yuan"))
                .param(scenario, &id("cow_upkeep_yuan_per_year"))
                .input(
                    Text::new("养牛用工", "Labor on the cows"),
                    b.labor_months,
                    Unit::Months,
                ),
        )
    }

    fn notices(&self, scenario: &Scenario, out: &mut Vec<Notice>) {
        if scenario.household.herd.cows_head <= 0.0 {
            out.push(Notice::NotEligible {
                kind: K::Cattle,
                reason: (Text::new(
                    "农户没有能繁母牛：请在家庭情况中填写母牛头数",
                    "the household has no cows: enter its cows under the household",
                ))
                .into(),
            });
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let subsidy = frac(self.ai_subsidy_pct);
        let r = self.rates();
        let mut total = 0.0;
        let mut parts = Vec::with_capacity(2);
        if let Some(prev) = self.calves_from(scenario, year) {
            let mut calves = Trace::new(
                Text::new("冷配犊牛增收(上年配种)", "Gain from AI calves (bred last year)"),
                Text::new(
                    "(冷配犊牛 + 补配犊牛 − 原本交犊牛) × 本地犊牛价 + 冷配犊牛 × 犊牛价 × 改良溢价 − 冷配犊牛 × 额外饲料 − 难产 × 兽医费",
                    "(AI calves + bull's calves after AI − bull's calves replaced) × local calf value + AI calves × calf value × premium − AI calves × extra feed − difficult calvings × vet fee",
                ),
                prev.calf_gain_yuan(),
                Unit::YuanPerYear,
            )
            .input(Text::new("上年冷配母牛", "Cows bred by AI last year"), prev.cows_head, Unit::Head)
            .param(scenario, &id("cycling_pct"))
            .param(scenario, &id("conception_per_service_pct"))
            .param(scenario, &id("services_per_cow"))
            .input(
                Text::new("冷配受孕 = 1 − (1 − 情期受胎率)^配种次数", "Settled by AI = 1 − (1 − conception)^services"),
                r.ai_settled * 100.0,
                Unit::Percent,
            )
            .param(scenario, &id("bull_conception_per_heat_pct"))
            .param(scenario, &id("breeding_heats"))
            .param(scenario, &id("pregnancy_loss_pct"))
            .param(scenario, &id("calf_survival_pct"))
            .param(scenario, &id("difficult_calving_pct"))
            .param(scenario, &id("difficult_calving_calf_death_pct"))
            .input(Text::new("冷配犊牛", "AI calves"), prev.ai_calves_head, Unit::Head);
            if prev.backup_calves_head > 0.0 {
                calves = calves.input(
                    Text::new(
                        "未孕母牛本交补配犊牛",
                        "Bull's calves from cows AI did not settle",
                    ),
                    prev.backup_calves_head,
                    Unit::Head,
                );
            }
            calves = calves
                .input(
                    Text::new("不冷配时本交犊牛", "Bull's calves without AI"),
                    prev.replaced_calves_head,
                    Unit::Head,
                )
                .param(scenario, &id("calf_value_yuan"))
                .param(scenario, &id("improved_premium_pct"))
                .param(scenario, &id("extra_feed_yuan_per_calf"));
            if prev.difficult_calvings > 0.0 {
                calves = calves
                    .input(
                        Text::new("难产", "Difficult calvings"),
                        prev.difficult_calvings,
                        Unit::Count,
                    )
                    .param(scenario, &id("vet_yuan_per_difficult_calving"));
            }
            total += calves.value;
            parts.push(calves);
        }
        if self.schedule.years_since_start(year).is_some() {
            let now = self.parts(scenario, year);
            let ai = Trace::new(
                Text::new("农户自付冷配费(本年)", "AI cost paid by the household (this year)"),
                Text::new(
                    "冷配母牛 × 发情比例 × 预期配种次数 × 每次费用 × (1 − 补贴比例)",
                    "cows bred by AI × cycling × expected services × cost per service × (1 − subsidy share)",
                ),
                0.0 - now.ai_cost_yuan * (1.0 - subsidy),
                Unit::YuanPerYear,
            )
            .input(Text::new("本年冷配母牛", "Cows bred by AI this year"), now.cows_head, Unit::Head)
            .input(Text::new("预期配种次数 = 冷配母牛 × 发情比例 × 冷配受孕 ÷ 情期受胎率", "Expected services = cows × in heat × settled by AI ÷ conception"), now.services, Unit::Count)
            .param(scenario, &id("ai_cost_yuan_per_service"))
            .param(scenario, &id("ai_subsidy_pct"));
            total += ai.value;
            parts.push(ai);
        }
        let mut t = Trace::new(
            Text::new("黄牛冷配增收", "Cattle AI income gain"),
            Text::new(
                "上年冷配带来的犊牛增收 − 本年农户自付冷配费",
                "gain from calves of last year's AI − AI cost the household pays this year",
            ),
            total,
            Unit::YuanPerYear,
        )
        .param(scenario, "household.herd.cows_head")
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        for p in parts {
            t = t.part(p);
        }
        t
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Cattle), interventions.cattle.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.conception_per_service_pct: f64, "冷配情期受胎率", "AI conception per service", Unit::Percent, 10.0, 80.0,
        "小农研究 35 %(常规冻精 30–56 %)；默认 35 %", "Smallholder studies 35 % (conventional semen 30–56 %); default 35 %")
            .documented(30.0, 60.0, Text::new("参数表：30–60 %(小农户 35 %；常规冻精 30–56 %)", "parameters.md: 30–60 % (smallholders 35 %; conventional semen 30–56 %)")),
        field!(Section::Intervention(K::Cattle), interventions.cattle.services_per_cow: u32, "每头最多冷配次数", "Most AI services per cow", Unit::Count, 1.0, 4.0,
        "假设：2 次，未孕再由本地公牛补配", "Assumption: 2, then the local bull"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.breeding_heats: u32, "配种季情期数", "Heats in the breeding season", Unit::Count, 1.0, 17.0,
        "假设：夏季草场约 4 个月(巴音布鲁克)，21 天一个情期，约 5 个", "Assumption: about 5 — summer pasture ≈ 4 months (Bayinbuluk), a heat every 21 days"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.cycling_pct: f64, "配种季发情母牛比例", "Cows coming into heat in the season", Unit::Percent, 0.0, 100.0,
        "假设：65 %(膘情差或哺乳的母牛不发情)", "Assumption: 65 % (thin or nursing cows do not come into heat)"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.bull_conception_per_heat_pct: f64, "本交情期受胎率", "Bull conception per heat", Unit::Percent, 10.0, 90.0,
        "假设：50 %", "Assumption: 50 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.pregnancy_loss_pct: f64, "妊娠损失(胚胎死亡、流产)", "Pregnancy loss (embryonic death, abortion)", Unit::Percent, 0.0, 50.0,
        "假设：5 %", "Assumption: 5 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.calf_survival_pct: f64, "犊牛成活率(至断奶出售)", "Calf survival to weaning", Unit::Percent, 0.0, 100.0,
        "假设：90 %", "Assumption: 90 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.difficult_calving_pct: f64, "大型品种冻精增加的难产比例", "Extra difficult calvings with large-breed semen", Unit::Percent, 0.0, 50.0,
        "假设：10 %(西门塔尔等大型品种配本地母牛)", "Assumption: 10 % (Simmental or other large breeds on local cows)"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.difficult_calving_calf_death_pct: f64, "难产犊牛死亡比例", "Calves lost in a difficult calving", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.vet_yuan_per_difficult_calving: f64, "每次难产兽医费", "Vet fee per difficult calving", Unit::YuanPerUnit, 0.0, 3_000.0,
        "假设：200 元", "Assumption: 200 yuan"),
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
        field!(Section::Intervention(K::Cattle), interventions.cattle.cow_upkeep_yuan_per_year: f64, "每头母牛年饲养防疫费(外购)", "Bought feed and vet per cow a year", Unit::YuanPerHead, 0.0, 10_000.0,
        "假设：800 元(冬春补饲干草、防疫)", "Assumption: 800 yuan (winter hay, vaccines)"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.labor_months_per_cow: f64, "每头母牛年用工", "Labor per cow a year", Unit::Months, 0.0, 6.0,
        "假设：0.5 个劳动月", "Assumption: 0.5 labor-months"),
        field!(Section::Intervention(K::Cattle), interventions.cattle.ai_labor_months_per_cow: f64, "冷配每头母牛额外用工", "Extra labor per cow bred by AI", Unit::Months, 0.0, 2.0,
        "假设：0.1 个劳动月(观察发情、牵牛配种)", "Assumption: 0.1 labor-months (heat watching, trips to the technician)"),
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
