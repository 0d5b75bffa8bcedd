//! A fixed budget spread over (intervention, household group) pairs by "most households lifted
//! above the line per 10,000 yuan", one greedy step at a time, each step explained.
//!
//! The rules: a pair is one intervention on in the plan's template and one [`HouseholdStatus`].
//! Within a pair the households the plan's rules admit are funded in order of need (lowest
//! base-year per capita first, as [`run_plan`](super::plan::run_plan) does), never skipping one.
//! A pair's next *block* runs from its next unfunded household up to and including the first
//! one the intervention lifts above the line in the target year (per capita with what the
//! household has so far plus this intervention, against without it; "lifted" means below the
//! line without the plan, at or above it with). The poorer households passed on the way are
//! funded too: they come first in order of need, even if one intervention is not enough for
//! them. Each step funds the block with the most households lifted per 10,000 yuan of public
//! cost among the blocks the money left still covers; ties go to the pair listed first
//! (interventions in [`InterventionKind::ALL`] order, then groups in [`HouseholdStatus::ALL`]
//! order). Blocks that cost nothing come first.
//!
//! Stop: when no block the money covers lifts anyone, the rest is left unspent and the reason
//! is given. Money is not spent on households it does not lift unless they are on the way to
//! one it does (the criterion counts households lifted, so spending that lifts nobody has no
//! ranking; the planner can still spend the rest by rules).
//!
//! How good is greedy: when every block is a single household and lifts do not interact (each
//! household crosses with one intervention or not at all), the steps fund the cheapest lifts
//! first, which is the most households any allocation of the budget lifts (every household
//! counts one). Otherwise it can fall short, with no fixed bound: a long costly block (poor
//! households first) may open a run of cheap lifts that greedy, looking one block ahead, does
//! not see; and a household that needs two interventions to cross is never lifted by either
//! alone. `tests/model_roster_alloc.rs` checks greedy against brute force in both cases.
//!
//! Cost: one projection per unit and set of interventions actually needed (cached); a household
//! above the line without the plan needs none.

use std::collections::HashMap;

use super::plan::{run_plan_admitted, Admission, KindSet, Plan, PlanResult};
use super::PlanUnit;
use crate::model::household::HouseholdStatus;
use crate::model::interventions::InterventionKind;
use crate::model::projection::{line_for, project_unchecked, Projection};
use crate::model::text::OwnedText;
use crate::model::units::Yuan;

/// One greedy step.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationStep {
    pub kind: InterventionKind,
    pub group: HouseholdStatus,
    /// Public cost of the households funded (元, over the horizon, the projection's prices).
    pub yuan: Yuan,
    pub households_funded: u64,
    /// Households newly at or above the line in the target year (net of any an intervention
    /// pushes below).
    pub households_lifted: u64,
    /// `households_lifted` per 10,000 yuan (infinite for a block that costs nothing).
    pub lifted_per_10000_yuan: f64,
    pub budget_left_yuan: Yuan,
    pub explanation: OwnedText,
}

/// What one pair received in the end.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PairSpend {
    pub kind: InterventionKind,
    pub group: HouseholdStatus,
    pub yuan: Yuan,
    pub households_funded: u64,
    pub households_lifted: u64,
}

/// A greedy allocation: the steps, the sums per pair, and who receives what
/// (evaluate it with [`Allocation::run`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Allocation {
    /// The plan's template and rules with every budget removed (the total budget replaces them).
    pub plan: Plan,
    pub admissions: Vec<Admission>,
    /// The year lifts are counted in.
    pub year: i32,
    pub budget_yuan: Yuan,
    pub spent_yuan: Yuan,
    pub steps: Vec<AllocationStep>,
    /// Pairs that received something, in the order of their first step.
    pub by_pair: Vec<PairSpend>,
    /// Households lifted in `year` (the sum of the steps; [`Allocation::run`] gives the same).
    pub households_lifted: u64,
    /// Why the allocation stopped.
    pub stop: OwnedText,
}

impl Allocation {
    /// The allocation as a plan result, to compare with the rules' own ([`run_plan`](super::plan::run_plan)).
    pub fn run(&self, units: &[PlanUnit]) -> PlanResult {
        run_plan_admitted(&self.plan, units, Some(&self.admissions))
    }
}

