//! The Monte Carlo run: shocks laid over the deterministic projection, draw by draw, in chunks
//! a web worker can run between progress reports and abandon on an edit.
//!
//! Method (docs/model.md, "Risk"): the projection is computed once; each draw multiplies each
//! year's positive income by source by that draw's shock multipliers, subtracts the
//! out-of-pocket medical cost (spending the monitoring counts as rigid, 刚性支出), and divides by
//! the members. The same draw's shocks hit the scenario and the baseline (common random
//! numbers), so the difference between them is what the interventions do to risk.

use serde::{Deserialize, Serialize};

use super::relief::payout;
use super::settings::ReliefRule;
use super::shocks::{DrawShocks, ShockKind, ShockModel, YearShock};
use crate::model::fields::{validate, ValidationError};
use crate::model::projection::{project_unchecked, Projection, SourceAmounts};
use crate::model::scenario::Scenario;
use crate::model::units::Yuan;

/// What to run: how many draws, the seed, and which household of the village (0 for one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskRequest {
    pub draws: u32,
    pub seed: u32,
    pub household: u32,
}

impl RiskRequest {
    /// The draws and seed the scenario's settings name, for its only household.
    pub fn from_scenario(s: &Scenario) -> Self {
        RiskRequest {
            draws: s.risk.draws,
            seed: s.risk.seed,
            household: 0,
        }
    }
}

/// Per-capita income at five percentiles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Percentiles {
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
}

/// A probability estimated from the draws, with its standard error √(p(1 − p)/N).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub p: f64,
    pub se: f64,
}

impl Estimate {
    pub(crate) fn of(count: u64, draws: u32) -> Self {
        let n = draws.max(1) as f64;
        let p = count as f64 / n;
        Estimate {
            p,
            se: (p * (1.0 - p) / n).sqrt(),
        }
    }
}

/// One year of the risk results. Amounts in the scenario's price basis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskYear {
    pub year: i32,
    /// The monitoring line per capita (none when the table is empty).
    pub line_yuan_per_capita: Option<Yuan>,
    /// The deterministic projection's figures, for reference.
    pub deterministic_per_capita_yuan: Yuan,
    pub deterministic_baseline_per_capita_yuan: Yuan,
    /// What every draw gets added back so the draws keep the projection's mean (the shocks'
    /// average loss per capita; 0 when the mean is not kept), with and without.
    pub mean_offset_per_capita_yuan: Yuan,
    pub mean_offset_baseline_per_capita_yuan: Yuan,
    /// Per capita after shocks and medical cost, with and without the interventions.
    pub per_capita: Percentiles,
    pub baseline_per_capita: Percentiles,
    pub mean_per_capita_yuan: Yuan,
    pub mean_baseline_per_capita_yuan: Yuan,
    /// Probability of being below the line, with and without the interventions, and with
    /// them after the relief fund's payout.
    pub p_below: Option<Estimate>,
    pub p_below_baseline: Option<Estimate>,
    pub p_below_after_relief: Option<Estimate>,
    /// Expected shortfall below the line, E[(line − per capita)⁺], per capita and household.
    pub shortfall_per_capita_yuan: Yuan,
    pub shortfall_baseline_per_capita_yuan: Yuan,
    pub shortfall_household_yuan: Yuan,
    /// The relief fund's payout to the household: mean, its standard error, and the 95th
    /// percentile; and the mean without the interventions.
    pub relief_mean_yuan: Yuan,
    pub relief_se_yuan: Yuan,
    pub relief_p95_yuan: Yuan,
    pub relief_mean_baseline_yuan: Yuan,
    /// Mean out-of-pocket medical cost.
    pub medical_mean_yuan: Yuan,
}

/// How often a shock struck.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShockSummary {
    pub kind: ShockKind,
    pub enabled: bool,
    pub village_shared: bool,
    /// Share of draw-years (after the base year) in which it struck; none for prices, which
    /// move every year.
    pub hit_share: Option<f64>,
}

