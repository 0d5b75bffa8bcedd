//! The single source of truth: the scenario being edited. Everything on screen derives from it.

use std::rc::Rc;

use yew::Reducible;

use crate::model::fields::{choice, field, toggle, validate, ValidationError};
use crate::model::interventions::InterventionKind;
use crate::model::monitoring_line::MonitoringLine;
use crate::model::presets::{preset, PRESETS};
use crate::model::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct PlannerState {
    /// Always valid: edits that fail validation never reach it.
    pub scenario: Scenario,
    /// The preset the scenario started from, for "reset to preset".
    pub preset_id: Option<&'static str>,
    /// The last rejected edit that only the whole scenario could judge (e.g. area > cropland).
    pub rejected: Option<ValidationError>,
}

/// Hands actions to the reducer. Stable across renders, so components that receive it only
/// re-render when their own data changes.
pub type Dispatch = yew::UseReducerDispatcher<PlannerState>;

pub enum Action {
    /// A field's parsed value; ids come from `model::fields::FIELDS`.
    SetField {
        id: &'static str,
        value: f64,
    },
    /// An on/off switch from `model::fields::TOGGLES`.
    SetToggle {
        id: &'static str,
        on: bool,
    },
    /// An option index of a setting from `model::fields::CHOICES`.
    SetChoice {
        id: &'static str,
        index: usize,
    },
    /// Share of the full effect in each year since the start.
    SetAdoption {
        kind: InterventionKind,
        adoption_pct: Vec<f64>,
    },
    SetMonitoringLine(MonitoringLine),
    LoadPreset(&'static str),
    ResetToPreset,
}

impl Default for PlannerState {
    fn default() -> Self {
        let first = &PRESETS[0];
        PlannerState {
            scenario: (first.build)(),
            preset_id: Some(first.id),
            rejected: None,
        }
    }
}

impl PlannerState {
    /// Applies `edit` to a copy and keeps it only if the whole scenario still validates.
    fn try_edit(self: Rc<Self>, edit: impl FnOnce(&mut Scenario)) -> Rc<Self> {
        let mut scenario = self.scenario.clone();
        edit(&mut scenario);
        if scenario == self.scenario {
            // Nothing changed: same Rc, so yew skips the re-render.
            return self;
        }
        match validate(&scenario) {
            Ok(()) => Rc::new(PlannerState {
                scenario,
                preset_id: self.preset_id,
                rejected: None,
            }),
            Err(e) => Rc::new(PlannerState {
                rejected: Some(e),
                ..(*self).clone()
            }),
        }
    }

    fn load(&self, id: &str) -> Option<Rc<Self>> {
        let p = preset(id)?;
        Some(Rc::new(PlannerState {
            scenario: (p.build)(),
            preset_id: Some(p.id),
            rejected: None,
        }))
    }
}

impl Reducible for PlannerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetField { id, value } => match field(id) {
                Some(spec) => self.try_edit(|s| (spec.set)(s, value)),
                None => self,
            },
            Action::SetToggle { id, on } => match toggle(id) {
                Some(spec) => self.try_edit(|s| (spec.set)(s, on)),
                None => self,
            },
            Action::SetChoice { id, index } => match choice(id) {
                Some(spec) => self.try_edit(|s| (spec.set)(s, index)),
                None => self,
            },
            Action::SetAdoption { kind, adoption_pct } => {
                self.try_edit(|s| s.interventions.schedule_mut(kind).adoption_pct = adoption_pct)
            }
            Action::SetMonitoringLine(line) => self.try_edit(|s| s.monitoring_line = line),
            Action::LoadPreset(id) => self.load(id).unwrap_or(self),
            Action::ResetToPreset => match self.preset_id {
                Some(id) => self.load(id).unwrap_or(self),
                None => self,
            },
        }
    }
}

/// The id of the switch that turns an intervention on.
pub fn enable_toggle_id(kind: InterventionKind) -> Option<&'static str> {
    crate::model::fields::TOGGLES
        .iter()
        .find(|t| {
            t.section == crate::model::fields::Section::Intervention(kind)
                && t.id.ends_with("schedule.enabled")
        })
        .map(|t| t.id)
}
