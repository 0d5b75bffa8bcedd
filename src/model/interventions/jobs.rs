//! 稳岗就业 Training and jobs (Hejing: free training in 18 majors for laborers earning under
//! 20,000 yuan a year or not stably employed; Yuli: special public posts 扶贫特设岗位 / 公益性岗位).
//!
//! Trainees come in cohorts: the share newly adopting in a year is trained that year (training
//! cost, training months) and from then on earns
//!   gain at a years after training = trainees × placement × wage gain/month × months employed
//!                                     × (1 − fade)^a, while a < years the gain lasts
//! public-welfare posts: posts × monthly wage × months, every year, × adoption (the public
//! budget pays the posts, so they are also program cost).
//! Labor claimed: placed trainees' months employed (while their gain lasts) + training months
//! in the training year + post months.
//!
//! Eligibility (Hejing's rule): the household's local wage income per laborer at home must be
//! under the training threshold (20,000 yuan); see [`eligibility`].

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::household::HouseholdStatus;
use crate::model::interventions::InterventionKind as K;
use crate::model::notice::Notice;
use crate::model::text::{group_thousands, OwnedText};

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Months, Percent, Persons, Unit, Yuan};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Jobs {
    pub schedule: Schedule,
    /// Household members trained (培训人数).
    pub trainees_persons: Persons,
    /// Share of trainees placed in stable work.
    pub placement_pct: Percent,
    /// Monthly wage gain of a placed trainee over what they earned before.
    pub wage_gain_yuan_per_month: Yuan,
    pub months_employed: Months,
    /// Months a trainee spends in training, in the year trained.
    pub training_months: Months,
    /// Yearly fading of a placed trainee's wage gain (0 = the gain persists).
    pub gain_fade_pct: Percent,
    /// Years a trainee's gain lasts after training (the gain ends after them).
    pub gain_years: u32,
    /// Training cost per trainee, paid by the program in the year trained.
    pub training_cost_yuan_per_trainee: Yuan,
    /// Household members in public-welfare posts (公益性岗位).
    pub welfare_posts_persons: Persons,
    pub welfare_post_wage_yuan_per_month: Yuan,
    pub welfare_post_months: Months,
    /// Free training is for laborers earning under this a year (Hejing).
    pub eligibility_threshold_yuan: Yuan,
}

impl Default for Jobs {
    /// One trainee, no public-welfare post; placement, wage gain, training cost, fading and post
    /// wage are assumptions (docs/model.md); the survey gives the 20,000-yuan training threshold.
    fn default() -> Self {
        Jobs {
            schedule: Schedule::default(),
            trainees_persons: 1.0,
            placement_pct: 60.0,
            wage_gain_yuan_per_month: 1_000.0,
            months_employed: 10.0,
            training_months: 1.0,
            gain_fade_pct: 10.0,
            gain_years: 10,
            training_cost_yuan_per_trainee: 2_000.0,
            welfare_posts_persons: 0.0,
            welfare_post_wage_yuan_per_month: 2_000.0,
            welfare_post_months: 12.0,
            eligibility_threshold_yuan: 20_000.0,
        }
    }
}

/// One year's effect at 100 % adoption of every cohort so far, split in its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct JobsParts {
    /// Trainees trained this year (trainees × share newly adopting).
    pub trained_persons: Persons,
    /// Placed trainees still gaining, weighted by their cohort and fading:
    /// Σ cohorts newly adopting × trainees × placement × (1 − fade)^age, age < gain years.
    pub gaining_placed_persons: Persons,
    /// Placed trainees whose gain has not ended (unfaded), for the labor claim.
    pub working_placed_persons: Persons,
    pub trainee_wage_gain_yuan: Yuan,
    /// Post wages at 100 % adoption.
    pub welfare_wages_yuan: Yuan,
    pub training_cost_yuan: Yuan,
}

impl Jobs {
    /// Per placed trainee, the share of the first-year gain kept `age` years after training.
    pub fn gain_factor(&self, age: u32) -> f64 {
        if age < self.gain_years {
            (1.0 - frac(self.gain_fade_pct)).powi(age as i32)
        } else {
            0.0
        }
    }