/// One block of a pair: whole or part households of the units, in order.
#[derive(Clone, Debug)]
struct Block {
    take: Vec<(usize, u32)>,
    yuan: Yuan,
    funded: u64,
    lifted: i64,
    /// Sized to the money left (alike households); may shrink when less is left.
    shrinkable: bool,
}

struct Pair {
    kind: InterventionKind,
    group: HouseholdStatus,
    /// Units of the group the rules admit to `kind`, in order of need.
    units: Vec<usize>,
    /// First unit in `units` not yet fully funded.
    next: usize,
    block: Option<Block>,
    dirty: bool,
}

/// Spreads `budget_yuan` over the plan's interventions and household groups, greedily by
/// households lifted above the line in `year` (default: the horizon's last year; a year outside
/// the horizon counts as the nearest one) per 10,000 yuan. The plan's budgets are ignored, its
/// rules kept. See the module documentation for the rules, the stop and the limits.
pub fn allocate_greedy(
    plan: &Plan,
    units: &[PlanUnit],
    budget_yuan: Yuan,
    year: Option<i32>,
) -> Allocation {
    let template = &plan.template;
    let years = template.horizon.years.max(1) as usize;
    let t = match year {
        Some(y) => (y - template.horizon.base_year).clamp(0, years as i32 - 1) as usize,
        None => years - 1,
    };
    let year = template.horizon.year_of(t);
    let line = line_for(template, t).map(|(v, _)| v);

    let mut on = KindSet::default();
    for k in InterventionKind::ALL {
        if template.interventions.schedule(k).enabled {
            on.insert(k);
        }
    }
    let mut scratch = template.clone();
    let mut project_with = |u: &PlanUnit, set: KindSet| -> Projection {
        scratch.household.clone_from(&u.household);
        for k in InterventionKind::ALL {
            scratch.interventions.schedule_mut(k).enabled = set.contains(k);
        }
        project_unchecked(&scratch)
    };

    // Per unit: eligible set, the cost of each intervention (from the projection with all it is
    // eligible for, as run_plan budgets), per capita without the plan in the target year.
    let mut cache: HashMap<(usize, KindSet), Yuan> = HashMap::new();
    let mut eligible = Vec::with_capacity(units.len());
    let mut cost = Vec::with_capacity(units.len());
    let mut without = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        let mut e = KindSet::default();
        for k in on.kinds() {
            if plan.eligible(k, u) {
                e.insert(k);
            }
        }
        let p = project_with(u, e);
        let mut c = [0.0; InterventionKind::COUNT];
        for k in e.kinds() {
            c[k.index()] = p
                .rows
                .iter()
                .map(|r| r.program_cost_by_intervention[k])
                .sum();
        }
        let row = p.rows.get(t);
        let w = row.map_or(0.0, |r| r.baseline_per_capita_yuan);
        cache.insert((i, KindSet::default()), w);
        cache.insert((i, e), row.map_or(0.0, |r| r.per_capita_yuan));
        eligible.push(e);
        cost.push(c);
        without.push(w);
    }
    let below = |pc: Yuan| line.is_some_and(|l| pc < l);

    let mut order: Vec<usize> = (0..units.len()).collect();
    order.sort_by(|&a, &b| {
        units[a]
            .base_per_capita_yuan
            .total_cmp(&units[b].base_per_capita_yuan)
    });
    let mut pairs: Vec<Pair> = Vec::new();
    for k in on.kinds() {
        for g in HouseholdStatus::ALL {
            let list: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&i| units[i].household.status == g && eligible[i].contains(k))
                .collect();
            if !list.is_empty() {
                pairs.push(Pair {
                    kind: k,
                    group: g,
                    units: list,
                    next: 0,
                    block: None,
                    dirty: true,
                });
            }
        }
    }

    // admitted[i][k]: households of unit i receiving k (the first ones, as run_plan splits).
    let mut admitted: Vec<[u32; InterventionKind::COUNT]> =
        vec![[0; InterventionKind::COUNT]; units.len()];
    let mut left = budget_yuan.max(0.0);
    let mut steps: Vec<AllocationStep> = Vec::new();
    let mut by_pair: Vec<PairSpend> = Vec::new();
    let mut lifted_total: u64 = 0;
    const EPS: Yuan = 1e-6;

    // Households lifted, per household, of unit i's households from `j` on when `k` is added.
    // Returns (marginal lift, end of the run of households sharing that set).
    let mut marginal = |i: usize,
                        j: u32,
                        k: InterventionKind,
                        admitted: &[[u32; InterventionKind::COUNT]]|
     -> (i64, u32) {
        let a = &admitted[i];
        let mut set = KindSet::default();
        let mut end = units[i].count;
        for k2 in eligible[i].kinds() {
            // Household j has k2 when j < a[k2]; the set changes at the next such a[k2].
            if k2 != k && a[k2.index()] > j {
                set.insert(k2);
                end = end.min(a[k2.index()]);
            }
        }
        if !below(without[i]) {
            return (0, end);
        }
        let mut pc_of = |s: KindSet| -> Yuan {
            *cache.entry((i, s)).or_insert_with(|| {
                project_with(&units[i], s)
                    .rows
                    .get(t)
                    .map_or(0.0, |r| r.per_capita_yuan)
            })
        };
        let before = !below(pc_of(set)) as i64;
        let mut with = set;
        with.insert(k);
        let after = !below(pc_of(with)) as i64;
        (after - before, end)
    };

    let stop: OwnedText = loop {
        // Refresh the blocks whose households changed or that the money no longer covers.
        for p in &mut pairs {
            let stale = p
                .block
                .as_ref()
                .is_some_and(|b| b.shrinkable && b.yuan > left + EPS);
            if !(p.dirty || stale) {
                continue;
            }
            p.dirty = false;
            p.block = None;
            let mut b = Block {
                take: Vec::new(),
                yuan: 0.0,
                funded: 0,
                lifted: 0,
                shrinkable: false,
            };
            'scan: for &i in &p.units[p.next..] {
                let c = cost[i][p.kind.index()];
                let mut j = admitted[i][p.kind.index()];
                while j < units[i].count {
                    let (m, end) = marginal(i, j, p.kind, &admitted);
                    let run = end - j;
                    let n = if m > 0 && b.lifted >= 0 {
                        // Enough to lift one more; when the block starts here, as many of the
                        // alike households as the money covers (same ratio).
                        if b.funded == 0 {
                            let affordable = if c > 0.0 {
                                ((left / c + 1e-9).floor() as u64).max(1)
                            } else {
                                u64::MAX
                            };
                            b.shrinkable = run > 1;
                            (run as u64).min(affordable) as u32
                        } else {
                            1
                        }
                    } else if m > 0 {
                        ((-b.lifted) as u32 + 1).min(run)
                    } else {
                        run
                    };
                    b.take.push((i, n));
                    b.yuan += c * n as f64;
                    b.funded += n as u64;
                    b.lifted += m * n as i64;
                    if b.lifted > 0 {
                        p.block = Some(b);
                        break 'scan;
                    }
                    j += n;
                }
            }
        }
        let mut best: Option<(usize, f64)> = None;
        for (pi, p) in pairs.iter().enumerate() {
            let Some(b) = &p.block else { continue };
            if b.yuan > left + EPS {
                continue;
            }
            let ratio = if b.yuan > 0.0 {
                b.lifted as f64 / b.yuan * 10_000.0
            } else {
                f64::INFINITY
            };
            if best.is_none_or(|(_, r)| ratio > r) {
                best = Some((pi, ratio));
            }
        }
        let Some((pi, ratio)) = best else {
            break stop_reason(line, year, left, &pairs);
        };
        let p = &mut pairs[pi];
        let b = p.block.take().expect("chosen pair has a block");
        for &(i, n) in &b.take {
            admitted[i][p.kind.index()] += n;
        }
        while p.next < p.units.len() && {
            let i = p.units[p.next];
            admitted[i][p.kind.index()] >= units[i].count
        } {
            p.next += 1;
        }
        p.dirty = true;
        let (kind, group) = (p.kind, p.group);
        for q in &mut pairs {
            if q.group == group && q.kind != kind {
                q.dirty = true;
            }
        }
        left = (left - b.yuan).max(0.0);
        let lifted = b.lifted as u64;
        lifted_total += lifted;
        steps.push(AllocationStep {
            kind,
            group,
            yuan: b.yuan,
            households_funded: b.funded,
            households_lifted: lifted,
            lifted_per_10000_yuan: ratio,
            budget_left_yuan: left,
            explanation: step_text(steps.len() + 1, kind, group, &b, ratio, left, year),
        });
        match by_pair
            .iter_mut()
            .find(|s| s.kind == kind && s.group == group)
        {
            Some(s) => {
                s.yuan += b.yuan;
                s.households_funded += b.funded;
                s.households_lifted += lifted;
            }
            None => by_pair.push(PairSpend {
                kind,
                group,
                yuan: b.yuan,
                households_funded: b.funded,
                households_lifted: lifted,
            }),
        }
    };

    let mut admissions = Vec::new();
    for (i, u) in units.iter().enumerate() {
        for k in on.kinds() {
            let n = admitted[i][k.index()];
            if n > 0 {
                admissions.push(Admission {
                    kind: k,
                    code: u.code.clone(),
                    village: u.village.clone(),
                    households: n,
                });
            }
        }
    }
    let mut plan = plan.clone();
    for tg in &mut plan.targeting {
        tg.budget_yuan = None;
    }
    Allocation {
        plan,
        admissions,
        year,
        budget_yuan,
        spent_yuan: steps.iter().map(|s| s.yuan).sum(),
        steps,
        by_pair,
        households_lifted: lifted_total,
        stop,
    }
}

