//! Per-capita net income by year: scenario, no-intervention baseline and the monitoring line,
//! with the first year above the line marked.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::palette::{BLUE, GREY, INK, VERMILLION};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::format::format_number;
use crate::model::Projection;

/// Words on the chart, already in the current language.
pub struct PerCapitaLabels<'a> {
    pub x_axis: &'a str,
    pub y_axis: &'a str,
    pub scenario: &'a str,
    pub baseline: &'a str,
    pub line: &'a str,
    /// "first above the line" marker text, given the year.
    pub first_above: String,
}

pub fn draw(
    target: &HiDpiCanvas,
    projection: &Projection,
    labels: &PerCapitaLabels,
) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let rows = &projection.rows;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Ok(());
    };
    let (x0, x1) = (first.year, last.year.max(first.year + 1));
    let values = rows.iter().flat_map(|r| {
        [
            Some(r.per_capita_yuan),
            Some(r.baseline_per_capita_yuan),
            r.monitoring_line_yuan_per_capita,
        ]
    });
    let (lo, hi) = values
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let pad = ((hi - lo) * 0.08).max(500.0);
    // Incomes are read against zero; only a negative figure moves the axis below it.
    let (y0, y1) = (if lo >= 0.0 { 0.0 } else { lo - pad }, hi + pad);

    let mut chart = ChartBuilder::on(&root)
        .margin(target.px(12.0))
        .x_label_area_size(target.px(34.0))
        .y_label_area_size(target.px(64.0))
        .build_cartesian_2d(x0..x1, y0..y1)?;
    let y_fmt = |v: &f64| format_number(*v, 0);
    let x_fmt = |y: &i32| y.to_string();
    chart
        .configure_mesh()
        .x_desc(labels.x_axis)
        .y_desc(labels.y_axis)
        .x_labels(((x1 - x0) as usize + 1).min(11))
        .y_labels(6)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .label_style(target.font(12.0))
        .axis_desc_style(target.font(12.0))
        .light_line_style(RGBColor(235, 235, 235))
        .bold_line_style(RGBColor(215, 215, 215))
        .axis_style(target.stroke(GREY, 1.0))
        .draw()?;

    let line_pts: Vec<(i32, f64)> = rows
        .iter()
        .filter_map(|r| r.monitoring_line_yuan_per_capita.map(|l| (r.year, l)))
        .collect();
    let dash = target.px(6.0);
    let len = target.px(24.0) as i32;
    let solid = move |style: ShapeStyle| {
        move |(x, y): (i32, i32)| PathElement::new(vec![(x, y), (x + len, y)], style)
    };
    let dashed = move |style: ShapeStyle| {
        move |(x, y): (i32, i32)| {
            EmptyElement::at((x, y))
                + PathElement::new(vec![(0, 0), (len * 2 / 5, 0)], style)
                + PathElement::new(vec![(len * 3 / 5, 0), (len, 0)], style)
        }
    };
    let line_style = target.stroke(VERMILLION, 2.0);
    chart
        .draw_series(DashedLineSeries::new(line_pts, dash, dash / 2, line_style))?
        .label(labels.line)
        .legend(dashed(line_style));

    let base_style = target.stroke(GREY, 2.0);
    chart
        .draw_series(DashedLineSeries::new(
            rows.iter().map(|r| (r.year, r.baseline_per_capita_yuan)),
            target.px(2.0),
            target.px(3.0),
            base_style,
        ))?
        .label(labels.baseline)
        .legend(dashed(base_style));

    let scen_style = target.stroke(BLUE, 3.0);
    let marker = target.px(3.5);
    chart
        .draw_series(
            LineSeries::new(rows.iter().map(|r| (r.year, r.per_capita_yuan)), scen_style)
                .point_size(marker),
        )?
        .label(labels.scenario)
        .legend(solid(scen_style));

    if let Some(year) = projection.first_year_above_line {
        if let Some(row) = rows.iter().find(|r| r.year == year) {
            let p = (year, row.per_capita_yuan);
            chart.draw_series(std::iter::once(Circle::new(
                p,
                target.px(7.0),
                INK.stroke_width(target.px(2.0)),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                labels.first_above.clone(),
                p,
                target.font(12.0).pos(Pos::new(HPos::Left, VPos::Bottom)),
            )))?;
        }
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .margin(target.px(8.0))
        .label_font(target.font(12.0))
        .background_style(WHITE.mix(0.85))
        .border_style(RGBColor(200, 200, 200))
        .draw()?;
    root.present()?;
    Ok(())
}
