//! The training panel: a course's steps over the planner, with the exercise of the step, the
//! way back to the trainer's version, a presenter view for the projector, the course editor,
//! sharing, and the printed handout and answer key.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::editor::{new_course, CourseEditor};
use super::exercise::ExercisePanel;
use super::handout::{answer_text, PrintDoc, PrintSheets};
use super::planner::{open_in_planner, planner_ready, set_class, show_focus};
use super::share::{link_error, CourseShare, OpenCourseFile, QrOverlay};
use super::store::{self, Kept};
use super::t;
use crate::i18n::Lang;
use crate::model::text::OwnedText;
use crate::model::training::{builtin_course, Course, Step};
use crate::storage::course_link::{course_from_fragment, CourseLinkError};
use crate::ui::browser;

/// What the panel shows besides the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Step,
    Share,
}

/// Runs `f` once the planner app is up (its hash listener in place), trying for ten seconds.
fn when_planner_ready(f: impl FnOnce() + 'static) {
    fn attempt(f: Box<dyn FnOnce()>, left: u32) {
        if planner_ready() || left == 0 {
            f();
        } else {
            Timeout::new(100, move || attempt(f, left - 1)).forget();
        }
    }
    attempt(Box::new(f), 100);
}

thread_local! {
    /// The highlight the panel wants now. Re-applications scheduled for an earlier step read
    /// this when they run, so stepping quickly never leaves an earlier step's fields showing.
    static WANTED: std::cell::RefCell<(Option<Step>, bool)> = const { std::cell::RefCell::new((None, false)) };
}

/// Applies a step's highlight now and again as the planner re-renders the scenario it was just
/// given (a section it closes for a switched-off intervention is opened again).
fn refresh_focus(kept: Option<Kept>, show_all: bool) {
    let step = kept.and_then(|k| k.course.steps.get(k.step).cloned());
    WANTED.with(|w| *w.borrow_mut() = (step, show_all));
    for delay in [0, 250, 800, 2_000] {
        Timeout::new(delay, || {
            WANTED.with(|w| {
                let (step, show_all) = &*w.borrow();
                show_focus(step.as_ref(), *show_all);
            })
        })
        .forget();
    }
}

