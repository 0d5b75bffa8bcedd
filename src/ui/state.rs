//! The single source of truth: the workspace of scenarios, one of them being edited. Everything
//! on screen derives from it; autosave, export and share links serialise it.

use std::rc::Rc;

use yew::Reducible;

use crate::model::fields::{choice, field, toggle, validate, ValidationError};
use crate::model::interventions::InterventionKind;
use crate::model::monitoring_line::MonitoringLine;
use crate::model::presets::{preset, PRESETS};
use crate::model::scenario::bound_notes;
use crate::model::{Scenario, Text};
use crate::storage::workspace::{EntryId, Workspace};

/// Hands actions to the reducer. Stable across renders, so components that receive it only
/// re-render when their own data changes.
pub type Dispatch = yew::UseReducerDispatcher<PlannerState>;

#[derive(Clone, Debug, PartialEq)]
pub struct PlannerState {
    /// Every scenario in it is valid: edits that fail validation never reach it.
    pub workspace: Workspace,
    /// The last rejected edit that only the whole scenario could judge (e.g. area > cropland).
    pub rejected: Option<ValidationError>,
    /// The workspace before the last action that threw something away, and what that was.
    pub undo: Option<(Undoable, Rc<Workspace>)>,
}

/// Actions that discard work and can therefore be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undoable {
    Delete,
    ResetToPreset,
}

impl Undoable {
    pub fn label(self) -> Text {
        match self {
            Undoable::Delete => Text::new("已删除方案", "Scenario deleted"),
            Undoable::ResetToPreset => Text::new("已恢复预设", "Reset to preset"),
        }
    }
}

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
    /// The planner's notes on the active scenario.
    SetNotes(String),
    /// Adds a scenario built from a preset beside the others, so nothing is overwritten.
    AddPreset(&'static str),
    /// Puts the active scenario back to its preset (undoable).
    ResetToPreset,
    DuplicateActive {
        name: String,
    },
    Rename {
        id: EntryId,
        name: String,
    },
    Delete(EntryId),
    Undo,
    Switch(EntryId),
    SetCompared {
        id: EntryId,
        on: bool,
    },
    SetReference(Option<EntryId>),
    /// Adds scenarios from outside (an imported file, a share link) beside the others.
    AddScenarios(Vec<Scenario>),
    /// The workspace as a share link left it (see `Workspace::open_shared`): worked out beside
    /// the reducer, which cannot say what it did, so the notice can.
    Replace(Workspace),
    /// A first visit's choice of where to start: it takes the place of the example opened
    /// meanwhile, unless that example has been worked on (then it is added beside it).
    Start(StartWith),
}

/// Where a first visit starts.
#[derive(Clone, Debug, PartialEq)]
pub enum StartWith {
    /// The default household with no intervention on, under this name.
    Blank { name: String },
    /// One of the county presets.
    Preset(&'static str),
}

impl Default for PlannerState {
    fn default() -> Self {
        PlannerState::with(default_workspace())
    }
}

/// The first visit: one scenario from the first preset, shown as an example while the
/// planner chooses where to start.
pub fn default_workspace() -> Workspace {
    let first = &PRESETS[0];
    Workspace::new((first.build)(), Some(first.id))
}

impl PlannerState {
    pub fn with(workspace: Workspace) -> Self {
        PlannerState {
            workspace,
            rejected: None,
            undo: None,
        }
    }

    /// The scenario being edited.
    pub fn scenario(&self) -> &Scenario {
        &self.workspace.active().scenario
    }

    /// Applies `edit` to a copy of the active scenario and keeps it only if it still validates.
    fn try_edit(self: Rc<Self>, edit: impl FnOnce(&mut Scenario)) -> Rc<Self> {
        let mut scenario = self.scenario().clone();
        edit(&mut scenario);
        if &scenario == self.scenario() {
            // Nothing changed: same Rc, so yew skips the re-render.
            return self;
        }
        match validate(&scenario) {
            Ok(()) => {
                let mut next = (*self).clone();
                next.workspace.active_mut().scenario = scenario;
                next.rejected = None;
                Rc::new(next)
            }
            Err(e) => Rc::new(PlannerState {
                rejected: Some(e),
                ..(*self).clone()
            }),
        }
    }

