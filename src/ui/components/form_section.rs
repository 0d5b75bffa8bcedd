//! A collapsible group of inputs from the registries: the section's choices, numbers and
//! switches, and for an intervention its on/off switch and adoption by year.

use std::rc::Rc;

use yew::prelude::*;

use super::{AdoptionField, ChoiceField, NumberField, ToggleField};
use crate::i18n::Lang;
use crate::model::fields::{shows_same, Section, CHOICES, FIELDS, TOGGLES};
use crate::model::{Scenario, Text, ValidationError};
use crate::ui::state::{enable_toggle_id, Dispatch};

#[derive(Properties)]
pub struct FormSectionProps {
    pub title: Text,
    pub section: Section,
    pub scenario: Rc<Scenario>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    #[prop_or_default]
    pub rejected: Option<ValidationError>,
    #[prop_or(true)]
    pub open: bool,
    #[prop_or_default]
    pub children: Html,
    /// Open at start-up but below the first section (off screen on a laptop or phone): its
    /// fields are built after the first paint, so they do not delay the first chart.
    #[prop_or_default]
    pub after_first_paint: bool,
}

/// Equal when the section would show the same: of the scenario, only what the view reads (its
/// choices, its fields' values and whether they apply, its switches, its adoption by year). A
/// keystroke changes the scenario every section is given; without this, every open section
/// (eleven with every module on) would rebuild its fields on every keystroke.
impl PartialEq for FormSectionProps {
    fn eq(&self, other: &Self) -> bool {
        // Every field named, so a prop added later cannot be left out of the comparison.
        let FormSectionProps {
            title,
            section,
            scenario,
            lang,
            dispatch,
            rejected,
            open,
            children,
            after_first_paint,
        } = self;
        *title == other.title
            && *section == other.section
            && *lang == other.lang
            && *dispatch == other.dispatch
            && *rejected == other.rejected
            && *open == other.open
            && *children == other.children
            && *after_first_paint == other.after_first_paint
            && shows_same(*section, scenario, &other.scenario)
    }
}

/// The DOM id of a section's wrapper (`section-poultry`, `section-household`): skip links,
/// the unapplied-input notice and the training panel find sections by it.
pub fn section_dom_id(section: Section) -> String {
    match section {
        Section::Intervention(k) => format!("section-{k:?}"),
        other => format!("section-{other:?}"),
    }
    .to_ascii_lowercase()
}

/// Fields that only mean something under another setting are hidden while it is off, so the form
/// shows what the projection actually uses.
#[component]
pub fn FormSection(props: &FormSectionProps) -> Html {
    let lang = props.lang;
    // A closed section's fields are built the first time it opens, not at start-up: nine
    // interventions' fields would otherwise be rendered (and diffed on every keystroke) unseen.
    let opened = use_state_eq(|| props.open);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                if details.has_attribute("open") {
                    opened.set(true);
                }
            }
        })
    };
    let painted = crate::ui::hooks::use_after_first_paint::use_after_first_paint(
        props.after_first_paint && props.open,
    );
    let body_shown = (*opened || props.open) && painted;
    let s = &props.scenario;
    let error_for = |id: &str| {
        props
            .rejected
            .filter(|e| e.field.id == id)
            .map(|e| AttrValue::from(crate::i18n::validation_message(&e, lang)))
    };
    let kind = match props.section {
        Section::Intervention(kind) => Some(kind),
        _ => None,
    };
    let enable_id = kind.and_then(enable_toggle_id);

    let choices = CHOICES.iter().filter(|c| c.section == props.section).map(|c| {
        html! { <ChoiceField key={c.id} id={c.id} index={(c.get)(s)} {lang} dispatch={props.dispatch.clone()} /> }
    });
    let fields = FIELDS
        .iter()
        .filter(|f| f.section == props.section && (f.applies)(s))
        .map(|f| {
            html! {
                <NumberField key={f.id} id={f.id} value={(f.get)(s)} {lang}
                    dispatch={props.dispatch.clone()} scenario_error={error_for(f.id)} />
            }
        });
    let toggles = TOGGLES
        .iter()
        .filter(|t| t.section == props.section && Some(t.id) != enable_id)
        .map(|t| html! { <ToggleField key={t.id} id={t.id} on={(t.get)(s)} {lang} dispatch={props.dispatch.clone()} /> });
    let adoption = kind.map(|kind| {
        let id = crate::model::fields::adoption_id(kind);
        html! {
            <AdoptionField {kind} value={s.interventions.schedule(kind).adoption_pct.clone()} {lang}
                dispatch={props.dispatch.clone()} scenario_error={error_for(id)} />
        }
    });
    let enabled = enable_id
        .and_then(crate::model::fields::toggle)
        .map(|t| (t.get)(s));
    let switch = enable_id.map(|id| {
        html! { <ToggleField {id} on={enabled.unwrap_or(false)} {lang} dispatch={props.dispatch.clone()} short=true /> }
    });
    let section_id = section_dom_id(props.section);
    // The on/off switch sits beside the summary, not in it: a checkbox inside <summary> is an
    // interactive control nested in another (and read as part of the heading). It comes first in
    // the DOM so it stays reachable while the section is closed; CSS puts it at the row's end.
    html! {
        <div class={classes!("form-section", (enabled == Some(false)).then_some("off"), switch.is_some().then_some("has-switch"))}
            id={section_id}>
            if let Some(switch) = switch {
                <div class="section-switch">{ switch }</div>
            }
            <details open={props.open} {ontoggle}>
                <summary><h3>{ lang.tr(props.title) }</h3></summary>
                if body_shown {
                    <div class="fields">
                        { for choices }
                        { for fields }
                        { for adoption }
                        { for toggles }
                        { props.children.clone() }
                    </div>
                }
            </details>
        </div>
    }
}
