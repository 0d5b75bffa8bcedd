//! Sensitivity (tornado): which inputs move a chosen result most when each is moved across its
//! documented range — or, with no documented range, ±25 % of its value — clipped to the field's
//! accepted range. The probability below the line uses common random numbers: every moved
//! scenario meets the same draws, so differences come from the input, not from sampling.

use serde::{Deserialize, Serialize};

use super::monte_carlo::p_below_with;
use super::shocks::{DrawShocks, ShockModel};
use crate::model::fields::{validate, FieldSpec, Section, ValidationError, FIELDS};
use crate::model::projection::{project_unchecked, Projection};
use crate::model::scenario::Scenario;
use crate::model::units::Unit;

/// The result the inputs are moved against.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TornadoMetric {
    /// Per-capita income in a calendar year (deterministic projection).
    PerCapita { year: i32 },
    /// NPV of all interventions together (deterministic projection).
    Npv,
    /// Probability (0–1) of being below the line in a calendar year (Monte Carlo).
    ProbabilityBelow { year: i32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoRequest {
    pub metric: TornadoMetric,
    /// How many bars to keep, largest swing first (0 = all).
    pub top: u32,
    /// Draws for the probability below the line (fewer than a full run: the differences are
    /// what matters, and common random numbers keep them steady).
    pub draws: u32,
}

impl TornadoRequest {
    /// The top ten bars; 200 draws for a probability (common random numbers keep the
    /// differences steady; the bench shows 500 would take the tornado past 100 ms).
    pub fn new(metric: TornadoMetric) -> Self {
        TornadoRequest {
            metric,
            top: 10,
            draws: 200,
        }
    }
}

/// Where a bar's low and high inputs come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RangeKind {
    /// The field's documented range ([`FieldSpec::range`], with its source).
    Documented,
    /// No documented range: ±25 % of the value.
    PlusMinus25Pct,
}

/// One input moved low and high, and the result at each.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    /// The registry id of the field (its label, unit and source are in `fields::field(id)`).
    pub field_id: String,
    pub range: RangeKind,
    pub base_input: f64,
    pub low_input: f64,
    pub high_input: f64,
    /// The result with the input at `low_input` and `high_input`. A side whose moved scenario
    /// fails validation (land transferred beyond the cropland …) keeps the base input and
    /// result, and says so in `low_valid` / `high_valid`.
    pub low_value: f64,
    pub high_value: f64,
    pub low_valid: bool,
    pub high_valid: bool,
    /// |high_value − low_value|.
    pub swing: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tornado {
    pub metric: TornadoMetric,
    pub base_value: f64,
    /// Largest swing first, at most `top`.
    pub bars: Vec<TornadoBar>,
    /// Fields moved (those that apply to the scenario and can change the metric).
    pub fields_moved: u32,
    /// Draws and seed used for a probability (0 draws for a deterministic metric).
    pub draws: u32,
    pub seed: u32,
}

/// The low and high inputs of a field and where they come from; `None` when it cannot move
/// (a zero with no documented range).
pub fn input_range(f: &FieldSpec, value: f64) -> Option<(f64, f64, RangeKind)> {
    let (lo, hi, kind) = match f.range {
        Some(r) => (r.low, r.high, RangeKind::Documented),
        None => {
            let (a, b) = (value * 0.75, value * 1.25);
            (a.min(b), a.max(b), RangeKind::PlusMinus25Pct)
        }
    };
    let clip = |v: f64| {
        let v = v.clamp(f.min, f.max);
        if f.integer {
            v.round()
        } else {
            v
        }
    };
    let (lo, hi) = (clip(lo), clip(hi));
    (lo != hi).then_some((lo, hi, kind))
}

/// Whether `f` is an uncertain input that can change `metric` in scenario `s`. Not moved:
/// calendar years (when a module starts, the horizon), the household's own size (a fact the
/// planner knows), the seed and the number of draws, the relief rule (it pays after the
/// metrics are taken), modules that are off, fields that do not apply, costs not entered, and
/// the risk settings for a deterministic metric.
fn moves_metric(f: &FieldSpec, s: &Scenario, metric: TornadoMetric) -> bool {
    if f.unit == Unit::Year
        || f.id.starts_with("horizon.")
        || matches!(
            f.id,
            "household.members_persons" | "risk.seed" | "risk.draws"
        )
    {
        return false;
    }
    if !(f.applies)(s) || f.is_not_entered((f.get)(s)) {
        return false;
    }
    match f.section {
        Section::Intervention(kind) => s.interventions.schedule(kind).enabled,
        Section::Relief => false,
        Section::Risk => matches!(metric, TornadoMetric::ProbabilityBelow { .. }),
        _ => true,
    }
}