/// The page language, followed as the planner switches it (`<html lang>`).
#[hook]
fn use_page_lang() -> Lang {
    let read = || {
        gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_else(crate::ui::hooks::use_lang::stored_lang)
    };
    let lang = use_state_eq(read);
    {
        let lang = lang.clone();
        use_effect_with((), move |()| {
            let callback = Closure::<dyn FnMut()>::new(move || lang.set(read()));
            let observer = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(root)) = (&observer, gloo::utils::document().document_element()) {
                let init = web_sys::MutationObserverInit::new();
                init.set_attributes(true);
                init.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
                let _ = o.observe_with_options(&root, &init);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    *lang
}

#[component]
pub fn TrainingApp() -> Html {
    let lang = use_page_lang();
    let kept = use_state(store::load);
    let open = use_state(store::was_open);
    let view = use_state(|| View::Step);
    let presenter = use_state(|| false);
    let minimised = use_state(|| false);
    let show_all = use_state(|| false);
    let message = use_state(|| None::<OwnedText>);
    let printing = use_state(|| None::<PrintDoc>);
    // The course in the editor, when one is being edited (a new one, or a copy of the session's).
    let editing = use_state(|| None::<Rc<Course>>);
    // Bumped on each step loaded, so the exercise (a guess, a verdict) starts afresh.
    let round = use_state(|| 0u32);
    // The course's QR code over the whole screen (presenter view).
    let big_qr = use_state(|| false);

    // Takes the session to `step` of `course`: kept, opened in the planner, highlighted.
    let go_to = {
        let (kept, round, show_all, view) =
            (kept.clone(), round.clone(), show_all.clone(), view.clone());
        Rc::new(move |course: Course, step: usize| {
            let next = Kept {
                step: step.min(course.steps.len() - 1),
                course,
            };
            store::save(&next);
            let scenario = next.course.steps[next.step].scenario.clone();
            when_planner_ready(move || open_in_planner(&scenario));
            refresh_focus(Some(next.clone()), *show_all);
            kept.set(Some(next));
            round.set(*round + 1);
            view.set(View::Step);
        })
    };
    let open_course = {
        let (go_to, message, open) = (go_to.clone(), message.clone(), open.clone());
        Rc::new(move |result: Result<Course, CourseLinkError>| {
            match result {
                Ok(course) => {
                    message.set(None);
                    go_to(course, 0);
                }
                // An old or damaged link changes nothing: the session stays as it was.
                Err(e) => message.set(Some(link_error(&e))),
            }
            open.set(true);
        })
    };

    // Opened by the loader (header link, `#training`) or by a course link in the address.
    {
        let (open, open_course, kept, show_all) = (
            open.clone(),
            open_course.clone(),
            kept.clone(),
            show_all.clone(),
        );
        use_effect_with((), move |()| {
            let from_address = {
                let open = open.clone();
                move || {
                    let hash = browser::location_hash();
                    if let Some(result) = course_from_fragment(&hash) {
                        browser::clear_hash();
                        open_course(result);
                    } else if hash == "#training" {
                        browser::clear_hash();
                        open.set(true);
                        refresh_focus((*kept).clone(), *show_all);
                    }
                }
            };
            from_address();
            let window = gloo::utils::window();
            let on_hash = {
                let from_address = from_address.clone();
                EventListener::new(&window, "hashchange", move |_| from_address())
            };
            let on_open = EventListener::new(&window, "training-open", move |_| from_address());
            move || drop((on_hash, on_open))
        });
    }
    // `<html>` classes follow the panel's state; the planner's fields follow the step.
    {
        let kept_now = (*kept).clone();
        use_effect_with(
            (*open, *presenter, *minimised, *show_all, kept_now),
            |(open, presenter, minimised, show_all, kept)| {
                set_class("training-open", *open);
                store::remember_open(*open);
                set_class("training-presenter", *open && *presenter);
                set_class("training-minimised", *open && *minimised && !*presenter);
                if *open {
                    refresh_focus(kept.clone(), *show_all);
                } else {
                    // Nothing highlighted, nothing folded: the planner as it is without us.
                    refresh_focus(None, true);
                }
            },
        );
    }
    // Printing: the chosen document goes on paper instead of the planner, until printing ends.
    {
        let printing = printing.clone();
        use_effect_with(*printing, move |doc| {
            for d in [PrintDoc::Handout, PrintDoc::AnswerKey] {
                set_class(d.class(), Some(d) == *doc);
            }
            let listener = doc.map(|_| {
                EventListener::new(&gloo::utils::window(), "afterprint", move |_| {
                    printing.set(None)
                })
            });
            if doc.is_some() {
                Timeout::new(60, browser::print).forget();
            }
            move || drop(listener)
        });
    }
    // The presenter's keys: arrows, space and Page keys step; Escape leaves the view.
    {
        let (kept, go_to, presenter) = (kept.clone(), go_to.clone(), presenter.clone());
        use_effect_with(*presenter, move |on| {
            let listener = on.then(|| {
                EventListener::new(&gloo::utils::document(), "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let target = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    // Keys typed into a control are the control's, except Escape.
                    let in_control = target.is_some_and(|t| {
                        t.closest("input, textarea, select, button, a, summary")
                            .ok()
                            .flatten()
                            .is_some()
                    });
                    if in_control && e.key() != "Escape" {
                        return;
                    }
                    let Some(k) = (*kept).clone() else { return };
                    let delta: i64 = match e.key().as_str() {
                        "ArrowRight" | "ArrowDown" | " " | "PageDown" => 1,
                        "ArrowLeft" | "ArrowUp" | "PageUp" => -1,
                        "Escape" => {
                            presenter.set(false);
                            return;
                        }
                        _ => return,
                    };
                    e.prevent_default();
                    let next = k.step as i64 + delta;
                    if next >= 0 && (next as usize) < k.course.steps.len() {
                        go_to(k.course, next as usize);
                    }
                })
            });
            move || drop(listener)
        });
    }

    if !*open {
        return html! {};
    }
    let close = {
        let (open, presenter) = (open.clone(), presenter.clone());
        Callback::from(move |_| {
            presenter.set(false);
            open.set(false);
            if let Some(link) = gloo::utils::document()
                .query_selector("[data-open-training]")
                .ok()
                .flatten()
            {
                if let Ok(el) = link.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        })
    };
    let on_file = {
        let open_course = open_course.clone();
        Callback::from(move |r| open_course(r))
    };

    let message_view = message.as_ref().map(|m| {
        html! {
            <p class="training-message" role="alert">{ m.get(lang.is_en()).to_string() }</p>
        }
    });
    let create = {
        let (editing, message) = (editing.clone(), message.clone());
        Callback::from(move |_| match new_course() {
            Ok(c) => editing.set(Some(Rc::new(c))),
            Err(m) => message.set(Some(m)),
        })
    };
    if let Some(course) = (*editing).clone() {
        let on_use = {
            let (go_to, editing) = (go_to.clone(), editing.clone());
            Callback::from(move |c: Course| {
                editing.set(None);
                go_to(c, 0);
            })
        };
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |()| editing.set(None))
        };
        return html! {
            <section class="training-panel editing" aria-label={t(lang, "培训课程", "Training session")}>
                <CourseEditor {course} {lang} {on_use} {on_cancel} />
                { for message_view.clone() }
            </section>
        };
    }

    let Some(k) = (*kept).clone() else {
        // No course yet: where a trainer starts.
        let builtin = {
            let go_to = go_to.clone();
            Callback::from(move |_| go_to(builtin_course(), 0))
        };
        return html! {
            <section class="training-panel training-start" aria-labelledby="training-title">
                <div class="training-bar">
                    <h2 id="training-title">{ t(lang, "培训课程", "Training session") }</h2>
                    <button type="button" onclick={close}>{ t(lang, "关闭", "Close") }</button>
                </div>
                <p>{ t(lang, "培训课程是一串步骤：每一步一个方案、要看的字段和一道由模型判分的练习。学员打开课程链接后可离线独立练习。", "A training session is a list of steps: each a scenario, the fields to look at, and an exercise the model checks. Participants open the course link and work alone, offline if need be.") }</p>
                <div class="row">
                    <button type="button" class="primary" onclick={builtin} data-builtin-course="">{ t(lang, "使用内置课程：调研案例（6 步）", "Use the built-in course: the survey's cases (6 steps)") }</button>
                    <button type="button" onclick={create} data-new-course="">{ t(lang, "新建课程（从测算器当前方案开始）", "New course (from the planner's scenario)") }</button>
                    <OpenCourseFile {lang} on_open={on_file} />
                </div>
                { for message_view }
            </section>
        };
    };

    let course = Rc::new(k.course.clone());
    let step = Rc::new(course.steps[k.step].clone());
    let n = course.steps.len();
    let nav = |delta: i64| {
        let (go_to, k) = (go_to.clone(), k.clone());
        Callback::from(move |_| {
            let next = k.step as i64 + delta;
            if next >= 0 && (next as usize) < k.course.steps.len() {
                go_to(k.course.clone(), next as usize);
            }
        })
    };
    let back = {
        let s = step.scenario.clone();
        let (kept, show_all) = (kept.clone(), show_all.clone());
        Callback::from(move |_| {
            let s = s.clone();
            when_planner_ready(move || open_in_planner(&s));
            refresh_focus((*kept).clone(), *show_all);
        })
    };
    let toggle = |h: &UseStateHandle<bool>| {
        let h = h.clone();
        Callback::from(move |_| h.set(!*h))
    };
    let set_view = |v: View| {
        let view = view.clone();
        Callback::from(move |_| view.set(if *view == v { View::Step } else { v }))
    };
    let print = |doc: PrintDoc| {
        let printing = printing.clone();
        Callback::from(move |_| printing.set(Some(doc)))
    };
    let builtin = {
        let go_to = go_to.clone();
        Callback::from(move |_| go_to(builtin_course(), 0))
    };
    let edit = {
        let (editing, course) = (editing.clone(), course.clone());
        Callback::from(move |_| editing.set(Some(course.clone())))
    };
    let counter = if lang.is_en() {
        format!("Step {} of {n}", k.step + 1)
    } else {
        format!("第 {} / {n} 步", k.step + 1)
    };
    let step_title = step.title.get(lang.is_en()).to_string();
    let prompt = step.prompt.get(lang.is_en()).to_string();
    let is_presenter = *presenter;

    html! {
        <section class={classes!("training-panel", is_presenter.then_some("presenter"))} aria-labelledby="training-step-title" data-step={(k.step + 1).to_string()}>
            <div class="training-bar">
                <span class="course-title">{ course.title.get(lang.is_en()).to_string() }</span>
                <span class="counter" aria-live="polite">{ counter }</span>
                <button type="button" onclick={nav(-1)} disabled={k.step == 0} data-step-prev="">{ t(lang, "← 上一步", "← Previous") }</button>
                <button type="button" onclick={nav(1)} disabled={k.step + 1 == n} data-step-next="">{ t(lang, "下一步 →", "Next →") }</button>
                <button type="button" onclick={back} data-back-to-trainer="">{ t(lang, "回到培训师版本", "Back to the trainer's version") }</button>
                <button type="button" onclick={toggle(&presenter)} aria-pressed={is_presenter.to_string()} data-presenter="">
                    { if is_presenter { t(lang, "退出演示", "Leave presenter view") } else { t(lang, "演示模式", "Presenter view") } }</button>
                if !is_presenter {
                    if !step.focus_fields.is_empty() {
                        <button type="button" onclick={toggle(&show_all)} aria-pressed={show_all.to_string()}>{ t(lang, "显示全部字段", "Show all fields") }</button>
                    }
                    <button type="button" onclick={toggle(&minimised)} aria-pressed={minimised.to_string()}>{ if *minimised { t(lang, "展开", "Expand") } else { t(lang, "收起", "Minimise") } }</button>
                    <button type="button" onclick={close}>{ t(lang, "关闭培训", "Close training") }</button>
                }
            </div>
            <div class="training-step">
                <h2 id="training-step-title">{ step_title }</h2>
                if !prompt.is_empty() {
                    <p class="prompt">{ prompt }</p>
                }
                <ExercisePanel key={*round} step={step.clone()} {lang} />
                if is_presenter {
                    <div class="presenter-tools">
                        if step.exercise.is_some() {
                            <details class="answer-key">
                                <summary>{ t(lang, "答案（培训师）", "Answer (trainer)") }</summary>
                                <p>{ answer_text(lang, &step) }</p>
                            </details>
                        }
                        <button type="button" onclick={toggle(&big_qr)} data-big-qr="">{ t(lang, "显示课程二维码", "Show the course QR code") }</button>
                        <span class="hint keys">{ t(lang, "← → 或空格切换步骤；Esc 退出演示", "← → or space to move between steps; Esc leaves the view") }</span>
                    </div>
                }
            </div>
            { for message_view }
            if !is_presenter {
                <div class="training-tools row">
                    <button type="button" onclick={set_view(View::Share)} aria-pressed={(*view == View::Share).to_string()} data-share-course="">{ t(lang, "分享课程", "Share the course") }</button>
                    <button type="button" onclick={edit} data-edit-course="">{ t(lang, "编辑课程", "Edit the course") }</button>
                    <button type="button" onclick={print(PrintDoc::Handout)} data-print-handout="">{ t(lang, "打印讲义", "Print handout") }</button>
                    <button type="button" onclick={print(PrintDoc::AnswerKey)} data-print-key="">{ t(lang, "打印答案", "Print answer key") }</button>
                    <OpenCourseFile {lang} on_open={on_file} />
                    <button type="button" onclick={builtin}>{ t(lang, "内置课程", "Built-in course") }</button>
                    <button type="button" onclick={create} data-new-course="">{ t(lang, "新建课程", "New course") }</button>
                </div>
                { match *view {
                    View::Step => html! {},
                    View::Share => html! { <CourseShare course={course.clone()} {lang} /> },
                } }
            }
            if *big_qr && is_presenter {
                <QrOverlay course={course.clone()} {lang} on_close={{ let b = big_qr.clone(); Callback::from(move |()| b.set(false)) }} />
            }
            if let Some(doc) = *printing {
                <PrintSheets course={course.clone()} {doc} {lang} />
            }
        </section>
    }
}
