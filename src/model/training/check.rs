//! Checking answers with the model: a guessed figure, a participant's scenario against a
//! target, a chosen option; and the answer key's search for a target's true optimum.

use super::{ChoiceCriterion, Direction, Exercise, PredictFigure, Step, TargetGoal};
use crate::model::explain::Figure;
use crate::model::fields::{self, FieldSpec};
use crate::model::projection::{project_unchecked, Projection, YearRow};
use crate::model::risk::payout;
use crate::model::scenario::Scenario;
use crate::model::text::OwnedText;
use crate::model::units::Unit;

/// The model's word on an answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// The right answer: the figure's value (predict), the field's true optimum (target), the
    /// best option's score (choose).
    pub model_value: f64,
    /// The answer minus `model_value`: the guess, the participant's field value, the chosen
    /// option's score.
    pub difference: f64,
    /// Right: the guess within the tolerance; the goal met at the optimum (within one search
    /// step); the best option chosen.
    pub within_tolerance: bool,
    /// Target only: whether the participant's scenario meets the goal at all.
    pub goal_met: Option<bool>,
    /// What the model found and how far the answer was, with the figures in it.
    pub explanation: OwnedText,
}

fn owned(zh: String, en: String) -> OwnedText {
    OwnedText { zh, en }
}

fn row(p: &Projection, year: i32) -> Option<&YearRow> {
    p.rows.iter().find(|r| r.year == year)
}

/// The projection of a scenario the model accepts.
fn projected(s: &Scenario) -> Option<Projection> {
    fields::validate(s).ok()?;
    Some(project_unchecked(s))
}

/// A number as shown in explanations: whole numbers and amounts of 100 or more without
/// decimals (yuan, years), others to two places (yuan per yuan).
fn show(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 || v.abs() >= 100.0 {
        format!("{:.0}", v)
    } else {
        format!("{:.2}", v)
    }
}

impl PredictFigure {
    /// The same figure in the explanation engine, when it has one: the UI shows
    /// `explain(scenario, figure)` (formula and inputs) beside the reveal. The illness figure
    /// has none; its verdict's explanation names the cost and the relief rule.
    pub fn explained_as(&self) -> Option<Figure> {
        match *self {
            PredictFigure::FirstYearAboveLine => {
                Some(Figure::FirstYearAboveLine { baseline: false })
            }
            PredictFigure::PerCapitaYuan { year } => Some(Figure::PerCapita {
                year,
                baseline: false,
            }),
            PredictFigure::GainYuan { year } => Some(Figure::TotalIncrement { year }),
            PredictFigure::CostPerYuanGained => Some(Figure::CostPerYuanGained { kind: None }),
            PredictFigure::PerCapitaAfterIllnessYuan { .. } => None,
        }
    }

    /// The figure's name.
    pub fn label(&self) -> OwnedText {
        match *self {
            PredictFigure::FirstYearAboveLine => owned(
                "人均收入首次达到监测线的年份".into(),
                "first year per-capita income reaches the monitoring line".into(),
            ),
            PredictFigure::PerCapitaYuan { year } => owned(
                format!("{year} 年人均纯收入(元)"),
                format!("per-capita net income in {year} (yuan)"),
            ),
            PredictFigure::GainYuan { year } => owned(
                format!("{year} 年比基线增收(元)"),
                format!("income gained over the baseline in {year} (yuan)"),
            ),
            PredictFigure::CostPerYuanGained => owned(
                "每增收 1 元的财政投入(元)".into(),
                "public cost per yuan of income gained (yuan)".into(),
            ),
            PredictFigure::PerCapitaAfterIllnessYuan {
                year,
                medical_cost_yuan,
            } => owned(
                format!(
                    "{year} 年自付 {} 元大病医疗费、获救助金后的人均收入(元)",
                    show(medical_cost_yuan)
                ),
                format!(
                    "per-capita income in {year} after {} yuan of out-of-pocket cost for a serious illness and the relief fund's payout (yuan)",
                    show(medical_cost_yuan)
                ),
            ),
        }
    }