/// Whether moving `f` changes the shocks themselves (not only the amounts they hit).
fn moves_shocks(f: &FieldSpec) -> bool {
    f.id.starts_with("risk.")
        || f.id == "household.members_persons"
        || f.id == "household.laborers_persons"
}

struct Evaluator {
    metric: TornadoMetric,
    index: usize,
    seed: u32,
    draws: u32,
    shocks: Vec<DrawShocks>,
}

impl Evaluator {
    fn draw_all(&self, s: &Scenario) -> Vec<DrawShocks> {
        let model = ShockModel::new(s);
        (0..self.draws)
            .map(|d| {
                let mut out = DrawShocks::default();
                model.draw(self.seed, d, 0, &mut out);
                out
            })
            .collect()
    }

    fn value(&self, s: &Scenario, p: &Projection, own_shocks: bool) -> f64 {
        match self.metric {
            TornadoMetric::PerCapita { .. } => p.rows[self.index].per_capita_yuan,
            TornadoMetric::Npv => p.total.npv_yuan,
            TornadoMetric::ProbabilityBelow { .. } => {
                let members = s.household.members_persons;
                let mean_kept = s.risk.mean_kept && s.risk.any_on();
                let v = if own_shocks {
                    p_below_with(p, members, self.index, &self.draw_all(s), mean_kept)
                } else {
                    p_below_with(p, members, self.index, &self.shocks, mean_kept)
                };
                v.unwrap_or(f64::NAN)
            }
        }
    }
}

/// Moves every field that can change the metric across its range and ranks them by swing.
/// Fails when the scenario is invalid; a year outside the horizon gives no bars.
pub fn tornado(s: &Scenario, request: &TornadoRequest) -> Result<Tornado, ValidationError> {
    validate(s)?;
    let year = match request.metric {
        TornadoMetric::PerCapita { year } | TornadoMetric::ProbabilityBelow { year } => year,
        TornadoMetric::Npv => s.horizon.base_year,
    };
    let index = (year - s.horizon.base_year) as usize;
    let probability = matches!(request.metric, TornadoMetric::ProbabilityBelow { .. });
    let mut ev = Evaluator {
        metric: request.metric,
        index,
        seed: s.risk.seed,
        draws: if probability { request.draws.max(1) } else { 0 },
        shocks: Vec::new(),
    };
    let (draws, seed) = (ev.draws, ev.seed);
    let empty = |base_value| Tornado {
        metric: request.metric,
        base_value,
        bars: Vec::new(),
        fields_moved: 0,
        draws,
        seed,
    };
    if year < s.horizon.base_year || index >= s.horizon.years as usize {
        return Ok(empty(f64::NAN));
    }
    if probability {
        ev.shocks = ev.draw_all(s);
    }
    let base = project_unchecked(s);
    let base_value = ev.value(s, &base, false);
    let mut bars = Vec::new();
    let mut moved = 0;
    let mut work = s.clone();
    for f in FIELDS.iter().filter(|f| moves_metric(f, s, request.metric)) {
        let value = (f.get)(s);
        let Some((lo, hi, kind)) = input_range(f, value) else {
            continue;
        };
        moved += 1;
        let own = probability && moves_shocks(f);
        let mut at = |v: f64| {
            (f.set)(&mut work, v);
            let out = match validate(&work) {
                Ok(()) => Some(ev.value(&work, &project_unchecked(&work), own)),
                Err(_) => None,
            };
            (f.set)(&mut work, value);
            out
        };
        let (low, high) = (at(lo), at(hi));
        let low_value = low.unwrap_or(base_value);
        let high_value = high.unwrap_or(base_value);
        bars.push(TornadoBar {
            field_id: f.id.to_string(),
            range: kind,
            base_input: value,
            low_input: if low.is_some() { lo } else { value },
            high_input: if high.is_some() { hi } else { value },
            low_value,
            high_value,
            low_valid: low.is_some(),
            high_valid: high.is_some(),
            swing: (high_value - low_value).abs(),
        });
    }
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    if request.top > 0 {
        bars.truncate(request.top as usize);
    }
    Ok(Tornado {
        bars,
        fields_moved: moved,
        ..empty(base_value)
    })
}
