//! Training sessions (培训课程): a trainer's ordered list of steps, each a scenario to look at,
//! the fields to look at in it, and optionally an exercise the model checks — predict a figure
//! then reveal it, reach a target by changing one field, or choose the better of a few options.
//!
//! Pure data and pure functions: the UI shows a [`Course`], storage carries it as a link or a
//! file (`crate::storage::course_link`), and every answer comes from the projection engine.

mod builtin;
mod check;

use serde::{Deserialize, Serialize};

use super::fields::{self, ValidationError};
use super::scenario::Scenario;
use super::text::OwnedText;

pub use builtin::builtin_course;
pub use check::{
    best_option, check_prediction, option_scores, scan_target, search_step, search_target,
    AnswerKey, Verdict,
};

/// Format version of a course; bumped when its stored shape changes.
pub const COURSE_VERSION: u32 = 1;
/// Most steps a course may hold: a morning's training, and a link a QR code can still carry.
pub const MAX_STEPS: usize = 20;
/// Longest title, in characters (course or step).
pub const MAX_TITLE_CHARS: usize = 80;
/// Longest prompt or option label, in characters (each language).
pub const MAX_PROMPT_CHARS: usize = 600;
/// Most fields a step may highlight.
pub const MAX_FOCUS_FIELDS: usize = 12;
/// Fewest and most options of a choose exercise.
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 4;

/// A training session: an ordered list of steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Course {
    /// [`COURSE_VERSION`] when written.
    pub version: u32,
    pub title: OwnedText,
    pub steps: Vec<Step>,
}

/// One step: what to look at and, optionally, what to work out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub title: OwnedText,
    pub prompt: OwnedText,
    /// The scenario the step starts from ("back to the trainer's version" restores it).
    pub scenario: Scenario,
    /// Registry ids ([`fields::field`], toggles or choices) shown highlighted; others folded.
    #[serde(default)]
    pub focus_fields: Vec<String>,
    #[serde(default)]
    pub exercise: Option<Exercise>,
}

/// What participants work out in a step; every answer is checked with the model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Exercise {
    /// Enter a guess for a figure of the step's scenario, then see the model's value.
    Predict {
        figure: PredictFigure,
        /// How far a guess may be from the model's value and still count as right, in the
        /// figure's own unit (years, yuan, yuan per yuan).
        tolerance: f64,
    },
    /// Change `field` so the scenario meets `goal` with its value as low (or high) as possible.
    Target {
        field: String,
        goal: TargetGoal,
        direction: Direction,
    },
    /// Pick the option that scores best on `criterion`.
    Choose {
        options: Vec<ChoiceOption>,
        criterion: ChoiceCriterion,
    },
}

/// A figure the model computes from a scenario, to be guessed.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "figure", rename_all = "snake_case")]
pub enum PredictFigure {
    /// First calendar year per-capita income is at or above the monitoring line.
    FirstYearAboveLine,
    /// Per-capita net income in a calendar year (yuan per person).
    PerCapitaYuan { year: i32 },
    /// Household net income gained over the baseline in a calendar year (yuan).
    GainYuan { year: i32 },
    /// Public cost per yuan of household income gained, discounted, whole horizon.
    CostPerYuanGained,
    /// Per-capita income in `year` after the household pays `medical_cost_yuan` out of pocket
    /// for one serious illness and the relief fund (`risk.relief`) pays out (yuan per person).
    PerCapitaAfterIllnessYuan { year: i32, medical_cost_yuan: f64 },
}

/// What a target exercise asks the scenario to reach.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "goal", rename_all = "snake_case")]
pub enum TargetGoal {
    /// Per-capita income at or above the monitoring line in every year from `from_year`
    /// through `year`.
    AboveLineUntil { from_year: i32, year: i32 },
    /// Per-capita income in `year` at least `yuan` per person.
    PerCapitaAtLeast { year: i32, yuan: f64 },
}

/// Whether a target asks for the lowest or the highest value of its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Minimise,
    Maximise,
}

/// One option of a choose exercise: a named scenario (an intervention, a design).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub label: OwnedText,
    pub scenario: Scenario,
}

/// What makes one option better than another: the larger value wins.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "criterion", rename_all = "snake_case")]
pub enum ChoiceCriterion {
    /// Household income gained per 10,000 yuan of public cost, summed from the first year
    /// through `year` (undiscounted). An option with no public cost has no value.
    GainPer10kPublicCostThrough { year: i32 },
    /// Per-capita net income in `year`.
    PerCapitaYuan { year: i32 },
}

