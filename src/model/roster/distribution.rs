//! The per-capita income distribution of a plan's households in one year, with and without the
//! plan, as a histogram against the monitoring line.
//!
//! Bins: quarters of the line from 0 to three times the line (12 bins), so the line is always an
//! edge and the bins just under it show who is close. The first bin is open below (it also holds
//! negative incomes), the last open above. Custom edges are accepted too.

use super::plan::PlanResult;
use crate::model::units::Yuan;

/// Bins of the line's width ÷ this, from 0 up to `LINE_MULTIPLES` × the line.
pub const BINS_PER_LINE: usize = 4;
pub const LINE_MULTIPLES: usize = 3;

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Histogram {
    pub year: i32,
    pub line_yuan_per_capita: Option<Yuan>,
    /// Bin edges (元/人), ascending; bin `i` is `[edges[i], edges[i + 1])`, except that the first
    /// takes everything below `edges[1]` and the last everything from its lower edge up.
    pub edges_yuan_per_capita: Vec<Yuan>,
    /// Households per bin (typical households by their count).
    pub with_plan: Vec<u64>,
    pub without_plan: Vec<u64>,
    pub households: u64,
    /// Households below the line (none when the year has no line).
    pub below_with: u64,
    pub below_without: u64,
}

/// The default edges for a line: 0, ¼, ½, … up to 3 × the line.
pub fn edges_around_line(line_yuan_per_capita: Yuan) -> Vec<Yuan> {
    let w = line_yuan_per_capita / BINS_PER_LINE as f64;
    (0..=BINS_PER_LINE * LINE_MULTIPLES)
        .map(|i| i as f64 * w)
        .collect()
}

/// The histogram of `year` with the default edges; `None` when the year is outside the result
/// or has no line (the bins are drawn around it).
pub fn per_capita_histogram(result: &PlanResult, year: i32) -> Option<Histogram> {
    let t = result.years.iter().position(|&y| y == year)?;
    let line = result.line_yuan_per_capita[t]?;
    if line <= 0.0 {
        return None;
    }
    per_capita_histogram_with_edges(result, year, &edges_around_line(line))
}

/// The histogram of `year` with the given edges (at least two, ascending); `None` when the year
/// is outside the result or the edges are too few.
pub fn per_capita_histogram_with_edges(
    result: &PlanResult,
    year: i32,
    edges_yuan_per_capita: &[Yuan],
) -> Option<Histogram> {
    let t = result.years.iter().position(|&y| y == year)?;
    if edges_yuan_per_capita.len() < 2 {
        return None;
    }
    let bins = edges_yuan_per_capita.len() - 1;
    let line = result.line_yuan_per_capita[t];
    // Inner edges decide: values under edges[1] go to bin 0, from edges[bins - 1] to the last.
    let bin_of = |pc: Yuan| -> usize {
        edges_yuan_per_capita[1..bins]
            .iter()
            .take_while(|&&e| pc >= e)
            .count()
    };
    let mut h = Histogram {
        year,
        line_yuan_per_capita: line,
        edges_yuan_per_capita: edges_yuan_per_capita.to_vec(),
        with_plan: vec![0; bins],
        without_plan: vec![0; bins],
        households: 0,
        below_with: 0,
        below_without: 0,
    };
    for o in &result.outcomes {
        let n = o.count as u64;
        let (with, without) = (o.per_capita_yuan[t], o.baseline_per_capita_yuan[t]);
        h.households += n;
        h.with_plan[bin_of(with)] += n;
        h.without_plan[bin_of(without)] += n;
        if let Some(l) = line {
            h.below_with += n * (with < l) as u64;
            h.below_without += n * (without < l) as u64;
        }
    }
    Some(h)
}
