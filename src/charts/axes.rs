//! The year and value axes of every time chart, drawn straight on the canvas: grid lines as one
//! path, each group of labels under one font, colour and alignment. plotters' mesh set all of
//! these again for every label (a font string, a colour string, two alignments: a dozen calls
//! from wasm to the browser per label), which was half of a chart's time on each keystroke.

use std::f64::consts::FRAC_PI_2;
use std::ops::Range;

use plotters::style::RGBColor;
use web_sys::CanvasRenderingContext2d;

use super::palette::{css, GREY, INK};
use super::HiDpiCanvas;
use crate::i18n::format::format_number;

/// Grid lines behind the data.
const GRID: RGBColor = RGBColor(225, 228, 232);

/// Where the axes go, in backing-store pixels, and what they show.
pub struct Axes<'a> {
    /// The plotting area: x from left to right, y from top to bottom.
    pub plot: (Range<i32>, Range<i32>),
    /// Height of the band below the plot that holds year labels and the x axis's name.
    pub x_band_px: i32,
    /// Left edge of the band that holds value labels and the y axis's name.
    pub y_band_left_px: i32,
    pub years: (i32, i32),
    pub values: (f64, f64),
    pub x_desc: &'a str,
    pub y_desc: &'a str,
}

impl Axes<'_> {
    /// Draws grid, axis lines, ticks, labels and axis names; `at` maps a (year, value) to pixels.
    pub fn draw(
        &self,
        target: &HiDpiCanvas,
        context: &CanvasRenderingContext2d,
        at: impl Fn(f64, f64) -> (i32, i32),
    ) {
        let (left, right, top, bottom) = edges(&self.plot);
        let pen = Pen::new(target);
        let (hairline, tick, gap) = (pen.hairline, pen.tick, pen.gap);
        let crisp = |v: f64| pen.crisp(v);
        let value_ticks = value_ticks(self.values);
        let year_ticks = year_ticks(self.years, max_year_labels(target));

        context.set_line_width(hairline);
        context.set_stroke_style_str(&css(GRID));
        context.begin_path();
        for &v in &value_ticks {
            let y = crisp(at(self.years.0 as f64, v).1 as f64);
            context.move_to(left, y);
            context.line_to(right, y);
        }
        context.stroke();

        let (axis_x, axis_y) = pen.begin_axes(context, &self.plot);
        for &v in &value_ticks {
            let y = crisp(at(self.years.0 as f64, v).1 as f64);
            context.move_to(axis_x - tick, y);
            context.line_to(axis_x, y);
        }
        for &year in &year_ticks {
            let x = crisp(at(year as f64, self.values.0).0 as f64);
            context.move_to(x, axis_y);
            context.line_to(x, axis_y + tick);
        }
        context.stroke();

        context.set_font(&font(target, 12.0));
        context.set_fill_style_str(&css(INK));
        context.set_text_align("end");
        context.set_text_baseline("middle");
        for &v in &value_ticks {
            let y = at(self.years.0 as f64, v).1 as f64;
            let _ = context.fill_text(&format_number(v, 0), left - gap, y);
        }
        context.set_text_align("center");
        context.set_text_baseline("top");
        for &year in &year_ticks {
            let x = at(year as f64, self.values.0).0 as f64;
            // No thousands separator in a year.
            let _ = context.fill_text(&year.to_string(), x, bottom + gap);
        }
        context.set_text_baseline("bottom");
        let band_bottom = bottom + self.x_band_px as f64;
        let _ = context.fill_text(self.x_desc, (left + right) / 2.0, band_bottom);
        // The value axis's name reads upwards along the band's left edge.
        context.save();
        let _ = context.translate(self.y_band_left_px as f64, (top + bottom) / 2.0);
        let _ = context.rotate(-FRAC_PI_2);
        context.set_text_baseline("top");
        let _ = context.fill_text(self.y_desc, 0.0, 0.0);
        context.restore();
    }
}

/// The value axis along the bottom and one label per row on the left: the tornado's axes.
pub struct BarAxes<'a> {
    /// The plotting area: x from left to right, y from top to bottom.
    pub plot: (Range<i32>, Range<i32>),
    /// Height of the band below the plot that holds value labels and the x axis's name.
    pub x_band_px: i32,
    pub values: (f64, f64),
    /// Decimals of the value labels.
    pub decimals: usize,
    /// Each row's centre, in the chart's y units, and its label.
    pub rows: Vec<(f64, &'a str)>,
    pub x_desc: &'a str,
}

