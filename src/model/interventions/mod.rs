//! Intervention modules, one file each. A module turns its parameters into a yearly
//! [`Effect`] on income by source, plus its program cost.

pub mod cattle;
pub mod courtyard;
pub mod jobs;
pub mod land_transfer;
pub mod poultry;
pub mod sheep;
pub mod tourism;

use serde::{Deserialize, Serialize};

use super::projection::{HerdSnapshot, SourceAmounts};
use super::scenario::{Horizon, Scenario};
use super::text::Text;
use super::trace::Trace;
use super::units::{Percent, Yuan};

pub use cattle::Cattle;
pub use courtyard::Courtyard;
pub use jobs::Jobs;
pub use land_transfer::LandTransfer;
pub use poultry::Poultry;
pub use sheep::Sheep;
pub use tourism::{Tourism, TourismMode};

/// Every intervention the survey measured, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterventionKind {
    LandTransfer,
    Courtyard,
    Poultry,
    Sheep,
    Cattle,
    Tourism,
    Jobs,
}

impl InterventionKind {
    pub const ALL: [InterventionKind; 7] = [
        InterventionKind::LandTransfer,
        InterventionKind::Courtyard,
        InterventionKind::Poultry,
        InterventionKind::Sheep,
        InterventionKind::Cattle,
        InterventionKind::Tourism,
        InterventionKind::Jobs,
    ];
    pub const COUNT: usize = Self::ALL.len();

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self) -> Text {
        match self {
            InterventionKind::LandTransfer => Text::new("土地流转", "Land transfer"),
            InterventionKind::Courtyard => Text::new("庭院经济", "Courtyard economy"),
            InterventionKind::Poultry => Text::new("鸡苗发放", "Free chicks"),
            InterventionKind::Sheep => Text::new("肉羊改良", "Sheep improvement"),
            InterventionKind::Cattle => Text::new("黄牛冷配", "Cattle by AI"),
            InterventionKind::Tourism => Text::new("乡村旅游", "Rural tourism"),
            InterventionKind::Jobs => Text::new("稳岗就业", "Training and jobs"),
        }
    }
}

/// All interventions of a scenario; each carries its own on/off switch and timing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Interventions {
    pub land_transfer: LandTransfer,
    pub courtyard: Courtyard,
    pub poultry: Poultry,
    pub sheep: Sheep,
    pub cattle: Cattle,
    pub tourism: Tourism,
    pub jobs: Jobs,
}

impl Interventions {
    /// The schedule of one module.
    pub fn schedule(&self, kind: InterventionKind) -> &Schedule {
        match kind {
            InterventionKind::LandTransfer => &self.land_transfer.schedule,
            InterventionKind::Courtyard => &self.courtyard.schedule,
            InterventionKind::Poultry => &self.poultry.schedule,
            InterventionKind::Sheep => &self.sheep.schedule,
            InterventionKind::Cattle => &self.cattle.schedule,
            InterventionKind::Tourism => &self.tourism.schedule,
            InterventionKind::Jobs => &self.jobs.schedule,
        }
    }

    pub fn schedule_mut(&mut self, kind: InterventionKind) -> &mut Schedule {
        match kind {
            InterventionKind::LandTransfer => &mut self.land_transfer.schedule,
            InterventionKind::Courtyard => &mut self.courtyard.schedule,
            InterventionKind::Poultry => &mut self.poultry.schedule,
            InterventionKind::Sheep => &mut self.sheep.schedule,
            InterventionKind::Cattle => &mut self.cattle.schedule,
            InterventionKind::Tourism => &mut self.tourism.schedule,
            InterventionKind::Jobs => &mut self.jobs.schedule,
        }
    }

    /// The module of one kind, for iteration by kind.
    pub fn module(&self, kind: InterventionKind) -> &dyn DynModule {
        match kind {
            InterventionKind::LandTransfer => &self.land_transfer,
            InterventionKind::Courtyard => &self.courtyard,
            InterventionKind::Poultry => &self.poultry,
            InterventionKind::Sheep => &self.sheep,
            InterventionKind::Cattle => &self.cattle,
            InterventionKind::Tourism => &self.tourism,
            InterventionKind::Jobs => &self.jobs,
        }
    }
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

    /// The projection slots of the years this module runs in, each with its years since start
    /// and adoption share. Modules without state across years loop over this.
    pub fn running<'a>(
        &'a self,
        horizon: &'a Horizon,
        out: &'a mut [Effect],
    ) -> impl Iterator<Item = (&'a mut Effect, u32, f64)> + 'a {
        out.iter_mut().enumerate().filter_map(move |(i, effect)| {
            let year = horizon.year_of(i);
            let k = self.years_since_start(year)?;
            Some((effect, k, self.adoption_share(year)))
        })
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
    /// Head this module adds to the household's herd census this year (livestock modules).
    pub herd_change: HerdSnapshot,
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
    for kind in InterventionKind::ALL {
        f(interventions.module(kind));
    }
}

/// A percentage (0–100) as a fraction (0–1).
pub(crate) fn frac(pct: Percent) -> f64 {
    pct / 100.0
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