/// Everything the risk model reports: compact (percentiles per year, not raw draws), sent as
/// JSON from the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RiskResult {
    pub draws: u32,
    pub seed: u32,
    pub household: u32,
    pub shocks: Vec<ShockSummary>,
    pub years: Vec<RiskYear>,
    /// Probability of at least one year below the line after the base year.
    pub p_ever_below: Option<Estimate>,
    pub p_ever_below_baseline: Option<Estimate>,
    /// Probability of falling back (返贫): below the line in a year after a year at or above it
    /// (the base year counts as a year before).
    pub p_back_below: Option<Estimate>,
    pub p_back_below_baseline: Option<Estimate>,
    /// The relief fund's payout to the household over the whole period: mean and 95th
    /// percentile.
    pub relief_total_mean_yuan: Yuan,
    pub relief_total_p95_yuan: Yuan,
}

/// What a draw needs of one projected year.
#[derive(Clone, Debug)]
struct Year {
    scenario: SourceAmounts,
    baseline: SourceAmounts,
    line: Option<Yuan>,
    price_index: f64,
    available_months: f64,
}

#[derive(Clone, Debug, Default)]
struct Acc {
    below: u64,
    below_baseline: u64,
    below_after_relief: u64,
    sum: f64,
    sum_baseline: f64,
    shortfall: f64,
    shortfall_baseline: f64,
    relief: f64,
    relief_sq: f64,
    relief_baseline: f64,
    medical: f64,
    /// Per-draw values, for percentiles at the end.
    per_capita: Vec<f64>,
    baseline: Vec<f64>,
    relief_draws: Vec<f64>,
}

/// One household's income in one year of one draw.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrawYear {
    pub per_capita_yuan: Yuan,
    pub baseline_per_capita_yuan: Yuan,
    /// Out-of-pocket medical cost in the year's prices.
    pub medical_yuan: Yuan,
}

/// Lays one year's shocks over the projection's amounts: positive amounts × the source's
/// multiplier, summed like the projection sums them, less the medical cost, per member.
#[inline]
fn overlay(amounts: &SourceAmounts, m: &SourceAmounts, medical: Yuan, members: f64) -> Yuan {
    let mut a = *amounts;
    for (v, k) in a.0.iter_mut().zip(&m.0) {
        if *v > 0.0 {
            *v *= k;
        }
    }
    (a.total() - medical) / members
}

fn draw_year(y: &Year, shock: &YearShock, members: f64) -> DrawYear {
    let m = shock.multipliers(y.available_months);
    let medical = shock.medical_yuan * y.price_index;
    DrawYear {
        per_capita_yuan: overlay(&y.scenario, &m, medical, members),
        baseline_per_capita_yuan: overlay(&y.baseline, &m, medical, members),
        medical_yuan: medical,
    }
}

fn centered(d: DrawYear, (with, without): (Yuan, Yuan)) -> DrawYear {
    DrawYear {
        per_capita_yuan: d.per_capita_yuan + with,
        baseline_per_capita_yuan: d.baseline_per_capita_yuan + without,
        ..d
    }
}

/// Draws of the pilot that estimates the shocks' average effect (see [`mean_offsets`]).
pub const PILOT_DRAWS: u32 = 2_000;

/// The pilot's draws as drawn (before centring), kept so the run's first draws — the same
/// draws of the same seed — reuse them instead of drawing their shocks again.
#[derive(Clone, Debug, Default)]
struct Pilot {
    draws: u32,
    /// Draw-major: draw × years + year.
    incomes: Vec<DrawYear>,
    hits: Vec<u8>,
}

