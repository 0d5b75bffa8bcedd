//! Unit aliases. Amounts are `f64`; the alias and the field name both say the unit,
//! e.g. `rent_yuan_per_mu: YuanPerMu`.

/// Chinese yuan (元), in base-year prices unless a name says otherwise.
pub type Yuan = f64;
/// Yuan per mu (元/亩) per year.
pub type YuanPerMu = f64;
/// Area in mu (亩); 1 mu ≈ 666.7 m².
pub type Mu = f64;
/// Head of livestock or poultry (只 / 头). Fractional in averages and herd projections.
pub type Head = f64;
/// Persons (人). Fractional only in survey averages such as 1.5 freed laborers.
pub type Persons = f64;
/// A percentage, 0–100 (not a fraction).
pub type Percent = f64;
/// Months (月).
pub type Months = f64;
/// Kilograms (公斤).
pub type Kg = f64;

/// The unit a figure is shown in; the UI turns it into 元, 亩, 只 … in the current language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Yuan,
    YuanPerYear,
    YuanPerMu,
    YuanPerMonth,
    YuanPerHead,
    YuanPerKg,
    YuanPerUnit,
    Mu,
    SquareMetre,
    Head,
    Persons,
    Percent,
    Months,
    Years,
    Year,
    Kg,
    Count,
    Nights,
    KgPerMu,
    YuanPerNight,
    /// Per household member a year (元/人).
    YuanPerCapita,
    /// 羊单位: grazing demand relative to one adult ewe (草畜平衡).
    SheepUnits,
    SheepUnitsPerHead,
    YuanPerSheepUnit,
    MonthsPerSheepUnit,
}

impl Unit {
    /// Short unit label, Chinese then English.
    pub fn label(self) -> crate::model::Text {
        use crate::model::Text;
        match self {
            Unit::Yuan => Text::new("元", "yuan"),
            Unit::YuanPerYear => Text::new("元/年", "yuan/yr"),
            Unit::YuanPerMu => Text::new("元/亩", "yuan/mu"),
            Unit::YuanPerMonth => Text::new("元/月", "yuan/month"),
            Unit::YuanPerHead => Text::new("元/头(只)", "yuan/head"),
            Unit::YuanPerKg => Text::new("元/公斤", "yuan/kg"),
            Unit::YuanPerUnit => Text::new("元/个", "yuan/unit"),
            Unit::Mu => Text::new("亩", "mu"),
            Unit::SquareMetre => Text::new("平方米", "m²"),
            Unit::Head => Text::new("头(只)", "head"),
            Unit::Persons => Text::new("人", "persons"),
            Unit::Percent => Text::new("%", "%"),
            Unit::Months => Text::new("月", "months"),
            Unit::Years => Text::new("年", "years"),
            Unit::Year => Text::new("年份", "year"),
            Unit::Kg => Text::new("公斤", "kg"),
            Unit::Count => Text::new("个", "count"),
            Unit::Nights => Text::new("晚", "nights"),
            Unit::KgPerMu => Text::new("公斤/亩", "kg/mu"),
            Unit::YuanPerNight => Text::new("元/晚", "yuan/night"),
            Unit::YuanPerCapita => Text::new("元/人", "yuan/person"),
            Unit::SheepUnits => Text::new("羊单位", "sheep units"),
            Unit::SheepUnitsPerHead => Text::new("羊单位/只", "sheep units/head"),
            Unit::YuanPerSheepUnit => Text::new("元/羊单位", "yuan/sheep unit"),
            Unit::MonthsPerSheepUnit => Text::new("月/羊单位", "months/sheep unit"),
        }
    }
}
