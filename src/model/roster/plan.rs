//! A plan applied to a roster: the template's interventions (with their settings) for every
//! household that the targeting rules admit and the budget reaches, each household projected
//! with and without the plan, and the totals by year, village and group.
//!
//! One projection per household serves both paths: the projection's baseline is the household
//! without the plan. Households the budget leaves out of an intervention are projected again
//! without it (program costs of one intervention do not depend on the others, so the budget
//! can be allotted from the first projection).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::lean::{LeanProjector, LeanYear};
use super::PlanUnit;
use crate::model::household::HouseholdStatus;
use crate::model::interventions::InterventionKind;
use crate::model::scenario::Scenario;
use crate::model::text::{OwnedText, Text};
use crate::model::units::{Head, Mu, Persons, Yuan};

/// One condition a household must meet to receive an intervention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// The household's type (户类型) is one of these.
    StatusIn { statuses: Vec<HouseholdStatus> },
    /// One of the three kinds of monitored household (监测户).
    Monitored,
    /// Base-year per-capita income below this level (元/人).
    PerCapitaBelow { per_capita_yuan: Yuan },
    /// At least this much cropland (亩).
    CroplandAtLeast { cropland_mu: Mu },
    /// At least one laborer at home.
    HasLaborer,
    /// Already keeps at least this many breeding ewes.
    EwesAtLeast { ewes_head: Head },
    /// Already keeps at least this many cows.
    CowsAtLeast { cows_head: Head },
    /// Lives in one of these villages.
    VillageIn { villages: Vec<String> },
}

impl Rule {
    pub fn admits(&self, u: &PlanUnit) -> bool {
        let h = &u.household;
        match self {
            Rule::StatusIn { statuses } => statuses.contains(&h.status),
            Rule::Monitored => h.status.is_monitored(),
            Rule::PerCapitaBelow { per_capita_yuan } => u.base_per_capita_yuan < *per_capita_yuan,
            Rule::CroplandAtLeast { cropland_mu } => h.land.cropland_mu >= *cropland_mu,
            Rule::HasLaborer => h.laborers_persons > 0.0,
            Rule::EwesAtLeast { ewes_head } => h.herd.breeding_ewes_head >= *ewes_head,
            Rule::CowsAtLeast { cows_head } => h.herd.cows_head >= *cows_head,
            Rule::VillageIn { villages } => villages.contains(&u.village),
        }
    }
}

/// Who receives one intervention and how much may be spent on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Targeting {
    pub kind: InterventionKind,
    /// Every rule must hold (none: every household).
    pub rules: Vec<Rule>,
    /// Public money for this intervention over the horizon (元, the projection's prices,
    /// undiscounted); `None`: no limit.
    pub budget_yuan: Option<Yuan>,
}

impl Default for Targeting {
    fn default() -> Self {
        Targeting {
            kind: InterventionKind::LandTransfer,
            rules: Vec::new(),
            budget_yuan: None,
        }
    }
}

/// A scenario template (its interventions on, with their settings) and the targeting of each.
/// An intervention on in the template with no targeting reaches every household.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub template: Scenario,
    pub targeting: Vec<Targeting>,
}

/// How many households of one unit receive one intervention under an explicit allocation
/// ([`run_plan_admitted`], made e.g. by [`super::allocate::allocate_greedy`]).
/// A unit is named by its code and village (a register's 户编码 is unique; a typical household's
/// name is unique within a village). The rules still apply: a unit they refuse receives nothing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Admission {
    pub kind: InterventionKind,
    pub code: String,
    pub village: String,
    pub households: u32,
}

impl Plan {
    fn targeting(&self, kind: InterventionKind) -> Option<&Targeting> {
        self.targeting.iter().find(|t| t.kind == kind)
    }

    /// Whether `u` meets every rule of `kind` (true when the template has no targeting for it).
    pub fn eligible(&self, kind: InterventionKind, u: &PlanUnit) -> bool {
        self.targeting(kind)
            .is_none_or(|t| t.rules.iter().all(|r| r.admits(u)))
    }
}

/// A set of interventions as bits (bit = `InterventionKind::index`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct KindSet(pub u16);

