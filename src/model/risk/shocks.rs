//! The shocks of one draw. Village-shared shocks (disaster, prices, rent, tourism) come from
//! the village's random numbers, household shocks (illness, accidents, job loss) from the
//! household's, so every household of a village sees the same village shocks in a draw.
//!
//! A draw's shocks are kept apart from the projection's amounts: per year, a multiplier for
//! each income source (applied to positive amounts only), labor-months lost, the share of local
//! wages lost and the medical cost. [`super::monte_carlo`] lays them over the deterministic
//! projection.

use serde::{Deserialize, Serialize};

use super::rng::{self, Rng, VILLAGE_UNIT};
use super::settings::{HealthStatus, RiskSettings};
use crate::model::interventions::frac;
use crate::model::projection::{Source, SourceAmounts};
use crate::model::scenario::{Scenario, MAX_HORIZON_YEARS};
use crate::model::text::Text;
use crate::model::units::{Months, Persons, Yuan};

/// The kinds of shock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShockKind {
    Illness,
    Disaster,
    Accident,
    Prices,
    Rent,
    Tourism,
    JobLoss,
}

impl ShockKind {
    pub const ALL: [ShockKind; 7] = [
        ShockKind::Illness,
        ShockKind::Disaster,
        ShockKind::Accident,
        ShockKind::Prices,
        ShockKind::Rent,
        ShockKind::Tourism,
        ShockKind::JobLoss,
    ];

    pub fn name(self) -> Text {
        match self {
            ShockKind::Illness => Text::new("大病", "Serious illness"),
            ShockKind::Disaster => Text::new("自然灾害", "Disaster"),
            ShockKind::Accident => Text::new("意外伤害", "Accident"),
            ShockKind::Prices => Text::new("价格波动", "Price swings"),
            ShockKind::Rent => Text::new("租金拖欠或重议", "Late or renegotiated rent"),
            ShockKind::Tourism => Text::new("旅游季崩溃", "Tourism season collapse"),
            ShockKind::JobLoss => Text::new("失业", "Job loss"),
        }
    }

    /// Drawn once per draw for the whole village.
    pub fn village_shared(self) -> bool {
        matches!(
            self,
            ShockKind::Disaster | ShockKind::Prices | ShockKind::Rent | ShockKind::Tourism
        )
    }

    pub fn enabled(self, r: &RiskSettings) -> bool {
        match self {
            ShockKind::Illness => r.illness.enabled,
            ShockKind::Disaster => r.disaster.enabled,
            ShockKind::Accident => r.accident.enabled,
            ShockKind::Prices => r.prices.enabled,
            ShockKind::Rent => r.rent.enabled,
            ShockKind::Tourism => r.tourism.enabled,
            ShockKind::JobLoss => r.job_loss.enabled,
        }
    }

    /// The bit of [`YearShock::hits`].
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// Whether the shock is an event that strikes or not (prices move every year).
    pub fn is_event(self) -> bool {
        self != ShockKind::Prices
    }
}

/// Sources earned by the household's own work: they shrink with the labor-months it loses.
pub const LABOR_SOURCES: [Source; 8] = [
    Source::OwnFarming,
    Source::LocalWages,
    Source::Courtyard,
    Source::Poultry,
    Source::Sheep,
    Source::Cattle,
    Source::Tourism,
    Source::Enterprise,
];

/// One year of a draw's shocks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearShock {
    /// Village-shared multiplier of each source (prices, disaster, rent, tourism), applied to
    /// positive amounts.
    pub village: SourceAmounts,
    /// Labor-months the household loses to illness and accidents.
    pub labor_months_lost: Months,
    /// Share (0–1) of the household's local wages lost to job loss.
    pub wage_share_lost: f64,
    /// Out-of-pocket medical cost after reimbursement, base-year prices.
    pub medical_yuan: Yuan,
    /// Which shocks struck ([`ShockKind::bit`]).
    pub hits: u8,
}

impl Default for YearShock {
    fn default() -> Self {
        YearShock {
            village: SourceAmounts([1.0; Source::COUNT]),
            labor_months_lost: 0.0,
            wage_share_lost: 0.0,
            medical_yuan: 0.0,
            hits: 0,
        }
    }
}

