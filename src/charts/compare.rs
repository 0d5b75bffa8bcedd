//! Per-capita net income of two to four scenarios on one chart, with the monitoring line.

use plotters::prelude::*;

use super::frame::{dashed_line, frame, value_range, LegendEntry, Mark};
use super::palette::{category, VERMILLION};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::{strings, Lang};
use crate::model::Projection;

/// A scenario's name and projection, in display order.
pub type Compared = Vec<(String, Projection)>;

/// Scenario colours skip vermillion, which the monitoring line uses.
fn colour(i: usize) -> RGBColor {
    let c = category(i);
    if c == VERMILLION {
        category(i + 4)
    } else {
        c
    }
}

pub fn legend(compared: &Compared, lang: Lang) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = compared
        .iter()
        .enumerate()
        .map(|(i, (name, _))| LegendEntry {
            label: name.clone(),
            color: colour(i),
            mark: Mark::Line,
        })
        .collect();
    entries.push(LegendEntry::of(
        strings::LEGEND_LINE,
        VERMILLION,
        Mark::Dashed,
        lang,
    ));
    entries
}

pub fn draw(target: &HiDpiCanvas, compared: &Compared, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let years = compared
        .iter()
        .flat_map(|(_, p)| p.rows.iter().map(|r| r.year));
    let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
        return Ok(());
    };
    let values = compared.iter().flat_map(|(_, p)| {
        p.rows.iter().flat_map(|r| {
            [
                r.per_capita_yuan,
                r.monitoring_line_yuan_per_capita.unwrap_or(0.0),
            ]
        })
    });
    let mut chart = frame(
        &root,
        target,
        (first, last),
        value_range(values),
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_YUAN_PER_CAPITA),
    )?;
    // The line of the first scenario: scenarios compared over different tables would be odd,
    // and the table shows each one's own gap.
    if let Some((_, p)) = compared.first() {
        let pts: Vec<(f64, f64)> = p
            .rows
            .iter()
            .filter_map(|r| {
                r.monitoring_line_yuan_per_capita
                    .map(|l| (r.year as f64, l))
            })
            .collect();
        let style = target.stroke(VERMILLION, 2.0);
        dashed_line(
            &mut chart,
            target,
            pts,
            (target.px(8.0), target.px(5.0)),
            style,
        )?;
    }
    for (i, (_, p)) in compared.iter().enumerate() {
        chart.draw_series(
            LineSeries::new(
                p.rows.iter().map(|r| (r.year as f64, r.per_capita_yuan)),
                target.stroke(colour(i), 2.5),
            )
            .point_size(target.px(3.0)),
        )?;
    }
    root.present()?;
    Ok(())
}
