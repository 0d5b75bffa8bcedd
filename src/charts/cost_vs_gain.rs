//! Program cost against household income gained, cumulative over the horizon.

use plotters::prelude::*;

use super::frame::{dashed_line, frame, value_range, year_span, LegendEntry, Mark};
use super::palette::{GREEN, VERMILLION};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::Projection;

pub fn draw(target: &HiDpiCanvas, projection: &Projection, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let rows = &projection.rows;
    let Some((first, last)) = year_span(projection) else {
        return Ok(());
    };
    let cumulative = |f: &dyn Fn(&crate::model::YearRow) -> f64| -> Vec<(f64, f64)> {
        let mut total = 0.0;
        rows.iter()
            .map(|r| {
                total += f(r);
                (r.year as f64, total)
            })
            .collect()
    };
    let gained = cumulative(&|r| r.increment_yuan());
    let cost = cumulative(&|r| r.program_cost_yuan);
    let y = value_range(gained.iter().chain(&cost).map(|p| p.1));
    let mut chart = frame(
        &root,
        target,
        (first, last),
        y,
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_YUAN_CUMULATIVE),
    )?;
    let gain_style = target.stroke(GREEN, 3.0);
    chart.draw_series(LineSeries::new(gained, gain_style).point_size(target.px(3.0)))?;
    let cost_style = target.stroke(VERMILLION, 2.5);
    dashed_line(
        &mut chart,
        target,
        cost,
        (target.px(8.0), target.px(5.0)),
        cost_style,
    )?;
    root.present()?;
    Ok(())
}

pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    vec![
        LegendEntry::of(strings::LEGEND_CUMULATIVE_GAIN, GREEN, Mark::Line, lang),
        LegendEntry::of(
            strings::LEGEND_CUMULATIVE_COST,
            VERMILLION,
            Mark::Dashed,
            lang,
        ),
    ]
}
