//! What every chart shares: a year axis, a yuan axis that includes zero, mesh and legend styles.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use super::palette::GREY;
use super::{DrawError, HiDpiCanvas};
use crate::i18n::format::format_number;

pub type Area = DrawingArea<CanvasBackend, Shift>;
pub type Chart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Value range that includes zero and leaves a little room above and below the data.
pub fn value_range(values: impl IntoIterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((hi - lo) * 0.08).max(100.0);
    (if lo < 0.0 { lo - pad } else { 0.0 }, hi + pad)
}

/// Axes for years `first..=last` (bars centred on whole years) and values `y`.
pub fn frame<'a>(
    root: &'a Area,
    target: &HiDpiCanvas,
    (first, last): (i32, i32),
    (y0, y1): (f64, f64),
    x_desc: &str,
    y_desc: &str,
) -> Result<Chart<'a>, DrawError> {
    let mut chart = ChartBuilder::on(root)
        .margin(target.px(12.0))
        .x_label_area_size(target.px(36.0))
        .y_label_area_size(target.px(70.0))
        .build_cartesian_2d(first as f64 - 0.5..last as f64 + 0.5, y0..y1)?;
    let years = (last - first + 1) as usize;
    // A four-digit year needs about 44 CSS px; on a phone, label every second or fifth year
    // rather than letting the labels run together.
    let css_width = target.canvas.width() as f64 / target.scale;
    let fit = ((css_width - 90.0) / 44.0).max(2.0) as usize;
    // Only whole years get a label; plotters may place ticks in between on short horizons.
    let x_fmt = |v: &f64| {
        if (v - v.round()).abs() < 1e-6 {
            format!("{}", v.round() as i64)
        } else {
            String::new()
        }
    };
    let y_fmt = |v: &f64| format_number(*v, 0);
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_desc(y_desc)
        .x_labels(years.min(12).min(fit) + 1)
        .y_labels(6)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .max_light_lines(0)
        .disable_x_mesh()
        .label_style(target.font(12.0))
        .axis_desc_style(target.font(12.0))
        .bold_line_style(RGBColor(225, 228, 232).stroke_width(target.px(1.0)))
        .axis_style(target.stroke(GREY, 1.0))
        .draw()?;
    Ok(chart)
}

/// A dashed line through `points`, `dash` on and `gap` off (backing-store pixels): one path
/// stroked with the canvas's own dash pattern. plotters' `DashedLineSeries` strokes every dash as
/// a path of its own — several hundred canvas calls for a line across a chart, on every keystroke.
pub fn dashed_line(
    chart: &mut Chart,
    target: &HiDpiCanvas,
    points: impl IntoIterator<Item = (f64, f64)>,
    (dash, gap): (u32, u32),
    style: ShapeStyle,
) -> Result<(), DrawError> {
    let context = target.context();
    if let Some(c) = &context {
        let _ = c.set_line_dash(&js_sys::Array::of2(&dash.into(), &gap.into()));
    }
    let drawn = chart.draw_series(LineSeries::new(points, style));
    // Back to solid lines for whatever is drawn next.
    if let Some(c) = &context {
        let _ = c.set_line_dash(&js_sys::Array::new());
    }
    drawn?;
    Ok(())
}

/// Stacked bars: positive parts grow up from zero, negative parts down, so a net loss in one
/// source never hides a gain in another.
pub fn stacked_bars(chart: &mut Chart, years: &[i32], series: &[Series]) -> Result<(), DrawError> {
    let mut up = vec![0.0; years.len()];
    let mut down = vec![0.0; years.len()];
    let half = 0.34;
    for Series { color, values, .. } in series {
        let bars: Vec<Rectangle<(f64, f64)>> = years
            .iter()
            .zip(values)
            .enumerate()
            .filter(|(_, (_, v))| v.abs() > 1e-9)
            .map(|(i, (&year, &v))| {
                let base = if v >= 0.0 { &mut up[i] } else { &mut down[i] };
                let (from, to) = (*base, *base + v);
                *base = to;
                let x = year as f64;
                Rectangle::new([(x - half, from), (x + half, to)], color.filled())
            })
            .collect();
        chart.draw_series(bars)?;
    }
    Ok(())
}

/// How a series looks, for the HTML legend beside the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Line,
    Dashed,
    Block,
}

/// One legend entry: drawn on the canvas and listed in the HTML legend from the same data.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub label: String,
    pub color: RGBColor,
    pub mark: Mark,
}

impl LegendEntry {
    /// An entry named by a fixed text, in the reader's language.
    pub fn of(
        label: crate::model::Text,
        color: RGBColor,
        mark: Mark,
        lang: crate::i18n::Lang,
    ) -> Self {
        LegendEntry {
            label: lang.tr(label).to_string(),
            color,
            mark,
        }
    }
}

/// A category series for stacked bars.
pub struct Series {
    pub label: String,
    pub color: RGBColor,
    pub values: Vec<f64>,
}

impl Series {
    pub fn legend(&self) -> LegendEntry {
        LegendEntry {
            label: self.label.clone(),
            color: self.color,
            mark: Mark::Block,
        }
    }
}

/// First and last projected year, or `None` for an empty projection (nothing to draw).
pub fn year_span(projection: &crate::model::Projection) -> Option<(i32, i32)> {
    Some((projection.rows.first()?.year, projection.rows.last()?.year))
}

/// A stacked bar chart of category series over the projection's years, yuan per household.
pub fn draw_stacked(
    target: &HiDpiCanvas,
    projection: &crate::model::Projection,
    lang: crate::i18n::Lang,
    series: &[Series],
) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let Some(span) = year_span(projection) else {
        return Ok(());
    };
    let years: Vec<i32> = projection.rows.iter().map(|r| r.year).collect();
    let y = value_range(stack_extremes(series));
    let mut chart = frame(
        &root,
        target,
        span,
        y,
        lang.tr(crate::i18n::strings::AXIS_YEAR),
        lang.tr(crate::i18n::strings::AXIS_YUAN_PER_HOUSEHOLD),
    )?;
    stacked_bars(&mut chart, &years, series)?;
    root.present()?;
    Ok(())
}

/// Top of the positive stack and bottom of the negative stack in every year.
fn stack_extremes(series: &[Series]) -> Vec<f64> {
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