/// What to add to each year's per-capita income, with and without the interventions, so the
/// draws keep the projection's mean: the projection less the mean of a pilot of
/// [`PILOT_DRAWS`] draws of the same seed (the first draws of the run itself, so the pilot adds
/// no randomness of its own and a run of that many draws keeps the mean exactly).
fn mean_offsets(
    model: &ShockModel,
    years: &[Year],
    deterministic: &[(Yuan, Yuan)],
    members: f64,
    request: &RiskRequest,
) -> (Vec<(Yuan, Yuan)>, Pilot) {
    let mut sums = vec![(0.0, 0.0); years.len()];
    let mut pilot = Pilot {
        draws: PILOT_DRAWS,
        incomes: Vec::with_capacity(PILOT_DRAWS as usize * years.len()),
        hits: Vec::with_capacity(PILOT_DRAWS as usize * years.len()),
    };
    let mut shocks = DrawShocks::default();
    for draw in 0..PILOT_DRAWS {
        model.draw(request.seed, draw, request.household, &mut shocks);
        for ((y, shock), sum) in years.iter().zip(&shocks.years).zip(&mut sums) {
            let d = draw_year(y, shock, members);
            sum.0 += d.per_capita_yuan;
            sum.1 += d.baseline_per_capita_yuan;
            pilot.incomes.push(d);
            pilot.hits.push(shock.hits);
        }
    }
    let n = PILOT_DRAWS as f64;
    let offsets = sums
        .iter()
        .zip(deterministic)
        .map(|(sum, det)| (det.0 - sum.0 / n, det.1 - sum.1 / n))
        .collect();
    (offsets, pilot)
}

/// A Monte Carlo run in progress.
#[derive(Clone, Debug)]
pub struct RiskRun {
    request: RiskRequest,
    model: ShockModel,
    relief: ReliefRule,
    members: f64,
    first_year: i32,
    years: Vec<Year>,
    deterministic: Vec<(Yuan, Yuan)>,
    /// Added to every draw's per-capita income, with and without the interventions, so that
    /// the draws keep the projection's mean ([`super::RiskSettings::mean_kept`]); zeros otherwise.
    offsets: Vec<(Yuan, Yuan)>,
    pilot: Pilot,
    done: u32,
    buffer: DrawShocks,
    acc: Vec<Acc>,
    ever_below: u64,
    ever_below_baseline: u64,
    back_below: u64,
    back_below_baseline: u64,
    hits: [u64; ShockKind::ALL.len()],
    relief_totals: Vec<f64>,
}

impl RiskRun {
    /// Prepares a run: validates the scenario and projects it once.
    pub fn new(s: &Scenario, request: &RiskRequest) -> Result<RiskRun, ValidationError> {
        validate(s)?;
        let p = project_unchecked(s);
        Ok(Self::from_projection(s, &p, request))
    }

    /// Prepares a run on a projection already made of a validated `s`.
    pub fn from_projection(s: &Scenario, p: &Projection, request: &RiskRequest) -> RiskRun {
        let years: Vec<Year> = p
            .rows
            .iter()
            .map(|r| Year {
                scenario: r.scenario_by_source,
                baseline: r.baseline_by_source,
                line: r.monitoring_line_yuan_per_capita,
                price_index: r.price_index,
                available_months: r.labor.available_months,
            })
            .collect();
        let n = request.draws as usize;
        let acc = (0..years.len())
            .map(|_| Acc {
                per_capita: Vec::with_capacity(n),
                baseline: Vec::with_capacity(n),
                relief_draws: Vec::with_capacity(n),
                ..Acc::default()
            })
            .collect();
        let model = ShockModel::new(s);
        let deterministic: Vec<(Yuan, Yuan)> = p
            .rows
            .iter()
            .map(|r| (r.per_capita_yuan, r.baseline_per_capita_yuan))
            .collect();
        let members = s.household.members_persons;
        let (offsets, pilot) = if s.risk.mean_kept && s.risk.any_on() {
            mean_offsets(&model, &years, &deterministic, members, request)
        } else {
            (vec![(0.0, 0.0); years.len()], Pilot::default())
        };
        RiskRun {
            request: *request,
            model,
            relief: s.risk.relief.clone(),
            members: s.household.members_persons,
            first_year: s.horizon.base_year,
            deterministic,
            offsets,
            pilot,
            years,
            done: 0,
            buffer: DrawShocks::default(),
            acc,
            ever_below: 0,
            ever_below_baseline: 0,
            back_below: 0,
            back_below_baseline: 0,
            hits: [0; ShockKind::ALL.len()],
            relief_totals: Vec::with_capacity(n),
        }
    }

