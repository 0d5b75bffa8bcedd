//! The top component: owns the scenario reducer and the language, derives the projection once
//! per change, and lays out inputs beside results.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::components::{FormSection, Header, Headlines, PerCapitaChart, UpdateNotice, YearTable};
use super::hooks::use_lang::{remember_lang, stored_lang};
use super::hooks::LangContext;
use super::state::{is_enabled, Action, PlannerState};
use crate::i18n::{format_yuan, strings, Lang};
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
    let on_commit = {
        let state = state.clone();
        Callback::from(move |(id, value): (&'static str, f64)| {
            state.dispatch(Action::SetField { id, value })
        })
    };
    let on_preset = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::LoadPreset(id)))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ResetToPreset))
    };

    let l = *lang;
    let scenario = &state.scenario;
    let rejected = state.rejected;
    let section = |title, section| {
        html! {
            <FormSection {title} {section} scenario={scenario.clone()} lang={l}
                on_commit={on_commit.clone()} {rejected} />
        }
    };
    let interventions = InterventionKind::ALL.iter().map(|&kind| {
        let on_toggle = {
            let state = state.clone();
            Callback::from(move |enabled| state.dispatch(Action::SetEnabled { kind, enabled }))
        };
        let enabled = is_enabled(scenario, kind);
        html! {
            <FormSection key={format!("{kind:?}")} title={kind.name()} section={Section::Intervention(kind)}
                scenario={scenario.clone()} lang={l} on_commit={on_commit.clone()} {rejected}
                enabled={Some(enabled)} {on_toggle} open={enabled} />
        }
    });

    html! {
        <ContextProvider<LangContext> context={lang_ctx.clone()}>
            <Header lang={l} preset_id={state.preset_id} on_lang={lang_ctx.set.clone()} {on_preset} {on_reset} />
            <main class="workspace">
                <section class="inputs" aria-labelledby="inputs-title">
                    <h2 id="inputs-title">{ l.tr(strings::INPUTS) }</h2>
                    { section(strings::SECTION_HOUSEHOLD, Section::Household) }
                    { section(strings::SECTION_INCOME, Section::Income) }
                    { for interventions }
                    { section(strings::SECTION_PROJECTION, Section::Projection) }
                </section>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title">{ l.tr(strings::RESULTS) }</h2>
                    <p class="visually-hidden" aria-live="polite">{ (*announcement).clone() }</p>
                    <Headlines projection={Rc::clone(&projection)} lang={l} />
                    <PerCapitaChart projection={Rc::clone(&projection)} lang={l} />
                    <YearTable projection={projection} lang={l} />
                </section>
            </main>
            <UpdateNotice />
        </ContextProvider<LangContext>>
    }
}
