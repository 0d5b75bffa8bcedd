//! The registry of every editable value of a scenario: label, unit, accepted range, the source
//! of its default, when it applies, and how to read and write it. The values are declared beside
//! the code that uses them — `PARAMS` in `household.rs`, `scenario.rs` and each
//! `interventions/<kind>.rs` — and gathered here, so the form is generated from them, validation
//! reads them and explanations take their labels from them: a field is written once.
//!
//! Three registries:
//! - [`FIELDS`]: every number ([`FieldSpec`], get/set as `f64`; an `Option<f64>` cost left empty
//!   reads as NaN, "not entered").
//! - [`TOGGLES`]: every on/off switch ([`ToggleSpec`], get/set as `bool`): each module's
//!   `schedule.enabled` and a few module switches.
//! - [`CHOICES`]: every one-of-several setting ([`ChoiceSpec`], get/set as the option index): the
//!   household type, the price basis, tourism's mode, the sheep programme, dividends' mode.
//!
//! Adoption-by-year lists and the monitoring-line table are checked by [`validate`] as structures.
//! Accepted ranges are wide enough for any village and allow "no change"; they do not force a
//! result (a hen may lose money when feed is dear and eggs cheap — that is true to life).

use std::sync::LazyLock;

use super::interventions::InterventionKind;
use super::scenario::Scenario;
use super::text::Text;
use super::units::Unit;
use super::{household, risk, scenario};

/// Where a field appears in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Household,
    Income,
    Projection,
    Intervention(InterventionKind),
    /// The shocks of the risk model, the household's health and the Monte Carlo settings.
    Risk,
    /// The anti-relapse relief fund's payout rule.
    Relief,
}

/// A range a parameter is documented to take (from `/work/shared/reference/parameters.md` or
/// the source of its default), used to move it in the sensitivity analysis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DocumentedRange {
    pub low: f64,
    pub high: f64,
    /// Where the range comes from.
    pub source: Text,
}

#[derive(Clone, Copy)]
pub struct FieldSpec {
    /// Stable id, the serde path of the value ("land_transfer.rent_yuan_per_mu").
    pub id: &'static str,
    pub section: Section,
    pub label: Text,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    /// Whole numbers only (years, counts of years).
    pub integer: bool,
    /// May be left empty: "not entered" (a cost nobody knows yet), read and written as NaN.
    pub optional: bool,
    /// Whether the field means anything under the scenario's other settings (tourism's
    /// itemised inputs only in itemised mode …); the form hides it when not.
    pub applies: fn(&Scenario) -> bool,
    /// The range the value is documented to take, when a source gives one.
    pub range: Option<DocumentedRange>,
    /// Where the default comes from.
    pub source: Text,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

impl std::fmt::Debug for FieldSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FieldSpec").field("id", &self.id).finish()
    }
}

impl FieldSpec {
    /// The same field, shown only when `applies` holds.
    pub const fn when(mut self, applies: fn(&Scenario) -> bool) -> Self {
        self.applies = applies;
        self
    }

    /// The same field with the range a source documents for it.
    pub const fn documented(mut self, low: f64, high: f64, source: Text) -> Self {
        self.range = Some(DocumentedRange { low, high, source });
        self
    }

    /// A default with no source: the form marks it so planners know to replace it.
    pub fn is_assumption(&self) -> bool {
        self.source.en.starts_with("Assumption")
    }

    /// Whether `value` means "not entered" for this field.
    pub fn is_not_entered(&self, value: f64) -> bool {
        self.optional && value.is_nan()
    }

