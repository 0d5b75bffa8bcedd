//! The anti-relapse relief fund's payout rule (防返贫风险救助基金), one household and one year.

use serde::{Deserialize, Serialize};

use super::settings::ReliefRule;
use crate::model::interventions::frac;
use crate::model::units::Yuan;

/// What the fund pays a household in a year, and why.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReliefPayout {
    /// Gap share × (line − per capita)⁺ × members.
    pub gap_yuan: Yuan,
    /// Medical share × (medical cost − threshold)⁺.
    pub medical_yuan: Yuan,
    /// min(cap, gap + medical): what the fund pays.
    pub total_yuan: Yuan,
}

/// The payout for a household with `per_capita` income (after its medical cost) against
/// `line`, `members` persons and `medical` yuan of out-of-pocket medical cost, all in the year's
/// prices. The rule's threshold and cap are in base-year prices and follow `price_index`.
pub fn payout(
    rule: &ReliefRule,
    per_capita: Yuan,
    line: Option<Yuan>,
    members: f64,
    medical: Yuan,
    price_index: f64,
) -> ReliefPayout {
    let gap_yuan = match line {
        Some(line) if per_capita < line => frac(rule.gap_share_pct) * (line - per_capita) * members,
        _ => 0.0,
    };
    let threshold = rule.medical_threshold_yuan * price_index;
    let medical_yuan = if medical > threshold {
        frac(rule.medical_share_pct) * (medical - threshold)
    } else {
        0.0
    };
    ReliefPayout {
        gap_yuan,
        medical_yuan,
        total_yuan: (gap_yuan + medical_yuan).min(rule.cap_yuan * price_index),
    }
}
