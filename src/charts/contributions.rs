//! What each intervention adds to household income, stacked by year.

use plotters::prelude::*;

use super::by_source::stack_extremes;
use super::frame::{frame, stacked_bars, value_range, LegendEntry, Series};
use super::palette::category;
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::interventions::InterventionKind;
use crate::model::Projection;

pub fn series(projection: &Projection, lang: Lang) -> Vec<Series> {
    InterventionKind::ALL
        .iter()
        .enumerate()
        .map(|(i, &k)| Series {
            label: lang.tr(k.name()).to_string(),
            color: category(i),
            values: projection
                .rows
                .iter()
                .map(|r| r.increment_by_intervention[k])
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
