//! Rosters: the villages and households a planner works on, from a monitoring register
//! (`storage::roster_csv`) or as typical households × counts, and how each becomes the model's
//! [`Household`]. Pure Rust like the rest of the model.
//!
//! Personal data: a register row may carry the head's name and ID number (身份证号). They stay in
//! [`Personal`], which no export writes unless asked ([`Roster::without_personal`]), and an ID
//! is shown masked ([`mask_id`]).

pub mod allocate;
pub mod distribution;
pub mod lean;
pub mod plan;
pub mod report;
pub mod risk;
pub mod synthetic;
pub mod tables;
pub mod tiers;

use serde::{Deserialize, Serialize};

use super::household::{BaselineHerd, Household, HouseholdStatus, LaborTime, LandUse};
use super::projection::{project_unchecked, Source};
use super::risk::settings::HealthStatus;
use super::scenario::Scenario;
use super::units::{Head, Mu, Persons, Yuan};

/// Wage income a month of local wage work brings, to turn a register's 工资性收入 into the
/// labor-months it takes (assumption: the model's default household earns 5,000 yuan in 2
/// months).
pub const WAGE_YUAN_PER_MONTH: Yuan = 2_500.0;

/// Most rows a roster may hold (the import refuses more).
pub const MAX_ROSTER_HOUSEHOLDS: usize = 100_000;

/// A township's or county's households, with the villages they live in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Roster {
    /// Village names (村) in the order first met.
    pub villages: Vec<String>,
    pub households: Vec<RosterHousehold>,
}

/// Yearly household net income (元/户·年) by the four official categories
/// (农村居民可支配收入的四项构成), as monitoring registers report it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IncomeByCategory {
    /// 工资性收入.
    pub wages_yuan: Yuan,
    /// 经营性(净)收入: farming, herding, business, net of costs.
    pub business_yuan: Yuan,
    /// 财产性(净)收入: land rent, dividends, interest.
    pub property_yuan: Yuan,
    /// 转移性(净)收入: pensions, subsidies, dibao, eco-compensation.
    pub transfers_yuan: Yuan,
}

impl IncomeByCategory {
    pub fn total_yuan(&self) -> Yuan {
        self.wages_yuan + self.business_yuan + self.property_yuan + self.transfers_yuan
    }
}

/// Name and ID number of the household head. Kept for the planner's own lookups, never
/// exported by default, IDs masked on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Personal {
    /// 户主姓名.
    pub head_name: Option<String>,
    /// 身份证号 (18 characters).
    pub id_number: Option<String>,
}

/// One row of a register (户).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RosterHousehold {
    /// 户编码: unique in a roster.
    pub code: String,
    /// 村.
    pub village: String,
    /// 户类型.
    pub status: HouseholdStatus,
    /// 家庭人口.
    pub members_persons: Persons,
    /// 劳动力.
    pub laborers_persons: Persons,
    /// 耕地面积.
    pub cropland_mu: Mu,
    /// The household's own herd: breeding ewes (能繁母羊), cows (能繁母牛), laying hens (蛋鸡).
    pub ewes_head: Head,
    pub cows_head: Head,
    pub hens_head: Head,
    /// Household net income by category (元/年).
    pub income: IncomeByCategory,
    /// 人均纯收入 as the register states it (元/人·年); `None` when the column is absent. When
    /// the four categories are all zero, this × members is the household's income (see
    /// [`RosterHousehold::to_household`]).
    pub stated_per_capita_yuan: Option<Yuan>,
    /// Members with a chronic illness (慢性病) and with a disability (残疾), for the risk model.
    pub chronic_ill_persons: Persons,
    pub disabled_persons: Persons,
    pub personal: Personal,
}

impl Default for RosterHousehold {
    fn default() -> Self {
        RosterHousehold {
            code: String::new(),
            village: String::new(),
            status: HouseholdStatus::Lifted,
            members_persons: 1.0,
            laborers_persons: 0.0,
            cropland_mu: 0.0,
            ewes_head: 0.0,
            cows_head: 0.0,
            hens_head: 0.0,
            income: IncomeByCategory::default(),
            stated_per_capita_yuan: None,
            chronic_ill_persons: 0.0,
            disabled_persons: 0.0,
            personal: Personal::default(),
        }
    }
}