    /// The trainee side in calendar `year` from every cohort so far, and the posts at 100 %.
    pub fn parts(&self, year: i32) -> JobsParts {
        let Some(k) = self.schedule.years_since_start(year) else {
            return JobsParts::default();
        };
        let placed_per_cohort = self.trainees_persons * frac(self.placement_pct);
        let (mut gaining, mut working, mut highest, mut new) = (0.0, 0.0, 0.0, 0.0);
        for c in 0..=k {
            // Share newly adopting in year c: the rise over the highest share before it.
            let share = self
                .schedule
                .adoption_share(self.schedule.start_year + c as i32);
            new = (share - highest).max(0.0);
            highest = f64::max(highest, share);
            let age = k - c;
            gaining += new * placed_per_cohort * self.gain_factor(age);
            if age < self.gain_years {
                working += new * placed_per_cohort;
            }
        }
        let trained = self.trainees_persons * new;
        JobsParts {
            trained_persons: trained,
            gaining_placed_persons: gaining,
            working_placed_persons: working,
            trainee_wage_gain_yuan: gaining * self.wage_gain_yuan_per_month * self.months_employed,
            welfare_wages_yuan: self.welfare_posts_persons
                * self.welfare_post_wage_yuan_per_month
                * self.welfare_post_months,
            training_cost_yuan: trained * self.training_cost_yuan_per_trainee,
        }
    }
}

/// Hejing's rule for free training: laborers earning under the threshold a year (or not stably
/// employed). The scenario knows the household's local wage income and its laborers at home, so
/// the check is their average: local wages ÷ laborers at home, in base-year prices. Remittances
/// are left out — they come from members working away, not from the laborers at home who would
/// be trained. An average at or above the threshold can still hide one laborer not stably
/// employed, so the notice says "on average" and the projection still runs.
///
/// To extend: a household monitoring status (脱贫户 / 监测户 / 一般户) adds one more rule here;
/// each rule returns `Err(reason)` with its own bilingual sentence.
pub fn eligibility(scenario: &Scenario) -> Result<(), OwnedText> {
    let jobs = &scenario.interventions.jobs;
    let h = &scenario.household;
    if jobs.trainees_persons <= 0.0 {
        return Ok(());
    }
    if h.laborers_persons <= 0.0 {
        return Err(Text::new(
            "本户没有在家劳动力，无人可参加培训。",
            "The household has no laborers at home to train.",
        )
        .into());
    }
    // Lifted and monitored households are the training's own target groups (the survey's
    // consolidation measures); any other household qualifies through the income threshold.
    if h.status != HouseholdStatus::Ordinary {
        return Ok(());
    }
    let per_laborer = h.income.local_wages_yuan / h.laborers_persons;
    let threshold = jobs.eligibility_threshold_yuan;
    if per_laborer >= threshold {
        return Err(OwnedText {
            zh: format!(
                "本户为一般户。免费培训面向年收入低于 {} 元或未稳定就业的劳动力；本户在家劳动力人均本地务工收入为 {} 元(本地务工收入 {} 元 ÷ {} 个劳动力)。",
                group_thousands(threshold),
                group_thousands(per_laborer),
                group_thousands(h.income.local_wages_yuan),
                h.laborers_persons
            ),
            en: format!(
                "This is not a lifted or monitored household. Free training is for laborers earning under {} yuan a year or not stably employed; this household's laborers at home earn {} yuan each on average (local wages {} yuan ÷ {} laborers).",
                group_thousands(threshold),
                group_thousands(per_laborer),
                group_thousands(h.income.local_wages_yuan),
                h.laborers_persons
            ),
        });
    }
    Ok(())
}

