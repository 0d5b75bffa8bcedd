//! Intervention modules, one file each. A module turns its parameters into a yearly
//! [`Effect`] on income by source, plus its program cost.

pub mod cattle;
pub mod courtyard;
pub mod dividends;
pub mod jobs;
pub mod land_transfer;
pub mod poultry;
pub mod sheep;
pub mod startup;
pub mod tourism;

use serde::{Deserialize, Serialize};

use super::fields::Params;
use super::notice::Notice;
use super::projection::{HerdSnapshot, SourceAmounts};
use super::scenario::{Horizon, Scenario};
use super::text::Text;
use super::trace::Trace;
use super::units::{Months, Percent, Yuan};

pub use cattle::Cattle;
pub use courtyard::Courtyard;
pub use dividends::{DividendMode, Dividends};
pub use jobs::Jobs;
pub use land_transfer::LandTransfer;
pub use poultry::Poultry;
pub use sheep::Sheep;
pub use startup::Startup;
pub use tourism::{Tourism, TourismMode};

/// The one list of interventions. From it come [`InterventionKind`] and its `ALL`, the
/// [`Interventions`] struct (one field per module, the serde key), and every lookup by kind.
/// Adding an intervention: write its file (struct, `Module` impl, `PARAMS`), then add one line
/// here, at the end so figure codes in saved links keep their meaning.
macro_rules! interventions {
    ($($variant:ident => $field:ident : $ty:ty),+ $(,)?) => {
        /// Every intervention the survey names, in display order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum InterventionKind {
            $($variant),+
        }

        impl InterventionKind {
            pub const ALL: [InterventionKind; [$(stringify!($variant)),+].len()] =
                [$(InterventionKind::$variant),+];
            pub const COUNT: usize = Self::ALL.len();

            pub fn index(self) -> usize {
                self as usize
            }

            pub fn name(self) -> Text {
                match self {
                    $(InterventionKind::$variant => <$ty as Module>::NAME),+
                }
            }

            /// How the module's public cost is made up.
            pub fn cost_formula(self) -> Text {
                match self {
                    $(InterventionKind::$variant => <$ty as Module>::COST_FORMULA),+
                }
            }

            /// The module's numbers, switches and settings, declared in its own file.
            pub fn params(self) -> &'static Params {
                match self {
                    $(InterventionKind::$variant => &$field::PARAMS),+
                }
            }

            /// Serde path of the module's adoption-by-year list.
            pub fn adoption_id(self) -> &'static str {
                match self {
                    $(InterventionKind::$variant => {
                        concat!("interventions.", stringify!($field), ".schedule.adoption_pct")
                    }),+
                }
            }
        }

        /// All interventions of a scenario; each carries its own on/off switch and timing.
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(default)]
        pub struct Interventions {
            $(pub $field: $ty),+
        }

        impl Interventions {
            /// The module of one kind, for iteration by kind.
            pub fn module(&self, kind: InterventionKind) -> &dyn DynModule {
                match kind {
                    $(InterventionKind::$variant => &self.$field),+
                }
            }

            pub fn schedule_mut(&mut self, kind: InterventionKind) -> &mut Schedule {
                match kind {
                    $(InterventionKind::$variant => &mut self.$field.schedule),+
                }
            }
        }
    };
}

interventions! {
    LandTransfer => land_transfer: LandTransfer,
    Courtyard => courtyard: Courtyard,
    Poultry => poultry: Poultry,
    Sheep => sheep: Sheep,
    Cattle => cattle: Cattle,
    Tourism => tourism: Tourism,
    Jobs => jobs: Jobs,
    Dividends => dividends: Dividends,
    Startup => startup: Startup,
}

