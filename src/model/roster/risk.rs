//! The risk model of issue 10 over a roster with a plan (issue 11): how many households fall
//! back below the line each year, and the relief the county's fund would need to pay them.
//!
//! Method. Each outcome of a [`PlanResult`] (a unit's households that receive the same
//! interventions) is projected once with the plan ([`LeanProjector`], the engine's figures).
//! Every household of it then gets, in each draw, the single-household model's shocks laid over
//! that projection the same way ([`crate::model::risk::monte_carlo`]): positive income by source
//! × the draw's multipliers, less the out-of-pocket medical cost, ÷ members, plus the offset that
//! keeps the projection's mean when the template's `risk.mean_kept` is on: the projection less the
//! mean of a pilot of the run's first min(draws, [`PILOT_DRAWS`]) draws — the single household's
//! pilot for runs of 2,000 draws or more, a shorter one (the run's own draws) below that. The
//! relief fund's rule ([`payout`]) gives each household's relief; summed over the households it
//! is the county's relief need that year in that draw.
//!
//! Random numbers are counter-based ([`crate::model::risk::rng`]), keyed by the seed, the draw,
//! and the household's number in the roster (its place among all households, a typical
//! household's count unrolled), so results do not depend on how the run is chunked. Prices are
//! the county's (one market: one draw for every village); disasters, rent and tourism seasons are
//! each village's own; illness, accidents and job loss each household's own. A one-household
//! roster therefore draws exactly what the single-household model draws for household 0 (a test
//! checks the incomes bit for bit).
//!
//! Falling back (返贫) in a year: at or above the line in the year before in the same draw (the
//! base year with the plan counts as a year before) and below it this year. Below = per capita
//! < line, after the medical cost; years without a line count as neither.

use serde::{Deserialize, Serialize};

use super::lean::LeanProjector;
use super::plan::{Plan, PlanResult};
use super::PlanUnit;
use crate::model::projection::Source;
use crate::model::risk::monte_carlo::{quantiles, Estimate, PILOT_DRAWS};
use crate::model::risk::relief::payout;
use crate::model::risk::settings::{ReliefRule, RiskSettings};
use crate::model::risk::shocks::{ShockMembers, ShockModel, YearShock, LABOR_SOURCES};
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Unit, Yuan};

/// The anti-relapse relief fund of a county (防返贫风险救助基金): 2 million yuan each in Hejing,
/// Bohu and Yuli (field survey, FACTS.md "Risk and monitoring"; the survey gives no period, so
/// the figures compare it with each year's need and with the need of the whole horizon).
pub const COUNTY_RELIEF_FUND_YUAN: Yuan = 2_000_000.0;

/// Draws a roster run makes unless asked otherwise (the 1,000; a roster is thousands of
/// households, so the single household's 10,000 would take ten times as long).
pub const DEFAULT_ROSTER_DRAWS: u32 = 1_000;

/// What to run.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RosterRiskRequest {
    pub draws: u32,
    pub seed: u32,
    /// The fund the need is compared with (元).
    pub fund_yuan: Yuan,
}

impl RosterRiskRequest {
    /// The template's seed, [`DEFAULT_ROSTER_DRAWS`] draws and the survey's county fund.
    pub fn from_template(template: &Scenario) -> Self {
        RosterRiskRequest {
            draws: DEFAULT_ROSTER_DRAWS,
            seed: template.risk.seed,
            fund_yuan: COUNTY_RELIEF_FUND_YUAN,
        }
    }
}

/// One year of the county's risk. Amounts in the template's price basis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RosterRiskYear {
    pub year: i32,
    pub line_yuan_per_capita: Option<Yuan>,
    /// Households below the line with the plan: mean over the draws.
    pub households_below_mean: f64,
    /// Households falling back (at or above the line the year before, below it this year):
    /// mean over the draws, and the 95th percentile.
    pub households_falling_back_mean: f64,
    pub households_falling_back_p95: f64,
    /// The relief fund's payouts summed over the households: mean, median and 95th percentile
    /// over the draws.
    pub relief_need_mean_yuan: Yuan,
    pub relief_need_p50_yuan: Yuan,
    pub relief_need_p95_yuan: Yuan,
    /// Probability that the year's need exceeds the fund.
    pub p_need_over_fund: Estimate,
}