    /// Runs up to `draws` more draws; returns how many it ran.
    pub fn run_chunk(&mut self, draws: u32) -> u32 {
        let todo = draws.min(self.request.draws - self.done);
        for _ in 0..todo {
            self.one_draw();
        }
        todo
    }

    /// Share of the draws done (0–1).
    pub fn progress(&self) -> f64 {
        if self.request.draws == 0 {
            1.0
        } else {
            self.done as f64 / self.request.draws as f64
        }
    }

    pub fn is_done(&self) -> bool {
        self.done >= self.request.draws
    }

    fn one_draw(&mut self) {
        let draw = self.done;
        let (seed, household) = (self.request.seed, self.request.household);
        let mut shocks = std::mem::take(&mut self.buffer);
        // The pilot already drew this draw's shocks: reuse its incomes.
        let cached = draw < self.pilot.draws;
        if !cached {
            self.model.draw(seed, draw, household, &mut shocks);
        }
        let n_years = self.years.len();
        let members = self.members;
        let (mut ever, mut ever_base) = (false, false);
        let (mut above, mut above_base) = (false, false);
        let (mut back, mut back_base) = (false, false);
        let mut relief_total = 0.0;
        for (t, (y, acc)) in self.years.iter().zip(&mut self.acc).enumerate() {
            let (raw, hits) = if cached {
                let at = draw as usize * n_years + t;
                (self.pilot.incomes[at], self.pilot.hits[at])
            } else {
                let shock = &shocks.years[t];
                (draw_year(y, shock, members), shock.hits)
            };
            for (i, kind) in ShockKind::ALL.into_iter().enumerate() {
                if hits & kind.bit() != 0 {
                    self.hits[i] += 1;
                }
            }
            let d = centered(raw, self.offsets[t]);
            let relief = payout(
                &self.relief,
                d.per_capita_yuan,
                y.line,
                members,
                d.medical_yuan,
                y.price_index,
            )
            .total_yuan;
            let relief_baseline = payout(
                &self.relief,
                d.baseline_per_capita_yuan,
                y.line,
                members,
                d.medical_yuan,
                y.price_index,
            )
            .total_yuan;
            relief_total += relief;
            acc.sum += d.per_capita_yuan;
            acc.sum_baseline += d.baseline_per_capita_yuan;
            acc.relief += relief;
            acc.relief_sq += relief * relief;
            acc.relief_baseline += relief_baseline;
            acc.medical += d.medical_yuan;
            acc.per_capita.push(d.per_capita_yuan);
            acc.baseline.push(d.baseline_per_capita_yuan);
            acc.relief_draws.push(relief);
            if let Some(line) = y.line {
                let below = d.per_capita_yuan < line;
                let below_base = d.baseline_per_capita_yuan < line;
                acc.below += below as u64;
                acc.below_baseline += below_base as u64;
                acc.below_after_relief += (d.per_capita_yuan + relief / members < line) as u64;
                acc.shortfall += (line - d.per_capita_yuan).max(0.0);
                acc.shortfall_baseline += (line - d.baseline_per_capita_yuan).max(0.0);
                if t > 0 {
                    ever |= below;
                    ever_base |= below_base;
                }
                back |= above && below;
                back_base |= above_base && below_base;
                above |= !below;
                above_base |= !below_base;
            }
        }
        self.ever_below += ever as u64;
        self.ever_below_baseline += ever_base as u64;
        self.back_below += back as u64;
        self.back_below_baseline += back_base as u64;
        self.relief_totals.push(relief_total);
        self.buffer = shocks;
        self.done += 1;
    }

