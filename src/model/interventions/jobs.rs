//! 稳岗就业 Training and jobs (Hejing: free training in 18 majors for laborers earning under
//! 20,000 yuan a year; Yuli: special public posts 扶贫特设岗位 / 公益性岗位).
//!
//! wages gained = trainees × placement rate × wage gain per month × months employed
//!              + public-welfare posts × monthly wage × months
//! program cost = trainees × training cost (start year) + posts × monthly wage × months (every
//! year: the public budget pays the posts)

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

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
    /// Training cost per trainee, paid by the program in the start year.
    pub training_cost_yuan_per_trainee: Yuan,
    /// Household members in public-welfare posts (公益性岗位).
    pub welfare_posts_persons: Persons,
    pub welfare_post_wage_yuan_per_month: Yuan,
    pub welfare_post_months: Months,
}

impl Default for Jobs {
    /// One trainee, one public-welfare post; placement, wage gain, training cost and post wage
    /// are assumptions (docs/model.md); the survey gives only the 20,000-yuan training threshold.
    fn default() -> Self {
        Jobs {
            schedule: Schedule::default(),
            trainees_persons: 1.0,
            placement_pct: 60.0,
            wage_gain_yuan_per_month: 1_000.0,
            months_employed: 10.0,
            training_cost_yuan_per_trainee: 2_000.0,
            welfare_posts_persons: 0.0,
            welfare_post_wage_yuan_per_month: 2_000.0,
            welfare_post_months: 12.0,
        }
    }
}

/// The full (100 % adoption) effect in a year.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct JobsParts {
    pub placed_persons: Persons,
    pub trainee_wage_gain_yuan: Yuan,
    pub welfare_wages_yuan: Yuan,
    pub training_cost_yuan: Yuan,
}

impl Jobs {
    pub fn parts(&self, years_since_start: u32) -> JobsParts {
        let placed = self.trainees_persons * frac(self.placement_pct);
        JobsParts {
            placed_persons: placed,
            trainee_wage_gain_yuan: placed * self.wage_gain_yuan_per_month * self.months_employed,
            welfare_wages_yuan: self.welfare_posts_persons
                * self.welfare_post_wage_yuan_per_month
                * self.welfare_post_months,
            training_cost_yuan: if years_since_start == 0 {
                self.trainees_persons * self.training_cost_yuan_per_trainee
            } else {
                0.0
            },
        }
    }
}

impl Module for Jobs {
    const KIND: InterventionKind = InterventionKind::Jobs;
    const NAME: Text = Text::new("稳岗就业", "Training and jobs");

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(k);
            let wages = share * (p.trainee_wage_gain_yuan + p.welfare_wages_yuan);
            effect.by_source[Source::LocalWages] += wages;
            effect.program_cost_yuan += share * (p.training_cost_yuan + p.welfare_wages_yuan);
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let _ = scenario;
        let k = self.schedule.years_since_start(year);
        let on = k.is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(k.unwrap_or(0));
        let trained = Trace::new(
            Text::new("培训就业增收", "Wage gain of placed trainees"),
            Text::new(
                "培训人数 × 就业率 × 月增收 × 务工月数",
                "trainees × placement rate × wage gain per month × months employed",
            ),
            on * p.trainee_wage_gain_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("培训人数", "Trainees"),
            self.trainees_persons,
            Unit::Persons,
        )
        .input(
            Text::new("就业率", "Placement rate"),
            self.placement_pct,
            Unit::Percent,
        )
        .input(
            Text::new("月增收", "Wage gain per month"),
            self.wage_gain_yuan_per_month,
            Unit::YuanPerMonth,
        )
        .input(
            Text::new("务工月数", "Months employed"),
            self.months_employed,
            Unit::Months,
        );
        let posts = Trace::new(
            Text::new("公益性岗位工资", "Public-welfare post wages"),
            Text::new("岗位人数 × 月工资 × 月数", "posts × monthly wage × months"),
            on * p.welfare_wages_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("公益性岗位", "Public-welfare posts"),
            self.welfare_posts_persons,
            Unit::Persons,
        )
        .input(
            Text::new("岗位月工资", "Post wage per month"),
            self.welfare_post_wage_yuan_per_month,
            Unit::YuanPerMonth,
        )
        .input(
            Text::new("岗位月数", "Months"),
            self.welfare_post_months,
            Unit::Months,
        );
        Trace::new(
            Text::new("稳岗就业增收", "Training and jobs income gain"),
            Text::new(
                "采纳比例 × (培训就业增收 + 公益性岗位工资)，计入本地务工收入",
                "adoption × (trainee wage gain + post wages), counted as local wages",
            ),
            on * share * (p.trainee_wage_gain_yuan + p.welfare_wages_yuan),
            Unit::YuanPerYear,
        )
        .adoption(share)
        .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        .part(trained)
        .part(posts)
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Jobs), interventions.jobs.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.trainees_persons: f64, "培训人数", "Trainees", Unit::Persons, 0.0, 10.0,
        "假设：1 人(和静：年收入低于 2 万元者免费培训)", "Assumption: one (Hejing trains those earning < 20,000 yuan free)"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.placement_pct: f64, "就业率", "Placement rate", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.wage_gain_yuan_per_month: f64, "月增收", "Wage gain per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：1,000 元/月", "Assumption: 1,000 yuan/month"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.months_employed: f64, "务工月数", "Months employed", Unit::Months, 0.0, 12.0,
        "假设：10 个月", "Assumption: 10 months"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.training_cost_yuan_per_trainee: f64, "人均培训成本", "Training cost per trainee", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：2,000 元", "Assumption: 2,000 yuan"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_posts_persons: f64, "公益性岗位人数", "Public-welfare posts", Unit::Persons, 0.0, 5.0,
        "假设：0；尉犁设扶贫特设岗位", "Assumption: 0; Yuli has special public posts"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_post_wage_yuan_per_month: f64, "岗位月工资", "Post wage per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：2,000 元/月，按县标准填写", "Assumption: 2,000 yuan/month; enter the county rate"),
        field!(Section::Intervention(K::Jobs), interventions.jobs.welfare_post_months: f64, "岗位月数", "Months in post", Unit::Months, 0.0, 12.0,
        "假设：12 个月", "Assumption: 12 months"),
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
