//! Every editable number of a scenario, in one table: label, unit, accepted range, the source of
//! its default, and how to read and write it. The form is generated from it and validation reads
//! it, so a field's range is written once.

use super::interventions::InterventionKind;
use super::scenario::{Scenario, MAX_HORIZON_YEARS};
use super::text::Text;
use super::units::Unit;

/// Where a field appears in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Household,
    Income,
    Projection,
    Intervention(InterventionKind),
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
    /// Checks a candidate value against this field's range.
    pub fn check(&self, value: f64) -> Result<f64, ValidationError> {
        let kind = if !value.is_finite() {
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
            Some(kind) => Err(ValidationError { field: *self, kind }),
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
}

/// A field that is not acceptable, and why. Carries the field's spec so messages name it.
#[derive(Clone, Copy, Debug)]
pub struct ValidationError {
    pub field: FieldSpec,
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

/// Builds a [`FieldSpec`] whose getter and setter reach `scenario.<path>`.
macro_rules! field {
    ($section:expr, $($path:ident).+ : f64, $zh:literal, $en:literal, $unit:expr, $min:expr, $max:expr, $src_zh:literal, $src_en:literal) => {
        FieldSpec {
            id: stringify!($($path).+),
            section: $section,
            label: Text::new($zh, $en),
            unit: $unit,
            min: $min,
            max: $max,
            integer: false,
            source: Text::new($src_zh, $src_en),
            get: |s: &Scenario| s.$($path).+,
            set: |s: &mut Scenario, v: f64| s.$($path).+ = v,
        }
    };
    ($section:expr, $($path:ident).+ : $int:ty, $zh:literal, $en:literal, $unit:expr, $min:expr, $max:expr, $src_zh:literal, $src_en:literal) => {
        FieldSpec {
            id: stringify!($($path).+),
            section: $section,
            label: Text::new($zh, $en),
            unit: $unit,
            min: $min,
            max: $max,
            integer: true,
            source: Text::new($src_zh, $src_en),
            get: |s: &Scenario| s.$($path).+ as f64,
            set: |s: &mut Scenario, v: f64| s.$($path).+ = v as $int,
        }
    };
}

use InterventionKind as K;
use Section::*;

/// All editable numbers, in form order.
pub static FIELDS: &[FieldSpec] = &[
    field!(Household, household.members_persons: f64, "家庭人口", "Household members", Unit::Persons, 1.0, 10.0,
        "新疆普查户均 3.26 人(2010)；两县 2020 年 2.62 与 3.32 人", "Xinjiang census 3.26 (2010); two counties 2020: 2.62 and 3.32"),
    field!(Household, household.laborers_persons: f64, "劳动力", "Laborers", Unit::Persons, 0.0, 10.0,
        "假设：户均 2 个劳动力", "Assumption: 2 laborers per household"),
    field!(Household, household.land.cropland_mu: f64, "耕地面积", "Cropland", Unit::Mu, 0.0, 500.0,
        "尉犁调研：2.66 万亩 ÷ 1,260 户 = 21.1 亩", "Yuli survey: 26,600 mu ÷ 1,260 households = 21.1 mu"),
    field!(Household, household.land.orchard_mu: f64, "林果地面积", "Orchard land", Unit::Mu, 0.0, 200.0,
        "假设：0 亩，按本户填写", "Assumption: none; enter the household's own"),
    field!(Household, household.land.courtyard_mu: f64, "庭院面积", "Courtyard area", Unit::Mu, 0.0, 10.0,
        "假设：0.5 亩", "Assumption: 0.5 mu"),
    field!(Income, household.income.own_farming_net_yuan_per_mu: f64, "每亩种植纯收入", "Own-farming net per mu", Unit::YuanPerMu, -500.0, 3_000.0,
        "伽师县报告 2021：≤1,000 元/亩；默认 600", "Jiashi county report 2021: ≤ 1,000 yuan/mu; default 600"),
    field!(Income, household.income.orchard_net_yuan_per_mu: f64, "每亩林果纯收入", "Orchard net per mu", Unit::YuanPerMu, -500.0, 10_000.0,
        "假设：按本户填写", "Assumption: enter the household's own"),
    field!(Income, household.income.local_wages_yuan: f64, "本地务工收入", "Local wage income", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：使人均纯收入接近调研的 17,981 元", "Assumption: brings per-capita income near the survey's 17,981 yuan"),
    field!(Income, household.income.migrant_remittances_yuan: f64, "外出务工收入", "Migrant remittances", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：使人均纯收入接近调研的 17,981 元", "Assumption: brings per-capita income near the survey's 17,981 yuan"),
    field!(Income, household.income.pension_yuan: f64, "养老金", "Pensions", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：一位老人城乡居民基础养老金约 200 元/月", "Assumption: one elder's basic rural pension, about 200 yuan/month"),
    field!(Income, household.income.ecological_compensation_yuan: f64, "生态补偿", "Ecological compensation", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：草原生态补奖", "Assumption: grassland ecological subsidy"),
    field!(Income, household.income.dibao_yuan: f64, "低保金", "Minimum living allowance (dibao)", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：非低保户", "Assumption: not a dibao household"),
    field!(Income, household.income.other_yuan: f64, "其他收入", "Other income", Unit::YuanPerYear, -100_000.0, 500_000.0,
        "假设", "Assumption"),
    field!(Projection, horizon.base_year: i32, "基准年", "Base year", Unit::Year, 2015.0, 2050.0,
        "默认 2025 年", "Default 2025"),
    field!(Projection, horizon.years: u32, "测算年数", "Years projected", Unit::Years, 1.0, MAX_HORIZON_YEARS as f64,
        "1–20 年", "1–20 years"),
    field!(Projection, economics.inflation_pct: f64, "通胀率", "Inflation", Unit::Percent, -5.0, 20.0,
        "假设：2 %/年", "Assumption: 2 % a year"),
    field!(Projection, economics.baseline_wage_growth_pct: f64, "工资实际增长率(基线)", "Real wage growth (baseline)", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
    field!(Projection, economics.discount_rate_pct: f64, "贴现率", "Discount rate", Unit::Percent, 0.0, 30.0,
        "假设：5 %", "Assumption: 5 %"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.area_mu: f64, "流转面积", "Area transferred", Unit::Mu, 0.0, 500.0,
        "尉犁调研：户均 21.1 亩", "Yuli survey: 21.1 mu per household"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.rent_yuan_per_mu: f64, "每亩租金", "Rent per mu", Unit::YuanPerMu, 0.0, 3_000.0,
        "新疆日报 2019-04-15：尉犁棉田流转 700 元/亩；范围 500–1,000", "Xinjiang Daily 2019-04-15: Yuli cotton land 700 yuan/mu; range 500–1,000"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_pct: f64, "租金递增率", "Rent escalation", Unit::Percent, 0.0, 50.0,
        "假设：合同不递增", "Assumption: no escalation in the contract"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.rent_escalation_every_years: u32, "递增周期", "Escalation every", Unit::Years, 1.0, 20.0,
        "假设：每 3 年", "Assumption: every 3 years"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.freed_laborers_persons: f64, "释放劳动力", "Freed laborers", Unit::Persons, 0.0, 10.0,
        "尉犁调研：1,900 ÷ 1,260 户 = 1.5 人", "Yuli survey: 1,900 ÷ 1,260 households = 1.5"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.employment_rate_pct: f64, "就业率", "Employment rate", Unit::Percent, 0.0, 100.0,
        "假设：80 %", "Assumption: 80 %"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.months_worked: f64, "务工月数", "Months worked", Unit::Months, 0.0, 12.0,
        "伽师县报告：约 8 个月", "Jiashi county report: about 8 months"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.monthly_wage_yuan: f64, "月工资", "Monthly wage", Unit::YuanPerMonth, 0.0, 20_000.0,
        "罗布人村寨员工 >4,000 元(2025)；西部农民工 4,541 元(2024)", "Lop Nur village staff > 4,000 (2025); western migrant workers 4,541 (2024)"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.wage_growth_pct: f64, "工资增长率", "Wage growth", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.setup_cost_yuan: f64, "一次性项目投入", "One-off program cost", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：企业承担，财政 0 元", "Assumption: borne by the agribusiness, 0 public cost"),
];

/// Looks a field up by id.
pub fn field(id: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.id == id)
}

/// Checks every field and the cross-field rules. The first problem wins.
pub fn validate(s: &Scenario) -> Result<(), ValidationError> {
    for f in FIELDS {
        f.check((f.get)(s))?;
    }
    let lt = &s.interventions.land_transfer;
    if lt.schedule.enabled && lt.area_mu > s.household.land.cropland_mu + 1e-9 {
        let spec = *field("interventions.land_transfer.area_mu").expect("field exists");
        return Err(ValidationError {
            field: spec,
            kind: ErrorKind::MoreThanCropland,
        });
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
    let adoption_ok = |v: &[f64]| v.len() <= 40 && v.iter().all(|p| (0.0..=100.0).contains(p));
    if !line_ok {
        return Err(structure_error(MONITORING_LINE));
    }
    if !adoption_ok(&lt.schedule.adoption_pct) {
        return Err(structure_error(ADOPTION));
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
    source: Text::new("", ""),
    get: |_| 0.0,
    set: |_, _| {},
};

static ADOPTION: FieldSpec = FieldSpec {
    id: "adoption_pct",
    section: Projection,
    label: Text::new("逐年采纳比例", "Adoption by year"),
    unit: Unit::Percent,
    min: 0.0,
    max: 100.0,
    integer: false,
    source: Text::new("", ""),
    get: |_| 0.0,
    set: |_, _| {},
};

fn structure_error(spec: FieldSpec) -> ValidationError {
    ValidationError {
        field: spec,
        kind: ErrorKind::Structure,
    }
}
