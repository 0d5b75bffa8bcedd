//! The scenario: the one serde type the UI edits, the engine reads, and storage, export and
//! share links serialise.

use serde::{Deserialize, Serialize};

use crate::model::fields::{ChoiceSpec, Params, Section};

use super::household::Household;
use super::interventions::Interventions;
use super::monitoring_line::MonitoringLine;
use super::risk::RiskSettings;
use super::text::Text;
use super::units::{Percent, Unit};

/// Bumped whenever the stored shape changes; older versions are migrated on load.
pub const SCHEMA_VERSION: u32 = 2;

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
    /// Shocks, relief rule, seed and draws of the risk model (absent in older files: defaults).
    #[serde(default)]
    pub risk: RiskSettings,
    /// The planner's notes, printed on the report. Left out of the JSON when empty, so files and
    /// share links without notes are unchanged; at most [`MAX_NOTES_CHARS`] characters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Longest notes kept, in characters: the field stops there, and a reader keeps no more.
pub const MAX_NOTES_CHARS: usize = 2_000;

/// `text` cut to [`MAX_NOTES_CHARS`] characters.
pub fn bound_notes(text: &str) -> String {
    text.chars().take(MAX_NOTES_CHARS).collect()
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
            risk: RiskSettings::default(),
            notes: String::new(),
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

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Projection, horizon.base_year: i32, "基准年", "Base year", Unit::Year, 2015.0, 2050.0,
        "默认 2025 年", "Default 2025"),
        field!(Section::Projection, horizon.years: u32, "测算年数", "Years projected", Unit::Years, 1.0, MAX_HORIZON_YEARS as f64,
        "1–20 年", "1–20 years"),
        field!(Section::Projection, economics.inflation_pct: f64, "通胀率", "Inflation", Unit::Percent, -5.0, 20.0,
        "假设：2 %/年", "Assumption: 2 % a year"),
        field!(Section::Projection, economics.baseline_wage_growth_pct: f64, "工资实际增长率(基线)", "Real wage growth (baseline)", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
        field!(Section::Projection, economics.discount_rate_pct: f64, "贴现率", "Discount rate", Unit::Percent, 0.0, 30.0,
        "假设：5 %", "Assumption: 5 %"),
    ],
    toggles: &[],
    choices: &[ChoiceSpec {
        id: "economics.price_basis",
        section: Section::Projection,
        label: Text::new("价格口径", "Price basis"),
        options: &[
            Text::new("名义价格(含通胀)", "Nominal (with inflation)"),
            Text::new("实际价格(基准年)", "Real (base-year prices)"),
        ],
        source: Text::new("默认名义价格", "Nominal by default"),
        get: |s| match s.economics.price_basis {
            PriceBasis::Nominal => 0,
            PriceBasis::Real => 1,
        },
        set: |s, i| match i {
            0 => s.economics.price_basis = PriceBasis::Nominal,
            1 => s.economics.price_basis = PriceBasis::Real,
            _ => {}
        },
    }],
};
