//! The risk model (issue 10): shocks drawn year by year and laid over the deterministic
//! projection, Monte Carlo in chunks, the relief fund's payout rule, and sensitivity. Pure
//! Rust like the rest of the model; reproducible bit for bit from (scenario, seed) natively and
//! in wasm (`rng.rs` uses integer hashing and IEEE basic operations only).
//!
//! - [`RiskRun`] / [`simulate`]: percentiles, probabilities below the line, shortfall, relief.
//! - [`tornado`]: which inputs move a chosen result most.
//! - [`explain_risk`] / [`explain_tornado`]: how each figure was computed.
//!
//! docs/model.md ("Risk") gives the method, the defaults and their sources, and what is
//! simplified.

pub mod explain;
pub mod monte_carlo;
pub mod relief;
pub mod rng;
pub mod settings;
pub mod shocks;
pub mod tornado;

pub use explain::{explain_risk, explain_tornado, RiskFigure};
pub use monte_carlo::{
    draw_incomes, simulate, DrawYear, Estimate, Percentiles, RiskRequest, RiskResult, RiskRun,
    RiskYear, ShockSummary,
};
pub use relief::{payout, ReliefPayout};
pub use settings::RiskSettings;
pub use shocks::{draw_shocks, DrawShocks, ShockKind, YearShock};
pub use tornado::{tornado, RangeKind, Tornado, TornadoBar, TornadoMetric, TornadoRequest};

/// Preset, seed and draws of the reproducibility check.
pub const FINGERPRINT_PRESET: &str = "hejing_herder";
pub const FINGERPRINT_SEED: u32 = 20_261_129;
pub const FINGERPRINT_DRAWS: u32 = 2_000;

/// The figures a wasm build must reproduce bit for bit: the median per-capita income of year
/// index 5 and the probability below the line in year index 3, for the Hejing herder preset
/// with seed 20261129 and 2,000 draws, printed with every digit (shortest round-trip form)
/// and as raw bits. Equal to [`REPRODUCIBILITY_FINGERPRINT`] natively (a test checks it).
pub fn reproducibility_fingerprint() -> String {
    let mut s = (crate::model::presets::preset(FINGERPRINT_PRESET)
        .expect("preset exists")
        .build)();
    s.risk.seed = FINGERPRINT_SEED;
    let request = RiskRequest {
        draws: FINGERPRINT_DRAWS,
        seed: FINGERPRINT_SEED,
        household: 0,
    };
    let r = simulate(&s, &request).expect("the preset is valid");
    let p50 = r.years[5].per_capita.p50;
    let below = r.years[3].p_below.map_or(f64::NAN, |e| e.p);
    format!(
        "p50[{}]={:?} ({:016x}); p_below[{}]={:?} ({:016x})",
        r.years[5].year,
        p50,
        p50.to_bits(),
        r.years[3].year,
        below,
        below.to_bits()
    )
}

/// What [`reproducibility_fingerprint`] returns on a correct build.
pub const REPRODUCIBILITY_FINGERPRINT: &str =
    "p50[2030]=9172.811596294936 (40c1ea67e2632c27); p_below[2028]=0.4455 (3fdc83126e978d50)";
