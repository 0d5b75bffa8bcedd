//! The household profile: who lives there, what land and herd they hold, and what they earn
//! before any intervention.

use serde::{Deserialize, Serialize};

use crate::model::fields::{ChoiceSpec, Params, Section};

use super::text::Text;
use super::units::{Head, Months, Mu, Persons, Unit, Yuan, YuanPerMu};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Household {
    /// Where the household stands in dynamic monitoring (防止返贫动态监测).
    pub status: HouseholdStatus,
    /// Household members (人), the divisor of per-capita income.
    pub members_persons: Persons,
    /// Members able to work (劳动力).
    pub laborers_persons: Persons,
    pub land: LandUse,
    pub income: BaselineIncome,
    pub herd: BaselineHerd,
    pub labor: LaborTime,
}

/// The household's working time, the budget every activity draws on (劳动力时间).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LaborTime {
    /// Months a laborer at home can work in a year (劳动月/人·年).
    pub months_per_laborer: Months,
    /// Labor-months a mu of own cropland takes a year (耕种用工).
    pub farming_months_per_mu: Months,
    /// Labor-months of the local wage work behind `income.local_wages_yuan`.
    pub local_work_months: Months,
}

impl Default for LaborTime {
    fn default() -> Self {
        LaborTime {
            months_per_laborer: 10.0,
            farming_months_per_mu: 0.15,
            local_work_months: 2.0,
        }
    }
}

impl Household {
    /// Labor-months the household has in a year.
    pub fn labor_budget_months(&self) -> Months {
        self.laborers_persons * self.labor.months_per_laborer
    }

    /// Labor-months its own farming and baseline wage work take (before any herd).
    pub fn baseline_labor_months(&self) -> Months {
        self.land.cropland_mu * self.labor.farming_months_per_mu + self.labor.local_work_months
    }
}

/// The groups of monitoring registers (户类型). The three kinds of monitored household
/// (监测户) are the ones an anti-relapse programme targets first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HouseholdStatus {
    /// 脱贫户: lifted out of poverty, stable.
    Lifted,
    /// 脱贫不稳定户: lifted, at risk of falling back (monitored).
    LiftedUnstable,
    /// 边缘易致贫户: near the line, at risk of falling into poverty (monitored).
    Marginal,
    /// 突发严重困难户: hit by a sudden hardship (monitored).
    SuddenHardship,
    /// 一般户: any other household.
    Ordinary,
}

impl HouseholdStatus {
    pub const ALL: [HouseholdStatus; 5] = [
        HouseholdStatus::Lifted,
        HouseholdStatus::LiftedUnstable,
        HouseholdStatus::Marginal,
        HouseholdStatus::SuddenHardship,
        HouseholdStatus::Ordinary,
    ];

    pub const fn name(self) -> Text {
        match self {
            HouseholdStatus::Lifted => Text::new("脱贫户", "Lifted out of poverty"),
            HouseholdStatus::LiftedUnstable => {
                Text::new("脱贫不稳定户(监测户)", "Lifted but unstable (monitored)")
            }
            HouseholdStatus::Marginal => {
                Text::new("边缘易致贫户(监测户)", "Near the line, at risk (monitored)")
            }
            HouseholdStatus::SuddenHardship => Text::new(
                "突发严重困难户(监测户)",
                "Sudden severe hardship (monitored)",
            ),
            HouseholdStatus::Ordinary => Text::new("一般户", "Other household"),
        }
    }

    /// One of the three kinds of monitored household (监测户).
    pub fn is_monitored(self) -> bool {
        matches!(
            self,
            HouseholdStatus::LiftedUnstable
                | HouseholdStatus::Marginal
                | HouseholdStatus::SuddenHardship
        )
    }
}

/// Land by use, in mu.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LandUse {
    /// Contracted cropland farmed by the household itself (耕地).
    pub cropland_mu: Mu,
    /// Orchard / forest-fruit land (林果地).
    pub orchard_mu: Mu,
    /// Courtyard (庭院) area usable for vegetables, fruit and poultry.
    pub courtyard_mu: Mu,
}

