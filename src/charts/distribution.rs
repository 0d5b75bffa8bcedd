//! The county's per-capita income distribution in one year: households per income band with
//! and without the plan, side by side, and the monitoring line across them.

use plotters::prelude::*;

use super::frame::{dashed_line, LegendEntry, Mark};
use super::palette::{BLUE, GREY, VERMILLION};
use super::{DrawError, HiDpiCanvas};
use crate::i18n::format::{format_compact, format_number};
use crate::i18n::{strings, Lang};
use crate::model::roster::distribution::Histogram;
use crate::model::Text;

const WITHOUT: Text = Text::new("无方案", "Without the plan");
const WITH: Text = Text::new("有方案", "With the plan");
const AXIS_HOUSEHOLDS: Text = Text::new("户数", "Households");

pub fn legend(lang: Lang) -> Vec<LegendEntry> {
    vec![
        LegendEntry::of(WITHOUT, GREY, Mark::Block, lang),
        LegendEntry::of(WITH, BLUE, Mark::Block, lang),
        LegendEntry::of(strings::LEGEND_LINE, VERMILLION, Mark::Dashed, lang),
    ]
}

pub fn draw(target: &HiDpiCanvas, h: &Histogram, lang: Lang) -> Result<(), DrawError> {
    let root = target.area()?;
    root.fill(&WHITE)?;
    let bins = h.with_plan.len();
    if bins == 0 {
        return Ok(());
    }
    let top = h
        .with_plan
        .iter()
        .chain(&h.without_plan)
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f64
        * 1.12;
    let edges = &h.edges_yuan_per_capita;
    let mut chart = ChartBuilder::on(&root)
        .margin(target.px(10.0))
        .x_label_area_size(target.px(40.0))
        .y_label_area_size(target.px(52.0))
        .build_cartesian_2d(0.0..bins as f64, 0.0..top)?;
    // Band edges under the bars' boundaries; the last band is open above.
    let x_fmt = |v: &f64| {
        let i = v.round() as usize;
        if (v - v.round()).abs() < 1e-6 && i < edges.len() {
            format_number(edges[i], 0)
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(bins + 1)
        .x_label_formatter(&x_fmt)
        .y_labels(6)
        .y_label_formatter(&|v| format_compact(*v))
        .x_desc(lang.tr(strings::AXIS_YUAN_PER_CAPITA))
        .y_desc(lang.tr(AXIS_HOUSEHOLDS))
        .label_style(target.font(12.0))
        .axis_desc_style(target.font(12.0))
        .draw()?;
    for (i, (&without, &with)) in h.without_plan.iter().zip(&h.with_plan).enumerate() {
        let x = i as f64;
        chart.draw_series([
            Rectangle::new([(x + 0.08, 0.0), (x + 0.5, without as f64)], GREY.filled()),
            Rectangle::new([(x + 0.5, 0.0), (x + 0.92, with as f64)], BLUE.filled()),
        ])?;
    }
    if let Some(line) = h.line_yuan_per_capita {
        // The line's place between the edges it falls in.
        let x = edges
            .windows(2)
            .position(|w| line >= w[0] && line < w[1])
            .map(|i| i as f64 + (line - edges[i]) / (edges[i + 1] - edges[i]))
            .unwrap_or(bins as f64);
        let dash = target.px(6.0);
        let style = target.stroke(VERMILLION, 2.0);
        dashed_line(
            &mut chart,
            target,
            [(x, 0.0), (x, top)],
            (dash, dash),
            style,
        )?;
    }
    root.present()?;
    Ok(())
}
