//! The printed handout (each step's prompt with a blank for the answer) and, on its own sheets,
//! the trainer's answer key (the model's answers, the targets found by search). Rendered off
//! screen; `html.training-print-handout` or `-key` puts one on paper instead of the planner.

use yew::prelude::*;

use super::{t, tr};
use crate::i18n::{format_amount, format_number, Lang};
use crate::model::fields;
use crate::model::training::{AnswerKey, Course, Exercise, Step};

/// Which document the next print is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintDoc {
    Handout,
    AnswerKey,
}

impl PrintDoc {
    pub fn class(self) -> &'static str {
        match self {
            PrintDoc::Handout => "training-print-handout",
            PrintDoc::AnswerKey => "training-print-key",
        }
    }
}

fn step_heading(lang: Lang, i: usize, step: &Step) -> String {
    if lang.is_en() {
        format!("Step {} · {}", i + 1, step.title.en)
    } else {
        format!("第 {} 步 · {}", i + 1, step.title.zh)
    }
}

/// A figure as the answer key prints it: whole numbers grouped, small ratios to two places.
fn plain(v: f64) -> String {
    if v.abs() >= 100.0 || v.fract().abs() < 1e-9 {
        format_number(v, 0)
    } else {
        format_number(v, 2)
    }
}

/// What a participant writes in, per exercise.
fn blank(lang: Lang, step: &Step) -> Html {
    match &step.exercise {
        Some(Exercise::Predict { figure, .. }) => html! {
            <p class="blank">{ t(lang, "我的预测：", "My guess: ") }{ tr(lang, &figure.label()) }<span class="line" /></p>
        },
        Some(Exercise::Target { field, .. }) => {
            let label = fields::field(field)
                .map(|f| lang.tr(f.label))
                .unwrap_or_default();
            html! { <p class="blank">{ t(lang, "我找到的值：", "The value I found: ") }{ label }<span class="line" /></p> }
        }
        Some(Exercise::Choose { options, .. }) => html! {
            <ul class="blank-options">
                { for options.iter().map(|o| html! { <li>{ "☐ " }{ tr(lang, &o.label) }</li> }) }
            </ul>
        },
        None => {
            html! { <p class="blank">{ t(lang, "笔记：", "Notes: ") }<span class="line" /></p> }
        }
    }
}

/// The answer to a step, in words, from the model.
pub fn answer_text(lang: Lang, step: &Step) -> String {
    let Some(exercise) = &step.exercise else {
        return t(lang, "（无练习）", "(no exercise)");
    };
    match (exercise, step.answer_key()) {
        (_, None) => t(
            lang,
            "模型找不到答案（目标达不到或没有唯一最优）。",
            "The model finds no answer (the target cannot be met or no option is best).",
        ),
        (Exercise::Predict { figure, tolerance }, Some(AnswerKey::Predict { value })) => {
            let label = figure.label();
            if lang.is_en() {
                format!(
                    "{}: {} (counted right within ±{})",
                    label.en,
                    plain(value),
                    plain(*tolerance)
                )
            } else {
                format!(
                    "{}：{}（允许误差 ±{}）",
                    label.zh,
                    plain(value),
                    plain(*tolerance)
                )
            }
        }
        (Exercise::Target { field, goal, .. }, Some(AnswerKey::Target { value })) => {
            let Some(spec) = fields::field(field) else {
                return String::new();
            };
            let want = goal.describe();
            if lang.is_en() {
                format!(
                    "{}: {} — the best value with {} (found by search over the field's range)",
                    spec.label.en,
                    format_amount(value, spec.unit, lang),
                    want.en
                )
            } else {
                format!(
                    "{}：{}——{}的最优值（在字段范围内搜索得出）",
                    spec.label.zh,
                    format_amount(value, spec.unit, lang),
                    want.zh
                )
            }
        }
        (Exercise::Choose { options, criterion }, Some(AnswerKey::Choose { best, scores })) => {
            let what = criterion.describe();
            let each: Vec<String> = options
                .iter()
                .zip(&scores)
                .map(|(o, s)| format!("{} {}", tr(lang, &o.label), plain(*s)))
                .collect();
            if lang.is_en() {
                format!(
                    "“{}” ({}: {})",
                    options[best].label.en,
                    what.en,
                    each.join("; ")
                )
            } else {
                format!(
                    "“{}”（{}：{}）",
                    options[best].label.zh,
                    what.zh,
                    each.join("；")
                )
            }
        }
        _ => String::new(),
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub course: std::rc::Rc<Course>,
    pub doc: PrintDoc,
    pub lang: Lang,
}

/// The document to print: the handout or the answer key.
#[component]
pub fn PrintSheets(props: &PrintProps) -> Html {
    let lang = props.lang;
    let course = &props.course;
    let title = tr(lang, &course.title);
    match props.doc {
        PrintDoc::Handout => html! {
            <article class="training-sheets handout">
                <h1>{ title }</h1>
                <p class="who">{ t(lang, "姓名：__________　单位：__________　日期：__________", "Name: __________   Office: __________   Date: __________") }</p>
                { for course.steps.iter().enumerate().map(|(i, s)| html! {
                    <section class="sheet-step">
                        <h2>{ step_heading(lang, i, s) }</h2>
                        <p>{ tr(lang, &s.prompt) }</p>
                        { blank(lang, s) }
                    </section>
                }) }
            </article>
        },
        PrintDoc::AnswerKey => html! {
            <article class="training-sheets answer-key">
                <h1>{ title }{ t(lang, " · 答案", " · Answer key") }</h1>
                <p class="who">{ t(lang, "培训师用，答案由模型算出。", "For the trainer; every answer is computed by the model.") }</p>
                { for course.steps.iter().enumerate().map(|(i, s)| html! {
                    <section class="sheet-step">
                        <h2>{ step_heading(lang, i, s) }</h2>
                        <p class="answer">{ answer_text(lang, s) }</p>
                    </section>
                }) }
            </article>
        },
    }
}
