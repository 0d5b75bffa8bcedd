//! The top component: owns the workspace reducer, the language and autosave; derives the active
//! scenario's projection once per change; lays out inputs beside results.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser;
use super::components::{
    Chart, CompareView, ExplainPanel, FileMenu, FormSection, Header, Headlines, ModelNotices,
    MonitoringLineEditor, NotesField, PrintReport, RiskPanel, ScenarioBar, ShareDialog, StartPanel,
    StatusBanner, SummaryBar, UnappliedNotice, UpdateNotice, YearTable,
};
use super::hooks::use_autosave::{boot, use_autosave};
use super::hooks::use_lang::{remember_lang, stored_lang};
use super::hooks::{LangContext, UnappliedContext, UnappliedInputs};
use super::notice::Notice;
use super::quiet_timer::QuietTimer;
use super::state::{display_name, Action, PlannerState, StartWith};
use crate::charts::{herd::has_livestock, ChartKind};
use crate::i18n::{format_yuan, strings, Lang};
use crate::model::explain::{explain, Figure};
use crate::model::fields::Section;
use crate::model::interventions::InterventionKind;
use crate::model::projection::project_unchecked;
use crate::model::risk::RiskResult;
use crate::model::trace::Trace;
use crate::storage::share::shared_from_fragment_noting;
use crate::storage::workspace::Workspace;

/// Quiet time before results are announced to screen readers, so typing is not read aloud.
const ANNOUNCE_DELAY_MS: u32 = 1_200;

/// What start-up found: the workspace to open, the store's state, a message, whether this
/// is a first visit that should be offered where to start, and whether a shared set opened
/// the compare view.
struct Started {
    state: PlannerState,
    status: super::notice::StoreStatus,
    notice: Option<Notice>,
    first_visit: bool,
    comparing: bool,
}

/// Opens a share link in `hash` into `w`, at start-up or when a link is pasted into the open
/// tab: the notice saying what happened, and whether a set asks for the compare view. `None`
/// when the hash holds no link.
fn open_link(w: &mut Workspace, hash: &str) -> Option<(Notice, bool)> {
    let shared = shared_from_fragment_noting(hash)?;
    // Handled once: a reload must not open it again.
    browser::clear_hash();
    Some(match shared {
        Ok((scenarios, upgrade)) => {
            let outcome = w.open_shared(scenarios);
            let existing = outcome
                .existing
                .iter()
                .filter_map(|id| w.get(*id).cloned())
                .collect();
            let total = outcome.ids.len();
            (
                Notice::Shared {
                    total,
                    existing,
                    upgrade,
                },
                total >= 2,
            )
        }
        Err(error) => (Notice::ShareFailed(error), false),
    })
}

/// Start-up: the stored workspace, plus what a share link in the URL carries, if any.
fn start() -> Started {
    let booted = boot();
    let mut state = PlannerState::with(booted.workspace);
    let shared = open_link(&mut state.workspace, &browser::location_hash());
    // A shared scenario's notice says what was upgraded in it; otherwise say it of the store.
    // A first visit through a share link came for that scenario: no start choice then.
    let first_visit = booted.first_visit && shared.is_none();
    let comparing = shared.as_ref().is_some_and(|(_, c)| *c);
    let notice = shared
        .map(|(n, _)| n)
        .or(booted.upgrade.map(Notice::Upgraded));
    Started {
        state,
        status: booted.status,
        notice,
        first_visit,
        comparing,
    }
}

/// The compared scenarios in compare order, when the compare view is open with a comparison:
/// what the share dialog offers beside the active scenario.
fn compared_set(w: &Workspace, comparing: bool) -> Vec<crate::model::Scenario> {
    let set: Vec<_> = w
        .compared
        .iter()
        .filter_map(|id| w.get(*id))
        .map(|e| e.scenario.clone())
        .collect();
    if comparing && set.len() >= 2 {
        set
    } else {
        Vec::new()
    }
}

