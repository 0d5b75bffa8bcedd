//! A lean projection for rosters: the same arithmetic as
//! [`project_unchecked`](crate::model::projection::project_unchecked), in the same order, so
//! per-capita income, public cost and the labor rule's cuts come out bit for bit the same — but
//! none of what a roster does not use (explanations, notices, appraisals, herd counts, the
//! household's own view), and no allocation per household: the buffers are kept between
//! households.
//!
//! Two steps. [`LeanProjector::run_modules`] runs every module once for a household with a set of
//! interventions on (the costly part: flocks simulated year by year). [`LeanProjector::combine`]
//! then lays any subset of those interventions over the baseline (the labor rule and the sums),
//! which is all a household that a budget leaves out of one intervention needs: a module's
//! effect and its baseline do not depend on which other modules are on.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::plan::KindSet;
use crate::model::household::Household;
use crate::model::interventions::{for_each_module, Effect, InterventionKind};
use crate::model::projection::{
    baseline_sources_grown, line_for, price_index, wage_growth, InterventionAmounts, LaborUse,
    SourceAmounts,
};
use crate::model::scenario::Scenario;
use crate::model::units::{Months, Yuan};

/// One year of a household with a set of interventions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LeanYear {
    /// Income by source with the interventions (the projection's `scenario_by_source`).
    pub by_source: SourceAmounts,
    pub per_capita_yuan: Yuan,
    pub baseline_per_capita_yuan: Yuan,
    pub program_cost_yuan: Yuan,
    /// Share of each intervention's income the labor rule keeps.
    pub kept_share: InterventionAmounts,
}

/// Projects households of one template, one after another, with buffers kept between them.
#[derive(Clone, Debug)]
pub struct LeanProjector {
    /// The template with the current household and the interventions of the last module run.
    scenario: Scenario,
    /// Per year: the year's price index and monitoring line (the template's).
    price_index: Vec<f64>,
    line_yuan_per_capita: Vec<Option<Yuan>>,
    wage_growth: Vec<f64>,
    /// Per year: income by source without interventions (module baselines included), in the
    /// year's prices, and the labor-months it takes.
    baseline: Vec<SourceAmounts>,
    baseline_months: Vec<Months>,
    baseline_per_capita: Vec<Yuan>,
    available_months: Months,
    /// Per intervention, per year: its effect (valid for the kinds in `ran`).
    effects: Vec<Vec<Effect>>,
    ran: KindSet,
    scratch: Vec<Effect>,
    /// Per intervention: the kept module run its effects come from (`None`: `effects`).
    from_cache: [Option<usize>; InterventionKind::COUNT],
    /// Module runs already made, and where each key's run is (see [`cache_key`]).
    runs: Vec<CachedRun>,
    cache: HashMap<CacheKey, usize, BuildHasherDefault<KeyHasher>>,
}

/// A quick hasher for [`CacheKey`]s (a few words of bits; no untrusted input).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        crate::model::risk::rng::mix(self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u8(&mut self, v: u8) {
        self.write_u64(v as u64);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

/// A module, whether it was on, and the bits of the household fields it reads.
type CacheKey = (u8, bool, [u64; 4]);

#[derive(Clone, Debug)]
struct CachedRun {
    has_baseline: bool,
    baseline: Vec<Effect>,
    effects: Vec<Effect>,
}

/// Most module runs kept (a few MB at 20 years).
const MAX_CACHED_RUNS: usize = 4_096;

/// The key under which a module's run for `household` is kept, for the modules whose baseline
/// and effect read nothing of the household but these fields (besides the template, the same for
/// every household of a projector): the livestock modules read only their own species' herd.
/// `None`: not kept (the module reads more of the household: land, labor, income, members).
///
/// A module that starts reading another household field must be listed here with it, or taken
/// off; `tests/model_roster.rs` (`the_lean_projection_equals_the_engine`) compares the two paths
/// over varied households and would then fail.
fn cache_key(kind: InterventionKind, enabled: bool, h: &Household) -> Option<CacheKey> {
    let herd = &h.herd;
    let fields = match kind {
        InterventionKind::Sheep => [
            herd.breeding_ewes_head,
            herd.rams_head,
            herd.yearlings_head,
            herd.lambs_head,
        ],
        InterventionKind::Cattle => [herd.cows_head, 0.0, 0.0, 0.0],
        InterventionKind::Poultry => [herd.laying_hens_head, 0.0, 0.0, 0.0],
        _ => return None,
    };
    Some((kind.index() as u8, enabled, fields.map(f64::to_bits)))
}