/// What a roster risk run reports (compact: no raw draws).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RosterRiskSummary {
    pub draws: u32,
    pub seed: u32,
    pub households: u64,
    pub fund_yuan: Yuan,
    pub years: Vec<RosterRiskYear>,
    /// Over the whole horizon: household-years falling back (mean), the relief need summed over
    /// the years (mean, median, 95th percentile), the probability that this sum exceeds the
    /// fund, and the probability that the need exceeds it in at least one year.
    pub falling_back_total_mean: f64,
    pub relief_need_total_mean_yuan: Yuan,
    pub relief_need_total_p50_yuan: Yuan,
    pub relief_need_total_p95_yuan: Yuan,
    pub p_total_need_over_fund: Estimate,
    pub p_any_year_over_fund: Estimate,
}

/// One outcome's path with the plan, shared by its households.
#[derive(Clone, Debug)]
struct Path {
    /// Per capita by year, deterministic.
    per_capita_yuan: Vec<Yuan>,
    /// Income by source with the plan, year after year, the sources that are not 0 only (in
    /// source order; leaving out a 0 changes no sum but the sign of a zero): the sources of year
    /// `t` are `terms[term_start[t]..term_start[t + 1]]`.
    terms: Vec<Term>,
    term_start: Vec<u32>,
    available_months: f64,
    members: f64,
    shock_members: ShockMembers,
    village: u32,
}

/// One source's amount in a year, and which of the draw's multipliers it takes: the village's
/// for its source (index [`Source::COUNT`]: none, for an amount that is not positive), the
/// labor kept (`labor` 1: a source earned by the household's work) and the local wages kept
/// (`wage` 1: local wages).
#[derive(Clone, Copy, Debug)]
struct Term {
    yuan: Yuan,
    village: u8,
    labor: u8,
    wage: u8,
}

/// A household of the roster (a typical household's count unrolled): the path it follows. Its
/// place in `RosterRiskRun::households` is its number for the random draws.
#[derive(Clone, Copy, Debug)]
struct Member {
    path: u32,
}

/// A roster risk run in progress: the pilot (for the mean offsets), then the draws, each step
/// one draw over every household.
#[derive(Clone, Debug)]
pub struct RosterRiskRun {
    request: RosterRiskRequest,
    model: ShockModel,
    relief: ReliefRule,
    first_year: i32,
    price_index: Vec<f64>,
    line: Vec<Option<Yuan>>,
    paths: Vec<Path>,
    households: Vec<Member>,
    villages: u32,
    /// Pilot draws (0 when the mean is not kept): the first of the run's own draws.
    pilot_draws: u32,
    pilot_done: u32,
    /// Household × year, for [`Self::draw_incomes`] only: the pilot's sums, then the offsets.
    offsets: Vec<f64>,
    /// The households in the order the run takes them (by village, then as listed), and how
    /// many it has taken.
    order: Vec<u32>,
    next: usize,
    /// The village whose draws are in `village_draws` (`u32::MAX`: none yet), and its
    /// multipliers for every draw: draw × year.
    current_village: u32,
    village_draws: Vec<[f64; Source::COUNT + 1]>,
    /// One household's per capita before the offset, and its medical cost, draw × year.
    raw: Vec<f64>,
    medical: Vec<f64>,
    village_buf: Vec<Vec<YearShock>>,
    year_buf: Vec<YearShock>,
    /// Village × year: the village multiplier of each source, and 1 after them (for amounts
    /// that take none).
    village_m: Vec<[f64; Source::COUNT + 1]>,
    /// What `Iterator::sum` of `f64` starts from.
    sum_start: f64,
    /// Per year: households below summed over the draws; and per year, per draw: households
    /// falling back and the relief need.
    below: Vec<u64>,
    falling_back: Vec<Vec<f64>>,
    need: Vec<Vec<f64>>,
}

