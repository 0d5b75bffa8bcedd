//! Results from the worker as flat lists of numbers (sent as a `Float64Array`), written and read
//! by hand. Why not JSON: reading these types with serde's derived code added about 35 KB to the
//! page's wasm, and the page must stay small; this reader is a fraction of that. A round-trip
//! test holds every field (adding one to a result type fails to compile here until it is coded).

use crate::model::fields::FIELDS;
use crate::model::risk::{
    Estimate, Percentiles, RangeKind, RiskResult, RiskYear, ShockKind, ShockSummary, Tornado,
    TornadoBar, TornadoMetric,
};

#[derive(Default)]
struct Writer(Vec<f64>);

impl Writer {
    fn n(&mut self, v: f64) {
        self.0.push(v);
    }
    fn flag(&mut self, b: bool) {
        self.n(if b { 1.0 } else { 0.0 });
    }
    fn opt(&mut self, v: Option<f64>) {
        self.flag(v.is_some());
        self.n(v.unwrap_or(0.0));
    }
    fn estimate(&mut self, e: Option<Estimate>) {
        self.flag(e.is_some());
        let e = e.unwrap_or_default();
        self.n(e.p);
        self.n(e.se);
    }
    fn percentiles(&mut self, p: &Percentiles) {
        for v in [p.p10, p.p25, p.p50, p.p75, p.p90] {
            self.n(v);
        }
    }
}

struct Reader<'a> {
    v: &'a [f64],
    at: usize,
}

impl Reader<'_> {
    fn n(&mut self) -> Option<f64> {
        let v = *self.v.get(self.at)?;
        self.at += 1;
        Some(v)
    }
    fn u(&mut self) -> Option<u32> {
        let v = self.n()?;
        (v >= 0.0 && v <= u32::MAX as f64 && v.fract() == 0.0).then_some(v as u32)
    }
    fn i(&mut self) -> Option<i32> {
        let v = self.n()?;
        (v.abs() <= i32::MAX as f64 && v.fract() == 0.0).then_some(v as i32)
    }
    fn flag(&mut self) -> Option<bool> {
        Some(self.n()? != 0.0)
    }
    fn opt(&mut self) -> Option<Option<f64>> {
        let some = self.flag()?;
        let v = self.n()?;
        Some(some.then_some(v))
    }
    fn estimate(&mut self) -> Option<Option<Estimate>> {
        let some = self.flag()?;
        let e = Estimate {
            p: self.n()?,
            se: self.n()?,
        };
        Some(some.then_some(e))
    }
    fn percentiles(&mut self) -> Option<Percentiles> {
        Some(Percentiles {
            p10: self.n()?,
            p25: self.n()?,
            p50: self.n()?,
            p75: self.n()?,
            p90: self.n()?,
        })
    }
    fn done(&self) -> bool {
        self.at == self.v.len()
    }
}

pub fn encode_result(r: &RiskResult) -> Vec<f64> {
    let mut w = Writer::default();
    w.n(r.draws as f64);
    w.n(r.seed as f64);
    w.n(r.household as f64);
    w.n(r.shocks.len() as f64);
    for s in &r.shocks {
        w.n(ShockKind::ALL
            .iter()
            .position(|k| *k == s.kind)
            .unwrap_or(0) as f64);
        w.flag(s.enabled);
        w.flag(s.village_shared);
        w.opt(s.hit_share);
    }
    w.n(r.years.len() as f64);
    for y in &r.years {
        w.n(y.year as f64);
        w.opt(y.line_yuan_per_capita);
        w.n(y.deterministic_per_capita_yuan);
        w.n(y.deterministic_baseline_per_capita_yuan);
        w.n(y.mean_offset_per_capita_yuan);
        w.n(y.mean_offset_baseline_per_capita_yuan);
        w.percentiles(&y.per_capita);
        w.percentiles(&y.baseline_per_capita);
        w.n(y.mean_per_capita_yuan);
        w.n(y.mean_baseline_per_capita_yuan);
        w.estimate(y.p_below);
        w.estimate(y.p_below_baseline);
        w.estimate(y.p_below_after_relief);
        w.n(y.shortfall_per_capita_yuan);
        w.n(y.shortfall_baseline_per_capita_yuan);
        w.n(y.shortfall_household_yuan);
        w.n(y.relief_mean_yuan);
        w.n(y.relief_se_yuan);
        w.n(y.relief_p95_yuan);
        w.n(y.relief_mean_baseline_yuan);
        w.n(y.medical_mean_yuan);
    }
    w.estimate(r.p_ever_below);
    w.estimate(r.p_ever_below_baseline);
    w.estimate(r.p_back_below);
    w.estimate(r.p_back_below_baseline);
    w.n(r.relief_total_mean_yuan);
    w.n(r.relief_total_p95_yuan);
    w.0
}