/// Masks an ID number for display: the first 4 and last 4 characters stay (region and check
/// digits), the rest become `*`. Shorter strings are masked whole.
/// `mask_id("652801199001011234") == "6528**********1234"`.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.trim().chars().collect();
    let n = chars.len();
    if n <= 8 {
        return "*".repeat(n);
    }
    let mut out: String = chars[..4].iter().collect();
    out.push_str(&"*".repeat(n - 8));
    out.extend(&chars[n - 4..]);
    out
}

/// Whether `text` looks like an 18-character resident ID number (17 digits and a digit or X).
pub fn looks_like_id_number(text: &str) -> bool {
    let t = text.trim().as_bytes();
    t.len() == 18
        && t[..17].iter().all(u8::is_ascii_digit)
        && (t[17].is_ascii_digit() || t[17] == b'X' || t[17] == b'x')
}

impl RosterHousehold {
    /// The household's income in the base year (元/户·年): the four categories, or the stated
    /// per capita × members when the categories are all zero.
    pub fn income_total_yuan(&self) -> Yuan {
        let total = self.income.total_yuan();
        match self.stated_per_capita_yuan {
            Some(pc) if self.income == IncomeByCategory::default() => pc * self.members_persons,
            _ => total,
        }
    }

    /// Base-year per-capita income (元/人·年), the figure targeting rules compare.
    pub fn per_capita_yuan(&self) -> Yuan {
        self.income_total_yuan() / self.members_persons
    }

    /// Members' health for the risk model.
    pub fn health(&self) -> HealthStatus {
        HealthStatus {
            chronic_ill_persons: self.chronic_ill_persons,
            disabled_persons: self.disabled_persons,
        }
    }

    /// The model's household for this row, with `template`'s settings (prices, labor
    /// coefficients, herd parameters) — the mapping `docs/model.md` ("Rosters") documents:
    ///
    /// - 工资性 → local wages; its labor-months = wages ÷ [`WAGE_YUAN_PER_MONTH`], at most what
    ///   the laborers have left after farming.
    /// - 经营性 → own farming per mu of cropland, after what the household's own ewes, cows and
    ///   hens earn in the model's baseline (so the herd is not counted twice); kept within the
    ///   field's range, any remainder in "other".
    /// - 财产性 → "other" (the model's baseline has no property source: rent and dividends come
    ///   from interventions).
    /// - 转移性 → pensions (a transfer, like eco-compensation and dibao).
    ///
    /// The base-year household net of the model equals the register's total.
    pub fn to_household(&self, template: &Scenario) -> Household {
        let t = &template.household;
        let farming_months_per_mu = t.labor.farming_months_per_mu;
        let budget = self.laborers_persons * t.labor.months_per_laborer;
        let left = (budget - self.cropland_mu * farming_months_per_mu).max(0.0);
        let unsplit = self.income == IncomeByCategory::default();
        let (wages, business, property, transfers) = if unsplit {
            (0.0, 0.0, self.income_total_yuan(), 0.0)
        } else {
            let i = &self.income;
            (
                i.wages_yuan,
                i.business_yuan,
                i.property_yuan,
                i.transfers_yuan,
            )
        };
        let mut h = Household {
            status: self.status,
            members_persons: self.members_persons,
            laborers_persons: self.laborers_persons,
            land: LandUse {
                cropland_mu: self.cropland_mu,
                orchard_mu: 0.0,
                courtyard_mu: t.land.courtyard_mu,
            },
            income: super::household::BaselineIncome {
                own_farming_net_yuan_per_mu: 0.0,
                orchard_net_yuan_per_mu: 0.0,
                local_wages_yuan: wages,
                migrant_remittances_yuan: 0.0,
                pension_yuan: transfers,
                ecological_compensation_yuan: 0.0,
                dibao_yuan: 0.0,
                other_yuan: property,
            },
            herd: BaselineHerd {
                breeding_ewes_head: self.ewes_head,
                cows_head: self.cows_head,
                laying_hens_head: self.hens_head,
                ..BaselineHerd::default()
            },
            labor: LaborTime {
                local_work_months: (wages / WAGE_YUAN_PER_MONTH).min(left),
                ..t.labor.clone()
            },
        };
        let herd_yuan = if self.ewes_head + self.cows_head + self.hens_head > 0.0 {
            herd_baseline_yuan(template, &h)
        } else {
            0.0
        };
        let farming = business - herd_yuan;
        let per_mu = if self.cropland_mu > 0.0 {
            (farming / self.cropland_mu).clamp(OWN_FARMING_MIN, OWN_FARMING_MAX)
        } else {
            0.0
        };
        h.income.own_farming_net_yuan_per_mu = per_mu;
        h.income.other_yuan += farming - per_mu * self.cropland_mu;
        h
    }