impl RosterRiskRun {
    /// Prepares a run of `plan` on `units` (with `result = run_plan(plan, units)`): each outcome
    /// projected once with what it receives.
    pub fn new(
        plan: &Plan,
        units: &[PlanUnit],
        result: &PlanResult,
        request: &RosterRiskRequest,
    ) -> RosterRiskRun {
        let template = &plan.template;
        let settings: &RiskSettings = &template.risk;
        let mut projector = LeanProjector::new(template);
        let mut labor_source = [false; Source::COUNT];
        for s in LABOR_SOURCES {
            labor_source[s as usize] = true;
        }
        let mut village_names: Vec<&str> = Vec::new();
        let mut paths = Vec::with_capacity(result.outcomes.len());
        let mut households = Vec::new();
        for o in &result.outcomes {
            let u = &units[o.unit];
            let village = match village_names.iter().position(|v| *v == u.village) {
                Some(v) => v,
                None => {
                    village_names.push(&u.village);
                    village_names.len() - 1
                }
            };
            projector.run_modules(&u.household, o.received);
            let mut years = Vec::new();
            projector.combine(o.received, &mut years);
            let h = &u.household;
            let mut terms = Vec::new();
            let mut term_start = vec![0u32];
            for y in &years {
                terms.extend(
                    y.by_source
                        .0
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| **v != 0.0)
                        .map(|(s, &v)| {
                            let positive = v > 0.0;
                            Term {
                                yuan: v,
                                village: if positive { s } else { Source::COUNT } as u8,
                                labor: (positive && labor_source[s]) as u8,
                                wage: (positive && s == Source::LocalWages as usize) as u8,
                            }
                        }),
                );
                term_start.push(terms.len() as u32);
            }
            paths.push(Path {
                per_capita_yuan: years.iter().map(|y| y.per_capita_yuan).collect(),
                terms,
                term_start,
                available_months: projector.available_months(),
                members: h.members_persons,
                shock_members: ShockMembers::new(h.members_persons, h.laborers_persons, &u.health),
                village: village as u32,
            });
            let path = (paths.len() - 1) as u32;
            households.extend((0..o.count).map(|_| Member { path }));
        }
        let n_years = projector.years();
        let pilot_draws = if settings.mean_kept && settings.any_on() {
            PILOT_DRAWS.min(request.draws)
        } else {
            0
        };
        let draws = request.draws as usize;
        let mut order: Vec<u32> = (0..households.len() as u32).collect();
        order.sort_by_key(|&j| paths[households[j as usize].path as usize].village);
        RosterRiskRun {
            request: *request,
            model: ShockModel::new(template),
            relief: settings.relief.clone(),
            first_year: template.horizon.base_year,
            price_index: projector.price_index().to_vec(),
            line: projector.line_yuan_per_capita().to_vec(),
            offsets: vec![0.0; households.len() * n_years],
            villages: village_names.len() as u32,
            paths,
            households,
            pilot_draws,
            pilot_done: 0,
            order,
            next: 0,
            current_village: u32::MAX,
            village_draws: vec![[1.0; Source::COUNT + 1]; draws * n_years],
            raw: vec![0.0; draws * n_years],
            medical: vec![0.0; draws * n_years],
            village_buf: vec![Vec::new(); village_names.len()],
            year_buf: vec![YearShock::default(); n_years],
            village_m: vec![[1.0; Source::COUNT + 1]; village_names.len() * n_years],
            sum_start: std::iter::empty::<f64>().sum(),
            below: vec![0; n_years],
            falling_back: vec![vec![0.0; draws]; n_years],
            need: vec![vec![0.0; draws]; n_years],
        }
    }

    pub fn households(&self) -> usize {
        self.households.len()
    }

    /// Share of the work done (0–1): households taken, each with every draw.
    pub fn progress(&self) -> f64 {
        if self.households.is_empty() {
            1.0
        } else {
            self.next as f64 / self.households.len() as f64
        }
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.households.len()
    }

    /// Runs every draw for up to `max_households` more households; returns how many it took. A
    /// worker calls this between progress reports, and stops calling it to cancel.
    ///
    /// Household by household rather than draw by draw: a household's draws are kept while it
    /// is taken, so the pilot (the first draws, for the mean offsets) and the run share them —
    /// the same numbers the draw-by-draw order gave, at half the work.
    pub fn run_chunk(&mut self, max_households: u32) -> u32 {
        let mut ran = 0;
        while ran < max_households && !self.is_done() {
            let j = self.order[self.next] as usize;
            self.one_household(j);
            self.next += 1;
            ran += 1;
        }
        ran
    }

    /// Village `v`'s multipliers for every draw, into `village_draws`.
    fn fill_village(&mut self, v: u32) {
        let n = self.price_index.len();
        for d in 0..self.request.draws {
            let years = &mut self.village_buf[v as usize];
            self.model.village_draw(self.request.seed, d, v, years);
            for (t, y) in years.iter().enumerate() {
                self.village_draws[d as usize * n + t][..Source::COUNT]
                    .copy_from_slice(&y.village.0);
            }
        }
        self.current_village = v;
    }

    /// Household `j` through every draw: its incomes after each draw's shocks, the mean offset
    /// from the pilot's draws, then what each draw adds to the county's counts and need.
    fn one_household(&mut self, j: usize) {
        let n = self.price_index.len();
        let draws = self.request.draws as usize;
        let path = self.households[j].path as usize;
        let v = self.paths[path].village;
        if self.current_village != v {
            self.fill_village(v);
        }
        for d in 0..draws {
            self.draw_household(d as u32, j);
            let p = &self.paths[path];
            for t in 0..n {
                let h = &self.year_buf[t];
                let raw = raw_per_capita_with(
                    self.sum_start,
                    p,
                    t,
                    h,
                    &self.village_draws[d * n + t],
                    self.price_index[t],
                );
                self.raw[d * n + t] = raw;
                self.medical[d * n + t] = h.medical_yuan;
            }
        }
        let p = &self.paths[path];
        // Offset = the projection − the pilot's mean, like the single-household model; summed in
        // draw order, as that model does.
        let mut offset = vec![0.0; n];
        if self.pilot_draws > 0 {
            for draw in self.raw.chunks_exact(n).take(self.pilot_draws as usize) {
                for (o, raw) in offset.iter_mut().zip(draw) {
                    *o += raw;
                }
            }
            let pilot = self.pilot_draws as f64;
            for (o, planned) in offset.iter_mut().zip(&p.per_capita_yuan) {
                *o = planned - *o / pilot;
            }
        }
        for d in 0..draws {
            let mut was_above = false;
            for (t, &offset) in offset.iter().enumerate() {
                let price = self.price_index[t];
                let per_capita = self.raw[d * n + t] + offset;
                let line = self.line[t];
                let medical = self.medical[d * n + t] * price;
                self.need[t][d] +=
                    payout(&self.relief, per_capita, line, p.members, medical, price).total_yuan;
                let below = line.is_some_and(|l| per_capita < l);
                if below {
                    self.below[t] += 1;
                    if was_above {
                        self.falling_back[t][d] += 1.0;
                    }
                }
                was_above = line.is_some_and(|l| per_capita >= l);
            }
        }
    }

    /// Every village's shocks of draw `draw`.
    fn draw_villages(&mut self, draw: u32) {
        let n = self.price_index.len();
        for v in 0..self.villages {
            let years = &mut self.village_buf[v as usize];
            self.model.village_draw(self.request.seed, draw, v, years);
            for (t, y) in years.iter().enumerate() {
                self.village_m[v as usize * n + t][..Source::COUNT].copy_from_slice(&y.village.0);
            }
        }
    }

    /// Household `j`'s own shocks of draw `draw`, into `year_buf` (its village multipliers
    /// stay 1: they are read from `village_buf`).
    fn draw_household(&mut self, draw: u32, j: usize) {
        let path = &self.paths[self.households[j].path as usize];
        for y in &mut self.year_buf {
            y.labor_months_lost = 0.0;
            y.wage_share_lost = 0.0;
            y.medical_yuan = 0.0;
            y.hits = 0;
        }
        self.model.household_draw(
            &path.shock_members,
            self.request.seed,
            draw,
            j as u32,
            &mut self.year_buf,
        );
    }

    fn pilot_draw(&mut self) {
        let draw = self.pilot_done;
        self.draw_villages(draw);
        let n = self.price_index.len();
        for j in 0..self.households.len() {
            self.draw_household(draw, j);
            let p = &self.paths[self.households[j].path as usize];
            for t in 0..n {
                let raw = self.raw_per_capita(p, t);
                self.offsets[j * n + t] += raw;
            }
        }
        self.pilot_done += 1;
        if self.pilot_done == self.pilot_draws {
            // Offset = the projection − the pilot's mean, like the single-household model.
            let draws = self.pilot_draws as f64;
            for j in 0..self.households.len() {
                let p = &self.paths[self.households[j].path as usize];
                for t in 0..n {
                    let o = &mut self.offsets[j * n + t];
                    *o = p.per_capita_yuan[t] - *o / draws;
                }
            }
        }
    }

    /// Per capita in year `t` after the year's shocks (the village's in `village_buf`, the
    /// household's in `year_buf`), before the mean offset: the single-household model's
    /// `YearShock::multipliers` and `overlay` written out as one loop, the same operations in the
    /// same order (so the same bits).
    #[inline(always)]
    fn raw_per_capita(&self, p: &Path, t: usize) -> Yuan {
        let village = &self.village_m[p.village as usize * self.price_index.len() + t];
        raw_per_capita_with(
            self.sum_start,
            p,
            t,
            &self.year_buf[t],
            village,
            self.price_index[t],
        )
    }

    /// The results over the households taken so far (all of them once [`Self::is_done`]).
    pub fn finish(mut self) -> RosterRiskSummary {
        let n = self.request.draws;
        let nf = n.max(1) as f64;
        let fund = self.request.fund_yuan;
        let years_n = self.price_index.len();
        let mut totals = vec![0.0; n as usize];
        let mut any_over = vec![false; n as usize];
        let mut falling_total = 0.0;
        let mut years = Vec::with_capacity(years_n);
        for t in 0..years_n {
            let need = &mut self.need[t];
            let mut over = 0u64;
            for (d, &v) in need.iter().enumerate() {
                totals[d] += v;
                if v > fund {
                    over += 1;
                    any_over[d] = true;
                }
            }
            let falling_mean = self.falling_back[t].iter().sum::<f64>() / nf;
            falling_total += falling_mean;
            let need_mean = need.iter().sum::<f64>() / nf;
            let [p50, p95] = quantiles(need, [0.5, 0.95]);
            years.push(RosterRiskYear {
                year: self.first_year + t as i32,
                line_yuan_per_capita: self.line[t],
                households_below_mean: self.below[t] as f64 / nf,
                households_falling_back_mean: falling_mean,
                households_falling_back_p95: quantiles(&mut self.falling_back[t], [0.95])[0],
                relief_need_mean_yuan: need_mean,
                relief_need_p50_yuan: p50,
                relief_need_p95_yuan: p95,
                p_need_over_fund: estimate(over, n),
            });
        }
        let total_mean = totals.iter().sum::<f64>() / nf;
        let total_over = totals.iter().filter(|&&v| v > fund).count() as u64;
        let [p50, p95] = quantiles(&mut totals, [0.5, 0.95]);
        RosterRiskSummary {
            draws: n,
            seed: self.request.seed,
            households: self.next as u64,
            fund_yuan: fund,
            years,
            falling_back_total_mean: falling_total,
            relief_need_total_mean_yuan: total_mean,
            relief_need_total_p50_yuan: p50,
            relief_need_total_p95_yuan: p95,
            p_total_need_over_fund: estimate(total_over, n),
            p_any_year_over_fund: estimate(any_over.iter().filter(|&&b| b).count() as u64, n),
        }
    }

    /// Household `household`'s per-capita income in each year of draw `draw` (after its medical
    /// cost and the mean offset), for tests and explanations. Runs the pilot first if needed.
    pub fn draw_incomes(&mut self, draw: u32, household: usize) -> Vec<Yuan> {
        while self.pilot_done < self.pilot_draws {
            self.pilot_draw();
        }
        self.draw_villages(draw);
        self.draw_household(draw, household);
        let n = self.price_index.len();
        let p = &self.paths[self.households[household].path as usize];
        (0..n)
            .map(|t| self.raw_per_capita(p, t) + self.offsets[household * n + t])
            .collect()
    }
}