    /// The results of the draws run so far (all of them once [`Self::is_done`]).
    pub fn finish(mut self) -> RiskResult {
        let n = self.done;
        let nf = n.max(1) as f64;
        let has_line = self.years.iter().any(|y| y.line.is_some());
        let settings = self.model.settings().clone();
        let draw_years = n as f64 * self.years.len().saturating_sub(1) as f64;
        let shocks = ShockKind::ALL
            .into_iter()
            .enumerate()
            .map(|(i, kind)| ShockSummary {
                kind,
                enabled: kind.enabled(&settings),
                village_shared: kind.village_shared(),
                hit_share: (kind.is_event() && draw_years > 0.0)
                    .then(|| self.hits[i] as f64 / draw_years),
            })
            .collect();
        let members = self.members;
        let years = self
            .acc
            .iter_mut()
            .zip(&self.years)
            .enumerate()
            .map(|(t, (acc, y))| {
                let line = y.line;
                let est = |c: u64| line.map(|_| Estimate::of(c, n));
                let relief_mean = acc.relief / nf;
                let relief_var = (acc.relief_sq / nf - relief_mean * relief_mean).max(0.0);
                RiskYear {
                    year: self.first_year + t as i32,
                    line_yuan_per_capita: line,
                    deterministic_per_capita_yuan: self.deterministic[t].0,
                    mean_offset_per_capita_yuan: self.offsets[t].0,
                    mean_offset_baseline_per_capita_yuan: self.offsets[t].1,
                    deterministic_baseline_per_capita_yuan: self.deterministic[t].1,
                    per_capita: percentiles(&mut acc.per_capita),
                    baseline_per_capita: percentiles(&mut acc.baseline),
                    mean_per_capita_yuan: acc.sum / nf,
                    mean_baseline_per_capita_yuan: acc.sum_baseline / nf,
                    p_below: est(acc.below),
                    p_below_baseline: est(acc.below_baseline),
                    p_below_after_relief: est(acc.below_after_relief),
                    shortfall_per_capita_yuan: acc.shortfall / nf,
                    shortfall_baseline_per_capita_yuan: acc.shortfall_baseline / nf,
                    shortfall_household_yuan: acc.shortfall / nf * members,
                    relief_mean_yuan: relief_mean,
                    relief_se_yuan: (relief_var / nf).sqrt(),
                    relief_p95_yuan: quantiles(&mut acc.relief_draws, [0.95])[0],
                    relief_mean_baseline_yuan: acc.relief_baseline / nf,
                    medical_mean_yuan: acc.medical / nf,
                }
            })
            .collect();
        let est = |c: u64| has_line.then(|| Estimate::of(c, n));
        RiskResult {
            draws: n,
            seed: self.request.seed,
            household: self.request.household,
            shocks,
            years,
            p_ever_below: est(self.ever_below),
            p_ever_below_baseline: est(self.ever_below_baseline),
            p_back_below: est(self.back_below),
            p_back_below_baseline: est(self.back_below_baseline),
            relief_total_mean_yuan: self.relief_totals.iter().sum::<f64>() / nf,
            relief_total_p95_yuan: quantiles(&mut self.relief_totals, [0.95])[0],
        }
    }
}