/// Moves focus to `<main>` and brings it into view.
fn focus_main() {
    if let Some(main) = gloo::utils::document()
        .get_element_by_id(super::MAIN_ID)
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn App() -> Html {
    let started = use_memo((), |()| start());
    let state = {
        let started = started.clone();
        use_reducer(move || started.state.clone())
    };
    let store_status = use_state(|| started.status.clone());
    let notice = use_state(|| started.notice.clone());
    let starting = use_state(|| started.first_visit);
    // Inputs whose text is not applied, as the fields report them. The context is built once:
    // a new one each render would re-render every field on every keystroke.
    let unapplied = use_reducer(UnappliedInputs::default);
    let unapplied_ctx = {
        let dispatcher = unapplied.dispatcher();
        use_memo((), move |()| {
            UnappliedContext(Callback::from(move |a| dispatcher.dispatch(a)))
        })
    };
    let unapplied_names = unapplied.names();
    // Narrow screens open with the rarely used sections folded (baseline income detail, the
    // settings and the monitoring-line table), so the interventions come sooner.
    let narrow = *use_memo((), |()| browser::is_narrow());
    let lang = use_state(stored_lang);
    let scenario = state.scenario().clone();
    // Every scenario in state is valid, so the unchecked projection never sees bad input.
    let projection = use_memo(scenario.clone(), project_unchecked);
    let announcement = use_state(String::new);
    // The newest result to announce, read when typing has paused.
    let to_announce = use_mut_ref(|| None::<String>);
    let announce_timer = {
        let (announcement, to_announce) = (announcement.clone(), to_announce.clone());
        use_memo((), move |()| {
            QuietTimer::new(ANNOUNCE_DELAY_MS, move || {
                if let Some(text) = to_announce.borrow_mut().take() {
                    announcement.set(text);
                }
            })
        })
    };
    // View state, not part of any scenario: what "how was this computed" shows, whether the
    // compare view and the share dialog are open.
    let explained = use_state(|| None::<Figure>);
    // A risk figure's explanation comes with its result from the worker, not from the projection.
    let risk_trace = use_state(|| None::<Trace>);
    // The risk analysis of the scenario on screen once finished, for the CSV and the print.
    let risk_current = use_state_eq(|| None::<Rc<RiskResult>>);
    let comparing = use_state(|| started.comparing);
    let sharing = use_state(|| false);
    let trace = use_memo((scenario.clone(), *explained), |(scenario, figure)| {
        figure.and_then(|f| explain(scenario, f))
    });
    let workspace = use_memo(state.workspace.clone(), |w| w.clone());
    // The state as last rendered, for a link pasted into this tab (its listener lives on).
    let latest = use_mut_ref(|| None::<UseReducerHandle<PlannerState>>);
    *latest.borrow_mut() = Some(state.clone());
    {
        let (latest, notice) = (latest.clone(), notice.clone());
        let (comparing, starting) = (comparing.clone(), starting.clone());
        use_effect_with((), move |()| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let Some(state) = latest.borrow().clone() else {
                        return;
                    };
                    let mut w = state.workspace.clone();
                    if let Some((n, compare)) = open_link(&mut w, &browser::location_hash()) {
                        state.dispatch(Action::Replace(w));
                        if compare {
                            comparing.set(true);
                        }
                        starting.set(false);
                        notice.set(Some(n));
                    }
                });
            move || drop(listener)
        });
    }
    use_autosave(workspace, store_status.clone());

    {
        let lang = *lang;
        use_effect_with(lang, move |lang| remember_lang(*lang));
    }
    {
        let timer = (*announce_timer).clone();
        let lang = *lang;
        use_effect_with((projection.clone(), lang), move |(projection, lang)| {
            let lang = *lang;
            let text = projection.rows.last().map(|r| {
                format!(
                    "{}：{} {}",
                    lang.tr(strings::RESULTS_UPDATED),
                    lang.tr(strings::HEADLINE_HORIZON),
                    format_yuan(r.per_capita_yuan, lang)
                )
            });
            *to_announce.borrow_mut() = text;
            timer.poke();
        });
    }

    // Callbacks made once (a state handle's setter works from any render): a new one every
    // render would count as a changed prop (callbacks compare by identity), and every keystroke
    // would re-render whatever takes one — and every reader of the language context, whose
    // setter is one. One memo for all keeps the wasm from growing a hook per callback.
    let dispatch = state.dispatcher();
    let handlers = {
        let (lang, dispatch, notice) = (lang.clone(), dispatch.clone(), notice.clone());
        let (explained, risk_trace) = (explained.clone(), risk_trace.clone());
        let (risk_current, comparing) = (risk_current.clone(), comparing.clone());
        let (sharing, starting) = (sharing.clone(), starting.clone());
        use_memo((), move |()| {
            Handlers::new(
                lang,
                dispatch,
                notice,
                explained,
                risk_trace,
                risk_current,
                comparing,
                sharing,
                starting,
            )
        })
    };
    let Handlers {
        set_lang,
        on_preset,
        on_reset,
        on_explain,
        on_trace,
        on_current,
        on_close,
        on_notice,
        on_dismiss,
        on_compare,
        on_share,
        on_share_close,
        skip,
        on_start,
        on_keep_example,
    } = (*handlers).clone();
    let lang_ctx = LangContext {
        lang: *lang,
        set: set_lang,
    };

    let l = *lang;
    let rejected = state.rejected;
    let active = state.workspace.active();
    let preset_id = active
        .preset_id
        .as_deref()
        .and_then(crate::model::presets::preset)
        .map(|p| p.id);
    // One copy for every section (each compares only what it shows).
    let shared_scenario = Rc::new(scenario.clone());
    // Only the first section is in view at start-up: the others' fields wait for the first paint.
    let section = |title, section, open: bool, children: Html| {
        let after_first_paint = section != Section::Household;
        html! {
            <FormSection {title} {section} scenario={Rc::clone(&shared_scenario)} lang={l}
                dispatch={dispatch.clone()} {rejected} {open} {after_first_paint}>{ children }</FormSection>
        }
    };
    let interventions = InterventionKind::ALL.iter().map(|&kind| {
        let enabled = scenario.interventions.schedule(kind).enabled;
        html! {
            <FormSection key={format!("{kind:?}")} title={kind.name()} section={Section::Intervention(kind)}
                scenario={Rc::clone(&shared_scenario)} lang={l} dispatch={dispatch.clone()} {rejected} open={enabled}
                after_first_paint=true />
        }
    });
    let line_rejected = rejected.is_some_and(|e| e.field.id == "monitoring_line");
    let line_editor = html! {
        <MonitoringLineEditor line={scenario.monitoring_line.clone()} lang={l} dispatch={dispatch.clone()} rejected={line_rejected} />
    };
    let charts = [ChartKind::PerCapita, ChartKind::BySource, ChartKind::Contributions, ChartKind::CostVsGain, ChartKind::Herd]
        .into_iter()
        .filter(|k| *k != ChartKind::Herd || has_livestock(&projection))
        .map(|kind| html! { <Chart key={kind.id()} {kind} projection={Rc::clone(&projection)} lang={l} /> });

    html! {
        <ContextProvider<LangContext> context={lang_ctx.clone()}>
        <ContextProvider<UnappliedContext> context={(*unapplied_ctx).clone()}>
            <a class="skip-link" href={format!("#{}", super::MAIN_ID)} onclick={skip}>{ l.tr(strings::SKIP_TO_MAIN) }</a>
            <Header lang={l} {preset_id} {narrow} on_lang={lang_ctx.set.clone()} {on_preset} {on_reset} />
            <StatusBanner status={(*store_status).clone()} notice={(*notice).clone()} lang={l} {on_dismiss} />
            <ScenarioBar workspace={state.workspace.clone()} undo={state.undo.as_ref().map(|u| u.0)} lang={l}
                dispatch={dispatch.clone()} comparing={*comparing} {on_compare} />
            if *starting {
                <StartPanel lang={l} {on_start} on_dismiss={on_keep_example} />
            }
            <SummaryBar projection={Rc::clone(&projection)} lang={l} unapplied={(*unapplied).clone()} />
            <main class="workspace" id={super::MAIN_ID} tabindex="-1">
                <section class="inputs" aria-labelledby="inputs-title">
                    <h2 id="inputs-title">{ l.tr(strings::INPUTS) }</h2>
                    { section(strings::SECTION_HOUSEHOLD, Section::Household, true, Html::default()) }
                    { section(strings::SECTION_INCOME, Section::Income, !narrow, Html::default()) }
                    { for interventions }
                    { section(strings::SECTION_PROJECTION, Section::Projection, !narrow, line_editor) }
                    { section(strings::SECTION_RISK, Section::Risk, false, Html::default()) }
                    { section(strings::SECTION_RELIEF, Section::Relief, false, Html::default()) }
                    <NotesField notes={AttrValue::from(scenario.notes.clone())} lang={l} dispatch={dispatch.clone()} />
                </section>
                <section class="results" aria-labelledby="results-title">
                    <PrintReport scenario={scenario.clone()} projection={Rc::clone(&projection)} name={display_name(active, l)} risk={(*risk_current).clone()} lang={l} unapplied={unapplied_names.clone()} />
                    <h2 id="results-title">{ l.tr(strings::RESULTS) }{ " · " }{ display_name(active, l) }</h2>
                    <FileMenu workspace={state.workspace.clone()} projection={Rc::clone(&projection)} risk={(*risk_current).clone()} lang={l}
                        dispatch={dispatch.clone()} {on_notice} {on_share} unapplied={unapplied_names.clone()} />
                    if *comparing {
                        <CompareView workspace={state.workspace.clone()} lang={l} dispatch={dispatch.clone()} />
                    }
                    <p class="visually-hidden" aria-live="polite">{ (*announcement).clone() }</p>
                    <UnappliedNotice inputs={(*unapplied).clone()} lang={l} />
                    <ModelNotices projection={Rc::clone(&projection)} lang={l} on_explain={on_explain.clone()} />
                    <Headlines projection={Rc::clone(&projection)} lang={l} on_explain={on_explain.clone()} />
                    <div class="charts">{ for charts }</div>
                    <YearTable projection={projection} lang={l} {on_explain} />
                    <RiskPanel scenario={Rc::clone(&shared_scenario)} lang={l} {on_trace} {on_current} />
                </section>
            </main>
            <ExplainPanel trace={(*risk_trace).clone().or_else(|| (*trace).clone())} lang={l} {on_close} />
            if *sharing {
                <ShareDialog scenario={scenario.clone()} compared={compared_set(&state.workspace, *comparing)}
                    lang={l} on_close={on_share_close} unapplied={unapplied_names} />
            }
            <UpdateNotice />
        </ContextProvider<UnappliedContext>>
        </ContextProvider<LangContext>>
    }
}

