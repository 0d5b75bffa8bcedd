//! What the county page shows of a plan's run: the totals by year, village and group, and the
//! households still below the line in the chosen year with what holds each back. Plain serde
//! data, so the roster worker sends it to the page as it is; no name or ID number is in it.

use serde::{Deserialize, Serialize};

use super::plan::{run_plan, still_below, Plan, PlanResult, Totals};
use super::PlanUnit;
use crate::model::household::HouseholdStatus;
use crate::model::interventions::InterventionKind;
use crate::model::text::OwnedText;
use crate::model::units::{Persons, Yuan};

/// Rows of the still-below list the page receives (the rest are counted, and exported whole).
pub const STILL_BELOW_SHOWN: usize = 300;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CountyReport {
    pub years: Vec<i32>,
    pub line_yuan_per_capita: Vec<Option<Yuan>>,
    pub by_year: Vec<Totals>,
    pub by_village: Vec<(String, Vec<Totals>)>,
    pub by_group: Vec<(HouseholdStatus, Vec<Totals>)>,
    /// Per intervention: public money spent over the horizon and its budget, if any.
    pub spent: Vec<SpentRow>,
    /// Interventions someone receives whose public cost is not entered in the template.
    pub cost_not_entered: Vec<InterventionKind>,
    /// The year the still-below list is for.
    pub year: i32,
    pub still_below: Vec<StillBelowRow>,
    /// Households below the line with the plan in `year` (the list may be cut).
    pub still_below_households: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpentRow {
    pub kind: InterventionKind,
    pub spent_yuan: Yuan,
    pub budget_yuan: Option<Yuan>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StillBelowRow {
    pub code: String,
    pub village: String,
    pub group: HouseholdStatus,
    pub count: u32,
    pub members_persons: Persons,
    pub per_capita_yuan: Yuan,
    pub gap_yuan_per_capita: Yuan,
    pub reasons: Vec<OwnedText>,
}

impl CountyReport {
    /// Index of `year` in the horizon.
    pub fn year_index(&self, year: i32) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }
}

/// Runs `plan` on `units` and summarises it for `year` (the last year of the horizon when
/// `year` is outside it).
pub fn county_report(plan: &Plan, units: &[PlanUnit], year: Option<i32>) -> CountyReport {
    let result = run_plan(plan, units);
    report_of(&result, units, year)
}

/// The summary of a plan already run.
pub fn report_of(result: &PlanResult, units: &[PlanUnit], year: Option<i32>) -> CountyReport {
    let last = result.years.last().copied().unwrap_or_default();
    let year = year.filter(|y| result.years.contains(y)).unwrap_or(last);
    let below = still_below(result, units, year);
    let still_below_households = below.iter().map(|b| b.count as u64).sum();
    let still_below = below
        .iter()
        .take(STILL_BELOW_SHOWN)
        .map(|b| {
            let u = &units[result.outcomes[b.outcome].unit];
            StillBelowRow {
                code: b.code.clone(),
                village: b.village.clone(),
                group: u.household.status,
                count: b.count,
                members_persons: u.household.members_persons,
                per_capita_yuan: b.per_capita_yuan,
                gap_yuan_per_capita: b.gap_yuan_per_capita,
                reasons: b.reasons.iter().map(|r| r.message()).collect(),
            }
        })
        .collect();
    CountyReport {
        years: result.years.clone(),
        line_yuan_per_capita: result.line_yuan_per_capita.clone(),
        by_year: result.by_year.clone(),
        by_village: result.by_village.clone(),
        by_group: result.by_group.clone(),
        spent: result
            .spent_yuan
            .iter()
            .map(|&(kind, spent_yuan, budget_yuan)| SpentRow {
                kind,
                spent_yuan,
                budget_yuan,
            })
            .collect(),
        cost_not_entered: result.cost_not_entered.kinds(),
        year,
        still_below,
        still_below_households,
    }
}