/// The `q` quantiles of `v` (in ascending order of `q`), interpolating between order
/// statistics at (N − 1) × q, as a sort would give them but by selection, which is quicker:
/// only the order statistics needed are put in place. Equal neighbours give exactly their
/// value. `v` is reordered. 0 when empty.
pub fn quantiles<const K: usize>(v: &mut [f64], qs: [f64; K]) -> [f64; K] {
    let n = v.len();
    let mut out = [0.0; K];
    if n == 0 {
        return out;
    }
    // Position `placed − 1` holds its order statistic and nothing after it is smaller; the
    // quantiles come in ascending order, so no earlier position is asked for again.
    let mut placed = 0;
    let mut at = |v: &mut [f64], i: usize| -> f64 {
        if i >= placed {
            v[placed..].select_nth_unstable_by(i - placed, f64::total_cmp);
            placed = i + 1;
        }
        v[i]
    };
    for (o, q) in out.iter_mut().zip(qs) {
        if n == 1 {
            *o = v[0];
            continue;
        }
        let h = (n - 1) as f64 * q;
        let i = (h.floor() as usize).min(n - 2);
        let f = h - i as f64;
        let (a, b) = (at(v, i), at(v, i + 1));
        *o = if a == b { a } else { a + (b - a) * f };
    }
    out
}

fn percentiles(v: &mut [f64]) -> Percentiles {
    let [p10, p25, p50, p75, p90] = quantiles(v, [0.10, 0.25, 0.50, 0.75, 0.90]);
    Percentiles {
        p10,
        p25,
        p50,
        p75,
        p90,
    }
}

/// The whole run at once.
pub fn simulate(s: &Scenario, request: &RiskRequest) -> Result<RiskResult, ValidationError> {
    let mut run = RiskRun::new(s, request)?;
    run.run_chunk(request.draws);
    Ok(run.finish())
}

/// The incomes of one draw, year by year (for tests and explanations).
pub fn draw_incomes(
    s: &Scenario,
    p: &Projection,
    seed: u32,
    draw: u32,
    household: u32,
) -> Vec<DrawYear> {
    let run = RiskRun::from_projection(
        s,
        p,
        &RiskRequest {
            draws: 0,
            seed,
            household,
        },
    );
    let mut shocks = DrawShocks::default();
    run.model.draw(seed, draw, household, &mut shocks);
    run.years
        .iter()
        .zip(&shocks.years)
        .zip(&run.offsets)
        .map(|((y, sh), o)| centered(draw_year(y, sh, run.members), *o))
        .collect()
}

/// Probability of being below the line in year index `t`, from pre-drawn shocks (common random
/// numbers across the tornado's scenarios).
pub(crate) fn p_below_with(
    p: &Projection,
    members: f64,
    t: usize,
    shocks: &[DrawShocks],
    mean_kept: bool,
) -> Option<f64> {
    let r = p.rows.get(t)?;
    let line = r.monitoring_line_yuan_per_capita?;
    let y = Year {
        scenario: r.scenario_by_source,
        baseline: r.baseline_by_source,
        line: Some(line),
        price_index: r.price_index,
        available_months: r.labor.available_months,
    };
    let incomes: Vec<f64> = shocks
        .iter()
        .map(|d| {
            let shock = &d.years[t];
            let m = shock.multipliers(y.available_months);
            overlay(&y.scenario, &m, shock.medical_yuan * y.price_index, members)
        })
        .collect();
    // Mean kept: centred on the projection with the same draws (common to every moved
    // scenario, so the tornado compares like with like).
    let offset = if mean_kept && !incomes.is_empty() {
        r.per_capita_yuan - incomes.iter().sum::<f64>() / incomes.len() as f64
    } else {
        0.0
    };
    let below = incomes.iter().filter(|v| *v + offset < line).count();
    Some(below as f64 / shocks.len().max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selected_quantiles_equal_sorted_ones() {
        for n in [1usize, 2, 3, 10, 999, 1000] {
            let mut v: Vec<f64> = (0..n)
                .map(|i| ((i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as f64)
                .collect();
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let qs = [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1.0];
            let got = quantiles(&mut v, qs);
            for (g, q) in got.iter().zip(qs) {
                let h = (n - 1) as f64 * q;
                let i = (h.floor() as usize).min(n.saturating_sub(2));
                let want = if n == 1 {
                    sorted[0]
                } else {
                    sorted[i] + (sorted[i + 1] - sorted[i]) * (h - i as f64)
                };
                assert_eq!(*g, want, "n {n} q {q}");
            }
        }
    }
}