impl Module for Jobs {
    const KIND: InterventionKind = InterventionKind::Jobs;
    const NAME: Text = Text::new("稳岗就业", "Training and jobs");
    const COST_FORMULA: Text = Text::new(
        "当年新培训人数 × 培训成本 + 采纳比例 × 公益性岗位工资",
        "trainees newly trained this year × training cost + adoption × public-welfare post wages",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(self.schedule.start_year + k as i32);
            let posts = share * p.welfare_wages_yuan;
            effect.by_source[Source::LocalWages] += p.trainee_wage_gain_yuan + posts;
            effect.program_cost_yuan += p.training_cost_yuan + posts;
            effect.labor_months += p.working_placed_persons * self.months_employed
                + p.trained_persons * self.training_months
                + share * self.welfare_posts_persons * self.welfare_post_months;
        }
    }

    fn notices(&self, scenario: &Scenario, out: &mut Vec<Notice>) {
        if let Err(reason) = eligibility(scenario) {
            out.push(Notice::NotEligible {
                kind: InterventionKind::Jobs,
                reason,
            });
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let param = |t: Trace, id: &str| t.param(scenario, id);
        let on = self.schedule.years_since_start(year).is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(year);
        let mut total = Trace::new(
            Text::new("稳岗就业增收", "Training and jobs income gain"),
            Text::new(
                "培训就业增收 + 公益性岗位工资，计入本地务工收入",
                "trainee wage gain + public-welfare post wages, counted as local wages",
            ),
            on * (p.trainee_wage_gain_yuan + share * p.welfare_wages_yuan),
            Unit::YuanPerYear,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        if self.trainees_persons > 0.0 {
            let mut trained = Trace::new(
                Text::new("培训就业增收", "Wage gain of placed trainees"),
                Text::new(
                    "Σ 各批次(新增采纳比例 × 培训人数 × 就业率 × (1 − 年减退率)^培训后年数，不超过增收年限) × 月增收 × 务工月数",
                    "Σ cohorts (share newly adopting × trainees × placement rate × (1 − fade)^years since training, within the years the gain lasts) × wage gain per month × months employed",
                ),
                on * p.trainee_wage_gain_yuan,
                Unit::YuanPerYear,
            );
            for id in [
                "interventions.jobs.trainees_persons",
                "interventions.jobs.placement_pct",
                "interventions.jobs.wage_gain_yuan_per_month",
                "interventions.jobs.months_employed",
                "interventions.jobs.gain_fade_pct",
                "interventions.jobs.gain_years",
            ] {
                trained = param(trained, id);
            }
            trained = trained.input(
                Text::new(
                    "仍在增收的就业人数(折算)",
                    "Placed trainees still gaining (weighted)",
                ),
                on * p.gaining_placed_persons,
                Unit::Persons,
            );
            total = total.part(trained);
        }
        if self.welfare_posts_persons > 0.0 {
            let mut posts = Trace::new(
                Text::new("公益性岗位工资", "Public-welfare post wages"),
                Text::new(
                    "采纳比例 × 岗位人数 × 月工资 × 月数",
                    "adoption × posts × monthly wage × months",
                ),
                on * share * p.welfare_wages_yuan,
                Unit::YuanPerYear,
            )
            .adoption(share);
            for id in [
                "interventions.jobs.welfare_posts_persons",
                "interventions.jobs.welfare_post_wage_yuan_per_month",
                "interventions.jobs.welfare_post_months",
            ] {
                posts = param(posts, id);
            }
            total = total.part(posts);
        }
        total
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Jobs), interventions.jobs.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "假设：默认 2026 年", "Assumption: 2026 by default"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.trainees_persons: f64, "培训人数", "Trainees", Unit::Persons, 0.0, 10.0,
        "假设：1 人(和静：年收入低于 2 万元者免费培训)", "Assumption: one (Hejing trains those earning < 20,000 yuan free)"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.placement_pct: f64, "就业率", "Placement rate", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.wage_gain_yuan_per_month: f64, "月增收", "Wage gain per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：1,000 元/月", "Assumption: 1,000 yuan/month"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.months_employed: f64, "务工月数", "Months employed", Unit::Months, 0.0, 12.0,
        "假设：10 个月", "Assumption: 10 months"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.training_months: f64, "培训月数", "Months in training", Unit::Months, 0.0, 12.0,
        "假设：1 个月，在培训当年", "Assumption: 1 month, in the year trained"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.gain_fade_pct: f64, "增收年减退率", "Yearly fading of the gain", Unit::Percent, 0.0, 100.0,
        "假设：每年减退 10 %(无本地追踪数据)；0 = 持续", "Assumption: fades 10 % a year (no local follow-up data); 0 = persists"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.gain_years: u32, "增收年限", "Years the gain lasts", Unit::Years, 1.0, 20.0,
        "假设：培训后 10 年内有效；20 = 整个测算期", "Assumption: lasts 10 years after training; 20 = the whole projection"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.training_cost_yuan_per_trainee: f64, "人均培训成本", "Training cost per trainee", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：2,000 元", "Assumption: 2,000 yuan"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_posts_persons: f64, "公益性岗位人数", "Public-welfare posts", Unit::Persons, 0.0, 5.0,
        "假设：0；尉犁设扶贫特设岗位", "Assumption: 0; Yuli has special public posts"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_post_wage_yuan_per_month: f64, "岗位月工资", "Post wage per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：2,000 元/月，按县标准填写", "Assumption: 2,000 yuan/month; enter the county rate"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_post_months: f64, "岗位月数", "Months in post", Unit::Months, 0.0, 12.0,
        "假设：12 个月", "Assumption: 12 months"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.eligibility_threshold_yuan: f64, "免费培训收入门槛", "Income threshold for free training", Unit::YuanPerYear, 0.0, 200_000.0,
        "和静调研：年收入低于 2 万元或未稳定就业的劳动力", "Hejing survey: laborers earning under 20,000 yuan a year or not stably employed"),
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Jobs),
        interventions.jobs.schedule.enabled,
        "启用稳岗就业",
        "Use training and jobs",
        "默认关闭",
        "Off by default"
    )],
    choices: &[],
};
