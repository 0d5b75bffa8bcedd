//! A seeded synthetic county for tests and benchmarks: Bohu's 2,193 lifted households in 25
//! villages (survey, FACTS.md), with plausible spreads. Deterministic: the same seed gives the
//! same roster on every machine (integer hashing and the risk model's own `ln`/`exp`).
//!
//! Distributions (assumptions, not survey figures): village sizes 50–130 households; types 82 %
//! 脱贫户, 10 % 脱贫不稳定户, 6 % 边缘易致贫户, 2 % 突发严重困难户; 1–6 members (mean ≈ 3.3);
//! laborers 0–3, none in about 8 % of households (elderly); cropland lognormal around 10 mu,
//! none in 10 %; ewes in 20 % of households (5–40), cows in 10 % (1–5), hens in 40 % (5–30);
//! per-capita income lognormal, median 15,000 yuan for 脱贫户 (the survey's 2020 mean is
//! 17,981) and 6,500 for monitored households, spread σ = 0.35; the household's income split
//! about 45 % wages, 35 % business, 3 % property, 17 % transfers, each share varied; a chronically
//! ill member in 15 % of households, a disabled member in 5 %. Names and ID numbers are made up
//! (so privacy tests have something to hide) and use Bohu's region code 652829.

use super::{IncomeByCategory, Personal, Roster, RosterHousehold};
use crate::model::household::HouseholdStatus;
use crate::model::risk::rng::{exp, normal_quantile, Rng};

/// Bohu: 2,193 lifted households in 25 villages (survey).
pub const BOHU_HOUSEHOLDS: usize = 2_193;
/// The seed of the example county the county page offers.
pub const BOHU_SEED: u64 = 2025;
pub const BOHU_VILLAGES: usize = 25;

struct Draws {
    rng: Rng,
    n: u32,
}

impl Draws {
    fn u(&mut self) -> f64 {
        self.n += 1;
        self.rng.uniform(1, 0, self.n)
    }
    fn normal(&mut self) -> f64 {
        normal_quantile(self.u().clamp(1e-9, 1.0 - 1e-9))
    }
    fn chance(&mut self, p: f64) -> bool {
        self.u() < p
    }
    fn int(&mut self, lo: u32, hi: u32) -> u32 {
        lo + ((self.u() * (hi - lo + 1) as f64) as u32).min(hi - lo)
    }
}

/// A synthetic county of `households` in `villages` (the sizes vary, the total is exact).
pub fn synthetic_county(seed: u64, villages: usize, households: usize) -> Roster {
    let mut d = Draws {
        rng: Rng::new(seed, 0, 0),
        n: 0,
    };
    // Village sizes: weights 50–130, scaled to the total, remainder to the first villages.
    let weights: Vec<f64> = (0..villages).map(|_| 50.0 + 80.0 * d.u()).collect();
    let sum: f64 = weights.iter().sum();
    let mut sizes: Vec<usize> = weights
        .iter()
        .map(|w| (w / sum * households as f64).floor() as usize)
        .collect();
    let short = households - sizes.iter().sum::<usize>();
    // Each floor loses less than one household: the remainder is under `villages`.
    for s in sizes.iter_mut().take(short) {
        *s += 1;
    }
    let names: Vec<String> = (0..villages).map(|v| format!("第{:02}村", v + 1)).collect();
    let mut out = Vec::with_capacity(households);
    for (v, &size) in sizes.iter().enumerate() {
        for _ in 0..size {
            let i = out.len();
            let mut d = Draws {
                rng: Rng::new(seed, 0, i as u64 + 1),
                n: 0,
            };
            out.push(household(&mut d, i, &names[v]));
        }
    }
    Roster::from_households(out)
}

/// Bohu's county: 2,193 households in 25 villages.
pub fn bohu_county(seed: u64) -> Roster {
    synthetic_county(seed, BOHU_VILLAGES, BOHU_HOUSEHOLDS)
}

fn household(d: &mut Draws, i: usize, village: &str) -> RosterHousehold {
    let r = d.u();
    let status = if r < 0.82 {
        HouseholdStatus::Lifted
    } else if r < 0.92 {
        HouseholdStatus::LiftedUnstable
    } else if r < 0.98 {
        HouseholdStatus::Marginal
    } else {
        HouseholdStatus::SuddenHardship
    };
    let members = [1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6][d.int(0, 11) as usize] as f64;
    let laborers = if d.chance(0.08) {
        0.0
    } else {
        (d.int(1, 3) as f64).min(members)
    };
    let cropland = if d.chance(0.10) {
        0.0
    } else {
        round1(10.0 * exp(0.5 * d.normal()))
    };
    let ewes = if d.chance(0.20) {
        d.int(5, 40) as f64
    } else {
        0.0
    };
    let cows = if d.chance(0.10) {
        d.int(1, 5) as f64
    } else {
        0.0
    };
    let hens = if d.chance(0.40) {
        d.int(5, 30) as f64
    } else {
        0.0
    };
    let median = if status.is_monitored() {
        6_500.0
    } else {
        15_000.0
    };
    let per_capita = median * exp(0.35 * d.normal());
    let total = (per_capita * members).round();
    let mut shares = [
        0.45 * (0.5 + d.u()),
        0.35 * (0.5 + d.u()),
        0.03 * (0.5 + d.u()),
        0.17 * (0.5 + d.u()),
    ];
    if laborers == 0.0 {
        shares[0] *= 0.1;
    }
    let s: f64 = shares.iter().sum();
    let wages = (total * shares[0] / s).round();
    let business = (total * shares[1] / s).round();
    let property = (total * shares[2] / s).round();
    let transfers = total - wages - business - property;
    let code = format!("6528290{:05}", i + 1);
    let id = format!(
        "652829{:04}{:02}{:02}{:04}",
        1950 + d.int(0, 50),
        d.int(1, 12),
        d.int(1, 28),
        d.int(0, 9_999)
    );
    RosterHousehold {
        code,
        village: village.to_string(),
        status,
        members_persons: members,
        laborers_persons: laborers,
        cropland_mu: cropland,
        ewes_head: ewes,
        cows_head: cows,
        hens_head: hens,
        income: IncomeByCategory {
            wages_yuan: wages,
            business_yuan: business,
            property_yuan: property,
            transfers_yuan: transfers,
        },
        stated_per_capita_yuan: Some((total / members).round()),
        chronic_ill_persons: if d.chance(0.15) { 1.0 } else { 0.0 },
        disabled_persons: if d.chance(0.05) { 1.0 } else { 0.0 },
        personal: Personal {
            head_name: Some(format!("户主{:04}", i + 1)),
            id_number: Some(id),
        },
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