    /// The household as a scenario: `template` with this household and its members' health.
    pub fn to_scenario(&self, template: &Scenario) -> Scenario {
        let mut s = template.clone();
        s.household = self.to_household(template);
        s.risk.health = self.health();
        s
    }
}

/// The accepted range of own-farming net per mu (`household.income.own_farming_net_yuan_per_mu`).
const OWN_FARMING_MIN: Yuan = -500.0;
const OWN_FARMING_MAX: Yuan = 3_000.0;

/// What the household's own ewes, cows and hens earn in the base year of the model's baseline
/// (sheep, cattle and poultry sources, base-year prices), under `template`'s parameters.
pub fn herd_baseline_yuan(template: &Scenario, h: &Household) -> Yuan {
    let mut s = template.clone();
    s.household = h.clone();
    s.horizon.years = 1;
    let p = project_unchecked(&s);
    let r = &p.rows[0];
    (r.baseline_by_source[Source::Sheep]
        + r.baseline_by_source[Source::Cattle]
        + r.baseline_by_source[Source::Poultry])
        / r.price_index
}

impl Roster {
    /// Builds a roster from households, listing their villages in the order first met.
    pub fn from_households(households: Vec<RosterHousehold>) -> Self {
        let mut villages: Vec<String> = Vec::new();
        for h in &households {
            if !villages.contains(&h.village) {
                villages.push(h.village.clone());
            }
        }
        Roster {
            villages,
            households,
        }
    }

    /// The same roster with every name and ID number removed (what exports write by default).
    pub fn without_personal(&self) -> Roster {
        let mut r = self.clone();
        for h in &mut r.households {
            h.personal = Personal::default();
        }
        r
    }

    pub fn persons(&self) -> Persons {
        self.households.iter().map(|h| h.members_persons).sum()
    }

    /// The households as units a plan runs on (one household each).
    pub fn plan_units(&self, template: &Scenario) -> Vec<PlanUnit> {
        self.households
            .iter()
            .map(|h| PlanUnit {
                code: h.code.clone(),
                village: h.village.clone(),
                household: h.to_household(template),
                health: h.health(),
                base_per_capita_yuan: h.per_capita_yuan(),
                count: 1,
            })
            .collect()
    }
}

/// A typical household (典型户) standing for `count` households in each village, for planners
/// without a register.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TypicalHousehold {
    /// The planner's name for the type, e.g. "棉花种植户".
    pub name: String,
    /// The household as a scenario edits it.
    pub household: Household,
    pub health: HealthStatus,
    /// How many such households each village has.
    pub counts: Vec<VillageCount>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VillageCount {
    pub village: String,
    pub households: u32,
}

/// Household types × counts per village.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TypicalRoster {
    pub types: Vec<TypicalHousehold>,
}

impl TypicalRoster {
    pub fn households(&self) -> u64 {
        self.types
            .iter()
            .flat_map(|t| &t.counts)
            .map(|c| c.households as u64)
            .sum()
    }

    /// One unit per type and village with a count above 0. The base-year per capita is the
    /// model's own baseline (it includes what the herd earns).
    pub fn plan_units(&self, template: &Scenario) -> Vec<PlanUnit> {
        let mut out = Vec::new();
        for t in &self.types {
            let mut s = template.clone();
            s.household = t.household.clone();
            s.horizon.years = 1;
            let p = project_unchecked(&s);
            let base_pc = p.rows[0].baseline_per_capita_yuan / p.rows[0].price_index;
            for c in t.counts.iter().filter(|c| c.households > 0) {
                out.push(PlanUnit {
                    code: t.name.clone(),
                    village: c.village.clone(),
                    household: t.household.clone(),
                    health: t.health.clone(),
                    base_per_capita_yuan: base_pc,
                    count: c.households,
                });
            }
        }
        out
    }
}

/// What a plan runs on: one household of a register, or a typical household standing for
/// `count` alike in one village.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanUnit {
    /// 户编码, or the type's name.
    pub code: String,
    pub village: String,
    pub household: Household,
    pub health: HealthStatus,
    /// Base-year per-capita income (元/人, base-year prices), what income rules compare.
    pub base_per_capita_yuan: Yuan,
    pub count: u32,
}
