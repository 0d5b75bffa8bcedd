//! What the county page remembers between visits (plain serde, in localStorage): the plan's
//! template scenario, its targeting, the year looked at and the typical households. The
//! register itself is kept apart (`ROSTER_KEY`): it holds personal data, and "forget" removes it.

use serde::{Deserialize, Serialize};

use crate::model::roster::plan::{Plan, Targeting};
use crate::model::roster::TypicalRoster;
use crate::model::scenario::Scenario;
use crate::model::InterventionKind;
use crate::ui::browser;

pub const SETTINGS_KEY: &str = "village-income-planner.county";
/// The imported register as our own CSV (names and ID numbers included): this browser only.
pub const ROSTER_KEY: &str = "village-income-planner.roster";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    #[default]
    None,
    Register,
    Typical,
    Example,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CountySettings {
    /// The plan's interventions and their settings: a copy of a planner's scenario.
    pub template: Option<Scenario>,
    pub targeting: Vec<Targeting>,
    /// The year the still-below list and the village table show; `None`: the horizon's last.
    pub year: Option<i32>,
    pub typical: TypicalRoster,
    pub source: SourceKind,
    pub register_name: String,
    /// A total budget to spend by "most households lifted per 10,000 yuan", beside the rules.
    pub greedy_budget_yuan: Option<f64>,
    /// The relief fund the risk run compares the need with (元 a year; default the survey's 2
    /// million per county) and the draws.
    pub fund_yuan: Option<f64>,
    pub risk_draws: Option<u32>,
}

impl CountySettings {
    pub fn load() -> Self {
        browser::read(SETTINGS_KEY)
            .ok()
            .flatten()
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    pub fn save(&self) {
        if let Ok(raw) = serde_json::to_string(self) {
            let _ = browser::write(SETTINGS_KEY, &raw);
        }
    }

    pub fn plan(&self) -> Option<Plan> {
        let template = self.template.clone()?;
        Some(Plan {
            targeting: self
                .targeting
                .iter()
                .filter(|t| template.interventions.schedule(t.kind).enabled)
                .cloned()
                .collect(),
            template,
        })
    }

    /// The targeting of `kind`, created empty when first edited.
    pub fn targeting_mut(&mut self, kind: InterventionKind) -> &mut Targeting {
        if let Some(i) = self.targeting.iter().position(|t| t.kind == kind) {
            return &mut self.targeting[i];
        }
        self.targeting.push(Targeting {
            kind,
            rules: Vec::new(),
            budget_yuan: None,
        });
        self.targeting.last_mut().expect("just pushed")
    }
}