/// Why a course cannot be used. `step` counts from 1, as the trainer sees steps.
#[derive(Clone, Debug, PartialEq)]
pub enum CourseError {
    NoSteps,
    TooManySteps {
        found: usize,
    },
    /// A version newer than this app reads.
    NewerVersion {
        found: u32,
    },
    TextTooLong {
        step: Option<usize>,
        max_chars: usize,
    },
    TooManyFocusFields {
        step: usize,
    },
    UnknownField {
        step: usize,
        id: String,
    },
    /// A year outside the horizon of the scenario it refers to.
    YearOutsideHorizon {
        step: usize,
        year: i32,
    },
    /// A scenario (the step's or an option's) the model does not accept.
    InvalidScenario {
        step: usize,
        error: ValidationError,
    },
    /// An exercise that cannot be answered as written (negative tolerance, one option …).
    BadExercise {
        step: usize,
        detail: OwnedText,
    },
}

impl CourseError {
    /// What is wrong, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        let at = |step: usize| {
            if english {
                format!("Step {step}: ")
            } else {
                format!("第 {step} 步：")
            }
        };
        match (self, english) {
            (CourseError::NoSteps, false) => "课程没有任何步骤".into(),
            (CourseError::NoSteps, true) => "the course has no steps".into(),
            (CourseError::TooManySteps { found }, false) => {
                format!("课程有 {found} 步，最多 {MAX_STEPS} 步")
            }
            (CourseError::TooManySteps { found }, true) => {
                format!("the course has {found} steps; at most {MAX_STEPS} are allowed")
            }
            (CourseError::NewerVersion { found }, false) => format!(
                "课程格式版本 {found} 来自更新版本的应用（本应用最高支持 {COURSE_VERSION}），请更新应用"
            ),
            (CourseError::NewerVersion { found }, true) => format!(
                "course format version {found} comes from a newer app (this one reads up to {COURSE_VERSION}); update the app"
            ),
            (CourseError::TextTooLong { step, max_chars }, _) => {
                let lead = step.map(at).unwrap_or_default();
                if english {
                    format!("{lead}a text is longer than {max_chars} characters")
                } else {
                    format!("{lead}文字超过 {max_chars} 个字符")
                }
            }
            (CourseError::TooManyFocusFields { step }, false) => {
                format!("{}突出显示的字段超过 {MAX_FOCUS_FIELDS} 个", at(*step))
            }
            (CourseError::TooManyFocusFields { step }, true) => format!(
                "{}more than {MAX_FOCUS_FIELDS} highlighted fields",
                at(*step)
            ),
            (CourseError::UnknownField { step, id }, false) => {
                format!("{}没有名为“{id}”的字段", at(*step))
            }
            (CourseError::UnknownField { step, id }, true) => {
                format!("{}there is no field “{id}”", at(*step))
            }
            (CourseError::YearOutsideHorizon { step, year }, false) => {
                format!("{}{year} 年不在测算期内", at(*step))
            }
            (CourseError::YearOutsideHorizon { step, year }, true) => {
                format!("{}{year} is outside the years projected", at(*step))
            }
            (CourseError::InvalidScenario { step, error }, _) => {
                format!("{}{}", at(*step), error.message(english))
            }
            (CourseError::BadExercise { step, detail }, _) => {
                format!("{}{}", at(*step), detail.get(english))
            }
        }
    }
}

impl std::fmt::Display for CourseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for CourseError {}

fn text_ok(t: &OwnedText, max: usize) -> bool {
    t.zh.chars().count() <= max && t.en.chars().count() <= max
}

fn known_id(id: &str) -> bool {
    fields::field(id).is_some() || fields::toggle(id).is_some() || fields::choice(id).is_some()
}

fn year_in(s: &Scenario, year: i32) -> bool {
    let first = s.horizon.base_year;
    year >= first && (year as i64) < first as i64 + s.horizon.years as i64
}

fn bad(step: usize, zh: &str, en: &str) -> CourseError {
    CourseError::BadExercise {
        step,
        detail: OwnedText {
            zh: zh.into(),
            en: en.into(),
        },
    }
}

