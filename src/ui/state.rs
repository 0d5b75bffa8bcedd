//! The single source of truth: the scenario being edited. Everything on screen derives from it.

use std::rc::Rc;

use yew::Reducible;

use crate::model::fields::{field, validate, ValidationError};
use crate::model::interventions::InterventionKind;
use crate::model::presets::preset;
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

pub enum Action {
    /// A field's parsed value; field ids come from `model::fields::FIELDS`.
    SetField {
        id: &'static str,
        value: f64,
    },
    SetEnabled {
        kind: InterventionKind,
        enabled: bool,
    },
    LoadPreset(&'static str),
    ResetToPreset,
}

impl Default for PlannerState {
    fn default() -> Self {
        let first = &crate::model::presets::PRESETS[0];
        PlannerState {
            scenario: (first.build)(),
            preset_id: Some(first.id),
            rejected: None,
        }
    }
}

impl PlannerState {
    /// Applies `edit` to a copy and keeps it only if the whole scenario still validates.
    fn try_edit(self: &Rc<Self>, edit: impl FnOnce(&mut Scenario)) -> Rc<Self> {
        let mut scenario = self.scenario.clone();
        edit(&mut scenario);
        match validate(&scenario) {
            Ok(()) => Rc::new(PlannerState {
                scenario,
                preset_id: self.preset_id,
                rejected: None,
            }),
            Err(e) => Rc::new(PlannerState {
                rejected: Some(e),
                ..(**self).clone()
            }),
        }
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
            Action::SetEnabled { kind, enabled } => self.try_edit(|s| match kind {
                InterventionKind::LandTransfer => {
                    s.interventions.land_transfer.schedule.enabled = enabled
                }
            }),
            Action::LoadPreset(id) => match preset(id) {
                Some(p) => Rc::new(PlannerState {
                    scenario: (p.build)(),
                    preset_id: Some(p.id),
                    rejected: None,
                }),
                None => self,
            },
            Action::ResetToPreset => match self.preset_id {
                Some(id) => self.reduce(Action::LoadPreset(id)),
                None => self,
            },
        }
    }
}

/// Whether an intervention is switched on in `scenario`.
pub fn is_enabled(scenario: &Scenario, kind: InterventionKind) -> bool {
    match kind {
        InterventionKind::LandTransfer => scenario.interventions.land_transfer.schedule.enabled,
    }
}