    /// The model's value of the figure for `s`; `None` when the scenario is invalid, the year
    /// outside its horizon, or the figure has no value (never above the line, no gain).
    pub fn value(&self, s: &Scenario) -> Option<f64> {
        let p = projected(s)?;
        match *self {
            PredictFigure::FirstYearAboveLine => p.first_year_above_line.map(f64::from),
            PredictFigure::PerCapitaYuan { year } => Some(row(&p, year)?.per_capita_yuan),
            PredictFigure::GainYuan { year } => Some(row(&p, year)?.increment_yuan()),
            PredictFigure::CostPerYuanGained => p.total.cost_per_yuan_gained,
            PredictFigure::PerCapitaAfterIllnessYuan {
                year,
                medical_cost_yuan,
            } => {
                let r = row(&p, year)?;
                let members = s.household.members_persons;
                let after_cost = r.per_capita_yuan - medical_cost_yuan / members;
                let relief = payout(
                    &s.risk.relief,
                    after_cost,
                    r.monitoring_line_yuan_per_capita,
                    members,
                    medical_cost_yuan,
                    r.price_index,
                );
                Some(after_cost + relief.total_yuan / members)
            }
        }
    }
}

/// Checks a guess for `figure` of `s`: how far it is from the model's value. `None` when the
/// figure has no value for `s`.
pub fn check_prediction(
    figure: &PredictFigure,
    s: &Scenario,
    tolerance: f64,
    guess: f64,
) -> Option<Verdict> {
    let model_value = figure.value(s)?;
    let difference = guess - model_value;
    let within_tolerance = difference.abs() <= tolerance + 1e-9;
    let label = figure.label();
    let (m, g, d) = (show(model_value), show(guess), show(difference.abs()));
    let explanation = match (within_tolerance, difference == 0.0) {
        (_, true) => owned(
            format!("{}：模型得出 {m}，与你的估计完全一致。", label.zh),
            format!("{}: the model gives {m}, exactly your guess.", label.en),
        ),
        (true, false) => owned(
            format!(
                "{}：模型得出 {m}；你估计 {g}，相差 {d}，在允许误差内。",
                label.zh
            ),
            format!(
                "{}: the model gives {m}; you guessed {g}, {d} off, within the tolerance.",
                label.en
            ),
        ),
        (false, false) => owned(
            format!(
                "{}：模型得出 {m}；你估计 {g}，{}了 {d}。",
                label.zh,
                if difference > 0.0 { "高估" } else { "低估" }
            ),
            format!(
                "{}: the model gives {m}; you guessed {g}, {d} too {}.",
                label.en,
                if difference > 0.0 { "high" } else { "low" }
            ),
        ),
    };
    Some(Verdict {
        model_value,
        difference,
        within_tolerance,
        goal_met: None,
        explanation,
    })
}

impl TargetGoal {
    /// Whether a projection meets the goal (a year outside the horizon never does).
    pub fn met_by(&self, p: &Projection) -> bool {
        match *self {
            TargetGoal::AboveLineUntil { from_year, year } => {
                let years = from_year..=year;
                let mut rows = p.rows.iter().filter(|r| years.contains(&r.year)).peekable();
                rows.peek().is_some()
                    && rows.all(|r| {
                        r.monitoring_line_yuan_per_capita
                            .is_some_and(|line| r.per_capita_yuan >= line)
                    })
                    && p.rows.iter().any(|r| r.year == year)
            }
            TargetGoal::PerCapitaAtLeast { year, yuan } => {
                row(p, year).is_some_and(|r| r.per_capita_yuan >= yuan)
            }
        }
    }

    /// Whether the model accepts `s` and its projection meets the goal.
    pub fn met_by_scenario(&self, s: &Scenario) -> bool {
        projected(s).is_some_and(|p| self.met_by(&p))
    }

    pub fn describe(&self) -> OwnedText {
        match *self {
            TargetGoal::AboveLineUntil { from_year, year } => owned(
                format!("{from_year}–{year} 年每年人均收入不低于监测线"),
                format!("per-capita income at or above the line every year {from_year}–{year}"),
            ),
            TargetGoal::PerCapitaAtLeast { year, yuan } => owned(
                format!("{year} 年人均收入不低于 {} 元", show(yuan)),
                format!(
                    "per-capita income of at least {} yuan in {year}",
                    show(yuan)
                ),
            ),
        }
    }
}

