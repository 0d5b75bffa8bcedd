//! The course editor (编辑课程): a trainer orders steps, words each in Chinese and English,
//! takes each step's scenario (and each option's) from the planner as it stands, picks the
//! fields to highlight and sets the exercise. The course is checked as it is edited; only a
//! valid course can be used or shared.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::planner::planner_scenario;
use super::{both, t};
use crate::i18n::{format_number, strings, Lang};
use crate::input::number::parse_number;
use crate::model::fields::{Section, CHOICES, FIELDS, TOGGLES};
use crate::model::interventions::InterventionKind;
use crate::model::text::{OwnedText, Text};
use crate::model::training::{
    ChoiceCriterion, ChoiceOption, Course, Direction, Exercise, PredictFigure, Step, TargetGoal,
    MAX_FOCUS_FIELDS, MAX_OPTIONS, MAX_STEPS,
};

/// The course being edited; every edit applies to the newest draft (two quick edits both count).
#[derive(Clone, PartialEq)]
struct Draft(Course);

struct Edit(Rc<dyn Fn(&mut Course)>);

impl Reducible for Draft {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut course = self.0.clone();
        (edit.0)(&mut course);
        Rc::new(Draft(course))
    }
}

type Editor = Rc<dyn Fn(Rc<dyn Fn(&mut Course)>)>;
/// Sets a year inside an exercise.
type SetYear = Rc<dyn Fn(&mut Exercise, i32)>;

fn section_name(s: Section) -> Text {
    match s {
        Section::Household => strings::SECTION_HOUSEHOLD,
        Section::Income => strings::SECTION_INCOME,
        Section::Projection => strings::SECTION_PROJECTION,
        Section::Risk => strings::SECTION_RISK,
        Section::Relief => strings::SECTION_RELIEF,
        Section::Intervention(k) => k.name(),
    }
}

/// A new step from the planner's scenario: no exercise yet, its title the scenario's name.
fn step_from(s: crate::model::Scenario) -> Step {
    Step {
        title: both(&s.name, &s.name),
        prompt: both("", ""),
        scenario: s,
        focus_fields: Vec::new(),
        exercise: None,
    }
}

/// A fresh course for the editor's "new course".
pub fn new_course() -> Result<Course, OwnedText> {
    let s = planner_scenario()?;
    Ok(Course {
        version: crate::model::training::COURSE_VERSION,
        title: both("新培训课程", "New training course"),
        steps: vec![step_from(s)],
    })
}

#[derive(Properties, PartialEq)]
struct NumProps {
    id: AttrValue,
    label: AttrValue,
    value: f64,
    lang: Lang,
    on_value: Callback<f64>,
}

/// A number typed as planners type it (１２３, 1,200, 1.5万), with its message at the field.
#[component]
fn NumText(props: &NumProps) -> Html {
    let text = use_state(|| {
        format_number(props.value, if props.value.fract() == 0.0 { 0 } else { 2 }).replace(',', "")
    });
    let error = use_state(|| None::<String>);
    let oninput = {
        let (text, error, on_value, lang) = (
            text.clone(),
            error.clone(),
            props.on_value.clone(),
            props.lang,
        );
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_number(&v, false) {
                Ok(n) => {
                    error.set(None);
                    on_value.emit(n);
                }
                Err(err) => error.set(Some(err.message(lang))),
            }
            text.set(v);
        })
    };
    let err_id = format!("{}-error", props.id);
    html! {
        <span class="num-text">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="text" inputmode="decimal" value={(*text).clone()} {oninput}
                aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby={err_id.clone()} />
            <span class="field-error" id={err_id} role="alert" hidden={error.is_none()}>{ (*error).clone().unwrap_or_default() }</span>
        </span>
    }
}

fn text_input(id: String, label: String, value: &str, multi: bool, on: Callback<String>) -> Html {
    if multi {
        let oninput = Callback::from(move |e: InputEvent| {
            on.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! { <label class="stack" for={id.clone()}>{ label }<textarea id={id} rows="3" value={value.to_string()} {oninput} /></label> }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            on.emit(e.target_unchecked_into::<HtmlInputElement>().value())
        });
        html! { <label class="stack" for={id.clone()}>{ label }<input id={id} type="text" value={value.to_string()} {oninput} /></label> }
    }
}