/// [`RosterRiskRun::raw_per_capita`] with its inputs given: the household's shocks `h` and its
/// village's multipliers of the year.
#[inline(always)]
fn raw_per_capita_with(
    sum_start: f64,
    p: &Path,
    t: usize,
    h: &YearShock,
    village: &[f64; Source::COUNT + 1],
    price: f64,
) -> Yuan {
    // A multiplier that does not apply is 1, and × 1 changes no bit: `multipliers`' two
    // conditional products become two unconditional ones, in the same order.
    let kept = if h.labor_months_lost > 0.0 && p.available_months > 0.0 {
        1.0 - (h.labor_months_lost / p.available_months).min(1.0)
    } else {
        1.0
    };
    let wage_kept = if h.wage_share_lost > 0.0 {
        1.0 - h.wage_share_lost.min(1.0)
    } else {
        1.0
    };
    let first = [1.0, kept];
    let second = [1.0, wage_kept];
    let mut total = sum_start;
    let terms = &p.terms[p.term_start[t] as usize..p.term_start[t + 1] as usize];
    for term in terms {
        let m = village[term.village as usize]
            * first[term.labor as usize]
            * second[term.wage as usize];
        total += term.yuan * m;
    }
    (total - h.medical_yuan * price) / p.members
}

fn estimate(count: u64, draws: u32) -> Estimate {
    Estimate::of(count, draws)
}