/// The grid a target search moves a field on: 1 for whole numbers, counts, persons, years and
/// money; 0.1 for percentages, months, areas and the like. Widened tenfold until the field's
/// range holds at most a million points.
pub fn search_step(spec: &FieldSpec) -> f64 {
    let whole = spec.integer
        || matches!(
            spec.unit,
            Unit::Head
                | Unit::Persons
                | Unit::Count
                | Unit::Year
                | Unit::Years
                | Unit::Nights
                | Unit::Yuan
                | Unit::YuanPerYear
                | Unit::YuanPerMu
                | Unit::YuanPerMonth
                | Unit::YuanPerHead
                | Unit::YuanPerCapita
        );
    let mut step = if whole { 1.0 } else { 0.1 };
    while (spec.max - spec.min) / step > 1_000_000.0 {
        step *= 10.0;
    }
    step
}

/// The value of grid point `i`: `min + i × step`, rounded to the step so 0.1 steps stay clean.
fn grid_value(spec: &FieldSpec, step: f64, i: usize) -> f64 {
    let v = spec.min + i as f64 * step;
    let v = if step >= 1.0 {
        v.round()
    } else {
        (v / step).round() * step
    };
    v.min(spec.max)
}

fn grid_len(spec: &FieldSpec, step: f64) -> usize {
    ((spec.max - spec.min) / step + 1e-9).floor() as usize + 1
}

/// Whether `s` with `field` set to `value` meets `goal` (invalid scenarios never do).
fn meets_at(s: &Scenario, spec: &FieldSpec, value: f64, goal: &TargetGoal) -> bool {
    let mut trial = s.clone();
    (spec.set)(&mut trial, value);
    goal.met_by_scenario(&trial)
}

/// Largest grid the fallback scan walks; a larger grid whose goal proves not monotone gives
/// `None` rather than keep the page busy for minutes.
pub const MAX_SCAN_POINTS: usize = 20_000;

/// Points a search samples below (or above) its answer to check the monotone assumption.
const VERIFY_SAMPLES: usize = 64;