    /// Checks a candidate value against this field's range.
    pub fn check(&'static self, value: f64) -> Result<f64, ValidationError> {
        let kind = if self.optional && value.is_nan() {
            None
        } else if !value.is_finite() {
            Some(ErrorKind::NotANumber)
        } else if self.integer && value.fract() != 0.0 {
            Some(ErrorKind::NotWhole)
        } else if value < self.min || value > self.max {
            Some(ErrorKind::OutOfRange)
        } else {
            None
        };
        match kind {
            None => Ok(value),
            Some(kind) => Err(ValidationError { field: self, kind }),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    NotANumber,
    NotWhole,
    OutOfRange,
    /// Transferred land exceeds the household's cropland.
    MoreThanCropland,
    /// Horizon or table is structurally wrong (empty monitoring line, unsorted rows …).
    Structure,
    /// Courtyard area planted exceeds the household's courtyard.
    MoreThanCourtyard,
    /// Crop shares add up to more than 100 %.
    SharesOver100,
}

/// A field that is not acceptable, and why. Carries the field's spec so messages name it.
#[derive(Clone, Copy, Debug)]
pub struct ValidationError {
    /// The field at fault (a registry entry, so errors stay small and cheap to copy).
    pub field: &'static FieldSpec,
    pub kind: ErrorKind,
}

impl PartialEq for ValidationError {
    fn eq(&self, other: &Self) -> bool {
        self.field.id == other.field.id && self.kind == other.kind
    }
}

impl ValidationError {
    /// The message shown at the field, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        let f = &self.field;
        let label = f.label.get(english);
        let unit = f.unit.label().get(english);
        let (min, max) = (trim(f.min), trim(f.max));
        match (self.kind, english) {
            (ErrorKind::NotANumber, false) => format!("{label}：请输入数字"),
            (ErrorKind::NotANumber, true) => format!("{label}: enter a number"),
            (ErrorKind::NotWhole, false) => format!("{label}：请输入整数"),
            (ErrorKind::NotWhole, true) => format!("{label}: enter a whole number"),
            (ErrorKind::OutOfRange, false) => format!("{label}须在 {min}–{max} {unit} 之间"),
            (ErrorKind::OutOfRange, true) => {
                format!("{label} must be between {min} and {max} {unit}")
            }
            (ErrorKind::MoreThanCropland, false) => format!("{label}不能超过耕地面积"),
            (ErrorKind::MoreThanCropland, true) => {
                format!("{label} cannot exceed the household's cropland")
            }
            (ErrorKind::Structure, false) => format!("{label}设置有误"),
            (ErrorKind::Structure, true) => format!("{label} is not set up correctly"),
            (ErrorKind::MoreThanCourtyard, false) => format!("{label}不能超过庭院面积"),
            (ErrorKind::MoreThanCourtyard, true) => {
                format!("{label} cannot exceed the household's courtyard")
            }
            (ErrorKind::SharesOver100, false) => format!("{label}与其他作物比例之和不能超过 100 %"),
            (ErrorKind::SharesOver100, true) => {
                format!("{label} and the other crop shares cannot add up to more than 100 %")
            }
        }
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(true))
    }
}

impl std::error::Error for ValidationError {}

fn trim(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

use Section::*;

/// All editable numbers, in form order.
/// One part of the scenario's parameters, declared in the file that computes with them
/// (`household.rs`, `scenario.rs`, each `interventions/<kind>.rs`).
pub struct Params {
    pub fields: &'static [FieldSpec],
    pub toggles: &'static [ToggleSpec],
    pub choices: &'static [ChoiceSpec],
}

/// Every part's parameters in form order: the household, the projection settings, each
/// intervention in [`InterventionKind::ALL`] order, then the risk model.
fn groups() -> impl Iterator<Item = &'static Params> {
    [&household::PARAMS, &scenario::PARAMS]
        .into_iter()
        .chain(
            InterventionKind::ALL
                .into_iter()
                .map(InterventionKind::params),
        )
        .chain([&risk::settings::PARAMS])
}

/// All editable numbers, in form order.
pub static FIELDS: LazyLock<Vec<&'static FieldSpec>> =
    LazyLock::new(|| groups().flat_map(|g| g.fields).collect());

/// Serde path of a module's adoption-by-year list.
pub fn adoption_id(kind: InterventionKind) -> &'static str {
    kind.adoption_id()
}

/// Looks a field up by id.
/// Whether the form's `section` shows the same for `a` and `b`: its choices, its fields' values
/// and whether they apply, its switches, and an intervention's adoption by year. The form
/// rebuilds a section only when this is false, so a keystroke rebuilds one section, not all.
pub fn shows_same(section: Section, a: &Scenario, b: &Scenario) -> bool {
    fn adoption(section: Section, s: &Scenario) -> Option<&Vec<f64>> {
        match section {
            Section::Intervention(kind) => Some(&s.interventions.schedule(kind).adoption_pct),
            _ => None,
        }
    }
    std::ptr::eq(a, b)
        || (CHOICES
            .iter()
            .filter(|c| c.section == section)
            .all(|c| (c.get)(a) == (c.get)(b))
            && FIELDS
                .iter()
                .filter(|f| f.section == section)
                .all(|f| (f.applies)(a) == (f.applies)(b) && (f.get)(a) == (f.get)(b))
            && TOGGLES
                .iter()
                .filter(|t| t.section == section)
                .all(|t| (t.get)(a) == (t.get)(b))
            && adoption(section, a) == adoption(section, b))
}

pub fn field(id: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.id == id).copied()
}

