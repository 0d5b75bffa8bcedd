//! The tornado: for the chosen result, one horizontal bar per input, from the result with the
//! input at the low end of its range to the result at the high end, largest swing on top, around
//! the result as the scenario stands.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::BarAxes;
use super::frame::{LegendEntry, Mark};
use super::palette::{BLUE, INK, ORANGE};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::format::format_number;
use crate::i18n::{strings, Lang};
use crate::model::risk::{Tornado, TornadoMetric};

/// The metric in the unit people read it in: a probability as a percentage.
pub fn shown(metric: TornadoMetric, value: f64) -> f64 {
    match metric {
        TornadoMetric::ProbabilityBelow { .. } => value * 100.0,
        _ => value,
    }
}

/// Draws the bars; `labels` are the inputs' names in bar order.
pub fn draw(
    target: &HiDpiCanvas,
    tornado: &Tornado,
    labels: &[String],
    lang: Lang,
) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let n = tornado.bars.len();
    if n == 0 {
        return Ok(());
    }
    let metric = tornado.metric;
    let base = shown(metric, tornado.base_value);
    let (lo, hi) = tornado
        .bars
        .iter()
        .flat_map(|b| [shown(metric, b.low_value), shown(metric, b.high_value)])
        .fold((base, base), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((hi - lo) * 0.06).max(
        if matches!(metric, TornadoMetric::ProbabilityBelow { .. }) {
            0.5
        } else {
            10.0
        },
    );
    let x_desc = match metric {
        TornadoMetric::PerCapita { .. } => lang.tr(strings::AXIS_YUAN_PER_CAPITA),
        TornadoMetric::Npv => lang.tr(strings::AXIS_YUAN),
        TornadoMetric::ProbabilityBelow { .. } => lang.tr(strings::AXIS_PERCENT),
    };
    let css_width = target.canvas.width() as f64 / target.scale;
    // The inputs' names take up to two fifths of the width.
    let label_px = (css_width * 0.4).clamp(90.0, 260.0);
    let mut chart = ChartBuilder::on(&root)
        .margin(target.px(10.0))
        .x_label_area_size(target.px(34.0))
        .y_label_area_size(target.px(label_px))
        .build_cartesian_2d(lo - pad..hi + pad, -0.5..n as f64 + 0.3)?;
    let context = target.context()?;
    // Row i (0 = largest swing) sits at the top: y = n − 1 − i.
    let axes = BarAxes {
        plot: chart.plotting_area().get_pixel_range(),
        x_band_px: target.px(34.0) as i32,
        values: (lo - pad, hi + pad),
        decimals: if hi - lo < 10.0 { 1 } else { 0 },
        rows: labels
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, label)| ((n - 1 - i) as f64, label.as_str()))
            .collect(),
        x_desc,
    };
    axes.draw(target, &context, |x, y| chart.backend_coord(&(x, y)));
    let half = 0.34;
    for (i, bar) in tornado.bars.iter().enumerate() {
        let y = (n - 1 - i) as f64;
        for (value, color) in [(bar.low_value, ORANGE), (bar.high_value, BLUE)] {
            let v = shown(metric, value);
            if (v - base).abs() > 1e-12 {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(base.min(v), y - half), (base.max(v), y + half)],
                    color.filled(),
                )))?;
            }
        }
    }
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(base, -0.5), (base, n as f64 - 0.5)],
        target.stroke(INK, 1.5),
    )))?;
    let note = format!(
        "{} {}",
        lang.tr(strings::TORNADO_AS_IT_STANDS),
        format_number(base, if hi - lo < 10.0 { 1 } else { 0 })
    );
    // Above the top bar, in the room the y range leaves there.
    chart.draw_series(std::iter::once(Text::new(
        note,
        (base, n as f64 + 0.3),
        target.font(11.0).pos(Pos::new(HPos::Left, VPos::Top)),
    )))?;
    root.present()?;
    Ok(())
}

pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    vec![
        LegendEntry::of(strings::TORNADO_LOW_END, ORANGE, Mark::Block, lang),
        LegendEntry::of(strings::TORNADO_HIGH_END, BLUE, Mark::Block, lang),
    ]
}