impl KindSet {
    pub fn contains(self, k: InterventionKind) -> bool {
        self.0 & (1 << k.index()) != 0
    }
    pub fn insert(&mut self, k: InterventionKind) {
        self.0 |= 1 << k.index();
    }
    pub fn remove(&mut self, k: InterventionKind) {
        self.0 &= !(1 << k.index());
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn kinds(self) -> Vec<InterventionKind> {
        self.iter().collect()
    }
    /// The kinds in the set, in [`InterventionKind::ALL`] order, without allocating.
    pub fn iter(self) -> impl Iterator<Item = InterventionKind> {
        InterventionKind::ALL
            .into_iter()
            .filter(move |&k| self.contains(k))
    }
}

/// The households of one unit that share one outcome (a unit splits when the budget reaches
/// only some of its households).
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Index into the units the plan ran on.
    pub unit: usize,
    pub count: u32,
    /// Interventions the household receives.
    pub received: KindSet,
    /// On in the template but the rules leave the household out.
    pub not_eligible: KindSet,
    /// Eligible, but the budget ran out before the household.
    pub over_budget: KindSet,
    /// Per household, by year: per-capita income with and without the plan, public cost.
    pub per_capita_yuan: Vec<Yuan>,
    pub baseline_per_capita_yuan: Vec<Yuan>,
    pub program_cost_yuan: Vec<Yuan>,
    /// By year: the interventions the labor rule cut (the household lacks the labor-months).
    pub labor_cut: Vec<KindSet>,
}

/// Totals for one year (of a village, a group, or everyone).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub households: u64,
    pub persons: Persons,
    pub households_below_without: u64,
    pub households_below_with: u64,
    pub persons_below_without: Persons,
    pub persons_below_with: Persons,
    /// Below the line without the plan, at or above it with the plan.
    pub households_lifted: u64,
    /// Public cost in the year (元, the projection's prices).
    pub public_cost_yuan: Yuan,
    /// Public cost from the first year to this one.
    pub cumulative_public_cost_yuan: Yuan,
}

