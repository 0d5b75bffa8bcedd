//! Intervention modules, one file each. A module turns its parameters into a yearly
//! [`Effect`] on income by source, plus its program cost.

pub mod land_transfer;

use serde::{Deserialize, Serialize};

use super::projection::SourceAmounts;
use super::scenario::Scenario;
use super::text::Text;
use super::trace::Trace;
use super::units::{Percent, Yuan};

pub use land_transfer::LandTransfer;

/// Every intervention the survey measured, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionKind {
    LandTransfer,
}

impl InterventionKind {
    pub const ALL: [InterventionKind; 1] = [InterventionKind::LandTransfer];
    pub const COUNT: usize = Self::ALL.len();

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> Text {
        match self {
            InterventionKind::LandTransfer => Text::new("土地流转", "Land transfer"),
        }
    }
}

/// All interventions of a scenario; each carries its own on/off switch and timing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Interventions {
    pub land_transfer: LandTransfer,
}

/// When a module starts and how fast households take it up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Schedule {
    pub enabled: bool,
    /// Calendar year the intervention starts.
    pub start_year: i32,
    /// Share of the full effect in each year since start (first entry = start year);
    /// the last entry holds for every later year. Empty means 100 % from the start.
    pub adoption_pct: Vec<Percent>,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            enabled: false,
            start_year: 2026,
            adoption_pct: vec![100.0],
        }
    }
}

impl Schedule {
    /// Years since start for `year`, or `None` before the start or when switched off.
    pub fn years_since_start(&self, year: i32) -> Option<u32> {
        (self.enabled && year >= self.start_year).then(|| (year - self.start_year) as u32)
    }

    /// Adoption share (0–1) in `year`.
    pub fn adoption_share(&self, year: i32) -> f64 {
        match self.years_since_start(year) {
            None => 0.0,
            Some(k) => {
                let pct = self
                    .adoption_pct
                    .get(k as usize)
                    .or(self.adoption_pct.last())
                    .copied()
                    .unwrap_or(100.0);
                pct.clamp(0.0, 100.0) / 100.0
            }
        }
    }
}

/// One module's effect in one year, base-year prices, after adoption.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Effect {
    /// Change in household net income by source (negative where income is given up).
    pub by_source: SourceAmounts,
    /// Part of the net change that is consumed at home rather than sold (in kind).
    pub in_kind_yuan: Yuan,
    /// Public program cost this year (subsidy, in-kind support, training).
    pub program_cost_yuan: Yuan,
}

impl Effect {
    pub fn net_yuan(&self) -> Yuan {
        self.by_source.total()
    }
}

/// What every intervention module provides to the engine.
pub trait Module {
    const KIND: InterventionKind;

    fn schedule(&self) -> &Schedule;

    /// Effects for every projected year, written into `out` (one slot per year, already
    /// zeroed). Modules with state across years (herds) keep it inside this call.
    fn effects(&self, scenario: &Scenario, out: &mut [Effect]);

    /// How the effect in `year` was computed.
    fn explain(&self, scenario: &Scenario, year: i32) -> Trace;
}

/// Runs `f` for every module with its kind, so the engine never lists modules twice.
pub fn for_each_module(interventions: &Interventions, mut f: impl FnMut(&dyn DynModule)) {
    f(&interventions.land_transfer);
}

/// Object-safe view of [`Module`] for iteration.
pub trait DynModule {
    fn kind(&self) -> InterventionKind;
    fn schedule(&self) -> &Schedule;
    fn effects(&self, scenario: &Scenario, out: &mut [Effect]);
    fn explain(&self, scenario: &Scenario, year: i32) -> Trace;
}

impl<M: Module> DynModule for M {
    fn kind(&self) -> InterventionKind {
        M::KIND
    }
    fn schedule(&self) -> &Schedule {
        Module::schedule(self)
    }
    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        Module::effects(self, scenario, out)
    }
    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        Module::explain(self, scenario, year)
    }
}