fn select(
    id: String,
    label: String,
    options: Vec<(String, String)>,
    current: &str,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(e.target_unchecked_into::<HtmlSelectElement>().value())
    });
    html! {
        <label class="stack" for={id.clone()}>{ label }
            <select id={id} {onchange}>
                { for options.into_iter().map(|(v, l)| html! { <option selected={v == current} value={v.clone()}>{ l }</option> }) }
            </select>
        </label>
    }
}

/// The year a new exercise asks about: the scenario's fifth year, or its last if shorter.
fn default_year(s: &crate::model::Scenario) -> i32 {
    s.horizon.base_year + (s.horizon.years.min(5) as i32 - 1).max(0)
}

fn exercise_kind(e: &Option<Exercise>) -> &'static str {
    match e {
        None => "none",
        Some(Exercise::Predict { .. }) => "predict",
        Some(Exercise::Target { .. }) => "target",
        Some(Exercise::Choose { .. }) => "choose",
    }
}

fn new_exercise(kind: &str, step: &Step) -> Option<Exercise> {
    let year = default_year(&step.scenario);
    match kind {
        "predict" => Some(Exercise::Predict {
            figure: PredictFigure::PerCapitaYuan { year },
            tolerance: 500.0,
        }),
        "target" => Some(Exercise::Target {
            field: step
                .focus_fields
                .iter()
                .find(|id| crate::model::fields::field(id).is_some())
                .cloned()
                .unwrap_or_else(|| FIELDS[0].id.to_string()),
            goal: TargetGoal::AboveLineUntil {
                from_year: step.scenario.horizon.base_year,
                year,
            },
            direction: Direction::Minimise,
        }),
        "choose" => Some(Exercise::Choose {
            options: vec![
                ChoiceOption {
                    label: both("方案甲", "Option A"),
                    scenario: step.scenario.clone(),
                },
                ChoiceOption {
                    label: both("方案乙", "Option B"),
                    scenario: step.scenario.clone(),
                },
            ],
            criterion: ChoiceCriterion::PerCapitaYuan { year },
        }),
        _ => None,
    }
}

fn figure_kind(f: &PredictFigure) -> &'static str {
    match f {
        PredictFigure::FirstYearAboveLine => "first_year",
        PredictFigure::PerCapitaYuan { .. } => "per_capita",
        PredictFigure::GainYuan { .. } => "gain",
        PredictFigure::CostPerYuanGained => "cost_per_yuan",
        PredictFigure::PerCapitaAfterIllnessYuan { .. } => "illness",
    }
}

fn figure_year(f: &PredictFigure) -> Option<i32> {
    match *f {
        PredictFigure::PerCapitaYuan { year }
        | PredictFigure::GainYuan { year }
        | PredictFigure::PerCapitaAfterIllnessYuan { year, .. } => Some(year),
        _ => None,
    }
}

fn with_figure(kind: &str, year: i32) -> PredictFigure {
    match kind {
        "first_year" => PredictFigure::FirstYearAboveLine,
        "gain" => PredictFigure::GainYuan { year },
        "cost_per_yuan" => PredictFigure::CostPerYuanGained,
        "illness" => PredictFigure::PerCapitaAfterIllnessYuan {
            year,
            medical_cost_yuan: 40_000.0,
        },
        _ => PredictFigure::PerCapitaYuan { year },
    }
}