impl Totals {
    /// Public cost to date ÷ households lifted in the year; `None` when none is lifted.
    pub fn cost_per_household_lifted_yuan(&self) -> Option<Yuan> {
        (self.households_lifted > 0)
            .then(|| self.cumulative_public_cost_yuan / self.households_lifted as f64)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanResult {
    pub years: Vec<i32>,
    /// The monitoring line per capita by year (the template's, in its price basis).
    pub line_yuan_per_capita: Vec<Option<Yuan>>,
    pub outcomes: Vec<Outcome>,
    pub by_year: Vec<Totals>,
    /// By village in the order first met in the units; each by year.
    pub by_village: Vec<(String, Vec<Totals>)>,
    /// By household type, in [`HouseholdStatus::ALL`] order, types with no household left out.
    pub by_group: Vec<(HouseholdStatus, Vec<Totals>)>,
    /// Public money spent per intervention over the horizon (元) and what is left of its budget.
    pub spent_yuan: Vec<(InterventionKind, Yuan, Option<Yuan>)>,
    /// Interventions received by someone whose public cost is not entered (left out of costs).
    pub cost_not_entered: KindSet,
}

/// Applies `plan` to `units`: eligibility, the budget (neediest first: lowest base-year per
/// capita, then the units' order), one projection per outcome, and the totals.
///
/// One pass over the units in order of need: each unit's modules run once with everything it is
/// eligible for ([`LeanProjector`]), which prices each intervention for it; every budget then
/// admits as many of its households as the money left pays for (the budgets are independent of
/// one another, so taking them unit by unit gives what taking them intervention by intervention
/// would); and each outcome — a unit's households that receive the same interventions — is
/// combined from that one module run.
pub fn run_plan(plan: &Plan, units: &[PlanUnit]) -> PlanResult {
    run_plan_admitted(plan, units, None)
}

/// As [`run_plan`], but with `admissions` (when given) deciding who receives what in place of
/// the budgets: a unit receives an intervention for the listed number of its households (at
/// most its count; unlisted: none), if the rules admit it. The budgets are not applied, and
/// [`PlanResult::spent_yuan`] still names them for comparison.
pub fn run_plan_admitted(
    plan: &Plan,
    units: &[PlanUnit],
    admissions: Option<&[Admission]>,
) -> PlanResult {
    let template = &plan.template;
    let mut on = KindSet::default();
    for k in InterventionKind::ALL {
        if template.interventions.schedule(k).enabled {
            on.insert(k);
        }
    }
    let mut projector = LeanProjector::new(template);
    let mut years_buf: Vec<LeanYear> = Vec::with_capacity(projector.years());

    // Money left per intervention (`None`: no budget).
    let mut left: [Option<Yuan>; InterventionKind::COUNT] = [None; InterventionKind::COUNT];
    for t in plan.targeting.iter().filter(|t| on.contains(t.kind)) {
        if let Some(b) = t.budget_yuan {
            left[t.kind.index()].get_or_insert(b);
        }
    }
    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|&a, &b| {
        units[a]
            .base_per_capita_yuan
            .total_cmp(&units[b].base_per_capita_yuan)
    });
    // An explicit allocation: the listed households of each unit, nobody else; no budget.
    let given: Option<HashMap<(InterventionKind, &str, &str), u32>> = admissions.map(|list| {
        let mut given = HashMap::new();
        for a in list {
            *given
                .entry((a.kind, a.code.as_str(), a.village.as_str()))
                .or_default() += a.households;
        }
        given
    });
    let not_entered = costs_not_entered(template);
    let mut cost_not_entered = KindSet::default();
    // Per unit: what it is eligible for, each intervention's public cost for one household, how
    // many of its households receive each, and its outcomes.
    let mut eligible_of = vec![KindSet::default(); units.len()];
    let mut cost_of = vec![[0.0; InterventionKind::COUNT]; units.len()];
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(units.len());
    let mut admitted = [0u32; InterventionKind::COUNT];
    for &i in &order {
        let u = &units[i];
        let mut eligible = KindSet::default();
        let mut not_eligible = KindSet::default();
        for k in on.iter() {
            if plan.eligible(k, u) {
                eligible.insert(k);
            } else {
                not_eligible.insert(k);
            }
        }
        projector.run_modules(&u.household, eligible);
        for k in eligible.iter() {
            let c = projector.program_cost_yuan(k);
            cost_of[i][k.index()] = c;
            if let Some(given) = &given {
                admitted[k.index()] = given
                    .get(&(k, u.code.as_str(), u.village.as_str()))
                    .copied()
                    .unwrap_or(0)
                    .min(u.count);
                continue;
            }
            admitted[k.index()] = match &mut left[k.index()] {
                None => u.count,
                Some(_) if c <= 0.0 => u.count,
                Some(left) => {
                    let n = ((*left / c + 1e-9).floor().max(0.0) as u32).min(u.count);
                    *left -= n as f64 * c;
                    n
                }
            };
        }
        eligible_of[i] = eligible;

        // Split the unit where a budget reached only some of its households.
        let mut cuts = [0u32; InterventionKind::COUNT + 2];
        let mut n_cuts = 0;
        for c in eligible
            .iter()
            .map(|k| admitted[k.index()])
            .filter(|&n| n < u.count)
            .chain([0, u.count])
        {
            cuts[n_cuts] = c;
            n_cuts += 1;
        }
        let cuts = &mut cuts[..n_cuts];
        cuts.sort_unstable();
        let mut kept = 1;
        for j in 1..cuts.len() {
            if cuts[j] != cuts[kept - 1] {
                cuts[kept] = cuts[j];
                kept += 1;
            }
        }
        for w in cuts[..kept].windows(2) {
            let (from, to) = (w[0], w[1]);
            let mut received = eligible;
            let mut over = KindSet::default();
            for k in eligible.iter() {
                if admitted[k.index()] <= from {
                    received.remove(k);
                    over.insert(k);
                }
            }
            cost_not_entered.0 |= received.0 & not_entered.0;
            projector.combine(received, &mut years_buf);
            outcomes.push(outcome_of(
                i,
                to - from,
                received,
                not_eligible,
                over,
                &years_buf,
            ));
        }
        for k in eligible.iter() {
            cost_of[i][k.index()] *= admitted[k.index()] as f64;
        }
    }
    // Public money spent per intervention, summed in the units' order.
    let spent: Vec<(InterventionKind, Yuan, Option<Yuan>)> = on
        .kinds()
        .into_iter()
        .map(|k| {
            let s = eligible_of
                .iter()
                .zip(&cost_of)
                .filter(|(e, _)| e.contains(k))
                .map(|(_, c)| c[k.index()])
                .sum();
            (k, s, plan.targeting(k).and_then(|t| t.budget_yuan))
        })
        .collect();
    // In the units' order (a unit's outcomes stay in the order made).
    outcomes.sort_by_key(|o| o.unit);

    let years: Vec<i32> = (0..template.horizon.years as usize)
        .map(|i| template.horizon.year_of(i))
        .collect();
    let line: Vec<Option<Yuan>> = projector.line_yuan_per_capita().to_vec();
    let (by_year, by_village, by_group) = aggregate(units, &outcomes, &line);
    PlanResult {
        years,
        line_yuan_per_capita: line,
        outcomes,
        by_year,
        by_village,
        by_group,
        spent_yuan: spent,
        cost_not_entered,
    }
}

/// The interventions on in `template` with a public cost left empty ("not entered"): the
/// projection's `Notice::CostNotEntered`, which depends on the template only.
pub fn costs_not_entered(template: &Scenario) -> KindSet {
    let mut out = KindSet::default();
    for k in InterventionKind::ALL {
        if template.interventions.schedule(k).enabled
            && k.params()
                .fields
                .iter()
                .filter(|f| f.optional)
                .any(|f| f.is_not_entered((f.get)(template)))
        {
            out.insert(k);
        }
    }
    out
}

fn outcome_of(
    unit: usize,
    count: u32,
    received: KindSet,
    not_eligible: KindSet,
    over_budget: KindSet,
    years: &[LeanYear],
) -> Outcome {
    Outcome {
        unit,
        count,
        received,
        not_eligible,
        over_budget,
        per_capita_yuan: years.iter().map(|y| y.per_capita_yuan).collect(),
        baseline_per_capita_yuan: years.iter().map(|y| y.baseline_per_capita_yuan).collect(),
        program_cost_yuan: years.iter().map(|y| y.program_cost_yuan).collect(),
        labor_cut: years
            .iter()
            .map(|y| {
                let mut s = KindSet::default();
                for k in InterventionKind::ALL {
                    if y.kept_share[k] < 1.0 - 1e-9 {
                        s.insert(k);
                    }
                }
                s
            })
            .collect(),
    }
}

type Aggregates = (
    Vec<Totals>,
    Vec<(String, Vec<Totals>)>,
    Vec<(HouseholdStatus, Vec<Totals>)>,
);

fn aggregate(units: &[PlanUnit], outcomes: &[Outcome], line: &[Option<Yuan>]) -> Aggregates {
    let n = line.len();
    let mut by_year = vec![Totals::default(); n];
    let mut village_index: HashMap<&str, usize> = HashMap::new();
    let mut by_village: Vec<(String, Vec<Totals>)> = Vec::new();
    for u in units {
        village_index.entry(&u.village).or_insert_with(|| {
            by_village.push((u.village.clone(), vec![Totals::default(); n]));
            by_village.len() - 1
        });
    }
    let mut by_group: Vec<Vec<Totals>> =
        vec![vec![Totals::default(); n]; HouseholdStatus::ALL.len()];
    for o in outcomes {
        let u = &units[o.unit];
        let v = village_index[u.village.as_str()];
        let g = HouseholdStatus::ALL
            .iter()
            .position(|&s| s == u.household.status)
            .unwrap_or(0);
        let count = o.count as u64;
        let persons = u.household.members_persons * o.count as f64;
        for t in 0..n {
            let below = |pc: Yuan| line[t].is_some_and(|l| pc < l);
            let without = below(o.baseline_per_capita_yuan[t]);
            let with = below(o.per_capita_yuan[t]);
            let cost = o.program_cost_yuan[t] * o.count as f64;
            for tot in [
                &mut by_year[t],
                &mut by_village[v].1[t],
                &mut by_group[g][t],
            ] {
                tot.households += count;
                tot.persons += persons;
                if without {
                    tot.households_below_without += count;
                    tot.persons_below_without += persons;
                }
                if with {
                    tot.households_below_with += count;
                    tot.persons_below_with += persons;
                }
                if without && !with {
                    tot.households_lifted += count;
                }
                tot.public_cost_yuan += cost;
            }
        }
    }
    let cumulate = |rows: &mut Vec<Totals>| {
        let mut c = 0.0;
        for r in rows {
            c += r.public_cost_yuan;
            r.cumulative_public_cost_yuan = c;
        }
    };
    cumulate(&mut by_year);
    by_village.iter_mut().for_each(|(_, r)| cumulate(r));
    by_group.iter_mut().for_each(cumulate);
    let by_group = HouseholdStatus::ALL
        .into_iter()
        .zip(by_group)
        .filter(|(_, r)| r.first().is_some_and(|t| t.households > 0))
        .collect();
    (by_year, by_village, by_group)
}

/// Why a household is still below the line in a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoldBack {
    /// No laborer at home.
    NoLaborer,
    /// No cropland.
    NoLand,
    /// Interventions of the plan its rules leave the household out of.
    NotEligible(Vec<InterventionKind>),
    /// Interventions it is eligible for that the budget did not reach.
    OverBudget(Vec<InterventionKind>),
    /// Interventions it receives but lacks the labor-months for (cut by the labor rule).
    LaborShort(Vec<InterventionKind>),
    /// It receives the plan, but the gain does not reach the line (or has not started).
    GainTooSmall,
}