impl Interventions {
    /// Start years of the modules that are on.
    pub fn iter_enabled_start_years(&self) -> impl Iterator<Item = i32> + '_ {
        InterventionKind::ALL
            .into_iter()
            .map(|k| self.schedule(k))
            .filter(|s| s.enabled)
            .map(|s| s.start_year)
    }

    /// The schedule of one module.
    pub fn schedule(&self, kind: InterventionKind) -> &Schedule {
        self.module(kind).schedule()
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

    /// Share (0–1) of the full effect newly taken up in `year`: the rise of adoption over the
    /// highest share of every earlier year since the start (0 before the start, when off, or
    /// when adoption does not rise). One-off costs per household (set-up, training) and cohorts
    /// (trainees) are booked on it, so they scale with adoption and are never paid twice.
    pub fn newly_adopting_share(&self, year: i32) -> f64 {
        let Some(k) = self.years_since_start(year) else {
            return 0.0;
        };
        let before = (0..k as i32)
            .map(|j| self.adoption_share(self.start_year + j))
            .fold(0.0, f64::max);
        (self.adoption_share(year) - before).max(0.0)
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

    /// [`Self::newly_adopting_share`] of each year from the start year to `last_year` (index =
    /// years since start; empty when off): the cohorts of modules whose flows depend on how long
    /// a household has taken part (a loan, a ramp-up, a contract's term).
    pub fn newly_adopting_shares(&self, last_year: i32) -> Vec<f64> {
        if !self.enabled {
            return Vec::new();
        }
        (self.start_year..=last_year)
            .map(|year| self.newly_adopting_share(year))
            .collect()
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
    /// Labor-months this module claims from the household this year, after adoption. The
    /// engine weighs the claims against the household's labor budget.
    pub labor_months: Months,
    /// Labor-months it frees this year (land no longer farmed), which other work can use.
    pub labor_freed_months: Months,
    /// The household's own cash outlays this year that `by_source` already subtracts (its share
    /// of AI fees, a coop, sheds, loan repayments): shown apart in the household's own view.
    pub household_outlay_yuan: Yuan,
}

impl Effect {
    pub fn net_yuan(&self) -> Yuan {
        self.by_source.total()
    }
}

/// What every intervention module provides to the engine.
pub trait Module {
    const KIND: InterventionKind;
    /// The name planners use (土地流转 …), in both languages.
    const NAME: Text;
    /// How its public cost is made up, for the explanation of a year's cost.
    const COST_FORMULA: Text;

    fn schedule(&self) -> &Schedule;

    /// Effects for every projected year, written into `out` (one slot per year, already
    /// zeroed). Modules with state across years (herds) keep it inside this call.
    fn effects(&self, scenario: &Scenario, out: &mut [Effect]);

    /// How the effect in `year` was computed.
    fn explain(&self, scenario: &Scenario, year: i32) -> Trace;

    /// What the household already earns, with no intervention, from what this module works
    /// on — its own herd or flock under traditional management: income by source, in kind,
    /// herd and labor. Runs whether or not the module is switched on; `effects` is then the
    /// change from it (improved minus traditional). Returns whether it wrote anything (the
    /// household has such a herd), so the engine skips the rest. Most modules have none.
    fn baseline(&self, _scenario: &Scenario, _out: &mut [Effect]) -> bool {
        false
    }

    /// [`Module::baseline`] and [`Module::effects`] together, for a module that is on. A module
    /// whose effect is computed beside its baseline (a flock simulated twice, traditional and
    /// improved) overrides this to do the shared work once.
    fn baseline_and_effects(
        &self,
        scenario: &Scenario,
        baseline: &mut [Effect],
        out: &mut [Effect],
    ) -> bool {
        let has = self.baseline(scenario, baseline);
        self.effects(scenario, out);
        has
    }

    /// How the baseline part in `year` was computed; `None` when this module has none.
    fn explain_baseline(&self, _scenario: &Scenario, _year: i32) -> Option<Trace> {
        None
    }

    /// What a planner must be told about this module in this scenario (e.g. the household is
    /// not eligible). Called only when the module is on.
    fn notices(&self, _scenario: &Scenario, _out: &mut Vec<Notice>) {}
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
    fn baseline(&self, scenario: &Scenario, out: &mut [Effect]) -> bool;
    fn baseline_and_effects(
        &self,
        scenario: &Scenario,
        baseline: &mut [Effect],
        out: &mut [Effect],
    ) -> bool;
    fn explain_baseline(&self, scenario: &Scenario, year: i32) -> Option<Trace>;
    fn notices(&self, scenario: &Scenario, out: &mut Vec<Notice>);
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
    fn baseline(&self, scenario: &Scenario, out: &mut [Effect]) -> bool {
        Module::baseline(self, scenario, out)
    }
    fn baseline_and_effects(
        &self,
        scenario: &Scenario,
        baseline: &mut [Effect],
        out: &mut [Effect],
    ) -> bool {
        Module::baseline_and_effects(self, scenario, baseline, out)
    }
    fn explain_baseline(&self, scenario: &Scenario, year: i32) -> Option<Trace> {
        Module::explain_baseline(self, scenario, year)
    }
    fn notices(&self, scenario: &Scenario, out: &mut Vec<Notice>) {
        Module::notices(self, scenario, out)
    }
}