/// Yearly net income by source before any intervention, base-year prices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BaselineIncome {
    /// Net income from own farming per mu of cropland (种植业纯收入/亩).
    pub own_farming_net_yuan_per_mu: YuanPerMu,
    /// Net income from orchard land per mu.
    pub orchard_net_yuan_per_mu: YuanPerMu,
    /// Local wage income of the whole household (本地务工).
    pub local_wages_yuan: Yuan,
    /// Remittances from migrant work (外出务工).
    pub migrant_remittances_yuan: Yuan,
    /// Pensions (养老金).
    pub pension_yuan: Yuan,
    /// Ecological compensation (生态补偿, e.g. grassland subsidies).
    pub ecological_compensation_yuan: Yuan,
    /// Minimum living allowance (低保).
    pub dibao_yuan: Yuan,
    /// Anything else (其他).
    pub other_yuan: Yuan,
}

/// Livestock the household already keeps; the livestock modules start from it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BaselineHerd {
    pub breeding_ewes_head: Head,
    pub rams_head: Head,
    pub yearlings_head: Head,
    pub lambs_head: Head,
    pub cows_head: Head,
    pub laying_hens_head: Head,
}

impl Default for Household {
    /// A household under dynamic monitoring (边缘易致贫户) in the survey area: 3.26 persons (the
    /// Xinjiang census average, parameters.md) and the Yuli average of 21.1 mu; income by
    /// source is assumed (docs/model.md) and comes to about 7,500 yuan per capita, under the
    /// 2025 monitoring-line placeholder of 7,900 — the households planners model first. The
    /// survey's 2020 average for all lifted households, 17,981, is well above it.
    fn default() -> Self {
        Household {
            status: HouseholdStatus::Marginal,
            members_persons: 3.26,
            laborers_persons: 2.0,
            land: LandUse::default(),
            income: BaselineIncome::default(),
            herd: BaselineHerd::default(),
            labor: LaborTime::default(),
        }
    }
}

impl Default for LandUse {
    fn default() -> Self {
        LandUse {
            cropland_mu: 21.1,
            orchard_mu: 0.0,
            courtyard_mu: 0.5,
        }
    }
}

impl Default for BaselineIncome {
    fn default() -> Self {
        BaselineIncome {
            own_farming_net_yuan_per_mu: 600.0,
            orchard_net_yuan_per_mu: 0.0,
            local_wages_yuan: 5_000.0,
            migrant_remittances_yuan: 2_000.0,
            pension_yuan: 2_400.0,
            ecological_compensation_yuan: 1_500.0,
            dibao_yuan: 0.0,
            other_yuan: 1_000.0,
        }
    }
}

