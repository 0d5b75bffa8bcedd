//! Household income by source, stacked by year.

use super::frame::{draw_stacked, LegendEntry, Series};
use super::palette::category;
use super::{DrawError, HiDpiCanvas};
use crate::i18n::Lang;
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
    draw_stacked(target, projection, lang, &series(projection, lang))
}