fn households(n: u64) -> &'static str {
    if n == 1 {
        "household"
    } else {
        "households"
    }
}

fn yuan_text(v: Yuan) -> String {
    crate::model::text::group_thousands(v)
}

fn step_text(
    n: usize,
    kind: InterventionKind,
    group: HouseholdStatus,
    b: &Block,
    ratio: f64,
    left: Yuan,
    year: i32,
) -> OwnedText {
    let ratio_text = if ratio.is_finite() {
        format!("{ratio:.2}")
    } else {
        "∞".to_string()
    };
    let passed = b.funded - b.lifted.max(0) as u64;
    let (zh_extra, en_extra) = if passed > 0 {
        (
            format!("（按需要先后，含 {passed} 户不能因此越线的更困难户）"),
            format!(
                " (in order of need, with {passed} poorer {} it does not lift)",
                households(passed)
            ),
        )
    } else {
        (String::new(), String::new())
    };
    OwnedText {
        zh: format!(
            "第 {n} 步：{}·{}，资助 {} 户{zh_extra}，{} 元；{year} 年新增越过监测线 {} 户，每万元 {ratio_text} 户，为剩余资金可及的最高；余 {} 元",
            kind.name().zh,
            group.name().zh,
            b.funded,
            yuan_text(b.yuan),
            b.lifted,
            yuan_text(left)
        ),
        en: format!(
            "Step {n}: {} for {}: {} {} funded{en_extra}, {} yuan; {} more above the line in {year}, {ratio_text} per 10,000 yuan, the most the money left can buy; {} yuan left",
            kind.name().en,
            group.name().en,
            b.funded,
            households(b.funded),
            yuan_text(b.yuan),
            b.lifted,
            yuan_text(left)
        ),
    }
}

