//! The risk fan: per-capita income by year after shocks, as bands of the draws (10–90 % and
//! 25–75 %) and their median, against the monitoring line and the no-intervention baseline's band.

use plotters::prelude::*;

use super::frame::{dashed_line, frame, value_range, LegendEntry, Mark};
use super::palette::{BLUE, GREY, VERMILLION};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::risk::{Percentiles, RiskResult};

/// `color` laid over white at `alpha`, as one opaque colour: the HTML legend's swatch for a
/// translucent band drawn on the white canvas.
pub fn tint(color: RGBColor, alpha: f64) -> RGBColor {
    let mix = |c: u8| (255.0 - (255.0 - c as f64) * alpha).round() as u8;
    RGBColor(mix(color.0), mix(color.1), mix(color.2))
}

const OUTER: f64 = 0.22;
const INNER: f64 = 0.45;
const BASELINE: f64 = 0.28;

/// The area between two edges of a band, year by year.
fn band(
    years: &[i32],
    bands: &[Percentiles],
    lo: fn(&Percentiles) -> f64,
    hi: fn(&Percentiles) -> f64,
    style: ShapeStyle,
) -> Polygon<(f64, f64)> {
    let upper = years.iter().zip(bands).map(|(&y, p)| (y as f64, hi(p)));
    let lower = years
        .iter()
        .zip(bands)
        .rev()
        .map(|(&y, p)| (y as f64, lo(p)));
    Polygon::new(upper.chain(lower).collect::<Vec<_>>(), style)
}

pub fn draw(target: &HiDpiCanvas, risk: &RiskResult, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let (Some(first), Some(last)) = (risk.years.first(), risk.years.last()) else {
        return Ok(());
    };
    let years: Vec<i32> = risk.years.iter().map(|y| y.year).collect();
    let scenario: Vec<Percentiles> = risk.years.iter().map(|y| y.per_capita).collect();
    let baseline: Vec<Percentiles> = risk.years.iter().map(|y| y.baseline_per_capita).collect();
    let range = value_range(risk.years.iter().flat_map(|y| {
        [
            y.per_capita.p10,
            y.per_capita.p90,
            y.baseline_per_capita.p10,
            y.baseline_per_capita.p90,
            y.line_yuan_per_capita.unwrap_or(0.0),
        ]
    }));
    let mut chart = frame(
        &root,
        target,
        (first.year, last.year),
        range,
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_YUAN_PER_CAPITA),
    )?;
    // The baseline's band first, so the scenario's lies over it.
    chart.draw_series(std::iter::once(band(
        &years,
        &baseline,
        |p| p.p10,
        |p| p.p90,
        GREY.mix(BASELINE).filled(),
    )))?;
    dashed_line(
        &mut chart,
        target,
        years.iter().zip(&baseline).map(|(&y, p)| (y as f64, p.p50)),
        (target.px(3.0), target.px(3.0)),
        target.stroke(GREY, 2.0),
    )?;
    chart.draw_series(std::iter::once(band(
        &years,
        &scenario,
        |p| p.p10,
        |p| p.p90,
        BLUE.mix(OUTER).filled(),
    )))?;
    chart.draw_series(std::iter::once(band(
        &years,
        &scenario,
        |p| p.p25,
        |p| p.p75,
        BLUE.mix(INNER).filled(),
    )))?;
    chart.draw_series(LineSeries::new(
        years.iter().zip(&scenario).map(|(&y, p)| (y as f64, p.p50)),
        target.stroke(BLUE, 3.0),
    ))?;
    dashed_line(
        &mut chart,
        target,
        risk.years
            .iter()
            .filter_map(|y| y.line_yuan_per_capita.map(|l| (y.year as f64, l))),
        (target.px(8.0), target.px(5.0)),
        target.stroke(VERMILLION, 2.0),
    )?;
    root.present()?;
    Ok(())
}

pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    let entry = |label, color, mark| LegendEntry::of(label, color, mark, lang);
    vec![
        entry(strings::RISK_LEGEND_MEDIAN, BLUE, Mark::Line),
        // The middle band lies over the outer one: their opacities combine.
        entry(
            strings::RISK_LEGEND_MIDDLE_HALF,
            tint(BLUE, 1.0 - (1.0 - OUTER) * (1.0 - INNER)),
            Mark::Block,
        ),
        entry(
            strings::RISK_LEGEND_EIGHT_IN_TEN,
            tint(BLUE, OUTER),
            Mark::Block,
        ),
        entry(
            strings::RISK_LEGEND_BASELINE_BAND,
            tint(GREY, BASELINE),
            Mark::Block,
        ),
        entry(strings::RISK_LEGEND_BASELINE_MEDIAN, GREY, Mark::Dashed),
        entry(strings::LEGEND_LINE, VERMILLION, Mark::Dashed),
    ]
}
