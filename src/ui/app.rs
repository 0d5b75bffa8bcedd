//! The top component: owns the scenario reducer and the language, derives the projection once
//! per change, and lays out inputs beside results.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::components::{
    Chart, ExplainPanel, FormSection, Header, Headlines, MonitoringLineEditor, UpdateNotice,
    YearTable,
};
use super::hooks::use_lang::{remember_lang, stored_lang};
use super::hooks::LangContext;
use super::state::{Action, PlannerState};
use crate::charts::{herd::has_livestock, ChartKind};
use crate::i18n::{format_yuan, strings, Lang};
use crate::model::explain::{explain, Figure};
use crate::model::fields::Section;
use crate::model::interventions::InterventionKind;
use crate::model::projection::project_unchecked;

/// Quiet time before results are announced to screen readers, so typing is not read aloud.
const ANNOUNCE_DELAY_MS: u32 = 1_200;

#[component]
pub fn App() -> Html {
    let state = use_reducer(PlannerState::default);
    let lang = use_state(stored_lang);
    // The scenario in state is always valid, so the unchecked projection cannot see bad input.
    let projection = use_memo(state.scenario.clone(), project_unchecked);
    let announcement = use_state(String::new);
    // What "how was this computed" shows: view state, not part of the scenario.
    let explained = use_state(|| None::<Figure>);
    let trace = use_memo(
        (state.scenario.clone(), *explained),
        |(scenario, figure)| figure.and_then(|f| explain(scenario, f)),
    );
    let announce_timer = use_mut_ref(|| None::<Timeout>);

    {
        let lang = *lang;
        use_effect_with(lang, move |lang| remember_lang(*lang));
    }
    {
        let announcement = announcement.clone();
        let timer = announce_timer.clone();
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
            *timer.borrow_mut() =
                text.map(|t| Timeout::new(ANNOUNCE_DELAY_MS, move || announcement.set(t)));
        });
    }

    let lang_ctx = LangContext {
        lang: *lang,
        set: {
            let lang = lang.clone();
            Callback::from(move |l: Lang| lang.set(l))
        },
    };
    let dispatch = state.dispatcher();
    let on_preset = {
        let dispatch = dispatch.clone();
        Callback::from(move |id| dispatch.dispatch(Action::LoadPreset(id)))
    };
    let on_reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::ResetToPreset))
    };
    let on_explain = {
        let explained = explained.clone();
        Callback::from(move |f: Figure| explained.set(Some(f)))
    };
    let on_close = {
        let explained = explained.clone();
        Callback::from(move |()| explained.set(None))
    };

    let l = *lang;
    let scenario = &state.scenario;
    let rejected = state.rejected;
    let section = |title, section, children: Html| {
        html! {
            <FormSection {title} {section} scenario={scenario.clone()} lang={l}
                dispatch={dispatch.clone()} {rejected}>{ children }</FormSection>
        }
    };
    let interventions = InterventionKind::ALL.iter().map(|&kind| {
        let enabled = scenario.interventions.schedule(kind).enabled;
        html! {
            <FormSection key={format!("{kind:?}")} title={kind.name()} section={Section::Intervention(kind)}
                scenario={scenario.clone()} lang={l} dispatch={dispatch.clone()} {rejected} open={enabled} />
        }
    });
    let line_rejected = rejected.is_some_and(|e| e.field.id == "monitoring_line");
    let line_editor = html! {
        <MonitoringLineEditor line={scenario.monitoring_line.clone()} lang={l} dispatch={dispatch.clone()} rejected={line_rejected} />
    };

    html! {
        <ContextProvider<LangContext> context={lang_ctx.clone()}>
            <Header lang={l} preset_id={state.preset_id} on_lang={lang_ctx.set.clone()} {on_preset} {on_reset} />
            <main class="workspace">
                <section class="inputs" aria-labelledby="inputs-title">
                    <h2 id="inputs-title">{ l.tr(strings::INPUTS) }</h2>
                    { section(strings::SECTION_HOUSEHOLD, Section::Household, Html::default()) }
                    { section(strings::SECTION_INCOME, Section::Income, Html::default()) }
                    { for interventions }
                    { section(strings::SECTION_PROJECTION, Section::Projection, line_editor) }
                </section>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title">{ l.tr(strings::RESULTS) }</h2>
                    <p class="visually-hidden" aria-live="polite">{ (*announcement).clone() }</p>
                    <Headlines projection={Rc::clone(&projection)} lang={l} on_explain={on_explain.clone()} />
                    <div class="charts">
                        { for [ChartKind::PerCapita, ChartKind::BySource, ChartKind::Contributions, ChartKind::CostVsGain, ChartKind::Herd]
                            .into_iter()
                            .filter(|k| *k != ChartKind::Herd || has_livestock(&projection))
                            .map(|kind| html! { <Chart key={kind.id()} {kind} projection={Rc::clone(&projection)} lang={l} /> }) }
                    </div>
                    <YearTable projection={projection} lang={l} {on_explain} />
                </section>
            </main>
            <ExplainPanel trace={(*trace).clone()} lang={l} {on_close} />
            <UpdateNotice />
        </ContextProvider<LangContext>>
    }
}