pub fn decode_result(v: &[f64]) -> Option<RiskResult> {
    let mut r = Reader { v, at: 0 };
    let (draws, seed, household) = (r.u()?, r.u()?, r.u()?);
    let shocks = (0..r.u()?)
        .map(|_| {
            Some(ShockSummary {
                kind: *ShockKind::ALL.get(r.u()? as usize)?,
                enabled: r.flag()?,
                village_shared: r.flag()?,
                hit_share: r.opt()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let years = (0..r.u()?)
        .map(|_| {
            Some(RiskYear {
                year: r.i()?,
                line_yuan_per_capita: r.opt()?,
                deterministic_per_capita_yuan: r.n()?,
                deterministic_baseline_per_capita_yuan: r.n()?,
                mean_offset_per_capita_yuan: r.n()?,
                mean_offset_baseline_per_capita_yuan: r.n()?,
                per_capita: r.percentiles()?,
                baseline_per_capita: r.percentiles()?,
                mean_per_capita_yuan: r.n()?,
                mean_baseline_per_capita_yuan: r.n()?,
                p_below: r.estimate()?,
                p_below_baseline: r.estimate()?,
                p_below_after_relief: r.estimate()?,
                shortfall_per_capita_yuan: r.n()?,
                shortfall_baseline_per_capita_yuan: r.n()?,
                shortfall_household_yuan: r.n()?,
                relief_mean_yuan: r.n()?,
                relief_se_yuan: r.n()?,
                relief_p95_yuan: r.n()?,
                relief_mean_baseline_yuan: r.n()?,
                medical_mean_yuan: r.n()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let result = RiskResult {
        draws,
        seed,
        household,
        shocks,
        years,
        p_ever_below: r.estimate()?,
        p_ever_below_baseline: r.estimate()?,
        p_back_below: r.estimate()?,
        p_back_below_baseline: r.estimate()?,
        relief_total_mean_yuan: r.n()?,
        relief_total_p95_yuan: r.n()?,
    };
    r.done().then_some(result)
}

fn metric_code(m: TornadoMetric) -> (f64, f64) {
    match m {
        TornadoMetric::PerCapita { year } => (0.0, year as f64),
        TornadoMetric::Npv => (1.0, 0.0),
        TornadoMetric::ProbabilityBelow { year } => (2.0, year as f64),
    }
}

pub fn encode_tornado(t: &Tornado) -> Vec<f64> {
    let mut w = Writer::default();
    let (tag, year) = metric_code(t.metric);
    w.n(tag);
    w.n(year);
    w.n(t.base_value);
    w.n(t.fields_moved as f64);
    w.n(t.draws as f64);
    w.n(t.seed as f64);
    w.n(t.bars.len() as f64);
    for b in &t.bars {
        // Fields travel by their place in the registry, which both sides share.
        w.n(FIELDS
            .iter()
            .position(|f| f.id == b.field_id)
            .map_or(-1.0, |i| i as f64));
        w.n(match b.range {
            RangeKind::Documented => 0.0,
            RangeKind::PlusMinus25Pct => 1.0,
        });
        for v in [
            b.base_input,
            b.low_input,
            b.high_input,
            b.low_value,
            b.high_value,
        ] {
            w.n(v);
        }
        w.flag(b.low_valid);
        w.flag(b.high_valid);
        w.n(b.swing);
    }
    w.0
}

pub fn decode_tornado(v: &[f64]) -> Option<Tornado> {
    let mut r = Reader { v, at: 0 };
    let metric = match (r.u()?, r.i()?) {
        (0, year) => TornadoMetric::PerCapita { year },
        (1, _) => TornadoMetric::Npv,
        (2, year) => TornadoMetric::ProbabilityBelow { year },
        _ => return None,
    };
    let base_value = r.n()?;
    let (fields_moved, draws, seed) = (r.u()?, r.u()?, r.u()?);
    let bars = (0..r.u()?)
        .map(|_| {
            Some(TornadoBar {
                field_id: FIELDS.get(r.u()? as usize)?.id.to_string(),
                range: match r.u()? {
                    0 => RangeKind::Documented,
                    1 => RangeKind::PlusMinus25Pct,
                    _ => return None,
                },
                base_input: r.n()?,
                low_input: r.n()?,
                high_input: r.n()?,
                low_value: r.n()?,
                high_value: r.n()?,
                low_valid: r.flag()?,
                high_valid: r.flag()?,
                swing: r.n()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let t = Tornado {
        metric,
        base_value,
        bars,
        fields_moved,
        draws,
        seed,
    };
    r.done().then_some(t)
}