/// A figure of [`RosterRiskSummary`] the UI shows. `year` is a calendar year of the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RosterRiskFigure {
    /// The county's relief need in a year (value: the median; inputs: mean and P95).
    ReliefNeed { year: i32 },
    /// The relief need summed over the horizon.
    ReliefNeedTotal,
    /// Households falling back in a year (value: the mean over the draws).
    FallingBack { year: i32 },
    /// Probability that a year's need exceeds the fund.
    NeedOverFund { year: i32 },
}

const NEED_FORMULA: Text = Text::new(
    "每次模拟：各户当年救助金之和，救助金 = min(上限, 补足比例 × max(0, 监测线 − 人均收入) × 家庭人口 + 医疗救助比例 × max(0, 自付医疗费 − 起付线))；人均收入 = 带方案的预测收入经该次冲击后减去自付医疗费 ÷ 家庭人口；中位数与第 95 百分位取自全部模拟",
    "in each draw: the sum over the households of the year's payout, payout = min(cap, gap share × max(0, line − per capita) × members + medical share × max(0, medical cost − threshold)); per capita = the projection with the plan after that draw's shocks, less the out-of-pocket medical cost, ÷ members; median and 95th percentile over the draws",
);

/// The run's draws, seed, households and the fund rule's parameters as the form names them.
fn need_inputs(t: Trace, template: &Scenario, s: &RosterRiskSummary) -> Trace {
    t.input(Text::new("模拟次数", "Draws"), s.draws as f64, Unit::Count)
        .input(Text::new("随机种子", "Seed"), s.seed as f64, Unit::Count)
        .input(
            Text::new("户数", "Households"),
            s.households as f64,
            Unit::Count,
        )
        .param(template, "risk.relief.gap_share_pct")
        .param(template, "risk.relief.medical_threshold_yuan")
        .param(template, "risk.relief.medical_share_pct")
        .param(template, "risk.relief.cap_yuan")
        .input(
            Text::new(
                "县防返贫救助基金(调研：每县 200 万元)",
                "County relief fund (survey: 2 million yuan a county)",
            ),
            s.fund_yuan,
            Unit::Yuan,
        )
}