/// The exercise's settings for step `i`.
fn exercise_editor(
    i: usize,
    step: &Step,
    lang: Lang,
    edit: &Editor,
    message: &Callback<OwnedText>,
) -> Html {
    let id = |name: &str| format!("course-{i}-{name}");
    let e = edit.clone();
    let kind_select = select(
        id("exercise"),
        t(lang, "练习", "Exercise"),
        vec![
            ("none".into(), t(lang, "无（只看）", "None (look only)")),
            (
                "predict".into(),
                t(lang, "先预测，再揭晓", "Predict, then reveal"),
            ),
            ("target".into(), t(lang, "达到目标", "Reach a target")),
            ("choose".into(), t(lang, "选择", "Choose")),
        ],
        exercise_kind(&step.exercise),
        Callback::from(move |v: String| {
            e(Rc::new(move |c: &mut Course| {
                let ex = new_exercise(&v, &c.steps[i]);
                c.steps[i].exercise = ex;
            }))
        }),
    );
    let year_input = |key: &str, label: String, year: i32, set: SetYear| {
        let e = edit.clone();
        html! {
            <NumText key={format!("{i}-{key}")} id={id(key)} {label} value={year as f64} {lang}
                on_value={Callback::from(move |v: f64| {
                    let set = set.clone();
                    e(Rc::new(move |c: &mut Course| if let Some(ex) = c.steps[i].exercise.as_mut() { set(ex, v.round() as i32) }))
                })} />
        }
    };
    let body = match &step.exercise {
        None => html! {},
        Some(Exercise::Predict { figure, tolerance }) => {
            let year = figure_year(figure).unwrap_or_else(|| default_year(&step.scenario));
            let e = edit.clone();
            let figure_select = select(
                id("figure"),
                t(lang, "预测的数字", "Figure to guess"),
                [
                    "first_year",
                    "per_capita",
                    "gain",
                    "cost_per_yuan",
                    "illness",
                ]
                .iter()
                .map(|k| {
                    (
                        k.to_string(),
                        with_figure(k, year).label().get(lang.is_en()).to_string(),
                    )
                })
                .collect(),
                figure_kind(figure),
                Callback::from(move |v: String| {
                    e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Predict { figure, .. }) = c.steps[i].exercise.as_mut()
                        {
                            let year = figure_year(figure).unwrap_or(year);
                            *figure = with_figure(&v, year);
                        }
                    }))
                }),
            );
            let e = edit.clone();
            html! { <>
                { figure_select }
                if figure_year(figure).is_some() {
                    { year_input("figure-year", t(lang, "年份", "Year"), year, Rc::new(|ex, y| if let Exercise::Predict { figure, .. } = ex {
                        *figure = match *figure {
                            PredictFigure::PerCapitaYuan { .. } => PredictFigure::PerCapitaYuan { year: y },
                            PredictFigure::GainYuan { .. } => PredictFigure::GainYuan { year: y },
                            PredictFigure::PerCapitaAfterIllnessYuan { medical_cost_yuan, .. } => PredictFigure::PerCapitaAfterIllnessYuan { year: y, medical_cost_yuan },
                            other => other,
                        }
                    })) }
                }
                if let PredictFigure::PerCapitaAfterIllnessYuan { medical_cost_yuan, .. } = figure {
                    <NumText key={format!("{i}-medical")} id={id("medical")} label={t(lang, "自付医疗费（元）", "Out-of-pocket medical cost (yuan)")} value={*medical_cost_yuan} {lang}
                        on_value={{ let e = edit.clone(); Callback::from(move |v: f64| e(Rc::new(move |c: &mut Course| {
                            if let Some(Exercise::Predict { figure: PredictFigure::PerCapitaAfterIllnessYuan { medical_cost_yuan, .. }, .. }) = c.steps[i].exercise.as_mut() { *medical_cost_yuan = v }
                        }))) }} />
                }
                <NumText key={format!("{i}-tolerance")} id={id("tolerance")} label={t(lang, "允许误差（±）", "Tolerance (±)")} value={*tolerance} {lang}
                    on_value={Callback::from(move |v: f64| e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Predict { tolerance, .. }) = c.steps[i].exercise.as_mut() { *tolerance = v }
                    })))} />
            </> }
        }
        Some(Exercise::Target {
            field,
            goal,
            direction,
        }) => {
            let e = edit.clone();
            let field_select = select(
                id("target-field"),
                t(lang, "要调整的字段", "Field to change"),
                FIELDS
                    .iter()
                    .map(|f| {
                        (
                            f.id.to_string(),
                            format!(
                                "{} · {}",
                                lang.tr(section_name(f.section)),
                                lang.tr(f.label)
                            ),
                        )
                    })
                    .collect(),
                field,
                Callback::from(move |v: String| {
                    e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Target { field, .. }) = c.steps[i].exercise.as_mut() {
                            *field = v.clone()
                        }
                    }))
                }),
            );
            let e = edit.clone();
            let direction_select = select(
                id("direction"),
                t(lang, "找", "Find"),
                vec![
                    ("min".into(), t(lang, "最小值", "the lowest value")),
                    ("max".into(), t(lang, "最大值", "the highest value")),
                ],
                if *direction == Direction::Minimise {
                    "min"
                } else {
                    "max"
                },
                Callback::from(move |v: String| {
                    e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Target { direction, .. }) =
                            c.steps[i].exercise.as_mut()
                        {
                            *direction = if v == "max" {
                                Direction::Maximise
                            } else {
                                Direction::Minimise
                            }
                        }
                    }))
                }),
            );
            let base = step.scenario.horizon.base_year;
            let e = edit.clone();
            let goal_kind = match goal {
                TargetGoal::AboveLineUntil { .. } => "line",
                TargetGoal::PerCapitaAtLeast { .. } => "income",
            };
            let goal_select = select(
                id("goal"),
                t(lang, "目标", "Goal"),
                vec![
                    (
                        "line".into(),
                        t(lang, "每年不低于监测线", "at or above the line every year"),
                    ),
                    (
                        "income".into(),
                        t(
                            lang,
                            "某年人均收入不低于",
                            "per-capita income at least, in a year",
                        ),
                    ),
                ],
                goal_kind,
                Callback::from(move |v: String| {
                    e(Rc::new(move |c: &mut Course| {
                        let year = default_year(&c.steps[i].scenario);
                        if let Some(Exercise::Target { goal, .. }) = c.steps[i].exercise.as_mut() {
                            *goal = if v == "income" {
                                TargetGoal::PerCapitaAtLeast {
                                    year,
                                    yuan: 10_000.0,
                                }
                            } else {
                                TargetGoal::AboveLineUntil {
                                    from_year: base,
                                    year,
                                }
                            };
                        }
                    }))
                }),
            );
            let goal_inputs = match *goal {
                TargetGoal::AboveLineUntil { from_year, year } => html! { <>
                    { year_input("from-year", t(lang, "从（年）", "From (year)"), from_year, Rc::new(|ex, y| if let Exercise::Target { goal: TargetGoal::AboveLineUntil { from_year, .. }, .. } = ex { *from_year = y })) }
                    { year_input("until-year", t(lang, "到（年）", "Until (year)"), year, Rc::new(|ex, y| if let Exercise::Target { goal: TargetGoal::AboveLineUntil { year, .. }, .. } = ex { *year = y })) }
                </> },
                TargetGoal::PerCapitaAtLeast { year, yuan } => {
                    let e = edit.clone();
                    html! { <>
                        { year_input("goal-year", t(lang, "年份", "Year"), year, Rc::new(|ex, y| if let Exercise::Target { goal: TargetGoal::PerCapitaAtLeast { year, .. }, .. } = ex { *year = y })) }
                        <NumText key={format!("{i}-goal-yuan")} id={id("goal-yuan")} label={t(lang, "人均收入（元）", "Per-capita income (yuan)")} value={yuan} {lang}
                            on_value={Callback::from(move |v: f64| e(Rc::new(move |c: &mut Course| {
                                if let Some(Exercise::Target { goal: TargetGoal::PerCapitaAtLeast { yuan, .. }, .. }) = c.steps[i].exercise.as_mut() { *yuan = v }
                            })))} />
                    </> }
                }
            };
            html! { <> { field_select } { direction_select } { goal_select } { goal_inputs } </> }
        }
        Some(Exercise::Choose { options, criterion }) => {
            let (crit_kind, year) = match *criterion {
                ChoiceCriterion::GainPer10kPublicCostThrough { year } => ("per10k", year),
                ChoiceCriterion::PerCapitaYuan { year } => ("per_capita", year),
            };
            let e = edit.clone();
            let criterion_select = select(
                id("criterion"),
                t(lang, "比较", "Compare by"),
                vec![
                    (
                        "per10k".into(),
                        t(
                            lang,
                            "每 1 万元财政投入的增收（累计到某年）",
                            "income gained per 10,000 yuan of public cost (through a year)",
                        ),
                    ),
                    (
                        "per_capita".into(),
                        t(lang, "某年人均收入", "per-capita income in a year"),
                    ),
                ],
                crit_kind,
                Callback::from(move |v: String| {
                    e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Choose { criterion, .. }) =
                            c.steps[i].exercise.as_mut()
                        {
                            *criterion = if v == "per10k" {
                                ChoiceCriterion::GainPer10kPublicCostThrough { year }
                            } else {
                                ChoiceCriterion::PerCapitaYuan { year }
                            };
                        }
                    }))
                }),
            );
            let options_view = options.iter().enumerate().map(|(j, o)| {
                let (e1, e2, e3, e4) = (edit.clone(), edit.clone(), edit.clone(), edit.clone());
                let message = message.clone();
                html! {
                    <li key={j}>
                        { text_input(id(&format!("option-{j}-zh")), t(lang, "选项（中文）", "Option (Chinese)"), &o.label.zh, false,
                            Callback::from(move |v: String| e1(Rc::new(move |c: &mut Course| if let Some(Exercise::Choose { options, .. }) = c.steps[i].exercise.as_mut() { options[j].label.zh = v.clone() })))) }
                        { text_input(id(&format!("option-{j}-en")), t(lang, "选项（英文）", "Option (English)"), &o.label.en, false,
                            Callback::from(move |v: String| e2(Rc::new(move |c: &mut Course| if let Some(Exercise::Choose { options, .. }) = c.steps[i].exercise.as_mut() { options[j].label.en = v.clone() })))) }
                        <span class="hint">{ t(lang, "方案：", "Scenario: ") }{ o.scenario.name.clone() }</span>
                        <button type="button" onclick={Callback::from(move |_| match planner_scenario() {
                            Ok(s) => e3(Rc::new(move |c: &mut Course| if let Some(Exercise::Choose { options, .. }) = c.steps[i].exercise.as_mut() { options[j].scenario = s.clone() })),
                            Err(m) => message.emit(m),
                        })}>{ t(lang, "用测算器当前方案", "Use the planner's scenario") }</button>
                        <button type="button" disabled={options.len() <= 2} onclick={Callback::from(move |_| e4(Rc::new(move |c: &mut Course| if let Some(Exercise::Choose { options, .. }) = c.steps[i].exercise.as_mut() { if options.len() > 2 && j < options.len() { options.remove(j); } })))}>
                            { t(lang, "删除选项", "Remove option") }</button>
                    </li>
                }
            });
            let add = {
                let (e, message) = (edit.clone(), message.clone());
                Callback::from(move |_| match planner_scenario() {
                    Ok(s) => e(Rc::new(move |c: &mut Course| {
                        if let Some(Exercise::Choose { options, .. }) = c.steps[i].exercise.as_mut()
                        {
                            if options.len() < MAX_OPTIONS {
                                options.push(ChoiceOption {
                                    label: both(&s.name, &s.name),
                                    scenario: s.clone(),
                                });
                            }
                        }
                    })),
                    Err(m) => message.emit(m),
                })
            };
            html! { <>
                { criterion_select }
                { year_input("criterion-year", t(lang, "年份", "Year"), year, Rc::new(|ex, y| if let Exercise::Choose { criterion, .. } = ex {
                    *criterion = match *criterion {
                        ChoiceCriterion::GainPer10kPublicCostThrough { .. } => ChoiceCriterion::GainPer10kPublicCostThrough { year: y },
                        ChoiceCriterion::PerCapitaYuan { .. } => ChoiceCriterion::PerCapitaYuan { year: y },
                    }
                })) }
                <ol class="course-options">{ for options_view }</ol>
                <button type="button" disabled={options.len() >= MAX_OPTIONS} onclick={add}>{ t(lang, "添加选项（测算器当前方案）", "Add option (the planner's scenario)") }</button>
            </> }
        }
    };
    html! { <div class="exercise-editor">{ kind_select }{ body }</div> }
}

