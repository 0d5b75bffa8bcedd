//! What every chart shares: a year axis, a yuan axis that includes zero, mesh and legend styles.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use super::axes::{axis_step, Axes};
use super::palette::css;
use super::{DrawError, HiDpiCanvas};

pub type Area = DrawingArea<CanvasBackend, Shift>;
pub type Chart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Value range that includes zero, leaves a little room above and below the data, and ends on
/// whole steps of the axis (1, 2, 2.5 or 5 × 10ⁿ, about five to the chart), so both ends of the
/// axis carry a label. No data, or only zeros: 0 to 100.
pub fn value_range(values: impl IntoIterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi - lo < 1e-9 {
        return (0.0, 100.0);
    }
    let pad = (hi - lo) * 0.04;
    let (lo, hi) = (if lo < 0.0 { lo - pad } else { 0.0 }, hi + pad);
    let step = axis_step((hi - lo) / 5.0);
    ((lo / step).floor() * step, (hi / step).ceil() * step)
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
    let margin = target.px(12.0);
    let x_band = target.px(36.0);
    let chart = ChartBuilder::on(root)
        .margin(margin)
        .x_label_area_size(x_band)
        .y_label_area_size(target.px(70.0))
        .build_cartesian_2d(first as f64 - 0.5..last as f64 + 0.5, y0..y1)?;
    let context = target.context()?;
    let axes = Axes {
        plot: chart.plotting_area().get_pixel_range(),
        x_band_px: x_band as i32,
        y_band_left_px: margin as i32,
        years: (first, last),
        values: (y0, y1),
        x_desc,
        y_desc,
    };
    axes.draw(target, &context, |x, y| chart.backend_coord(&(x, y)));
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
    let context = target.context().ok();
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
/// source never hides a gain in another. Filled on the canvas directly, one colour set per
/// series rather than per bar.
pub fn stacked_bars(
    chart: &Chart,
    target: &HiDpiCanvas,
    years: &[i32],
    series: &[Series],
) -> Result<(), DrawError> {
    let context = target.context()?;
    let mut up = vec![0.0; years.len()];
    let mut down = vec![0.0; years.len()];
    let half = 0.34;
    for Series { color, values, .. } in series {
        context.set_fill_style_str(&css(*color));
        for (i, (&year, &v)) in years.iter().zip(values).enumerate() {
            if v.abs() <= 1e-9 {
                continue;
            }
            let base = if v >= 0.0 { &mut up[i] } else { &mut down[i] };
            let (from, to) = (*base, *base + v);
            *base = to;
            let x = year as f64;
            let (x0, y0) = chart.backend_coord(&(x - half, from));
            let (x1, y1) = chart.backend_coord(&(x + half, to));
            context.fill_rect(
                x0.min(x1) as f64,
                y0.min(y1) as f64,
                (x1 - x0).abs() as f64,
                (y1 - y0).abs() as f64,
            );
        }
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
    let chart = frame(
        &root,
        target,
        span,
        y,
        lang.tr(crate::i18n::strings::AXIS_YEAR),
        lang.tr(crate::i18n::strings::AXIS_YUAN_PER_HOUSEHOLD),
    )?;
    stacked_bars(&chart, target, &years, series)?;
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
