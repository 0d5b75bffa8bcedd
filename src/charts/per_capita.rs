//! Per-capita net income by year: scenario, no-intervention baseline and the monitoring line,
//! with the first year above the line marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{dashed_line, frame, value_range, year_span, LegendEntry, Mark};
use super::palette::{BLUE, GREY, INK, VERMILLION};
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
    let y = value_range(rows.iter().flat_map(|r| {
        [
            r.per_capita_yuan,
            r.baseline_per_capita_yuan,
            r.monitoring_line_yuan_per_capita.unwrap_or(0.0),
        ]
    }));
    let mut chart = frame(
        &root,
        target,
        (first, last),
        y,
        lang.tr(strings::AXIS_YEAR),
        lang.tr(strings::AXIS_YUAN_PER_CAPITA),
    )?;
    let at = |year: i32, v: f64| (year as f64, v);

    let line_style = target.stroke(VERMILLION, 2.0);
    let line_pts: Vec<(f64, f64)> = rows
        .iter()
        .filter_map(|r| r.monitoring_line_yuan_per_capita.map(|l| at(r.year, l)))
        .collect();
    dashed_line(
        &mut chart,
        target,
        line_pts,
        (target.px(8.0), target.px(5.0)),
        line_style,
    )?;

    let base_style = target.stroke(GREY, 2.0);
    dashed_line(
        &mut chart,
        target,
        rows.iter().map(|r| at(r.year, r.baseline_per_capita_yuan)),
        (target.px(3.0), target.px(3.0)),
        base_style,
    )?;

    let scen_style = target.stroke(BLUE, 3.0);
    chart.draw_series(
        LineSeries::new(
            rows.iter().map(|r| at(r.year, r.per_capita_yuan)),
            scen_style,
        )
        .point_size(target.px(3.5)),
    )?;

    if let Some(year) = projection.first_year_above_line {
        if let Some(row) = rows.iter().find(|r| r.year == year) {
            let p = at(year, row.per_capita_yuan);
            chart.draw_series(std::iter::once(Circle::new(
                p,
                target.px(8.0),
                INK.stroke_width(target.px(2.0)),
            )))?;
            let label = format!("{} {year}", lang.tr(strings::HEADLINE_FIRST_ABOVE));
            let anchor = if year < last - 2 {
                HPos::Left
            } else {
                HPos::Right
            };
            chart.draw_series(std::iter::once(Text::new(
                label,
                p,
                target.font(12.0).pos(Pos::new(anchor, VPos::Top)),
            )))?;
        }
    }
    root.present()?;
    Ok(())
}

pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    let entry = |label, color, mark| LegendEntry::of(label, color, mark, lang);
    vec![
        entry(strings::LEGEND_SCENARIO, BLUE, Mark::Line),
        entry(strings::LEGEND_BASELINE, GREY, Mark::Dashed),
        entry(strings::LEGEND_LINE, VERMILLION, Mark::Dashed),
    ]
}