/// Checkboxes for the fields a step highlights: the sections the step's scenario uses.
fn focus_editor(i: usize, step: &Step, lang: Lang, edit: &Editor) -> Html {
    let s = &step.scenario;
    let mut sections = vec![Section::Household, Section::Income];
    sections.extend(
        InterventionKind::ALL
            .iter()
            .filter(|k| s.interventions.schedule(**k).enabled)
            .map(|k| Section::Intervention(*k)),
    );
    sections.extend([Section::Projection, Section::Risk, Section::Relief]);
    let full = step.focus_fields.len() >= MAX_FOCUS_FIELDS;
    let groups = sections.into_iter().map(|section| {
        let ids: Vec<(&'static str, Text)> = FIELDS
            .iter()
            .filter(|f| f.section == section)
            .map(|f| (f.id, f.label))
            .chain(TOGGLES.iter().filter(|f| f.section == section).map(|f| (f.id, f.label)))
            .chain(CHOICES.iter().filter(|f| f.section == section).map(|f| (f.id, f.label)))
            .collect();
        let boxes = ids.into_iter().map(|(id, label)| {
            let checked = step.focus_fields.iter().any(|f| f == id);
            let e = edit.clone();
            let onchange = Callback::from(move |ev: Event| {
                let on = ev.target_unchecked_into::<HtmlInputElement>().checked();
                e(Rc::new(move |c: &mut Course| {
                    let list = &mut c.steps[i].focus_fields;
                    list.retain(|f| f != id);
                    if on {
                        list.push(id.to_string());
                    }
                }))
            });
            let dom = format!("course-{i}-focus-{}", id.replace('.', "-"));
            html! {
                <label for={dom.clone()} class="check">
                    <input type="checkbox" id={dom} {checked} disabled={full && !checked} {onchange} data-focus-field={id} />
                    { lang.tr(label) }
                </label>
            }
        });
        html! { <fieldset><legend>{ lang.tr(section_name(section)) }</legend>{ for boxes }</fieldset> }
    });
    html! {
        <details class="focus-editor">
            <summary>{ if lang.is_en() { format!("Fields to highlight ({} of at most {MAX_FOCUS_FIELDS})", step.focus_fields.len()) } else { format!("突出显示的字段（{} 个，最多 {MAX_FOCUS_FIELDS} 个）", step.focus_fields.len()) } }</summary>
            { for groups }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub course: Rc<Course>,
    pub lang: Lang,
    /// A valid course, to use (and share).
    pub on_use: Callback<Course>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn CourseEditor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let draft = {
        let course = (*props.course).clone();
        use_reducer(move || Draft(course))
    };
    let message = use_state(|| None::<OwnedText>);
    let edit: Editor = {
        let d = draft.dispatcher();
        Rc::new(move |f| d.dispatch(Edit(f)))
    };
    let on_message = {
        let message = message.clone();
        Callback::from(move |m: OwnedText| message.set(Some(m)))
    };
    let course = &draft.0;
    let problem = course.validate().err().map(|e| e.message(lang.is_en()));
    let steps = course.steps.iter().enumerate().map(|(i, step)| {
        let n = course.steps.len();
        let (e1, e2, e3, e4, e5, e6) = (edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit.clone());
        let on_message = on_message.clone();
        let id = |name: &str| format!("course-{i}-{name}");
        html! {
            <li class="course-step" key={i}>
                <h3>{ if lang.is_en() { format!("Step {}", i + 1) } else { format!("第 {} 步", i + 1) } }</h3>
                <div class="row">
                    <button type="button" disabled={i == 0} onclick={Callback::from(move |_| e1(Rc::new(move |c: &mut Course| if i > 0 { c.steps.swap(i, i - 1) })))}>{ t(lang, "上移", "Move up") }</button>
                    <button type="button" disabled={i + 1 == n} onclick={Callback::from(move |_| e2(Rc::new(move |c: &mut Course| if i + 1 < c.steps.len() { c.steps.swap(i, i + 1) })))}>{ t(lang, "下移", "Move down") }</button>
                    <button type="button" disabled={n == 1} onclick={Callback::from(move |_| e3(Rc::new(move |c: &mut Course| if c.steps.len() > 1 && i < c.steps.len() { c.steps.remove(i); })))}>{ t(lang, "删除此步", "Delete step") }</button>
                </div>
                { text_input(id("title-zh"), t(lang, "标题（中文）", "Title (Chinese)"), &step.title.zh, false, Callback::from(move |v: String| e4(Rc::new(move |c: &mut Course| c.steps[i].title.zh = v.clone())))) }
                { text_input(id("title-en"), t(lang, "标题（英文）", "Title (English)"), &step.title.en, false, Callback::from(move |v: String| e5(Rc::new(move |c: &mut Course| c.steps[i].title.en = v.clone())))) }
                { text_input(id("prompt-zh"), t(lang, "提示（中文）", "Prompt (Chinese)"), &step.prompt.zh, true, { let e = edit.clone(); Callback::from(move |v: String| e(Rc::new(move |c: &mut Course| c.steps[i].prompt.zh = v.clone()))) }) }
                { text_input(id("prompt-en"), t(lang, "提示（英文）", "Prompt (English)"), &step.prompt.en, true, { let e = edit.clone(); Callback::from(move |v: String| e(Rc::new(move |c: &mut Course| c.steps[i].prompt.en = v.clone()))) }) }
                <p class="row">
                    <span>{ t(lang, "起始方案：", "Starting scenario: ") }<strong>{ step.scenario.name.clone() }</strong></span>
                    <button type="button" data-use-planner="" onclick={{ let on_message = on_message.clone(); Callback::from(move |_| match planner_scenario() {
                        Ok(s) => e6(Rc::new(move |c: &mut Course| c.steps[i].scenario = s.clone())),
                        Err(m) => on_message.emit(m),
                    }) }}>{ t(lang, "用测算器当前方案", "Use the planner's scenario") }</button>
                    <button type="button" onclick={{ let s = step.scenario.clone(); Callback::from(move |_| super::planner::open_in_planner(&s)) }}>{ t(lang, "在测算器中打开", "Open in the planner") }</button>
                </p>
                { focus_editor(i, step, lang, &edit) }
                { exercise_editor(i, step, lang, &edit, &on_message) }
                if let Err(e) = step.validate(i + 1) {
                    <p class="field-error" role="alert">{ e.message(lang.is_en()) }</p>
                }
            </li>
        }
    });
    let add_step = {
        let (e, on_message) = (edit.clone(), on_message.clone());
        Callback::from(move |_| match planner_scenario() {
            Ok(s) => e(Rc::new(move |c: &mut Course| {
                if c.steps.len() < MAX_STEPS {
                    c.steps.push(step_from(s.clone()))
                }
            })),
            Err(m) => on_message.emit(m),
        })
    };
    let use_it = {
        let (course, on_use) = (course.clone(), props.on_use.clone());
        Callback::from(move |_| {
            if course.validate().is_ok() {
                on_use.emit(course.clone());
            }
        })
    };
    let (e1, e2) = (edit.clone(), edit.clone());
    html! {
        <section class="course-editor" aria-labelledby="course-editor-title">
            <h2 id="course-editor-title">{ t(lang, "编辑课程", "Edit the course") }</h2>
            <p class="hint">{ t(lang, "每一步从测算器当前的方案开始：先在测算器里把方案设好，再点“用测算器当前方案”或“添加一步”。", "Each step starts from a planner scenario: set the scenario up in the planner first, then press “Use the planner's scenario” or “Add a step”.") }</p>
            { text_input("course-title-zh".into(), t(lang, "课程名称（中文）", "Course title (Chinese)"), &course.title.zh, false, Callback::from(move |v: String| e1(Rc::new(move |c: &mut Course| c.title.zh = v.clone())))) }
            { text_input("course-title-en".into(), t(lang, "课程名称（英文）", "Course title (English)"), &course.title.en, false, Callback::from(move |v: String| e2(Rc::new(move |c: &mut Course| c.title.en = v.clone())))) }
            <ol class="course-steps">{ for steps }</ol>
            <div class="row">
                <button type="button" onclick={add_step} disabled={course.steps.len() >= MAX_STEPS} data-add-step="">{ t(lang, "添加一步（测算器当前方案）", "Add a step (the planner's scenario)") }</button>
            </div>
            if let Some(m) = &*message {
                <p class="field-error" role="alert">{ m.get(lang.is_en()).to_string() }</p>
            }
            if let Some(p) = &problem {
                <p class="field-error" role="alert" data-course-problem="">{ p.clone() }</p>
            }
            <div class="row">
                <button type="button" class="primary" disabled={problem.is_some()} onclick={use_it} data-use-course="">{ t(lang, "完成，使用此课程", "Done: use this course") }</button>
                <button type="button" onclick={props.on_cancel.reform(|_| ())}>{ t(lang, "取消", "Cancel") }</button>
            </div>
        </section>
    }
}