    /// Applies a workspace change, remembering the old workspace when it can be undone.
    fn change(
        self: Rc<Self>,
        undo: Option<Undoable>,
        f: impl FnOnce(&mut Workspace) -> bool,
    ) -> Rc<Self> {
        let mut workspace = self.workspace.clone();
        if !f(&mut workspace) || workspace == self.workspace {
            return self;
        }
        Rc::new(PlannerState {
            undo: match undo {
                Some(kind) => Some((kind, Rc::new(self.workspace.clone()))),
                None => self.undo.clone(),
            },
            workspace,
            rejected: None,
        })
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
            Action::SetNotes(text) => self.try_edit(|s| s.notes = bound_notes(&text)),
            Action::AddPreset(id) => self.change(None, |w| {
                let Some(p) = preset(id) else { return false };
                let mut scenario = (p.build)();
                scenario.name = w.unique_name(&scenario.name);
                w.add(scenario, Some(p.id.to_string()));
                true
            }),
            Action::ResetToPreset => self.change(Some(Undoable::ResetToPreset), |w| {
                let active = w.active_mut();
                let Some(p) = active.preset_id.as_deref().and_then(preset) else {
                    return false;
                };
                let name = std::mem::take(&mut active.scenario.name);
                active.scenario = (p.build)();
                active.scenario.name = name;
                true
            }),
            Action::DuplicateActive { name } => self.change(None, |w| {
                let name = w.unique_name(&name);
                w.duplicate(w.active, name).is_some()
            }),
            Action::Rename { id, name } => {
                let name = name.trim().to_string();
                self.change(None, |w| !name.is_empty() && w.rename(id, name))
            }
            Action::Delete(id) => self.change(Some(Undoable::Delete), |w| w.remove(id).is_some()),
            Action::Undo => match &self.undo {
                Some((_, before)) => Rc::new(PlannerState::with((**before).clone())),
                None => self,
            },
            Action::Switch(id) => self.change(None, |w| w.switch(id)),
            Action::SetCompared { id, on } => self.change(None, |w| w.set_compared(id, on)),
            Action::SetReference(id) => self.change(None, |w| {
                w.set_reference(id);
                true
            }),
            Action::AddScenarios(scenarios) => self.change(None, |w| {
                let valid: Vec<Scenario> = scenarios
                    .into_iter()
                    .filter(|s| validate(s).is_ok())
                    .collect();
                for mut s in valid.iter().cloned() {
                    s.name = w.unique_name(if s.name.is_empty() { "?" } else { &s.name });
                    w.add(s, None);
                }
                !valid.is_empty()
            }),
            Action::Replace(workspace) => self.change(None, |w| {
                *w = workspace;
                true
            }),
            Action::Start(with) => {
                let (scenario, preset_id) = match with {
                    StartWith::Blank { name } => (
                        Scenario {
                            name,
                            ..Scenario::default()
                        },
                        None,
                    ),
                    StartWith::Preset(id) => match preset(id) {
                        Some(p) => ((p.build)(), Some(p.id)),
                        None => return self,
                    },
                };
                if self.workspace == default_workspace() {
                    Rc::new(PlannerState::with(Workspace::new(scenario, preset_id)))
                } else {
                    self.change(None, |w| {
                        let mut scenario = scenario;
                        scenario.name = w.unique_name(&scenario.name);
                        w.add(scenario, preset_id.map(str::to_string));
                        true
                    })
                }
            }
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

/// The name shown for a scenario. A name still as a preset gave it (perhaps with a " (2)" that
/// keeps names apart) is shown in the current language; a name the planner typed is theirs and
/// shown as typed.
pub fn display_name(entry: &crate::storage::workspace::Entry, lang: crate::i18n::Lang) -> String {
    let name = entry.scenario.name.as_str();
    if name.is_empty() {
        return lang
            .tr(Text::new("未命名方案", "Unnamed scenario"))
            .to_string();
    }
    let (stem, suffix) = match name.rfind(" (") {
        Some(i)
            if name.ends_with(')')
                && name[i + 2..name.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit()) =>
        {
            name.split_at(i)
        }
        _ => (name, ""),
    };
    match entry.preset_id.as_deref().and_then(preset) {
        Some(p) if stem == p.name.zh || stem == p.name.en => format!("{}{suffix}", lang.tr(p.name)),
        _ => name.to_string(),
    }
}
