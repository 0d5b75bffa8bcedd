//! The household profile: who lives there, what land and herd they hold, and what they earn
//! before any intervention.

use serde::{Deserialize, Serialize};

use super::units::{Head, Mu, Persons, Yuan, YuanPerMu};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Household {
    /// Household members (人), the divisor of per-capita income.
    pub members_persons: Persons,
    /// Members able to work (劳动力).
    pub laborers_persons: Persons,
    pub land: LandUse,
    pub income: BaselineIncome,
    pub herd: BaselineHerd,
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
    /// A household under dynamic monitoring (防止返贫监测户) in the survey area: 3.5 persons
    /// (parameters.md) and the Yuli average of 21.1 mu; income by source is assumed
    /// (docs/model.md) and comes to about 7,000 yuan per capita, just under the 2025
    /// monitoring-line placeholder of 7,900 — the households planners model first. The survey's
    /// 2020 average for all lifted households, 17,981, is well above it.
    fn default() -> Self {
        Household {
            members_persons: 3.5,
            laborers_persons: 2.0,
            land: LandUse::default(),
            income: BaselineIncome::default(),
            herd: BaselineHerd::default(),
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
