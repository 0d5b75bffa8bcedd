//! Village tiers (示范村 / 中间村 / 薄弱村) from each village's own base-year figures: the share of
//! its households below the monitoring line (without any plan) and the median per-capita
//! income, against thresholds the planner may change. The rule is stated in words with the
//! thresholds, and each village carries the figures it was sorted by.
//!
//! The default thresholds are assumptions (no survey or policy source fixes them): a
//! demonstration village has at most 5 % of households below the line and a median of at least
//! twice the line; a weak village has 15 % or more below, or a median under 1.5 times the line;
//! every other village is middle.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::PlanUnit;
use crate::model::text::{OwnedText, Text};
use crate::model::units::{Percent, Persons, Yuan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// 示范村.
    Demonstration,
    /// 中间村.
    Middle,
    /// 薄弱村.
    Weak,
}

impl Tier {
    pub const fn name(self) -> Text {
        match self {
            Tier::Demonstration => Text::new("示范村", "Demonstration village"),
            Tier::Middle => Text::new("中间村", "Middle village"),
            Tier::Weak => Text::new("薄弱村", "Weak village"),
        }
    }
}

/// Where the tiers divide. Median thresholds are multiples of the line, so they follow it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TierThresholds {
    /// Demonstration: at most this share of households below the line (%).
    pub demonstration_max_below_pct: Percent,
    /// Demonstration: a median per capita of at least this many times the line.
    pub demonstration_min_median_x_line: f64,
    /// Weak: at least this share of households below the line (%) ...
    pub weak_min_below_pct: Percent,
    /// ... or a median per capita under this many times the line.
    pub weak_max_median_x_line: f64,
}

impl Default for TierThresholds {
    /// Assumptions (see the module documentation).
    fn default() -> Self {
        TierThresholds {
            demonstration_max_below_pct: 5.0,
            demonstration_min_median_x_line: 2.0,
            weak_min_below_pct: 15.0,
            weak_max_median_x_line: 1.5,
        }
    }
}

impl TierThresholds {
    /// The rule in words, with the thresholds in yuan for `line_yuan_per_capita`.
    pub fn rule(&self, line_yuan_per_capita: Yuan) -> OwnedText {
        let demo = self.demonstration_min_median_x_line * line_yuan_per_capita;
        let weak = self.weak_max_median_x_line * line_yuan_per_capita;
        OwnedText {
            zh: format!(
                "按基期各村自身数据（无帮扶）：低于监测线（{line:.0} 元/人）的户占比 ≤ {dp}% 且人均纯收入中位数 ≥ {dm:.0} 元（监测线的 {dx} 倍）为示范村；低于监测线的户占比 ≥ {wp}% 或中位数 < {wm:.0} 元（{wx} 倍）为薄弱村；其余为中间村",
                line = line_yuan_per_capita,
                dp = self.demonstration_max_below_pct,
                dm = demo,
                dx = self.demonstration_min_median_x_line,
                wp = self.weak_min_below_pct,
                wm = weak,
                wx = self.weak_max_median_x_line,
            ),
            en: format!(
                "From each village's own base-year figures (no plan): demonstration if at most {dp} % of households are below the line ({line:.0} yuan/person) and the median per capita is at least {dm:.0} yuan ({dx} × the line); weak if {wp} % or more are below or the median is under {wm:.0} yuan ({wx} × the line); middle otherwise",
                line = line_yuan_per_capita,
                dp = self.demonstration_max_below_pct,
                dm = demo,
                dx = self.demonstration_min_median_x_line,
                wp = self.weak_min_below_pct,
                wm = weak,
                wx = self.weak_max_median_x_line,
            ),
        }
    }

    /// The tier of a village with `below_pct` of households below the line and median per
    /// capita `median_yuan` (weak is checked first: a village meeting both is weak).
    pub fn tier(&self, below_pct: Percent, median_yuan: Yuan, line_yuan_per_capita: Yuan) -> Tier {
        if below_pct >= self.weak_min_below_pct
            || median_yuan < self.weak_max_median_x_line * line_yuan_per_capita
        {
            Tier::Weak
        } else if below_pct <= self.demonstration_max_below_pct
            && median_yuan >= self.demonstration_min_median_x_line * line_yuan_per_capita
        {
            Tier::Demonstration
        } else {
            Tier::Middle
        }
    }
}

