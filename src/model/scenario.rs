//! The scenario: the one serde type the UI edits, the engine reads, and storage, export and
//! share links serialise.

use serde::{Deserialize, Serialize};

use super::household::Household;
use super::interventions::Interventions;
use super::monitoring_line::MonitoringLine;
use super::units::Percent;

/// Bumped whenever the stored shape changes; older versions are migrated on load.
pub const SCHEMA_VERSION: u32 = 1;

/// Longest horizon the engine accepts, in years.
pub const MAX_HORIZON_YEARS: u32 = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub schema_version: u32,
    pub name: String,
    pub household: Household,
    pub interventions: Interventions,
    pub horizon: Horizon,
    pub economics: Economics,
    pub monitoring_line: MonitoringLine,
}

/// Which years are projected: `base_year` (year index 0) and the `years − 1` that follow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Horizon {
    pub base_year: i32,
    pub years: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceBasis {
    /// Amounts in each year's prices: base-year inputs grown by inflation.
    Nominal,
    /// Amounts in base-year prices: the nominal monitoring line is deflated instead.
    Real,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Economics {
    pub price_basis: PriceBasis,
    pub inflation_pct: Percent,
    /// Real yearly growth of baseline wage income and remittances.
    pub baseline_wage_growth_pct: Percent,
    /// Discount rate for NPV.
    pub discount_rate_pct: Percent,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            schema_version: SCHEMA_VERSION,
            name: String::new(),
            household: Household::default(),
            interventions: Interventions::default(),
            horizon: Horizon::default(),
            economics: Economics::default(),
            monitoring_line: MonitoringLine::default(),
        }
    }
}

impl Default for Horizon {
    fn default() -> Self {
        Horizon {
            base_year: 2025,
            years: 10,
        }
    }
}

impl Default for Economics {
    fn default() -> Self {
        Economics {
            price_basis: PriceBasis::Nominal,
            inflation_pct: 2.0,
            baseline_wage_growth_pct: 0.0,
            discount_rate_pct: 5.0,
        }
    }
}

impl Horizon {
    pub fn year_of(&self, index: usize) -> i32 {
        self.base_year + index as i32
    }
}