/// Checks every field and the cross-field rules. The first problem wins.
pub fn validate(s: &Scenario) -> Result<(), ValidationError> {
    for f in FIELDS.iter() {
        f.check((f.get)(s))?;
    }
    let cross = |id: &str, kind: ErrorKind| ValidationError {
        field: field(id).expect("field exists"),
        kind,
    };
    let lt = &s.interventions.land_transfer;
    if lt.schedule.enabled && lt.area_mu > s.household.land.cropland_mu + 1e-9 {
        return Err(cross(
            "interventions.land_transfer.area_mu",
            ErrorKind::MoreThanCropland,
        ));
    }
    let cy = &s.interventions.courtyard;
    if cy.schedule.enabled && cy.planted_mu > s.household.land.courtyard_mu + 1e-9 {
        return Err(cross(
            "interventions.courtyard.planted_mu",
            ErrorKind::MoreThanCourtyard,
        ));
    }
    if cy.vegetable_share_pct + cy.fruit_share_pct > 100.0 + 1e-9 {
        return Err(cross(
            "interventions.courtyard.fruit_share_pct",
            ErrorKind::SharesOver100,
        ));
    }
    let line_ok =
        s.monitoring_line.rows.iter().all(|r| {
            r.yuan_per_capita.is_finite() && (0.0..=1_000_000.0).contains(&r.yuan_per_capita)
        }) && s
            .monitoring_line
            .rows
            .windows(2)
            .all(|w| w[0].year < w[1].year)
            && (-20.0..=50.0).contains(&s.monitoring_line.growth_after_last_pct);
    if !line_ok {
        return Err(structure_error(&MONITORING_LINE));
    }
    let adoption_ok = |v: &[f64]| v.len() <= 40 && v.iter().all(|p| (0.0..=100.0).contains(p));
    for (kind, spec) in InterventionKind::ALL.iter().zip(ADOPTION.iter()) {
        if !adoption_ok(&s.interventions.schedule(*kind).adoption_pct) {
            return Err(structure_error(spec));
        }
    }
    Ok(())
}

static MONITORING_LINE: FieldSpec = FieldSpec {
    id: "monitoring_line",
    section: Projection,
    label: Text::new("监测线表", "Monitoring-line table"),
    unit: Unit::Yuan,
    min: 0.0,
    max: 1_000_000.0,
    integer: false,
    optional: false,
    applies: |_| true,
    range: None,
    source: Text::new("", ""),
    get: |_| 0.0,
    set: |_, _| {},
};

/// The adoption-by-year list of one module, as a field for error messages.
const fn adoption_spec(id: &'static str, kind: InterventionKind) -> FieldSpec {
    FieldSpec {
        id,
        section: Intervention(kind),
        label: Text::new("逐年采纳比例", "Adoption by year"),
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        integer: false,
        optional: false,
        applies: |_| true,
        range: None,
        source: Text::new("", ""),
        get: |_| 0.0,
        set: |_, _| {},
    }
}

/// One per module, in [`InterventionKind::ALL`] order.
static ADOPTION: LazyLock<Vec<FieldSpec>> = LazyLock::new(|| {
    InterventionKind::ALL
        .into_iter()
        .map(|k| adoption_spec(k.adoption_id(), k))
        .collect()
});

fn structure_error(spec: &'static FieldSpec) -> ValidationError {
    ValidationError {
        field: spec,
        kind: ErrorKind::Structure,
    }
}

/// An on/off switch of the scenario.
#[derive(Clone, Copy)]
pub struct ToggleSpec {
    /// Serde path of the value ("interventions.sheep.allow_breeding_sales").
    pub id: &'static str,
    pub section: Section,
    pub label: Text,
    /// What the default is and why.
    pub source: Text,
    pub get: fn(&Scenario) -> bool,
    pub set: fn(&mut Scenario, bool),
}

impl std::fmt::Debug for ToggleSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ToggleSpec").field("id", &self.id).finish()
    }
}

/// Every on/off switch, in form order.
/// Every on/off switch, in form order.
pub static TOGGLES: LazyLock<Vec<&'static ToggleSpec>> =
    LazyLock::new(|| groups().flat_map(|g| g.toggles).collect());

/// A setting with a few named options, stored as an enum; get/set use the option index.
#[derive(Clone, Copy)]
pub struct ChoiceSpec {
    pub id: &'static str,
    pub section: Section,
    pub label: Text,
    pub options: &'static [Text],
    pub source: Text,
    pub get: fn(&Scenario) -> usize,
    /// Out-of-range indices are ignored.
    pub set: fn(&mut Scenario, usize),
}

impl std::fmt::Debug for ChoiceSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChoiceSpec").field("id", &self.id).finish()
    }
}

/// Every one-of-several setting, in form order.
/// Every one-of-several setting, in form order.
pub static CHOICES: LazyLock<Vec<&'static ChoiceSpec>> =
    LazyLock::new(|| groups().flat_map(|g| g.choices).collect());

/// Looks a toggle up by id.
pub fn toggle(id: &str) -> Option<&'static ToggleSpec> {
    TOGGLES.iter().find(|t| t.id == id).copied()
}

/// Looks a choice up by id.
pub fn choice(id: &str) -> Option<&'static ChoiceSpec> {
    CHOICES.iter().find(|c| c.id == id).copied()
}
