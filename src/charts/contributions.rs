//! What each intervention adds to household income, stacked by year.

use super::frame::{draw_stacked, LegendEntry, Series};
use super::palette::category;
use super::{DrawError, HiDpiCanvas};
use crate::i18n::Lang;
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
    draw_stacked(target, projection, lang, &series(projection, lang))
}