/// How a figure of a roster risk run was computed: formula and inputs. `template` is the plan's
/// template the run used. `None` for a year outside the horizon.
pub fn explain_roster_risk(
    template: &Scenario,
    s: &RosterRiskSummary,
    figure: RosterRiskFigure,
) -> Option<Trace> {
    let year_of = |year: i32| s.years.iter().find(|y| y.year == year);
    let probability = |e: Estimate| e.p * 100.0;
    Some(match figure {
        RosterRiskFigure::ReliefNeed { year } => {
            let y = year_of(year)?;
            need_inputs(
                Trace::new(
                    Text::new("全县救助需求(中位数)", "County relief need (median)"),
                    NEED_FORMULA,
                    y.relief_need_p50_yuan,
                    Unit::Yuan,
                ),
                template,
                s,
            )
            .input(Text::new("均值", "Mean"), y.relief_need_mean_yuan, Unit::Yuan)
            .input(
                Text::new("第 95 百分位", "95th percentile"),
                y.relief_need_p95_yuan,
                Unit::Yuan,
            )
            .input(
                Text::new("超过基金的概率", "Probability above the fund"),
                probability(y.p_need_over_fund),
                Unit::Percent,
            )
        }
        RosterRiskFigure::ReliefNeedTotal => need_inputs(
            Trace::new(
                Text::new(
                    "全期救助需求合计(中位数)",
                    "Relief need over the horizon (median)",
                ),
                Text::new(
                    "每次模拟：各年全县救助需求之和(含基年)；中位数与第 95 百分位取自全部模拟",
                    "in each draw: the county's relief need summed over the years (the base year included); median and 95th percentile over the draws",
                ),
                s.relief_need_total_p50_yuan,
                Unit::Yuan,
            ),
            template,
            s,
        )
        .input(
            Text::new("均值", "Mean"),
            s.relief_need_total_mean_yuan,
            Unit::Yuan,
        )
        .input(
            Text::new("第 95 百分位", "95th percentile"),
            s.relief_need_total_p95_yuan,
            Unit::Yuan,
        )
        .input(
            Text::new("全期合计超过基金的概率", "Probability the sum exceeds the fund"),
            probability(s.p_total_need_over_fund),
            Unit::Percent,
        ),
        RosterRiskFigure::FallingBack { year } => {
            let y = year_of(year)?;
            Trace::new(
                Text::new("返贫户数(期望)", "Households falling back (expected)"),
                Text::new(
                    "每次模拟：上一年(或基年)人均收入不低于监测线、当年低于监测线的户数；取全部模拟的均值",
                    "in each draw: households at or above the line the year before (or in the base year) and below it this year; the mean over the draws",
                ),
                y.households_falling_back_mean,
                Unit::Count,
            )
            .input(Text::new("模拟次数", "Draws"), s.draws as f64, Unit::Count)
            .input(Text::new("随机种子", "Seed"), s.seed as f64, Unit::Count)
            .input(Text::new("户数", "Households"), s.households as f64, Unit::Count)
            .input(
                Text::new("第 95 百分位", "95th percentile"),
                y.households_falling_back_p95,
                Unit::Count,
            )
            .input(
                Text::new("当年低于监测线户数(期望)", "Households below the line (expected)"),
                y.households_below_mean,
                Unit::Count,
            )
        }
        RosterRiskFigure::NeedOverFund { year } => {
            let y = year_of(year)?;
            let e = y.p_need_over_fund;
            need_inputs(
                Trace::new(
                    Text::new("救助需求超过基金的概率", "Probability the need exceeds the fund"),
                    Text::new(
                        "概率 = 全县当年救助需求超过基金的模拟次数 ÷ 模拟次数；标准误 = √(p(1 − p) ÷ 模拟次数)",
                        "probability = draws whose county relief need in the year exceeds the fund ÷ draws; standard error = √(p(1 − p) ÷ draws)",
                    ),
                    probability(e),
                    Unit::Percent,
                ),
                template,
                s,
            )
            .input(
                Text::new("标准误", "Standard error"),
                e.se * 100.0,
                Unit::Percent,
            )
        }
    })
}
