//! A chart on a HiDPI canvas, redrawn when the projection, the language or its box changes.

use std::rc::Rc;

use yew::prelude::*;

use plotters::style::RGBColor;

use crate::charts::frame::{LegendEntry, Mark};
use crate::charts::ChartKind;
use crate::i18n::{strings, Lang};
use crate::model::{Projection, Text};
use crate::ui::hooks::use_chart_canvas::use_chart_canvas;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub kind: ChartKind,
    pub projection: Rc<Projection>,
    pub lang: Lang,
}

/// Caption and text alternative of each chart.
fn words(kind: ChartKind) -> (Text, Text) {
    match kind {
        ChartKind::PerCapita => (strings::CHART_PER_CAPITA, strings::CHART_ALT_PER_CAPITA),
        ChartKind::BySource => (strings::CHART_BY_SOURCE, strings::CHART_ALT_BY_SOURCE),
        ChartKind::Contributions => (
            strings::CHART_CONTRIBUTIONS,
            strings::CHART_ALT_CONTRIBUTIONS,
        ),
        ChartKind::CostVsGain => (strings::CHART_COST_VS_GAIN, strings::CHART_ALT_COST_VS_GAIN),
        ChartKind::Herd => (strings::CHART_HERD, strings::CHART_ALT_HERD),
    }
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let (boxed, canvas) = use_chart_canvas(
        (props.kind, props.projection.clone(), props.lang),
        |target, (kind, projection, lang)| kind.draw(target, projection, *lang),
    );
    let lang = props.lang;
    let (caption, alt) = words(props.kind);
    let legend = props
        .kind
        .legend(&props.projection, lang)
        .into_iter()
        .map(legend_item);
    html! {
        <figure class="chart">
            <figcaption>{ lang.tr(caption) }</figcaption>
            <div class="chart-box" ref={boxed}>
                <canvas ref={canvas} role="img" aria-label={lang.tr(alt)} data-chart={props.kind.id()}></canvas>
            </div>
            <ul class="legend">{ for legend }</ul>
        </figure>
    }
}

/// One HTML legend entry: a swatch drawn like the series, and its name. The swatch is a small SVG
/// with the colour in presentation attributes: a `style` attribute would be refused by the page's
/// Content-Security-Policy (no inline styles).
pub fn legend_item(e: LegendEntry) -> Html {
    let RGBColor(r, g, b) = e.color;
    let color = format!("rgb({r},{g},{b})");
    let swatch = match e.mark {
        Mark::Block => html! {
            <svg class="swatch block" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill={color} /></svg>
        },
        Mark::Line | Mark::Dashed => {
            let dash = (e.mark == Mark::Dashed).then_some("4 2");
            html! {
                <svg class="swatch line" viewBox="0 0 16 4" preserveAspectRatio="none" aria-hidden="true">
                    <line x1="0" y1="2" x2="16" y2="2" stroke={color} stroke-width="3" stroke-dasharray={dash} />
                </svg>
            }
        }
    };
    html! { <li>{ swatch }{ e.label }</li> }
}
