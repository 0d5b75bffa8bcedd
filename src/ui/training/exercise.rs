//! A step's exercise as participants meet it: a guess then the model's value with how it was
//! computed (predict), their planner scenario checked against the goal (target), or an option
//! chosen and checked (choose). Every verdict comes from the model (`model::training`).

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::planner::{open_in_planner, planner_scenario, unapplied_input};
use super::{both, tr};
use crate::i18n::{format_number, Lang};
use crate::input::number::parse_number;
use crate::model::explain::explain;
use crate::model::text::OwnedText;
use crate::model::training::{Direction, Exercise, Step, Verdict};
use crate::ui::components::explain_panel::render as render_trace;

#[derive(Properties, PartialEq)]
pub struct ExerciseProps {
    pub step: Rc<Step>,
    pub lang: Lang,
}

/// The model's verdict, worded for the room.
fn verdict_view(v: &Verdict, lang: Lang, extra: Option<OwnedText>) -> Html {
    let (mark, class) = if v.within_tolerance {
        (both("✓ 正确", "✓ Right"), "verdict right")
    } else {
        (both("✗ 再想想", "✗ Not yet"), "verdict wrong")
    };
    html! {
        <div class={class} role="status" data-verdict={if v.within_tolerance { "right" } else { "wrong" }}>
            <p><strong>{ tr(lang, &mark) }</strong>{ " " }{ tr(lang, &v.explanation) }</p>
            if let Some(extra) = extra {
                <p class="hint">{ tr(lang, &extra) }</p>
            }
        </div>
    }
}

#[component]
pub fn ExercisePanel(props: &ExerciseProps) -> Html {
    let lang = props.lang;
    let Some(exercise) = props.step.exercise.clone() else {
        return html! {};
    };
    match exercise {
        Exercise::Predict { .. } => html! { <Predict step={props.step.clone()} {lang} /> },
        Exercise::Target { .. } => html! { <Target step={props.step.clone()} {lang} /> },
        Exercise::Choose { .. } => html! { <Choose step={props.step.clone()} {lang} /> },
    }
}