impl YearShock {
    /// The multiplier of each source this year, for a household with `available_months` of
    /// labor.
    #[inline]
    pub fn multipliers(&self, available_months: Months) -> SourceAmounts {
        let mut m = self.village;
        if self.labor_months_lost > 0.0 && available_months > 0.0 {
            let kept = 1.0 - (self.labor_months_lost / available_months).min(1.0);
            for s in LABOR_SOURCES {
                m[s] *= kept;
            }
        }
        if self.wage_share_lost > 0.0 {
            m[Source::LocalWages] *= 1.0 - self.wage_share_lost.min(1.0);
        }
        m
    }
}

/// The shocks of one draw, year by year (index 0 = the base year, never shocked: it is the
/// year the household's figures describe).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DrawShocks {
    pub years: Vec<YearShock>,
}

// Streams of random numbers, one per use, so switching one shock off never moves another's.
const DISASTER: u32 = 1;
const LIVESTOCK_LOSS: u32 = 2;
const CROP_LOSS: u32 = 3;
const LIVESTOCK_PRICE: u32 = 4;
const EGG_PRICE: u32 = 5;
const WAGE_LEVEL: u32 = 6;
const RENT: u32 = 7;
const TOURISM: u32 = 8;
const ILLNESS: u32 = 9;
const ILLNESS_COST: u32 = 10;
const ILLNESS_LABORER: u32 = 11;
const ILLNESS_MONTHS: u32 = 12;
const ACCIDENT: u32 = 13;
const ACCIDENT_MONTHS: u32 = 14;
const JOB_LOSS: u32 = 15;
const JOB_MONTHS: u32 = 16;

/// What the draws need from a scenario, prepared once per run.
#[derive(Clone, Debug)]
pub struct ShockModel {
    r: RiskSettings,
    years: usize,
    members: ShockMembers,
    /// ln of the median cost and the lognormal's sigma.
    cost_mu: f64,
    cost_sigma: f64,
    /// Variance of the log price in each year (livestock, eggs, wages), for mean-one factors.
    price_var: [Vec<f64>; 3],
}

/// Who in a household the household shocks can strike: members by health (healthy,
/// chronically ill, disabled) and laborers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShockMembers {
    groups: [f64; 3],
    laborers: f64,
}

impl ShockMembers {
    pub fn new(members: Persons, laborers: Persons, health: &HealthStatus) -> Self {
        let chronic = health.chronic_ill_persons.max(0.0);
        let disabled = health.disabled_persons.max(0.0);
        let healthy = (members - chronic - disabled).max(0.0);
        ShockMembers {
            groups: [healthy, chronic, disabled],
            laborers: laborers.max(0.0),
        }
    }
}

impl ShockModel {
    pub fn new(s: &Scenario) -> Self {
        let r = s.risk.clone();
        let h = &s.household;
        let members = ShockMembers::new(h.members_persons, h.laborers_persons, &r.health);
        let (median, mean) = (r.illness.cost_median_yuan, r.illness.cost_mean_yuan);
        let (cost_mu, cost_sigma) = if median > 0.0 {
            let ratio = if mean > median { mean / median } else { 1.0 };
            (rng::ln(median), (2.0 * rng::ln(ratio)).sqrt())
        } else {
            (f64::NEG_INFINITY, 0.0)
        };
        let years = s.horizon.years as usize;
        let p = &r.prices;
        let var = |sd: f64, rho: f64| {
            let (sd, rho) = (frac(sd), frac(rho));
            let mut v = vec![0.0; years];
            for t in 1..years {
                v[t] = rho * rho * v[t - 1] + sd * sd;
            }
            v
        };
        let price_var = [
            var(p.livestock_sd_pct, p.livestock_persistence_pct),
            var(p.eggs_sd_pct, p.eggs_persistence_pct),
            var(p.wage_sd_pct, p.wage_persistence_pct),
        ];
        ShockModel {
            years,
            members,
            cost_mu,
            cost_sigma,
            price_var,
            r,
        }
    }

    pub fn settings(&self) -> &RiskSettings {
        &self.r
    }

    /// The shocks of draw `draw` for household `household` (0 for a single household).
    pub fn draw(&self, seed: u32, draw: u32, household: u32, out: &mut DrawShocks) {
        out.years.clear();
        out.years.resize(
            self.years.min(MAX_HORIZON_YEARS as usize),
            YearShock::default(),
        );
        let village = Rng::new(seed as u64, draw as u64, VILLAGE_UNIT);
        let own = Rng::new(seed as u64, draw as u64, household as u64);
        self.village(&village, &village, &mut out.years);
        self.household(&self.members, &own, &mut out.years);
    }