impl LeanProjector {
    pub fn new(template: &Scenario) -> Self {
        let n = template.horizon.years as usize;
        LeanProjector {
            scenario: template.clone(),
            price_index: (0..n).map(|i| price_index(template, i)).collect(),
            line_yuan_per_capita: (0..n).map(|i| line_for(template, i).map(|l| l.0)).collect(),
            wage_growth: (0..n).map(|i| wage_growth(template, i)).collect(),
            baseline: vec![SourceAmounts::default(); n],
            baseline_months: vec![0.0; n],
            baseline_per_capita: vec![0.0; n],
            available_months: 0.0,
            effects: vec![vec![Effect::default(); n]; InterventionKind::COUNT],
            ran: KindSet::default(),
            scratch: vec![Effect::default(); n],
            from_cache: [None; InterventionKind::COUNT],
            runs: Vec::new(),
            cache: HashMap::default(),
        }
    }

    pub fn years(&self) -> usize {
        self.price_index.len()
    }

    pub fn price_index(&self) -> &[f64] {
        &self.price_index
    }

    /// The monitoring line per capita by year, in the template's price basis.
    pub fn line_yuan_per_capita(&self) -> &[Option<Yuan>] {
        &self.line_yuan_per_capita
    }

    /// Labor-months the current household has in a year.
    pub fn available_months(&self) -> Months {
        self.available_months
    }

    /// Runs every module for `household` with the interventions of `on` switched on (the others
    /// off, whatever the template says).
    pub fn run_modules(&mut self, household: &Household, on: KindSet) {
        let s = &mut self.scenario;
        s.household.clone_from(household);
        for k in InterventionKind::ALL {
            s.interventions.schedule_mut(k).enabled = on.contains(k);
        }
        let s = &self.scenario;
        self.ran = on;
        self.available_months = s.household.labor_budget_months();
        let baseline_months = s.household.baseline_labor_months();
        for (i, (b, m)) in self
            .baseline
            .iter_mut()
            .zip(&mut self.baseline_months)
            .enumerate()
        {
            *b = baseline_sources_grown(&s.household, self.wage_growth[i])
                .scaled(self.price_index[i]);
            *m = baseline_months;
        }
        let (own, from, scratch) = (&mut self.effects, &mut self.from_cache, &mut self.scratch);
        let (cache, runs) = (&mut self.cache, &mut self.runs);
        let (baseline, months, price) = (
            &mut self.baseline,
            &mut self.baseline_months,
            &self.price_index,
        );
        // `self += e × price` for a module's baseline, like the engine.
        let add = |baseline: &mut [SourceAmounts], months: &mut [Months], effects: &[Effect]| {
            for (((b, m), p), e) in baseline.iter_mut().zip(months).zip(price).zip(effects) {
                b.add_scaled(&e.by_source, *p);
                *m += e.labor_months - e.labor_freed_months;
            }
        };
        for_each_module(&s.interventions, |module| {
            let kind = module.kind();
            let enabled = module.schedule().enabled;
            let key = cache_key(kind, enabled, &s.household);
            if let Some(&at) = key.and_then(|k| cache.get(&k)) {
                from[kind.index()] = Some(at);
                let hit = &runs[at];
                if hit.has_baseline {
                    add(baseline, months, &hit.baseline);
                }
                return;
            }
            from[kind.index()] = None;
            let out = &mut own[kind.index()];
            let has_baseline = if enabled {
                out.fill(Effect::default());
                module.baseline_and_effects(s, scratch, out)
            } else {
                module.baseline(s, scratch)
            };
            if let Some(k) = key {
                if runs.len() < MAX_CACHED_RUNS {
                    cache.insert(k, runs.len());
                    runs.push(CachedRun {
                        has_baseline,
                        baseline: if has_baseline {
                            scratch.clone()
                        } else {
                            Vec::new()
                        },
                        effects: if enabled { out.clone() } else { Vec::new() },
                    });
                }
            }
            if has_baseline {
                add(baseline, months, scratch);
                scratch.fill(Effect::default());
            }
        });
        let members = s.household.members_persons;
        let zero = sum_start();
        for (pc, b) in self.baseline_per_capita.iter_mut().zip(&self.baseline) {
            *pc = fold(zero, &b.0) / members;
        }
    }