impl BarAxes<'_> {
    /// Draws grid, axis lines, ticks, labels and the axis name; `at` maps (value, y) to pixels.
    pub fn draw(
        &self,
        target: &HiDpiCanvas,
        context: &CanvasRenderingContext2d,
        at: impl Fn(f64, f64) -> (i32, i32),
    ) {
        let (left, right, top, bottom) = edges(&self.plot);
        let pen = Pen::new(target);
        let ticks = value_ticks(self.values);
        let x_of = |v: f64| pen.crisp(at(v, 0.0).0 as f64);

        context.set_line_width(pen.hairline);
        context.set_stroke_style_str(&css(GRID));
        context.begin_path();
        for &v in &ticks {
            context.move_to(x_of(v), top);
            context.line_to(x_of(v), bottom);
        }
        context.stroke();

        let (_, axis_y) = pen.begin_axes(context, &self.plot);
        for &v in &ticks {
            context.move_to(x_of(v), axis_y);
            context.line_to(x_of(v), axis_y + pen.tick);
        }
        context.stroke();

        context.set_font(&font(target, 12.0));
        context.set_fill_style_str(&css(INK));
        context.set_text_align("center");
        context.set_text_baseline("top");
        for &v in &ticks {
            let x = at(v, 0.0).0 as f64;
            let _ = context.fill_text(&format_number(v, self.decimals), x, bottom + pen.gap);
        }
        context.set_text_baseline("bottom");
        let band_bottom = bottom + self.x_band_px as f64;
        let _ = context.fill_text(self.x_desc, (left + right) / 2.0, band_bottom);
        context.set_text_align("end");
        context.set_text_baseline("middle");
        for &(y, label) in &self.rows {
            let y = at(self.values.0, y).1 as f64;
            let _ = context.fill_text(label, left - pen.gap, y);
        }
    }
}

/// Line width, tick length and label gap of the axes, in backing-store pixels.
struct Pen {
    hairline: f64,
    tick: f64,
    gap: f64,
}

impl Pen {
    fn new(target: &HiDpiCanvas) -> Self {
        Pen {
            hairline: target.px(1.0).max(1) as f64,
            tick: target.px(4.0) as f64,
            gap: target.px(7.0) as f64,
        }
    }

    /// A line of odd width on a whole pixel blurs over two; half a pixel over, it is crisp.
    fn crisp(&self, v: f64) -> f64 {
        let half = if self.hairline as i64 % 2 == 1 {
            0.5
        } else {
            0.0
        };
        v.floor() + half
    }

    /// Starts the axis lines' path along the plot's left and bottom edges (tick marks are added
    /// to it before it is stroked); returns where the two axes run.
    fn begin_axes(
        &self,
        context: &CanvasRenderingContext2d,
        plot: &(Range<i32>, Range<i32>),
    ) -> (f64, f64) {
        let (left, right, top, bottom) = edges(plot);
        context.set_stroke_style_str(&css(GREY));
        context.begin_path();
        let (axis_x, axis_y) = (self.crisp(left), self.crisp(bottom));
        context.move_to(axis_x, top);
        context.line_to(axis_x, axis_y);
        context.line_to(right, axis_y);
        (axis_x, axis_y)
    }
}

/// Left, right, top and bottom of a plotting area, in backing-store pixels.
fn edges((xs, ys): &(Range<i32>, Range<i32>)) -> (f64, f64, f64, f64) {
    (
        xs.start as f64,
        xs.end as f64,
        ys.start as f64,
        ys.end as f64,
    )
}

/// The CSS font of chart labels at `css_px`, in backing-store pixels.
fn font(target: &HiDpiCanvas, css_px: f64) -> String {
    format!("{}px {}", css_px * target.scale, super::FONT_FAMILY)
}

/// How many year labels fit: a four-digit year needs about 44 CSS px, and more than 12 crowd
/// the axis even when they fit.
fn max_year_labels(target: &HiDpiCanvas) -> usize {
    let css_width = target.canvas.width() as f64 / target.scale;
    (((css_width - 90.0) / 44.0).max(2.0) as usize).min(12)
}

/// Years to label: every year when they fit, else every 2nd, 5th, 10th… calendar year.
pub fn year_ticks((first, last): (i32, i32), fit: usize) -> Vec<i32> {
    let span = (last - first + 1).max(1);
    let step = [1, 2, 5, 10, 20, 25, 50, 100]
        .into_iter()
        .find(|&s| (span + s - 1) / s <= fit.max(1) as i32)
        .unwrap_or(100);
    (first..=last)
        .filter(|y| y.rem_euclid(step) == 0 || step == 1)
        .collect()
}

/// Values to label: multiples of the narrowest step of at least a sixth of `lo..=hi` that puts
/// both ends on a label (ranges from [`super::frame::value_range`] always have one); for other
/// ranges, the multiples of about a fifth of it that fall inside.
pub fn value_ticks((lo, hi): (f64, f64)) -> Vec<f64> {
    let span = hi - lo;
    if !lo.is_finite() || !hi.is_finite() || span <= 0.0 {
        return vec![];
    }
    let whole = |v: f64, s: f64| (v / s - (v / s).round()).abs() < 1e-6;
    let mut step = axis_step(span / 6.0);
    while step < span && !(whole(lo, step) && whole(hi, step)) {
        step = axis_step(step * 1.001);
    }
    if step >= span {
        step = axis_step(span / 5.0);
    }
    let first = (lo / step - 1e-9).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

/// The least of 1, 2, 2.5, 5 and 10 × 10ⁿ that is at least `raw` (> 0).
pub fn axis_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    let m = raw / magnitude;
    let nice = [1.0, 2.0, 2.5, 5.0]
        .into_iter()
        .find(|&n| m <= n * (1.0 + 1e-9))
        .unwrap_or(10.0);
    nice * magnitude
}