    /// The village-shared shocks of draw `draw` for village number `village` of a roster, into
    /// `out` (one slot per year). Prices are the county's, drawn from the unit
    /// [`VILLAGE_UNIT`] (one market); disasters, rent and tourism seasons are the village's, from
    /// the unit `VILLAGE_UNIT − village`. Village 0 draws exactly what [`Self::draw`] draws for a
    /// single household.
    pub fn village_draw(&self, seed: u32, draw: u32, village: u32, out: &mut Vec<YearShock>) {
        out.clear();
        out.resize(
            self.years.min(MAX_HORIZON_YEARS as usize),
            YearShock::default(),
        );
        let county = Rng::new(seed as u64, draw as u64, VILLAGE_UNIT);
        let own = Rng::new(seed as u64, draw as u64, VILLAGE_UNIT - village as u64);
        self.village(&county, &own, out);
    }

    /// Adds the household shocks of household number `household` in draw `draw` to `years`
    /// (a village's shocks from [`Self::village_draw`]): [`Self::draw`] for a household of
    /// `members`.
    pub fn household_draw(
        &self,
        members: &ShockMembers,
        seed: u32,
        draw: u32,
        household: u32,
        years: &mut [YearShock],
    ) {
        let own = Rng::new(seed as u64, draw as u64, household as u64);
        self.household(members, &own, years);
    }

    // Years are indexed: a disaster reaches into the years after it, prices carry over.
    #[allow(clippy::needless_range_loop)]
    fn village(&self, county: &Rng, rng: &Rng, years: &mut [YearShock]) {
        let r = &self.r;
        if r.disaster.enabled {
            let d = &r.disaster;
            let p = frac(d.probability_pct);
            let n = d.recovery_years.max(1) as usize;
            let mut livestock = [0.0; MAX_HORIZON_YEARS as usize];
            for t in 1..years.len() {
                if rng.uniform(DISASTER, t as u32, 0) >= p {
                    continue;
                }
                years[t].hits |= ShockKind::Disaster.bit();
                let lost = frac(rng::triangular(
                    rng.uniform(LIVESTOCK_LOSS, t as u32, 0),
                    d.livestock_loss_min_pct,
                    d.livestock_loss_mode_pct,
                    d.livestock_loss_max_pct,
                ));
                // The herd rebuilds over n years: the loss shrinks by 1/n a year.
                for k in 0..n {
                    if let Some(l) = livestock.get_mut(t + k) {
                        *l += lost * (n - k) as f64 / n as f64;
                    }
                }
                let crop = frac(rng::triangular(
                    rng.uniform(CROP_LOSS, t as u32, 0),
                    d.crop_loss_min_pct,
                    d.crop_loss_mode_pct,
                    d.crop_loss_max_pct,
                ));
                let kept = 1.0 - crop.min(1.0);
                years[t].village[Source::OwnFarming] *= kept;
                years[t].village[Source::Courtyard] *= kept;
            }
            for (y, l) in years.iter_mut().zip(livestock) {
                if l > 0.0 {
                    let kept = 1.0 - l.min(1.0);
                    for s in [Source::Sheep, Source::Cattle, Source::Poultry] {
                        y.village[s] *= kept;
                    }
                }
            }
        }
        if r.prices.enabled {
            let p = &r.prices;
            let series = [
                (
                    LIVESTOCK_PRICE,
                    p.livestock_sd_pct,
                    p.livestock_persistence_pct,
                ),
                (EGG_PRICE, p.eggs_sd_pct, p.eggs_persistence_pct),
                (WAGE_LEVEL, p.wage_sd_pct, p.wage_persistence_pct),
            ];
            for (i, (stream, sd, rho)) in series.into_iter().enumerate() {
                let (sd, rho) = (frac(sd), frac(rho));
                if sd <= 0.0 {
                    continue;
                }
                let mut x = 0.0;
                for t in 1..years.len() {
                    x = rho * x + sd * rng::normal_quantile(county.uniform(stream, t as u32, 0));
                    let factor = rng::exp(x - self.price_var[i][t] / 2.0);
                    let v = &mut years[t].village;
                    match i {
                        0 => {
                            v[Source::Sheep] *= factor;
                            v[Source::Cattle] *= factor;
                        }
                        1 => v[Source::Poultry] *= factor,
                        _ => {
                            v[Source::LocalWages] *= factor;
                            v[Source::MigrantRemittances] *= factor;
                        }
                    }
                }
            }
        }
        let events = [
            (
                ShockKind::Rent,
                Source::LandRent,
                RENT,
                r.rent.enabled,
                r.rent.probability_pct,
                r.rent.share_lost_pct,
            ),
            (
                ShockKind::Tourism,
                Source::Tourism,
                TOURISM,
                r.tourism.enabled,
                r.tourism.probability_pct,
                r.tourism.share_lost_pct,
            ),
        ];
        for (kind, source, stream, enabled, p, lost) in events {
            if !enabled {
                continue;
            }
            for (t, y) in years.iter_mut().enumerate().skip(1) {
                if rng.uniform(stream, t as u32, 0) < frac(p) {
                    y.hits |= kind.bit();
                    y.village[source] *= 1.0 - frac(lost).min(1.0);
                }
            }
        }
    }