impl HoldBack {
    /// Chinese and English.
    pub fn message(&self) -> OwnedText {
        let names = |ks: &[InterventionKind], en: bool| {
            ks.iter()
                .map(|k| k.name().get(en))
                .collect::<Vec<_>>()
                .join(if en { ", " } else { "、" })
        };
        let t = |zh: String, en: String| OwnedText { zh, en };
        match self {
            HoldBack::NoLaborer => Text::new("无劳动力", "No laborer at home").into(),
            HoldBack::NoLand => Text::new("无耕地", "No cropland").into(),
            HoldBack::NotEligible(ks) => t(
                format!("不符合条件：{}", names(ks, false)),
                format!("Not eligible: {}", names(ks, true)),
            ),
            HoldBack::OverBudget(ks) => t(
                format!("超出预算：{}", names(ks, false)),
                format!("Over budget: {}", names(ks, true)),
            ),
            HoldBack::LaborShort(ks) => t(
                format!("劳动力不足：{}", names(ks, false)),
                format!("Short of labor: {}", names(ks, true)),
            ),
            HoldBack::GainTooSmall => Text::new(
                "已享受帮扶，但增收不足以超过监测线",
                "Receives the plan, but the gain does not reach the line",
            )
            .into(),
        }
    }
}

/// A household (or a unit's households) still below the line in a year, with what holds it
/// back. No name or ID: the code and village only.
#[derive(Clone, Debug, PartialEq)]
pub struct StillBelow {
    pub outcome: usize,
    pub code: String,
    pub village: String,
    pub count: u32,
    pub per_capita_yuan: Yuan,
    /// Per-capita income minus the line (negative).
    pub gap_yuan_per_capita: Yuan,
    pub reasons: Vec<HoldBack>,
}