#[component]
fn Predict(props: &ExerciseProps) -> Html {
    let lang = props.lang;
    let guess = use_state(String::new);
    let error = use_state(|| None::<String>);
    let verdict = use_state(|| None::<Verdict>);
    let Some(Exercise::Predict { figure, tolerance }) = props.step.exercise.clone() else {
        return html! {};
    };
    let oninput = {
        let guess = guess.clone();
        Callback::from(move |e: InputEvent| {
            guess.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let reveal = {
        let (guess, error, verdict, step) = (
            guess.clone(),
            error.clone(),
            verdict.clone(),
            props.step.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match parse_number(&guess, false) {
                Ok(g) => {
                    error.set(None);
                    verdict.set(step.check_prediction(g));
                }
                Err(err) => error.set(Some(err.message(lang))),
            }
        })
    };
    let label = figure.label();
    let trace = verdict
        .as_ref()
        .and_then(|_| figure.explained_as())
        .and_then(|f| explain(&props.step.scenario, f));
    html! {
        <form class="exercise predict" onsubmit={reveal}>
            <p class="exercise-kind">{ tr(lang, &both("先预测，再揭晓", "Predict, then reveal")) }</p>
            <label for="training-guess">{ tr(lang, &both("你的预测：", "Your guess: ")) }{ tr(lang, &label) }</label>
            <div class="row">
                <input id="training-guess" type="text" inputmode="decimal" value={(*guess).clone()} {oninput}
                    aria-invalid={if error.is_some() { "true" } else { "false" }} aria-describedby="training-guess-error" />
                <button type="submit">{ tr(lang, &both("揭晓", "Reveal")) }</button>
            </div>
            <p class="field-error" id="training-guess-error" role="alert" hidden={error.is_none()}>{ (*error).clone().unwrap_or_default() }</p>
            <p class="hint">{ tr(lang, &OwnedText {
                zh: format!("允许误差 ±{}", format_number(tolerance, if tolerance.fract() == 0.0 { 0 } else { 2 })),
                en: format!("Counted right within ±{}", format_number(tolerance, if tolerance.fract() == 0.0 { 0 } else { 2 })),
            }) }</p>
            if let Some(v) = &*verdict {
                { verdict_view(v, lang, None) }
                if let Some(t) = trace {
                    <details class="training-trace" open=true>
                        <summary>{ tr(lang, &both("模型怎样算出", "How the model computed it")) }</summary>
                        { render_trace(&t, lang, 0) }
                    </details>
                }
            }
        </form>
    }
}

#[component]
fn Target(props: &ExerciseProps) -> Html {
    let lang = props.lang;
    let result = use_state(|| None::<Result<(Verdict, String, bool), OwnedText>>);
    let Some(Exercise::Target {
        field,
        goal,
        direction,
    }) = props.step.exercise.clone()
    else {
        return html! {};
    };
    let spec = crate::model::fields::field(&field);
    let field_label = spec.map(|s| lang.tr(s.label)).unwrap_or_default();
    let want = goal.describe();
    let ask = match direction {
        Direction::Minimise => OwnedText {
            zh: format!(
                "找出使{}的最小“{field_label}”，在测算器中修改后检查。",
                want.zh
            ),
            en: format!(
                "Find the lowest “{field_label}” with {}; change it in the planner, then check.",
                want.en
            ),
        },
        Direction::Maximise => OwnedText {
            zh: format!(
                "找出使{}的最大“{field_label}”，在测算器中修改后检查。",
                want.zh
            ),
            en: format!(
                "Find the highest “{field_label}” with {}; change it in the planner, then check.",
                want.en
            ),
        },
    };
    let check = {
        let (result, step) = (result.clone(), props.step.clone());
        Callback::from(move |_| {
            let outcome = planner_scenario().and_then(|s| {
                step.check_target(&s)
                    .map(|v| (v, s.name.clone(), unapplied_input()))
                    .ok_or_else(|| {
                        both(
                            "这个目标无法达到：请告诉培训师。",
                            "This target cannot be reached: tell the trainer.",
                        )
                    })
            });
            result.set(Some(outcome));
        })
    };
    let go_to_field = {
        let id = crate::ui::components::number_field::input_id(&field);
        Callback::from(move |_| crate::ui::browser::go_to_input(&id))
    };
    html! {
        <div class="exercise target">
            <p class="exercise-kind">{ tr(lang, &both("达到目标", "Reach a target")) }</p>
            <p>{ tr(lang, &ask) }</p>
            <div class="row">
                <button type="button" class="link" onclick={go_to_field}>{ tr(lang, &both("转到该字段", "Go to the field")) }</button>
                <button type="button" onclick={check} data-check-target="">{ tr(lang, &both("检查我的方案", "Check my scenario")) }</button>
            </div>
            { match &*result {
                None => html! {},
                Some(Err(message)) => html! { <p class="field-error" role="alert">{ tr(lang, message) }</p> },
                Some(Ok((v, name, unapplied))) => {
                    let mut extra = OwnedText { zh: format!("检查的是方案“{name}”。"), en: format!("Checked: the scenario “{name}”.") };
                    if *unapplied {
                        extra.zh.push_str("有输入未生效，检查用的是它上一个有效值。");
                        extra.en.push_str(" An input is not applied; its last valid value was used.");
                    }
                    verdict_view(v, lang, Some(extra))
                }
            } }
        </div>
    }
}

#[component]
fn Choose(props: &ExerciseProps) -> Html {
    let lang = props.lang;
    let chosen = use_state(|| None::<usize>);
    let verdict = use_state(|| None::<Verdict>);
    let Some(Exercise::Choose { options, criterion }) = props.step.exercise.clone() else {
        return html! {};
    };
    let what = criterion.describe();
    let items = options.iter().enumerate().map(|(i, o)| {
        let onchange = {
            let chosen = chosen.clone();
            Callback::from(move |_: Event| chosen.set(Some(i)))
        };
        let view = {
            let s = o.scenario.clone();
            Callback::from(move |_| open_in_planner(&s))
        };
        let id = format!("training-option-{i}");
        html! {
            <li>
                <input type="radio" name="training-choice" id={id.clone()} checked={*chosen == Some(i)} {onchange} />
                <label for={id}>{ tr(lang, &o.label) }</label>
                { " " }
                <button type="button" class="link" onclick={view}>{ tr(lang, &both("在测算器中查看", "Open in the planner")) }</button>
            </li>
        }
    });
    let check = {
        let (chosen, verdict, step) = (chosen.clone(), verdict.clone(), props.step.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(i) = *chosen {
                verdict.set(step.check_choice(i));
            }
        })
    };
    html! {
        <form class="exercise choose" onsubmit={check}>
            <p class="exercise-kind">{ tr(lang, &both("选择", "Choose")) }</p>
            <p>{ tr(lang, &OwnedText { zh: format!("比较：{}", what.zh), en: format!("Compared by {}", what.en) }) }</p>
            <ul class="options">{ for items }</ul>
            <button type="submit" disabled={chosen.is_none()}>{ tr(lang, &both("检查", "Check")) }</button>
            if let Some(v) = &*verdict {
                { verdict_view(v, lang, None) }
            }
        </form>
    }
}