/// One village's figures and tier.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VillageTier {
    pub village: String,
    pub households: u64,
    pub persons: Persons,
    /// Households below the line in the base year without any plan.
    pub households_below: u64,
    pub below_pct: Percent,
    /// Median of the households' base-year per capita (each household counted once, typical
    /// households by their count).
    pub median_per_capita_yuan: Yuan,
    /// Total income ÷ persons.
    pub mean_per_capita_yuan: Yuan,
    pub tier: Tier,
    /// Why: the village's figures against the thresholds.
    pub reason: OwnedText,
}

/// Sorts the villages of `units` (in the order first met) into tiers by their base-year
/// figures (the units' base per capita, base-year prices) against `line_yuan_per_capita` (the
/// base year's line, e.g. `PlanResult::line_yuan_per_capita[0]`).
pub fn village_tiers(
    units: &[PlanUnit],
    line_yuan_per_capita: Yuan,
    thresholds: &TierThresholds,
) -> Vec<VillageTier> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut members: Vec<(&str, Vec<&PlanUnit>)> = Vec::new();
    for u in units {
        let i = *index.entry(u.village.as_str()).or_insert_with(|| {
            members.push((u.village.as_str(), Vec::new()));
            members.len() - 1
        });
        members[i].1.push(u);
    }
    members
        .into_iter()
        .map(|(village, us)| {
            let households: u64 = us.iter().map(|u| u.count as u64).sum();
            let persons: Persons = us
                .iter()
                .map(|u| u.household.members_persons * u.count as f64)
                .sum();
            let income: Yuan = us
                .iter()
                .map(|u| u.base_per_capita_yuan * u.household.members_persons * u.count as f64)
                .sum();
            let households_below: u64 = us
                .iter()
                .filter(|u| u.base_per_capita_yuan < line_yuan_per_capita)
                .map(|u| u.count as u64)
                .sum();
            let below_pct = if households > 0 {
                households_below as f64 / households as f64 * 100.0
            } else {
                0.0
            };
            let mut pcs: Vec<(Yuan, u32)> =
                us.iter().map(|u| (u.base_per_capita_yuan, u.count)).collect();
            pcs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let median = weighted_median(&pcs);
            let mean = if persons > 0.0 { income / persons } else { 0.0 };
            let tier = thresholds.tier(below_pct, median, line_yuan_per_capita);
            let reason = OwnedText {
                zh: format!(
                    "{}：低于监测线 {households_below}/{households} 户（{below_pct:.1}%），人均纯收入中位数 {median:.0} 元（监测线的 {:.2} 倍）",
                    tier.name().zh,
                    median / line_yuan_per_capita
                ),
                en: format!(
                    "{}: {households_below} of {households} households below the line ({below_pct:.1} %), median per capita {median:.0} yuan ({:.2} × the line)",
                    tier.name().en,
                    median / line_yuan_per_capita
                ),
            };
            VillageTier {
                village: village.to_string(),
                households,
                persons,
                households_below,
                below_pct,
                median_per_capita_yuan: median,
                mean_per_capita_yuan: mean,
                tier,
                reason,
            }
        })
        .collect()
}

/// Median of sorted (value, weight) pairs: the middle household's value, or the mean of the two
/// middle ones when the count is even.
fn weighted_median(sorted: &[(Yuan, u32)]) -> Yuan {
    let n: u64 = sorted.iter().map(|p| p.1 as u64).sum();
    if n == 0 {
        return 0.0;
    }
    let nth = |k: u64| -> Yuan {
        let mut seen = 0;
        for &(v, w) in sorted {
            seen += w as u64;
            if k < seen {
                return v;
            }
        }
        sorted.last().map_or(0.0, |p| p.0)
    };
    if n % 2 == 1 {
        nth(n / 2)
    } else {
        (nth(n / 2 - 1) + nth(n / 2)) / 2.0
    }
}