/// The households below the line with the plan in `year`, poorest first.
pub fn still_below(result: &PlanResult, units: &[PlanUnit], year: i32) -> Vec<StillBelow> {
    still_below_first(result, units, year, usize::MAX).0
}

/// The first `limit` of [`still_below`] (the furthest below), and how many households are below
/// in all: the page lists a few hundred of a county's thousands, and working out what holds
/// back every one of them would be wasted.
pub fn still_below_first(
    result: &PlanResult,
    units: &[PlanUnit],
    year: i32,
    limit: usize,
) -> (Vec<StillBelow>, u64) {
    let Some(t) = result.years.iter().position(|&y| y == year) else {
        return (Vec::new(), 0);
    };
    let Some(line) = result.line_yuan_per_capita[t] else {
        return (Vec::new(), 0);
    };
    let mut below: Vec<(usize, Yuan)> = result
        .outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| o.per_capita_yuan[t] < line)
        .map(|(i, o)| (i, o.per_capita_yuan[t] - line))
        .collect();
    let households = below
        .iter()
        .map(|&(i, _)| result.outcomes[i].count as u64)
        .sum();
    // Stable, so equal gaps keep the outcomes' order.
    below.sort_by(|a, b| a.1.total_cmp(&b.1));
    let out = below
        .into_iter()
        .take(limit)
        .map(|(i, gap)| {
            let o = &result.outcomes[i];
            let u = &units[o.unit];
            let mut reasons = Vec::new();
            if u.household.laborers_persons <= 0.0 {
                reasons.push(HoldBack::NoLaborer);
            }
            if u.household.land.cropland_mu <= 0.0 {
                reasons.push(HoldBack::NoLand);
            }
            if !o.not_eligible.is_empty() {
                reasons.push(HoldBack::NotEligible(o.not_eligible.kinds()));
            }
            if !o.over_budget.is_empty() {
                reasons.push(HoldBack::OverBudget(o.over_budget.kinds()));
            }
            if !o.labor_cut[t].is_empty() {
                reasons.push(HoldBack::LaborShort(o.labor_cut[t].kinds()));
            }
            if reasons.is_empty() {
                reasons.push(HoldBack::GainTooSmall);
            }
            StillBelow {
                outcome: i,
                code: u.code.clone(),
                village: u.village.clone(),
                count: o.count,
                per_capita_yuan: o.per_capita_yuan[t],
                gap_yuan_per_capita: gap,
                reasons,
            }
        })
        .collect();
    (out, households)
}
