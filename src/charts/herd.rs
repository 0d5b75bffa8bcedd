//! Livestock on hand by year: sheep, cattle and poultry, each a line.

use plotters::prelude::*;

use super::frame::{frame, value_range, year_span, LegendEntry, Mark};
use super::palette::{BLUE, GREEN, ORANGE};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::projection::HerdSnapshot;
use crate::model::{Projection, Text};

type Pick = fn(&HerdSnapshot) -> f64;

const SPECIES: [(Text, RGBColor, Pick); 3] = [
    (strings::HERD_SHEEP, BLUE, |h| h.sheep_head),
    (strings::HERD_CATTLE, ORANGE, |h| h.cattle_head),
    (strings::HERD_POULTRY, GREEN, |h| h.poultry_head),
];

/// Whether any livestock is on hand in any year: the chart is shown only then.
pub fn has_livestock(projection: &Projection) -> bool {
    SPECIES
        .iter()
        .any(|(_, _, pick)| projection.rows.iter().any(|r| pick(&r.herd) > 0.0))
}

fn shown(projection: &Projection) -> impl Iterator<Item = &(Text, RGBColor, Pick)> {
    SPECIES
        .iter()
        .filter(|(_, _, pick)| projection.rows.iter().any(|r| pick(&r.herd) > 0.0))
}

pub fn legend(projection: &Projection, lang: Lang) -> Vec<LegendEntry> {
    shown(projection)
        .map(|(label, color, _)| LegendEntry {
            label: lang.tr(*label).to_string(),
            color: *color,
            mark: Mark::Line,
        })
        .collect()
}

pub fn draw(target: &HiDpiCanvas, projection: &Projection, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let rows = &projection.rows;
    let Some((first, last)) = year_span(projection) else {
        return Ok(());
    };
    let y =
        value_range(shown(projection).flat_map(|(_, _, pick)| rows.iter().map(|r| pick(&r.herd))));
    let mut chart = frame(
        &root,
        target,
        (first, last),
        (y.0, y.1.max(10.0)),
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_HEAD),
    )?;
    for (_, color, pick) in shown(projection) {
        chart.draw_series(
            LineSeries::new(
                rows.iter().map(|r| (r.year as f64, pick(&r.herd))),
                target.stroke(*color, 2.5),
            )
            .point_size(target.px(3.0)),
        )?;
    }
    root.present()?;
    Ok(())
}