/// The lowest (`Minimise`) or highest (`Maximise`) value of `field` on its search grid
/// ([`search_step`], the field's whole range) at which `s` with that value meets `goal`; the
/// other inputs as in `s`. `None` when no value does, or the field is unknown.
///
/// Assumption: the goal is monotone in the field — once met, it stays met as the value moves
/// further in the direction away from the optimum (more chicks never pull a household below the
/// line, a lower rent never lifts it). Under that assumption a bisection finds the optimum in
/// about 20 projections. The result is then verified: it meets the goal, the grid point next
/// to it on the optimum side does not, and none of [`VERIFY_SAMPLES`] points spread over the
/// rest of that side does. When a check fails the goal is not monotone, and the whole grid is
/// scanned instead (grids up to [`MAX_SCAN_POINTS`]; larger ones give `None`), so an answer is
/// the true optimum either way.
pub fn search_target(
    s: &Scenario,
    field: &str,
    goal: &TargetGoal,
    direction: Direction,
) -> Option<f64> {
    let spec = fields::field(field)?;
    let step = search_step(spec);
    let n = grid_len(spec, step);
    // Position `k` counts from the far end of the optimum: k = 0 is the best value to try.
    let value_at = |k: usize| match direction {
        Direction::Minimise => grid_value(spec, step, k),
        Direction::Maximise => grid_value(spec, step, n - 1 - k),
    };
    let meets = |k: usize| meets_at(s, spec, value_at(k), goal);
    // The fallback scan, on grids small enough to scan in a moment (a few seconds at most).
    let scan = || {
        if n <= MAX_SCAN_POINTS {
            (0..n).find(|&k| meets(k)).map(value_at)
        } else {
            None
        }
    };
    if !meets(n - 1) {
        // Not met at the far end: under the assumption never met; scan to be sure.
        return scan();
    }
    if meets(0) {
        return Some(value_at(0));
    }
    // Invariant: !meets(lo), meets(hi).
    let (mut lo, mut hi) = (0, n - 1);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if meets(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let samples = VERIFY_SAMPLES.min(hi);
    let monotone = (0..samples).all(|j| !meets(j * hi / samples.max(1)));
    if monotone {
        Some(value_at(hi))
    } else {
        scan()
    }
}

/// [`search_target`] by brute force: every grid point, in order. For tests and for goals known
/// not to be monotone.
pub fn scan_target(
    s: &Scenario,
    field: &str,
    goal: &TargetGoal,
    direction: Direction,
) -> Option<f64> {
    let spec = fields::field(field)?;
    let step = search_step(spec);
    let n = grid_len(spec, step);
    let value = |i| grid_value(spec, step, i);
    let meets = |&v: &f64| meets_at(s, spec, v, goal);
    match direction {
        Direction::Minimise => (0..n).map(value).find(meets),
        Direction::Maximise => (0..n).rev().map(value).find(meets),
    }
}

impl ChoiceCriterion {
    /// An option's score (larger is better); `None` when it has none (no public cost, an
    /// invalid scenario, a year outside the horizon).
    pub fn score(&self, s: &Scenario) -> Option<f64> {
        let p = projected(s)?;
        match *self {
            ChoiceCriterion::GainPer10kPublicCostThrough { year } => {
                row(&p, year)?;
                let through = p.rows.iter().filter(|r| r.year <= year);
                let (gain, cost) = through.fold((0.0, 0.0), |(g, c), r| {
                    (g + r.increment_yuan(), c + r.program_cost_yuan)
                });
                (cost > 0.0).then(|| gain / cost * 10_000.0)
            }
            ChoiceCriterion::PerCapitaYuan { year } => Some(row(&p, year)?.per_capita_yuan),
        }
    }

    pub fn describe(&self) -> OwnedText {
        match *self {
            ChoiceCriterion::GainPer10kPublicCostThrough { year } => owned(
                format!("截至 {year} 年每 1 万元财政投入带来的增收(元)"),
                format!("income gained per 10,000 yuan of public cost through {year} (yuan)"),
            ),
            ChoiceCriterion::PerCapitaYuan { year } => owned(
                format!("{year} 年人均纯收入(元)"),
                format!("per-capita net income in {year} (yuan)"),
            ),
        }
    }
}

/// Each option's score, in order.
pub fn option_scores(
    options: &[super::ChoiceOption],
    criterion: &ChoiceCriterion,
) -> Vec<Option<f64>> {
    options
        .iter()
        .map(|o| criterion.score(&o.scenario))
        .collect()
}

/// The index of the best option, when exactly one scores highest (ties within 0.5 yuan or an
/// option without a score give `None`: such a question has no single answer).
pub fn best_option(scores: &[Option<f64>]) -> Option<usize> {
    let values: Option<Vec<f64>> = scores.iter().copied().collect();
    let values = values?;
    let (best, top) = values
        .iter()
        .copied()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let unique = values
        .iter()
        .enumerate()
        .all(|(i, v)| i == best || top - v > 0.5);
    unique.then_some(best)
}

/// The trainer's answer key of a step's exercise.
#[derive(Clone, Debug, PartialEq)]
pub enum AnswerKey {
    /// The figure's value.
    Predict { value: f64 },
    /// The field's true optimum.
    Target { value: f64 },
    /// The best option and every option's score.
    Choose { best: usize, scores: Vec<f64> },
}

impl Step {
    /// The answer key; `None` when the step has no exercise or it has no answer (figure
    /// without a value, target never met, no single best option).
    pub fn answer_key(&self) -> Option<AnswerKey> {
        match self.exercise.as_ref()? {
            Exercise::Predict { figure, .. } => Some(AnswerKey::Predict {
                value: figure.value(&self.scenario)?,
            }),
            Exercise::Target {
                field,
                goal,
                direction,
            } => Some(AnswerKey::Target {
                value: search_target(&self.scenario, field, goal, *direction)?,
            }),
            Exercise::Choose { options, criterion } => {
                let scores = option_scores(options, criterion);
                let best = best_option(&scores)?;
                Some(AnswerKey::Choose {
                    best,
                    scores: scores.into_iter().flatten().collect(),
                })
            }
        }
    }

    /// Checks a guess at a predict step. `None` when the step is not a predict exercise or the
    /// figure has no value.
    pub fn check_prediction(&self, guess: f64) -> Option<Verdict> {
        match self.exercise.as_ref()? {
            Exercise::Predict { figure, tolerance } => {
                check_prediction(figure, &self.scenario, *tolerance, guess)
            }
            _ => None,
        }
    }

    /// Checks a participant's scenario at a target step: does it meet the goal, and is its
    /// value of the field the optimum the search finds from the step's scenario? `None` when
    /// the step is not a target exercise or the target cannot be met.
    pub fn check_target(&self, participant: &Scenario) -> Option<Verdict> {
        let Exercise::Target {
            field,
            goal,
            direction,
        } = self.exercise.as_ref()?
        else {
            return None;
        };
        let spec = fields::field(field)?;
        let best = search_target(&self.scenario, field, goal, *direction)?;
        let value = (spec.get)(participant);
        let goal_met = goal.met_by_scenario(participant);
        let difference = value - best;
        let at_best = difference.abs() < search_step(spec) / 2.0;
        let (label, unit) = (spec.label, spec.unit.label());
        let (v, b) = (show(value), show(best));
        let want = goal.describe();
        let explanation = match (goal_met, at_best) {
            (false, _) => owned(
                format!(
                    "{}为 {v} {} 时未达到目标（{}）。最优值为 {b} {}。",
                    label.zh, unit.zh, want.zh, unit.zh
                ),
                format!(
                    "With {} at {v} {} the goal ({}) is not met. The best value is {b} {}.",
                    label.en, unit.en, want.en, unit.en
                ),
            ),
            (true, true) => owned(
                format!(
                    "达到目标（{}），{} {v} {} 正是最优值。",
                    want.zh, label.zh, unit.zh
                ),
                format!(
                    "Goal met ({}), and {} at {v} {} is the best value.",
                    want.en, label.en, unit.en
                ),
            ),
            (true, false) => owned(
                format!(
                    "达到目标（{}），但{}还可以到 {b} {}（你的是 {v}）。",
                    want.zh, label.zh, unit.zh
                ),
                format!(
                    "Goal met ({}), but {} can go to {b} {} (yours is {v}).",
                    want.en, label.en, unit.en
                ),
            ),
        };
        Some(Verdict {
            model_value: best,
            difference,
            within_tolerance: goal_met && at_best,
            goal_met: Some(goal_met),
            explanation,
        })
    }

    /// Checks the option a participant chose (index from 0). `None` when the step is not a
    /// choose exercise, the index is out of range, or no option is best.
    pub fn check_choice(&self, index: usize) -> Option<Verdict> {
        let Exercise::Choose { options, criterion } = self.exercise.as_ref()? else {
            return None;
        };
        let chosen = options.get(index)?;
        let scores = option_scores(options, criterion);
        let best = best_option(&scores)?;
        let (top, mine) = (scores[best]?, scores[index]?);
        let what = criterion.describe();
        let best_label = &options[best].label;
        let (t, m) = (show(top), show(mine));
        let explanation = if index == best {
            owned(
                format!("选对了：“{}”的{}为 {t}，最高。", chosen.label.zh, what.zh),
                format!(
                    "Right: “{}” has the highest {}, {t}.",
                    chosen.label.en, what.en
                ),
            )
        } else {
            owned(
                format!(
                    "“{}”的{}为 {m}；“{}”更高，为 {t}。",
                    chosen.label.zh, what.zh, best_label.zh
                ),
                format!(
                    "“{}” has {} of {m}; “{}” is higher at {t}.",
                    chosen.label.en, what.en, best_label.en
                ),
            )
        };
        Some(Verdict {
            model_value: top,
            difference: mine - top,
            within_tolerance: index == best,
            goal_met: None,
            explanation,
        })
    }
}