    fn household(&self, m: &ShockMembers, rng: &Rng, years: &mut [YearShock]) {
        let r = &self.r;
        if r.illness.enabled {
            let il = &r.illness;
            let probs = [il.healthy_pct, il.chronic_pct, il.disabled_pct].map(frac);
            let laborer_share = if m.groups[0] > 0.0 {
                (m.laborers / m.groups[0]).min(1.0)
            } else {
                0.0
            };
            for (t, y) in years.iter_mut().enumerate().skip(1) {
                let t = t as u32;
                for (g, (&persons, &p)) in m.groups.iter().zip(&probs).enumerate() {
                    for_each_person(persons, |j, weight| {
                        let idx = ((g as u32) << 8) | j;
                        if rng.uniform(ILLNESS, t, idx) >= p * weight {
                            return;
                        }
                        y.hits |= ShockKind::Illness.bit();
                        if self.cost_mu.is_finite() {
                            let z = rng::normal_quantile(rng.uniform(ILLNESS_COST, t, idx));
                            y.medical_yuan += rng::exp(self.cost_mu + self.cost_sigma * z);
                        }
                        // Only a healthy member is taken to be a laborer.
                        if g == 0 && rng.uniform(ILLNESS_LABORER, t, idx) < laborer_share {
                            y.labor_months_lost += rng::triangular(
                                rng.uniform(ILLNESS_MONTHS, t, idx),
                                il.months_lost_min,
                                il.months_lost_mode,
                                il.months_lost_max,
                            );
                        }
                    });
                }
            }
        }
        if r.accident.enabled {
            let a = &r.accident;
            let p = frac(a.probability_pct);
            for (t, y) in years.iter_mut().enumerate().skip(1) {
                let t = t as u32;
                for_each_person(m.laborers, |j, weight| {
                    if rng.uniform(ACCIDENT, t, j) < p * weight {
                        y.hits |= ShockKind::Accident.bit();
                        y.labor_months_lost += rng::triangular(
                            rng.uniform(ACCIDENT_MONTHS, t, j),
                            a.months_min,
                            a.months_mode,
                            a.months_max,
                        );
                    }
                });
            }
        }
        if r.job_loss.enabled && m.laborers > 0.0 {
            let jl = &r.job_loss;
            let p = frac(jl.probability_pct);
            for (t, y) in years.iter_mut().enumerate().skip(1) {
                let t = t as u32;
                for_each_person(m.laborers, |j, weight| {
                    if rng.uniform(JOB_LOSS, t, j) < p * weight {
                        y.hits |= ShockKind::JobLoss.bit();
                        let months = rng::triangular(
                            rng.uniform(JOB_MONTHS, t, j),
                            jl.months_min,
                            jl.months_mode,
                            jl.months_max,
                        );
                        // Each laborer earns an equal share of the household's local wages.
                        y.wage_share_lost += (months / 12.0).min(1.0) / m.laborers;
                    }
                });
            }
        }
    }
}

/// Calls `f(index, weight)` for each person of a possibly fractional count: whole persons
/// weigh 1, the last part-person its fraction (1.5 laborers: weights 1 and 0.5).
#[inline]
fn for_each_person(persons: f64, mut f: impl FnMut(u32, f64)) {
    let mut j = 0u32;
    while (j as f64) < persons && j < 64 {
        f(j, (persons - j as f64).min(1.0));
        j += 1;
    }
}

/// The shocks of one draw of a scenario for one household: for tests and explanations.
pub fn draw_shocks(s: &Scenario, seed: u32, draw: u32, household: u32) -> DrawShocks {
    let mut out = DrawShocks::default();
    ShockModel::new(s).draw(seed, draw, household, &mut out);
    out
}
