//! What the county page shows of a plan's run: the totals by year, village and group, and the
//! households still below the line in the chosen year with what holds each back. Plain serde
//! data, so the roster worker sends it to the page as it is; no name or ID number is in it.

use serde::{Deserialize, Serialize};

use super::allocate::{allocate_greedy, Allocation, AllocationStep, PairSpend};
use super::distribution::{per_capita_histogram, Histogram};
use super::plan::{run_plan, still_below_first, Plan, PlanResult, Totals};
use super::tables::{allocation_comparison_table, SheetTable};
use super::tiers::{village_tiers, TierThresholds, VillageTier};
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
    /// The villages' tiers from their base-year figures, and the rule in words; empty when the
    /// base year has no line.
    pub tiers: Vec<VillageTier>,
    pub tier_rule: Option<OwnedText>,
    /// Per-capita income in `year`, with and without the plan, against the line.
    pub histogram: Option<Histogram>,
    /// The greedy allocation of a total budget, when asked, beside the planner's rules.
    pub greedy: Option<GreedyReport>,
}

/// A total budget spent by "most households lifted per 10,000 yuan", step by step, and how it
/// compares with the planner's own rules and budgets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GreedyReport {
    pub budget_yuan: Yuan,
    pub spent_yuan: Yuan,
    /// The year lifts are counted in.
    pub year: i32,
    pub households_lifted: u64,
    pub steps: Vec<AllocationStep>,
    pub by_pair: Vec<PairSpend>,
    pub stop: Option<OwnedText>,
    pub by_year: Vec<Totals>,
    /// Rules and greedy side by side (Chinese and English headers).
    pub comparison_zh: SheetTable,
    pub comparison_en: SheetTable,
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
    /// The head's ID number masked (`mask_id`), for the planner to find the household; set
    /// by whoever holds the register.
    #[serde(default)]
    pub id_masked: Option<String>,
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

/// The greedy allocation of `budget_yuan` for the report's year, compared with `rules` (the
/// plan's own run); with it, the allocation and its result, for exports.
pub fn greedy_report(
    plan: &Plan,
    units: &[PlanUnit],
    rules: &PlanResult,
    budget_yuan: Yuan,
    year: i32,
) -> (GreedyReport, Allocation, PlanResult) {
    let a = allocate_greedy(plan, units, budget_yuan, Some(year));
    let result = a.run(units);
    let names = [
        OwnedText {
            zh: "按规则与各项预算".into(),
            en: "By the rules and budgets".into(),
        },
        OwnedText {
            zh: "按每万元带动越线户数".into(),
            en: "Most lifted per 10,000 yuan".into(),
        },
    ];
    let entries = [(names[0].clone(), rules), (names[1].clone(), &result)];
    let report = GreedyReport {
        budget_yuan,
        spent_yuan: a.spent_yuan,
        year: a.year,
        households_lifted: a.households_lifted,
        steps: a.steps.clone(),
        by_pair: a.by_pair.clone(),
        stop: Some(a.stop.clone()),
        by_year: result.by_year.clone(),
        comparison_zh: allocation_comparison_table(&entries, year, false),
        comparison_en: allocation_comparison_table(&entries, year, true),
    };
    (report, a, result)
}

/// The summary of a plan already run.
pub fn report_of(result: &PlanResult, units: &[PlanUnit], year: Option<i32>) -> CountyReport {
    let last = result.years.last().copied().unwrap_or_default();
    let year = year.filter(|y| result.years.contains(y)).unwrap_or(last);
    let (below, still_below_households) = still_below_first(result, units, year, STILL_BELOW_SHOWN);
    let still_below = below
        .iter()
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
                id_masked: None,
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
        tiers: Vec::new(),
        tier_rule: None,
        histogram: per_capita_histogram(result, year),
        greedy: None,
    }
}

/// The villages' tiers, from the base year's line (none when it has no line).
pub fn tiers_of(
    result: &PlanResult,
    units: &[PlanUnit],
    thresholds: &TierThresholds,
) -> (Vec<VillageTier>, Option<OwnedText>) {
    match result.line_yuan_per_capita.first().copied().flatten() {
        Some(line) => (
            village_tiers(units, line, thresholds),
            Some(thresholds.rule(line)),
        ),
        None => (Vec::new(), None),
    }
}
