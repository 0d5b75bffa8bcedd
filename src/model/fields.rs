//! Every editable number of a scenario, in one table: label, unit, accepted range, the source of
//! its default, and how to read and write it. The form is generated from it and validation reads
//! it, so a field's range is written once.
//!
//! Three registries:
//! - [`FIELDS`]: every number ([`FieldSpec`], get/set as `f64`).
//! - [`TOGGLES`]: every on/off switch ([`ToggleSpec`], get/set as `bool`): each module's
//!   `schedule.enabled`, `sheep.allow_breeding_sales`, `sheep.disaster_enabled`,
//!   `poultry.replace_layers`.
//! - [`CHOICES`]: every one-of-several setting ([`ChoiceSpec`], get/set as the option index):
//!   `economics.price_basis` (nominal / real) and `tourism.mode` (average gain / itemised).
//!
//! Adoption-by-year lists and the monitoring-line table are checked by [`validate`] as structures.
//! Accepted ranges are wide enough for any village but keep the model's margins sound: e.g. a
//! grown bird's price is never below its feed, so a surviving chick never lowers income.

use super::interventions::{InterventionKind, TourismMode};
use super::scenario::{PriceBasis, Scenario, MAX_HORIZON_YEARS};
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
    pub fn check(&'static self, value: f64) -> Result<f64, ValidationError> {
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
    field!(Household, household.herd.breeding_ewes_head: f64, "能繁母羊", "Breeding ewes", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Household, household.herd.rams_head: f64, "种公羊", "Rams", Unit::Head, 0.0, 200.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Household, household.herd.yearlings_head: f64, "育成羊(周岁)", "Yearlings", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Household, household.herd.lambs_head: f64, "羔羊(留养)", "Lambs kept", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Household, household.herd.cows_head: f64, "能繁母牛", "Cows", Unit::Head, 0.0, 500.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Household, household.herd.laying_hens_head: f64, "原有蛋鸡", "Laying hens already kept", Unit::Head, 0.0, 5_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
    field!(Income, household.income.own_farming_net_yuan_per_mu: f64, "每亩种植纯收入", "Own-farming net per mu", Unit::YuanPerMu, -500.0, 3_000.0,
        "伽师县报告 2021：≤1,000 元/亩；默认 600", "Jiashi county report 2021: ≤ 1,000 yuan/mu; default 600"),
    field!(Income, household.income.orchard_net_yuan_per_mu: f64, "每亩林果纯收入", "Orchard net per mu", Unit::YuanPerMu, -500.0, 10_000.0,
        "假设：按本户填写", "Assumption: enter the household's own"),
    field!(Income, household.income.local_wages_yuan: f64, "本地务工收入", "Local wage income", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：监测户，人均纯收入约 7,000 元", "Assumption: a monitored household, about 7,000 yuan per capita"),
    field!(Income, household.income.migrant_remittances_yuan: f64, "外出务工收入", "Migrant remittances", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：监测户，人均纯收入约 7,000 元", "Assumption: a monitored household, about 7,000 yuan per capita"),
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
        "假设：50 %，与尉犁调研年增收 1.4 万元相符", "Assumption: 50 %, matching Yuli's surveyed +14,000 yuan"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.months_worked: f64, "务工月数", "Months worked", Unit::Months, 0.0, 12.0,
        "假设：农忙季 4 个月(伽师全年务工约 8 个月)", "Assumption: 4 seasonal months (Jiashi: about 8 a year)"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.monthly_wage_yuan: f64, "月工资", "Monthly wage", Unit::YuanPerMonth, 0.0, 20_000.0,
        "罗布人村寨员工 >4,000 元(2025)；西部农民工 4,541 元(2024)", "Lop Nur village staff > 4,000 (2025); western migrant workers 4,541 (2024)"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.wage_growth_pct: f64, "工资增长率", "Wage growth", Unit::Percent, -10.0, 20.0,
        "假设：0，保守", "Assumption: 0, conservative"),
    field!(Intervention(K::LandTransfer), interventions.land_transfer.setup_cost_yuan: f64, "一次性项目投入", "One-off program cost", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：企业承担，财政 0 元", "Assumption: borne by the agribusiness, 0 public cost"),
    // 庭院经济 Courtyard
    field!(Intervention(K::Courtyard), interventions.courtyard.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Courtyard), interventions.courtyard.planted_mu: f64, "种植面积", "Area planted", Unit::Mu, 0.0, 10.0,
        "假设：庭院 0.5 亩全部种植", "Assumption: the whole 0.5-mu courtyard planted"),
    field!(Intervention(K::Courtyard), interventions.courtyard.vegetable_share_pct: f64, "蔬菜面积比例", "Vegetable share", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
    field!(Intervention(K::Courtyard), interventions.courtyard.fruit_share_pct: f64, "果树面积比例", "Fruit share", Unit::Percent, 0.0, 100.0,
        "假设：40 %(博湖特色林果)", "Assumption: 40 % (Bohu specialty fruit)"),
    field!(Intervention(K::Courtyard), interventions.courtyard.vegetable_yield_kg_per_mu: f64, "蔬菜亩产", "Vegetable yield", Unit::KgPerMu, 0.0, 10_000.0,
        "假设：露地蔬菜 3,000 公斤/亩", "Assumption: open-field vegetables 3,000 kg/mu"),
    field!(Intervention(K::Courtyard), interventions.courtyard.vegetable_price_yuan_per_kg: f64, "蔬菜价格", "Vegetable price", Unit::YuanPerKg, 0.0, 20.0,
        "假设：农户出售价 2.5 元/公斤", "Assumption: farm-gate 2.5 yuan/kg"),
    field!(Intervention(K::Courtyard), interventions.courtyard.vegetable_cost_yuan_per_mu: f64, "蔬菜每亩成本", "Vegetable cost per mu", Unit::YuanPerMu, 0.0, 5_000.0,
        "假设：种子、肥料、地膜、水费 1,200 元/亩", "Assumption: seed, fertiliser, film, water 1,200 yuan/mu"),
    field!(Intervention(K::Courtyard), interventions.courtyard.fruit_yield_kg_per_mu: f64, "果品亩产", "Fruit yield", Unit::KgPerMu, 0.0, 5_000.0,
        "假设：盛果期 1,000 公斤/亩", "Assumption: 1,000 kg/mu once bearing"),
    field!(Intervention(K::Courtyard), interventions.courtyard.fruit_price_yuan_per_kg: f64, "果品价格", "Fruit price", Unit::YuanPerKg, 0.0, 50.0,
        "假设：6 元/公斤", "Assumption: 6 yuan/kg"),
    field!(Intervention(K::Courtyard), interventions.courtyard.fruit_cost_yuan_per_mu: f64, "果树每亩成本", "Fruit cost per mu", Unit::YuanPerMu, 0.0, 5_000.0,
        "假设：800 元/亩", "Assumption: 800 yuan/mu"),
    field!(Intervention(K::Courtyard), interventions.courtyard.fruit_bearing_year: u32, "第几年挂果", "Fruit bears from year", Unit::Years, 1.0, 10.0,
        "假设：栽后第 3 年", "Assumption: third year after planting"),
    field!(Intervention(K::Courtyard), interventions.courtyard.home_consumption_pct: f64, "自家食用比例", "Eaten at home", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
    field!(Intervention(K::Courtyard), interventions.courtyard.demo_support_yuan_per_year: f64, "示范户扶持(每年)", "Demonstration support a year", Unit::YuanPerYear, 0.0, 50_000.0,
        "博湖：3,000 万元扶持庭院等产业、500+ 示范户；每户额度按实际填写", "Bohu: 30 million yuan for courtyards and other industries, 500+ demonstration households; enter the actual amount"),
    field!(Intervention(K::Courtyard), interventions.courtyard.demo_support_years: u32, "扶持年数", "Years of support", Unit::Years, 0.0, 20.0,
        "假设：3 年", "Assumption: 3 years"),
    // 鸡苗 Poultry
    field!(Intervention(K::Poultry), interventions.poultry.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Poultry), interventions.poultry.chicks_per_round_head: f64, "每批鸡苗", "Chicks per round", Unit::Head, 0.0, 1_000.0,
        "和静调研：30 万只 ÷ 3,000 户 = 100 只", "Hejing survey: 300,000 ÷ 3,000 households = 100"),
    field!(Intervention(K::Poultry), interventions.poultry.rounds: u32, "发放批数(年)", "Rounds (years)", Unit::Years, 1.0, 20.0,
        "和静调研：一次发放", "Hejing survey: one hand-out"),
    field!(Intervention(K::Poultry), interventions.poultry.subsidy_yuan_per_chick: f64, "每只鸡苗补贴", "Subsidy per chick", Unit::YuanPerHead, 0.0, 30.0,
        "和静调研：300 万元 ÷ 30 万只 = 10 元；呼图壁 8 元", "Hejing survey: 3 million ÷ 300,000 = 10 yuan; Hutubi 8"),
    field!(Intervention(K::Poultry), interventions.poultry.survival_pct: f64, "成活率", "Survival to sale", Unit::Percent, 0.0, 100.0,
        "散养调查 57 %，规范饲养 97 %；默认 80 %", "Backyard surveys 57 %, managed flocks 97 %; default 80 %"),
    field!(Intervention(K::Poultry), interventions.poultry.layer_share_pct: f64, "留作蛋鸡比例", "Kept as layers", Unit::Percent, 0.0, 100.0,
        "假设：母鸡约半数，留 40 %", "Assumption: about half are hens; 40 % kept"),
    field!(Intervention(K::Poultry), interventions.poultry.eggs_per_hen_year: f64, "年产蛋数", "Eggs per hen a year", Unit::Count, 90.0, 300.0,
        "地方品种 90–180 枚(北京油鸡、寿光鸡)", "Local breeds 90–180 (Beijing oil chicken, Shouguang)"),
    field!(Intervention(K::Poultry), interventions.poultry.egg_price_yuan: f64, "鸡蛋价格", "Egg price", Unit::YuanPerUnit, 1.0, 5.0,
        "土鸡蛋零售 1.2–2 元/枚(非新疆)", "Free-range retail 1.2–2 yuan/egg (not Xinjiang)"),
    field!(Intervention(K::Poultry), interventions.poultry.bird_price_yuan: f64, "成鸡价格", "Grown bird price", Unit::YuanPerHead, 60.0, 300.0,
        "和静 2018：100–150 元；兵团 60–80；呼图壁约 100", "Hejing 2018: 100–150; Bingtuan 60–80; Hutubi ~100"),
    field!(Intervention(K::Poultry), interventions.poultry.home_consumption_pct: f64, "自家食用比例", "Eaten at home", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
    field!(Intervention(K::Poultry), interventions.poultry.feed_yuan_per_bird: f64, "每只肉鸡饲料", "Feed per meat bird", Unit::YuanPerHead, 0.0, 50.0,
        "兵团报告：25 元/只", "Bingtuan report: 25 yuan a bird"),
    field!(Intervention(K::Poultry), interventions.poultry.vaccine_yuan_per_chick: f64, "每只防疫费", "Vaccine per chick", Unit::YuanPerHead, 0.0, 10.0,
        "假设：2 元/只", "Assumption: 2 yuan a chick"),
    field!(Intervention(K::Poultry), interventions.poultry.layer_feed_yuan_per_hen_year: f64, "蛋鸡年饲料", "Feed per hen a year", Unit::YuanPerHead, 0.0, 40.0,
        "假设：庭院散养补饲 30 元/年", "Assumption: courtyard hens, 30 yuan of grain a year"),
    field!(Intervention(K::Poultry), interventions.poultry.layer_life_years: u32, "蛋鸡饲养年限", "Layer life", Unit::Years, 1.0, 5.0,
        "假设：2 年", "Assumption: 2 years"),
    field!(Intervention(K::Poultry), interventions.poultry.replacement_chick_price_yuan: f64, "补栏鸡苗价格", "Replacement chick price", Unit::YuanPerHead, 0.0, 30.0,
        "和静补贴额 10 元/只作参照", "Hejing's 10-yuan subsidy as the reference"),
    // 肉羊改良 Sheep
    field!(Intervention(K::Sheep), interventions.sheep.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Sheep), interventions.sheep.ewes_provided_head: f64, "项目发放母羊", "Ewes provided", Unit::Head, 0.0, 200.0,
        "假设：0 只", "Assumption: none"),
    field!(Intervention(K::Sheep), interventions.sheep.rams_provided_head: f64, "项目发放改良种公羊", "Improved rams provided", Unit::Head, 0.0, 20.0,
        "假设：1 只", "Assumption: one"),
    field!(Intervention(K::Sheep), interventions.sheep.ewe_cost_yuan_per_head: f64, "每只母羊项目成本", "Program cost per ewe", Unit::YuanPerHead, 0.0, 10_000.0,
        "假设：43 公斤 × 约 35 元/公斤 ≈ 1,500 元", "Assumption: 43 kg × ~35 yuan/kg ≈ 1,500 yuan"),
    field!(Intervention(K::Sheep), interventions.sheep.ram_cost_yuan_per_head: f64, "每只种公羊项目成本", "Program cost per ram", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：3,000 元", "Assumption: 3,000 yuan"),
    field!(Intervention(K::Sheep), interventions.sheep.traditional_lambing_rate_pct: f64, "本地品种产羔率", "Traditional lambing rate", Unit::Percent, 60.0, 120.0,
        "巴音布鲁克/蒙古羊 100–115 %，默认 105 %", "Bayinbuluk / Mongolian type 100–115 %; default 105 %"),
    field!(Intervention(K::Sheep), interventions.sheep.improved_lambing_rate_pct: f64, "改良产羔率", "Improved lambing rate", Unit::Percent, 120.0, 260.0,
        "杂交肉羊无数据：默认 150 %(湖羊 256 %，细毛羊 130 %)", "No crossbred data: default 150 % (Hu 256 %, fine-wool 130 %)"),
    field!(Intervention(K::Sheep), interventions.sheep.lamb_mortality_pct: f64, "羔羊死亡率", "Lamb mortality", Unit::Percent, 0.0, 60.0,
        "假设：10 %", "Assumption: 10 %"),
    field!(Intervention(K::Sheep), interventions.sheep.adult_mortality_pct: f64, "成年羊死亡率", "Adult mortality", Unit::Percent, 0.0, 40.0,
        "假设：4 %", "Assumption: 4 %"),
    field!(Intervention(K::Sheep), interventions.sheep.lamb_offtake_pct: f64, "羔羊出栏比例", "Lamb offtake", Unit::Percent, 0.0, 100.0,
        "假设：80 %(公羔全部及六成母羔)，本地羊群约保持稳定", "Assumption: 80 % (all ram lambs, 60 % of ewe lambs), a local herd stays about stable"),
    field!(Intervention(K::Sheep), interventions.sheep.cull_pct: f64, "成年羊淘汰率", "Adult cull rate", Unit::Percent, 0.0, 50.0,
        "假设：15 %(约 6–7 年更新)", "Assumption: 15 % (renewed every 6–7 years)"),
    field!(Intervention(K::Sheep), interventions.sheep.max_breeding_ewes_head: f64, "草畜平衡母羊上限", "Most breeding ewes the grassland carries", Unit::Head, 0.0, 5_000.0,
        "假设：100 只，按本户草场核定载畜量填写", "Assumption: 100; enter the household's licensed stocking"),
    field!(Intervention(K::Sheep), interventions.sheep.lamb_sale_weight_kg: f64, "羔羊出栏体重", "Lamb sale weight", Unit::Kg, 10.0, 60.0,
        "巴音布鲁克羊品种资料：当年羔 30 公斤", "Bayinbuluk breed page: lamb of the year 30 kg"),
    field!(Intervention(K::Sheep), interventions.sheep.ewe_sale_weight_kg: f64, "母羊体重", "Ewe weight", Unit::Kg, 25.0, 80.0,
        "巴音布鲁克羊品种资料：43 公斤", "Bayinbuluk breed page: 43 kg"),
    field!(Intervention(K::Sheep), interventions.sheep.ram_sale_weight_kg: f64, "公羊体重", "Ram weight", Unit::Kg, 40.0, 120.0,
        "巴音布鲁克羊品种资料：70 公斤", "Bayinbuluk breed page: 70 kg"),
    field!(Intervention(K::Sheep), interventions.sheep.price_yuan_per_kg: f64, "活羊价格", "Live sheep price", Unit::YuanPerKg, 10.0, 60.0,
        "农业农村部监测：32.5(2021.7)，29.3(2023上)，24–28(2024–25)", "Ministry monitoring: 32.5 (7/2021), 29.3 (H1 2023), 24–28 (2024–25)"),
    field!(Intervention(K::Sheep), interventions.sheep.breed_premium_pct: f64, "改良羔羊溢价", "Improved lamb premium", Unit::Percent, 0.0, 100.0,
        "假设：15 %(增重与价格)", "Assumption: 15 % (weight and price)"),
    field!(Intervention(K::Sheep), interventions.sheep.feed_vet_yuan_per_head: f64, "每只年饲养防疫费", "Feed and vet per head a year", Unit::YuanPerHead, 0.0, 2_000.0,
        "假设：放牧加冬季补饲 250 元", "Assumption: grazing plus winter feed, 250 yuan"),
    field!(Intervention(K::Sheep), interventions.sheep.lamb_feed_vet_yuan_per_head: f64, "每只羔羊费用", "Cost per lamb", Unit::YuanPerHead, 0.0, 1_000.0,
        "假设：60 元", "Assumption: 60 yuan"),
    field!(Intervention(K::Sheep), interventions.sheep.disaster_year: i32, "灾害年份", "Disaster year", Unit::Year, 2015.0, 2070.0,
        "情景设定", "Scenario setting"),
    field!(Intervention(K::Sheep), interventions.sheep.disaster_mortality_pct: f64, "灾害年死亡率", "Mortality in the disaster year", Unit::Percent, 0.0, 100.0,
        "假设：25 %(雪灾)", "Assumption: 25 % (snow disaster)"),
    // 黄牛冷配 Cattle
    field!(Intervention(K::Cattle), interventions.cattle.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Cattle), interventions.cattle.conception_per_service_pct: f64, "情期受胎率", "Conception per service", Unit::Percent, 10.0, 80.0,
        "小农研究 35 %；常规冻精 30–56 %；默认 45 %", "Smallholder studies 35 %; conventional semen 30–56 %; default 45 %"),
    field!(Intervention(K::Cattle), interventions.cattle.services_per_cow: u32, "每头最多配种次数", "Services per cow", Unit::Count, 1.0, 4.0,
        "假设：2 次，未孕再本交补配", "Assumption: 2, then the local bull"),
    field!(Intervention(K::Cattle), interventions.cattle.natural_calving_rate_pct: f64, "本交产犊率", "Natural calving rate", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
    field!(Intervention(K::Cattle), interventions.cattle.calf_survival_pct: f64, "犊牛成活率", "Calf survival", Unit::Percent, 0.0, 100.0,
        "假设：90 %", "Assumption: 90 %"),
    field!(Intervention(K::Cattle), interventions.cattle.calf_value_yuan: f64, "本地犊牛价", "Local calf value", Unit::YuanPerHead, 0.0, 30_000.0,
        "假设：断奶犊牛 4,000 元", "Assumption: weaned calf 4,000 yuan"),
    field!(Intervention(K::Cattle), interventions.cattle.improved_premium_pct: f64, "改良犊牛溢价", "Improved calf premium", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
    field!(Intervention(K::Cattle), interventions.cattle.ai_cost_yuan_per_service: f64, "每次冷配费用", "Cost per AI service", Unit::YuanPerUnit, 0.0, 1_000.0,
        "假设：冻精与技术员 120 元", "Assumption: semen and technician 120 yuan"),
    field!(Intervention(K::Cattle), interventions.cattle.ai_subsidy_pct: f64, "冷配补贴比例", "AI subsidy share", Unit::Percent, 0.0, 100.0,
        "假设：项目全额承担", "Assumption: the program pays in full"),
    field!(Intervention(K::Cattle), interventions.cattle.extra_feed_yuan_per_calf: f64, "改良犊牛额外饲料", "Extra feed per improved calf", Unit::YuanPerHead, 0.0, 5_000.0,
        "假设：300 元", "Assumption: 300 yuan"),
    // 乡村旅游 Tourism
    field!(Intervention(K::Tourism), interventions.tourism.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Tourism), interventions.tourism.average_gain_yuan: f64, "户均增收", "Average gain per household", Unit::YuanPerYear, 0.0, 50_000.0,
        "尉犁调研：110 余户，户均增收 3,000 元以上", "Yuli survey: 110+ households, 3,000+ yuan each"),
    field!(Intervention(K::Tourism), interventions.tourism.rooms: f64, "客房数", "Rooms", Unit::Count, 0.0, 20.0,
        "假设：2 间", "Assumption: 2 rooms"),
    field!(Intervention(K::Tourism), interventions.tourism.season_nights: f64, "旺季天数", "Season nights", Unit::Nights, 0.0, 365.0,
        "假设：5–9 月约 150 晚", "Assumption: May–September, about 150 nights"),
    field!(Intervention(K::Tourism), interventions.tourism.occupancy_pct: f64, "入住率", "Occupancy", Unit::Percent, 0.0, 100.0,
        "无巴州数据：默认旺季 25 %，关键未知数", "No Bayingolin data: 25 % in season, the key unknown"),
    field!(Intervention(K::Tourism), interventions.tourism.room_price_yuan_per_night: f64, "房价", "Room price", Unit::YuanPerNight, 0.0, 2_000.0,
        "新疆农家民宿：默认 200 元/晚(100–600)", "Xinjiang rural homestays: 200 yuan/night (100–600)"),
    field!(Intervention(K::Tourism), interventions.tourism.catering_share_pct: f64, "餐饮占民宿收入比例", "Catering share of homestay revenue", Unit::Percent, 0.0, 90.0,
        "乌鲁木齐南山案例：65 %", "Urumqi Nanshan case: 65 %"),
    field!(Intervention(K::Tourism), interventions.tourism.operating_cost_pct: f64, "经营成本比例", "Operating cost share", Unit::Percent, 0.0, 100.0,
        "假设：60 %(食材、洗涤、水电)", "Assumption: 60 % (food, laundry, utilities)"),
    field!(Intervention(K::Tourism), interventions.tourism.fixed_cost_yuan_per_year: f64, "固定成本", "Fixed cost a year", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：维修与证照 2,000 元", "Assumption: upkeep and licences 2,000 yuan"),
    field!(Intervention(K::Tourism), interventions.tourism.stall_nights: f64, "摆摊天数", "Stall nights", Unit::Nights, 0.0, 365.0,
        "假设：夜市与节庆 60 晚", "Assumption: night market and festivals, 60 nights"),
    field!(Intervention(K::Tourism), interventions.tourism.stall_net_yuan_per_night: f64, "每晚摊位纯收入", "Stall net per night", Unit::YuanPerNight, 0.0, 2_000.0,
        "假设：80 元", "Assumption: 80 yuan"),
    field!(Intervention(K::Tourism), interventions.tourism.visitor_growth_pct: f64, "客流年增长", "Visitor growth", Unit::Percent, -50.0, 50.0,
        "假设：0，保守", "Assumption: 0, conservative"),
    field!(Intervention(K::Tourism), interventions.tourism.program_support_yuan: f64, "一次性项目投入", "One-off program support", Unit::Yuan, 0.0, 1_000_000.0,
        "调研未报告：默认 0，按实际填写", "Not in the survey: 0 until entered"),
    // 稳岗就业 Jobs
    field!(Intervention(K::Jobs), interventions.jobs.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
    field!(Intervention(K::Jobs), interventions.jobs.trainees_persons: f64, "培训人数", "Trainees", Unit::Persons, 0.0, 10.0,
        "假设：1 人(和静：年收入低于 2 万元者免费培训)", "Assumption: one (Hejing trains those earning < 20,000 yuan free)"),
    field!(Intervention(K::Jobs), interventions.jobs.placement_pct: f64, "就业率", "Placement rate", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
    field!(Intervention(K::Jobs), interventions.jobs.wage_gain_yuan_per_month: f64, "月增收", "Wage gain per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：1,000 元/月", "Assumption: 1,000 yuan/month"),
    field!(Intervention(K::Jobs), interventions.jobs.months_employed: f64, "务工月数", "Months employed", Unit::Months, 0.0, 12.0,
        "假设：10 个月", "Assumption: 10 months"),
    field!(Intervention(K::Jobs), interventions.jobs.training_cost_yuan_per_trainee: f64, "人均培训成本", "Training cost per trainee", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：2,000 元", "Assumption: 2,000 yuan"),
    field!(Intervention(K::Jobs), interventions.jobs.welfare_posts_persons: f64, "公益性岗位人数", "Public-welfare posts", Unit::Persons, 0.0, 5.0,
        "假设：0；尉犁设扶贫特设岗位", "Assumption: 0; Yuli has special public posts"),
    field!(Intervention(K::Jobs), interventions.jobs.welfare_post_wage_yuan_per_month: f64, "岗位月工资", "Post wage per month", Unit::YuanPerMonth, 0.0, 10_000.0,
        "假设：2,000 元/月，按县标准填写", "Assumption: 2,000 yuan/month; enter the county rate"),
    field!(Intervention(K::Jobs), interventions.jobs.welfare_post_months: f64, "岗位月数", "Months in post", Unit::Months, 0.0, 12.0,
        "假设：12 个月", "Assumption: 12 months"),
];

/// Serde path of a module's adoption-by-year list.
pub fn adoption_id(kind: InterventionKind) -> &'static str {
    ADOPTION[kind.index()].id
}

/// Looks a field up by id.
pub fn field(id: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.id == id)
}

/// Checks every field and the cross-field rules. The first problem wins.
pub fn validate(s: &Scenario) -> Result<(), ValidationError> {
    for f in FIELDS {
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
        source: Text::new("", ""),
        get: |_| 0.0,
        set: |_, _| {},
    }
}

/// One per module, in [`InterventionKind::ALL`] order.
static ADOPTION: [FieldSpec; InterventionKind::COUNT] = [
    adoption_spec(
        "interventions.land_transfer.schedule.adoption_pct",
        K::LandTransfer,
    ),
    adoption_spec(
        "interventions.courtyard.schedule.adoption_pct",
        K::Courtyard,
    ),
    adoption_spec("interventions.poultry.schedule.adoption_pct", K::Poultry),
    adoption_spec("interventions.sheep.schedule.adoption_pct", K::Sheep),
    adoption_spec("interventions.cattle.schedule.adoption_pct", K::Cattle),
    adoption_spec("interventions.tourism.schedule.adoption_pct", K::Tourism),
    adoption_spec("interventions.jobs.schedule.adoption_pct", K::Jobs),
];

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

macro_rules! toggle {
    ($section:expr, $($path:ident).+, $zh:literal, $en:literal, $src_zh:literal, $src_en:literal) => {
        ToggleSpec {
            id: stringify!($($path).+),
            section: $section,
            label: Text::new($zh, $en),
            source: Text::new($src_zh, $src_en),
            get: |s: &Scenario| s.$($path).+,
            set: |s: &mut Scenario, v: bool| s.$($path).+ = v,
        }
    };
}

/// Every on/off switch, in form order.
pub static TOGGLES: &[ToggleSpec] = &[
    toggle!(
        Intervention(K::LandTransfer),
        interventions.land_transfer.schedule.enabled,
        "启用土地流转",
        "Use land transfer",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Courtyard),
        interventions.courtyard.schedule.enabled,
        "启用庭院经济",
        "Use courtyard economy",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Poultry),
        interventions.poultry.schedule.enabled,
        "启用鸡苗发放",
        "Use free chicks",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Poultry),
        interventions.poultry.replace_layers,
        "淘汰蛋鸡后自购补栏",
        "Household replaces spent hens",
        "假设：不补栏",
        "Assumption: no replacement"
    ),
    toggle!(
        Intervention(K::Sheep),
        interventions.sheep.schedule.enabled,
        "启用肉羊改良",
        "Use sheep improvement",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Sheep),
        interventions.sheep.allow_breeding_sales,
        "允许出售能繁母羊/种公羊",
        "Allow selling breeding stock",
        "默认不允许：出售不减少基础母羊",
        "Off: sales never shrink the breeding herd"
    ),
    toggle!(
        Intervention(K::Sheep),
        interventions.sheep.disaster_enabled,
        "设定灾害年",
        "Model a disaster year",
        "情景设定：默认无灾",
        "Scenario setting: no disaster by default"
    ),
    toggle!(
        Intervention(K::Cattle),
        interventions.cattle.schedule.enabled,
        "启用黄牛冷配",
        "Use cattle AI",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Tourism),
        interventions.tourism.schedule.enabled,
        "启用乡村旅游",
        "Use rural tourism",
        "默认关闭",
        "Off by default"
    ),
    toggle!(
        Intervention(K::Jobs),
        interventions.jobs.schedule.enabled,
        "启用稳岗就业",
        "Use training and jobs",
        "默认关闭",
        "Off by default"
    ),
];

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
pub static CHOICES: &[ChoiceSpec] = &[
    ChoiceSpec {
        id: "economics.price_basis",
        section: Projection,
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
    },
    ChoiceSpec {
        id: "interventions.tourism.mode",
        section: Intervention(K::Tourism),
        label: Text::new("测算方式", "Method"),
        options: &[
            Text::new("户均增收", "Average gain per household"),
            Text::new(
                "分项测算(民宿、餐饮、摊位)",
                "Itemised (rooms, catering, stalls)",
            ),
        ],
        source: Text::new(
            "尉犁调研只有户均增收 3,000 元",
            "The Yuli survey gives only the 3,000-yuan average gain",
        ),
        get: |s| match s.interventions.tourism.mode {
            TourismMode::AverageGain => 0,
            TourismMode::Itemised => 1,
        },
        set: |s, i| match i {
            0 => s.interventions.tourism.mode = TourismMode::AverageGain,
            1 => s.interventions.tourism.mode = TourismMode::Itemised,
            _ => {}
        },
    },
];

/// Looks a toggle up by id.
pub fn toggle(id: &str) -> Option<&'static ToggleSpec> {
    TOGGLES.iter().find(|t| t.id == id)
}

/// Looks a choice up by id.
pub fn choice(id: &str) -> Option<&'static ChoiceSpec> {
    CHOICES.iter().find(|c| c.id == id)
}