impl Course {
    /// Checks the course: version, step count, text lengths, field ids, years inside each
    /// scenario's horizon, valid scenarios and answerable exercise shapes. The first problem
    /// wins. It does not run searches: see [`Exercise::answer_key`] for that.
    pub fn validate(&self) -> Result<(), CourseError> {
        if self.version > COURSE_VERSION {
            return Err(CourseError::NewerVersion {
                found: self.version,
            });
        }
        if self.steps.is_empty() {
            return Err(CourseError::NoSteps);
        }
        if self.steps.len() > MAX_STEPS {
            return Err(CourseError::TooManySteps {
                found: self.steps.len(),
            });
        }
        if !text_ok(&self.title, MAX_TITLE_CHARS) {
            return Err(CourseError::TextTooLong {
                step: None,
                max_chars: MAX_TITLE_CHARS,
            });
        }
        for (i, step) in self.steps.iter().enumerate() {
            step.validate(i + 1)?;
        }
        Ok(())
    }
}

impl Step {
    /// Checks one step; `number` (from 1) names it in errors.
    pub fn validate(&self, number: usize) -> Result<(), CourseError> {
        let too_long = |max_chars| CourseError::TextTooLong {
            step: Some(number),
            max_chars,
        };
        if !text_ok(&self.title, MAX_TITLE_CHARS) {
            return Err(too_long(MAX_TITLE_CHARS));
        }
        if !text_ok(&self.prompt, MAX_PROMPT_CHARS) {
            return Err(too_long(MAX_PROMPT_CHARS));
        }
        if self.focus_fields.len() > MAX_FOCUS_FIELDS {
            return Err(CourseError::TooManyFocusFields { step: number });
        }
        if let Some(id) = self.focus_fields.iter().find(|id| !known_id(id)) {
            return Err(CourseError::UnknownField {
                step: number,
                id: id.clone(),
            });
        }
        let invalid = |error| CourseError::InvalidScenario {
            step: number,
            error,
        };
        fields::validate(&self.scenario).map_err(invalid)?;
        let Some(exercise) = &self.exercise else {
            return Ok(());
        };
        let check_year = |s: &Scenario, year: i32| {
            if year_in(s, year) {
                Ok(())
            } else {
                Err(CourseError::YearOutsideHorizon { step: number, year })
            }
        };
        match exercise {
            Exercise::Predict { figure, tolerance } => {
                if !tolerance.is_finite() || *tolerance < 0.0 {
                    return Err(bad(
                        number,
                        "允许误差须为不小于 0 的数",
                        "the tolerance must be a number of 0 or more",
                    ));
                }
                match *figure {
                    PredictFigure::PerCapitaYuan { year } | PredictFigure::GainYuan { year } => {
                        check_year(&self.scenario, year)?
                    }
                    PredictFigure::PerCapitaAfterIllnessYuan {
                        year,
                        medical_cost_yuan,
                    } => {
                        check_year(&self.scenario, year)?;
                        if !(0.0..=1_000_000.0).contains(&medical_cost_yuan) {
                            return Err(bad(
                                number,
                                "医疗费用须在 0–1,000,000 元之间",
                                "the medical cost must be between 0 and 1,000,000 yuan",
                            ));
                        }
                    }
                    PredictFigure::FirstYearAboveLine | PredictFigure::CostPerYuanGained => {}
                }
            }
            Exercise::Target { field, goal, .. } => {
                if fields::field(field).is_none() {
                    return Err(CourseError::UnknownField {
                        step: number,
                        id: field.clone(),
                    });
                }
                match *goal {
                    TargetGoal::AboveLineUntil { from_year, year } => {
                        check_year(&self.scenario, from_year)?;
                        check_year(&self.scenario, year)?;
                        if from_year > year {
                            return Err(bad(
                                number,
                                "起始年份晚于目标年份",
                                "the first year is after the target year",
                            ));
                        }
                    }
                    TargetGoal::PerCapitaAtLeast { year, yuan } => {
                        check_year(&self.scenario, year)?;
                        if !yuan.is_finite() {
                            return Err(bad(
                                number,
                                "目标收入须为数字",
                                "the target income must be a number",
                            ));
                        }
                    }
                }
            }
            Exercise::Choose { options, criterion } => {
                if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
                    return Err(bad(
                        number,
                        "选择题须有 2–4 个选项",
                        "a choice needs 2 to 4 options",
                    ));
                }
                for o in options {
                    if !text_ok(&o.label, MAX_TITLE_CHARS) {
                        return Err(too_long(MAX_TITLE_CHARS));
                    }
                    fields::validate(&o.scenario).map_err(invalid)?;
                    let year = match *criterion {
                        ChoiceCriterion::GainPer10kPublicCostThrough { year }
                        | ChoiceCriterion::PerCapitaYuan { year } => year,
                    };
                    check_year(&o.scenario, year)?;
                }
            }
        }
        Ok(())
    }
}