    /// The effects of intervention index `k` in the last module run.
    #[inline]
    fn effects_of(&self, k: usize) -> &[Effect] {
        match self.from_cache[k] {
            Some(at) => &self.runs[at].effects,
            None => &self.effects[k],
        }
    }

    /// Public cost of intervention `k` over the horizon for the household of the last module
    /// run (0 unless `k` was on).
    pub fn program_cost_yuan(&self, k: InterventionKind) -> Yuan {
        if !self.ran.contains(k) {
            return 0.0;
        }
        self.effects_of(k.index())
            .iter()
            .zip(&self.price_index)
            .map(|(e, p)| e.program_cost_yuan * p)
            .sum()
    }

    /// The household of the last module run with the interventions of `received` (a subset of
    /// what was on), year by year into `out`. The engine's steps written out with plain loops
    /// (sums start where the standard library's start, and add in the same order).
    pub fn combine(&self, received: KindSet, out: &mut Vec<LeanYear>) {
        debug_assert_eq!(received.0 & !self.ran.0, 0, "received ⊆ the modules run");
        const N: usize = InterventionKind::COUNT;
        let members = self.scenario.household.members_persons;
        let zero = sum_start();
        let mut kinds = [0usize; N];
        let mut claims = 0;
        for k in InterventionKind::ALL {
            if received.contains(k) {
                kinds[claims] = k.index();
                claims += 1;
            }
        }
        let kinds = &kinds[..claims];
        out.clear();
        for i in 0..self.years() {
            let price = self.price_index[i];
            let mut labor = LaborUse {
                available_months: self.available_months,
                baseline_months: self.baseline_months[i],
                claimed_months: InterventionAmounts([0.0; N]),
                freed_months: InterventionAmounts([0.0; N]),
                kept_share: InterventionAmounts([1.0; N]),
            };
            if !kinds.is_empty() {
                let mut gains = InterventionAmounts([0.0; N]);
                for &k in kinds {
                    let e = &self.effects_of(k)[i];
                    labor.claimed_months.0[k] = e.labor_months;
                    labor.freed_months.0[k] = e.labor_freed_months;
                    let mut g = zero;
                    for &v in &e.by_source.0 {
                        if v > 0.0 {
                            g += v;
                        }
                    }
                    gains.0[k] = g;
                }
                labor.apply_rule(&gains);
            }
            let mut by_source = self.baseline[i];
            let mut cost = [0.0; N];
            for &k in kinds {
                let e = &self.effects_of(k)[i];
                let kept = labor.kept_share.0[k];
                // `SourceAmounts::labor_cut`, then `add_scaled`.
                for (a, &b) in by_source.0.iter_mut().zip(&e.by_source.0) {
                    let b = if kept < 1.0 && b > 0.0 { b * kept } else { b };
                    *a += b * price;
                }
                cost[k] = e.program_cost_yuan * price;
            }
            out.push(LeanYear {
                by_source,
                per_capita_yuan: fold(zero, &by_source.0) / members,
                baseline_per_capita_yuan: self.baseline_per_capita[i],
                program_cost_yuan: fold(zero, &cost),
                kept_share: labor.kept_share,
            });
        }
    }
}

/// What `Iterator::sum` of `f64` starts from (the sum of nothing).
#[inline]
fn sum_start() -> f64 {
    std::iter::empty::<f64>().sum()
}

/// `values.iter().sum()` from `zero` = [`sum_start`], as a plain loop.
#[inline]
fn fold(zero: f64, values: &[f64]) -> f64 {
    let mut t = zero;
    for &v in values {
        t += v;
    }
    t
}