fn stop_reason(line: Option<Yuan>, year: i32, left: Yuan, pairs: &[Pair]) -> OwnedText {
    if line.is_none() {
        return OwnedText {
            zh: format!("{year} 年没有监测线，无法计算越线户数；未分配资金"),
            en: format!(
                "No monitoring line in {year}: nothing to count lifts against; nothing allocated"
            ),
        };
    }
    let cheapest = pairs
        .iter()
        .filter_map(|p| p.block.as_ref())
        .map(|b| b.yuan)
        .min_by(f64::total_cmp);
    match cheapest {
        Some(c) => OwnedText {
            zh: format!(
                "剩余 {} 元不足以再让一户越线（最少需 {} 元）；剩余资金未分配",
                yuan_text(left),
                yuan_text(c)
            ),
            en: format!(
                "The {} yuan left cannot lift another household (the cheapest lift takes {} yuan); left unallocated",
                yuan_text(left),
                yuan_text(c)
            ),
        },
        None => OwnedText {
            zh: format!(
                "再加一项帮扶也不能让任何一户在 {year} 年越过监测线；剩余 {} 元未分配（不花在不能让人越线的帮扶上）",
                yuan_text(left)
            ),
            en: format!(
                "No single further intervention lifts anyone above the line in {year}; {} yuan left unallocated (not spent where it lifts nobody)",
                yuan_text(left)
            ),
        },
    }
}
