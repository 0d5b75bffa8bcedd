//! Household income by source, stacked by year.

use plotters::prelude::*;

use super::frame::{frame, stacked_bars, value_range, LegendEntry, Series};
use super::palette::category;
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::projection::Source;
use crate::model::Projection;

/// One series per source that is non-zero in some year; colours follow `Source::ALL` order so a
/// source keeps its colour whichever others are shown.
pub fn series(projection: &Projection, lang: Lang) -> Vec<Series> {
    Source::ALL
        .iter()
        .enumerate()
        .map(|(i, &s)| Series {
            label: lang.tr(s.name()).to_string(),
            color: category(i),
            values: projection
                .rows
                .iter()
                .map(|r| r.scenario_by_source[s])
                .collect(),
        })
        .filter(|s| s.values.iter().any(|v| v.abs() > 1e-9))
        .collect()
}

pub fn legend(projection: &Projection, lang: Lang) -> Vec<LegendEntry> {
    series(projection, lang)
        .iter()
        .map(Series::legend)
        .collect()
}

pub fn draw(target: &HiDpiCanvas, projection: &Projection, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let rows = &projection.rows;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    let years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    let series = series(projection, lang);
    let y = value_range(stack_extremes(&series));
    let mut chart = frame(
        &root,
        target,
        (first.year, last.year),
        y,
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_YUAN_PER_HOUSEHOLD),
    )?;
    stacked_bars(&mut chart, &years, &series)?;
    root.present()?;
    Ok(())
}

/// Top of the positive stack and bottom of the negative stack in every year.
pub fn stack_extremes(series: &[Series]) -> Vec<f64> {
    let n = series.first().map_or(0, |s| s.values.len());
    (0..n)
        .flat_map(|i| {
            let (up, down) = series
                .iter()
                .map(|s| s.values[i])
                .fold(
                    (0.0, 0.0),
                    |(u, d), v| {
                        if v > 0.0 {
                            (u + v, d)
                        } else {
                            (u, d + v)
                        }
                    },
                );
            [up, down]
        })
        .collect()
}