impl Default for BaselineHerd {
    fn default() -> Self {
        BaselineHerd {
            breeding_ewes_head: 0.0,
            rams_head: 0.0,
            yearlings_head: 0.0,
            lambs_head: 0.0,
            cows_head: 0.0,
            laying_hens_head: 0.0,
        }
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Household, household.members_persons: f64, "家庭人口", "Household members", Unit::Persons, 1.0, 15.0,
        "新疆普查户均 3.26 人(2010)；两县 2020 年 2.62 与 3.32 人。按本户实际人数填写", "Xinjiang census 3.26 a household (2010); two counties 2020: 2.62 and 3.32. Enter the household's own")
            .documented(1.0, 10.0, Text::new("参数表：1–10 人(新疆普查 3.26；两县 2.62、3.32)", "parameters.md: 1–10 persons (Xinjiang census 3.26; two counties 2.62 and 3.32)")),
        field!(Section::Household, household.laborers_persons: f64, "在家劳动力", "Laborers at home", Unit::Persons, 0.0, 10.0,
        "假设：户均 2 个劳动力", "Assumption: 2 laborers per household"),
        field!(Section::Household, household.land.cropland_mu: f64, "耕地面积", "Cropland", Unit::Mu, 0.0, 500.0,
        "尉犁调研：2.66 万亩 ÷ 1,260 户 = 21.1 亩", "Yuli survey: 26,600 mu ÷ 1,260 households = 21.1 mu"),
        field!(Section::Household, household.land.orchard_mu: f64, "林果地面积", "Orchard land", Unit::Mu, 0.0, 200.0,
        "假设：0 亩，按本户填写", "Assumption: none; enter the household's own"),
        field!(Section::Household, household.land.courtyard_mu: f64, "庭院面积", "Courtyard area", Unit::Mu, 0.0, 10.0,
        "假设：0.5 亩", "Assumption: 0.5 mu"),
        field!(Section::Household, household.herd.breeding_ewes_head: f64, "能繁母羊", "Breeding ewes", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.herd.rams_head: f64, "种公羊", "Rams", Unit::Head, 0.0, 200.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.herd.yearlings_head: f64, "育成羊(周岁)", "Yearlings", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.herd.lambs_head: f64, "羔羊(留养)", "Lambs kept", Unit::Head, 0.0, 2_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.herd.cows_head: f64, "能繁母牛", "Cows", Unit::Head, 0.0, 500.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.herd.laying_hens_head: f64, "原有蛋鸡", "Laying hens already kept", Unit::Head, 0.0, 5_000.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(Section::Household, household.labor.months_per_laborer: f64, "每个劳动力年工作月数", "Working months per laborer a year", Unit::Months, 0.0, 12.0,
        "假设：10 个月(扣除农闲与节假)", "Assumption: 10 months (less slack season and holidays)"),
        field!(Section::Household, household.labor.farming_months_per_mu: f64, "每亩耕地年用工", "Labor per mu of own cropland a year", Unit::Months, 0.0, 3.0,
        "假设：0.15 个劳动月/亩(机采棉区)", "Assumption: 0.15 labor-months per mu (mechanised cotton)"),
        field!(Section::Household, household.labor.local_work_months: f64, "本地务工月数(基线)", "Months of local wage work (baseline)", Unit::Months, 0.0, 60.0,
        "假设：2 个月，对应 5,000 元本地务工收入", "Assumption: 2 months, behind the 5,000 yuan of local wages"),
        field!(Section::Income, household.income.own_farming_net_yuan_per_mu: f64, "每亩种植纯收入", "Own-farming net per mu", Unit::YuanPerMu, -500.0, 3_000.0,
        "伽师县报告 2021：≤1,000 元/亩；默认 600", "Jiashi county report 2021: ≤ 1,000 yuan/mu; default 600")
            .documented(300.0, 1200.0, Text::new("参数表：300–1,200 元/亩(伽师县报告 2021)", "parameters.md: 300–1,200 yuan/mu (Jiashi county report 2021)")),
        field!(Section::Income, household.income.orchard_net_yuan_per_mu: f64, "每亩林果纯收入", "Orchard net per mu", Unit::YuanPerMu, -500.0, 10_000.0,
        "假设：按本户填写", "Assumption: enter the household's own"),
        field!(Section::Income, household.income.local_wages_yuan: f64, "本地务工收入", "Local wage income", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：监测户，人均纯收入约 7,500 元", "Assumption: a monitored household, about 7,500 yuan per capita"),
        field!(Section::Income, household.income.migrant_remittances_yuan: f64, "外出务工收入", "Migrant remittances", Unit::YuanPerYear, 0.0, 500_000.0,
        "假设：监测户，人均纯收入约 7,500 元", "Assumption: a monitored household, about 7,500 yuan per capita"),
        field!(Section::Income, household.income.pension_yuan: f64, "养老金", "Pensions", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：一位老人城乡居民基础养老金约 200 元/月", "Assumption: one elder's basic rural pension, about 200 yuan/month"),
        field!(Section::Income, household.income.ecological_compensation_yuan: f64, "生态补偿", "Ecological compensation", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：草原生态补奖", "Assumption: grassland ecological subsidy"),
        field!(Section::Income, household.income.dibao_yuan: f64, "低保金", "Minimum living allowance (dibao)", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：非低保户", "Assumption: not a dibao household"),
        field!(Section::Income, household.income.other_yuan: f64, "其他收入", "Other income", Unit::YuanPerYear, -100_000.0, 500_000.0,
        "假设", "Assumption"),
    ],
    toggles: &[],
    choices: &[ChoiceSpec {
        id: "household.status",
        section: Section::Household,
        label: Text::new("户类型", "Household type"),
        options: &[
            HouseholdStatus::Lifted.name(),
            HouseholdStatus::LiftedUnstable.name(),
            HouseholdStatus::Marginal.name(),
            HouseholdStatus::SuddenHardship.name(),
            HouseholdStatus::Ordinary.name(),
        ],
        source: Text::new(
            "默认边缘易致贫户：人均收入低于监测线的监测户",
            "Default: near the line (monitored), income under the monitoring line",
        ),
        get: |s| {
            HouseholdStatus::ALL
                .iter()
                .position(|&x| x == s.household.status)
                .unwrap_or(0)
        },
        set: |s, i| {
            if let Some(&x) = HouseholdStatus::ALL.get(i) {
                s.household.status = x;
            }
        },
    }],
};