/// The page's callbacks, made once for the app's life.
#[derive(Clone)]
struct Handlers {
    set_lang: Callback<Lang>,
    on_preset: Callback<&'static str>,
    on_reset: Callback<()>,
    on_explain: Callback<Figure>,
    on_trace: Callback<Trace>,
    on_current: Callback<Option<Rc<RiskResult>>>,
    on_close: Callback<()>,
    on_notice: Callback<Notice>,
    on_dismiss: Callback<()>,
    on_compare: Callback<bool>,
    on_share: Callback<()>,
    on_share_close: Callback<()>,
    skip: Callback<MouseEvent>,
    on_start: Callback<StartWith>,
    on_keep_example: Callback<()>,
}

impl Handlers {
    #[allow(clippy::too_many_arguments)]
    fn new(
        lang: UseStateHandle<Lang>,
        dispatch: UseReducerDispatcher<PlannerState>,
        notice: UseStateHandle<Option<Notice>>,
        explained: UseStateHandle<Option<Figure>>,
        risk_trace: UseStateHandle<Option<Trace>>,
        risk_current: UseStateHandle<Option<Rc<RiskResult>>>,
        comparing: UseStateHandle<bool>,
        sharing: UseStateHandle<bool>,
        starting: UseStateHandle<bool>,
    ) -> Self {
        let on_preset = {
            let dispatch = dispatch.clone();
            Callback::from(move |id| dispatch.dispatch(Action::AddPreset(id)))
        };
        let on_reset = {
            let dispatch = dispatch.clone();
            Callback::from(move |()| dispatch.dispatch(Action::ResetToPreset))
        };
        let on_explain = {
            let (explained, risk_trace) = (explained.clone(), risk_trace.clone());
            Callback::from(move |f: Figure| {
                risk_trace.set(None);
                explained.set(Some(f));
            })
        };
        let on_trace = {
            let (explained, risk_trace) = (explained.clone(), risk_trace.clone());
            Callback::from(move |t: Trace| {
                explained.set(None);
                risk_trace.set(Some(t));
            })
        };
        let on_close = Callback::from(move |()| {
            explained.set(None);
            risk_trace.set(None);
        });
        let on_notice = {
            let notice = notice.clone();
            Callback::from(move |n: Notice| notice.set(Some(n)))
        };
        let on_share = {
            let sharing = sharing.clone();
            Callback::from(move |()| sharing.set(true))
        };
        // The chosen start replaces the panel; focus goes on to the form rather than to nowhere.
        let on_start = {
            let starting = starting.clone();
            Callback::from(move |with: StartWith| {
                dispatch.dispatch(Action::Start(with));
                starting.set(false);
                focus_main();
            })
        };
        Handlers {
            set_lang: Callback::from(move |l: Lang| lang.set(l)),
            on_preset,
            on_reset,
            on_explain,
            on_trace,
            on_current: Callback::from(move |r: Option<Rc<RiskResult>>| risk_current.set(r)),
            on_close,
            on_notice,
            on_dismiss: Callback::from(move |()| notice.set(None)),
            on_compare: Callback::from(move |on: bool| comparing.set(on)),
            on_share,
            on_share_close: Callback::from(move |()| sharing.set(false)),
            // The skip link moves focus itself: with `<base href="./">` a plain "#main" link
            // would navigate (and the URL fragment carries share links).
            skip: Callback::from(|e: MouseEvent| {
                e.prevent_default();
                focus_main();
            }),
            on_start,
            on_keep_example: Callback::from(move |()| {
                starting.set(false);
                focus_main();
            }),
        }
    }
}
