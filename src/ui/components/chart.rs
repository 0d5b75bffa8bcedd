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

/// One HTML legend entry: a swatch drawn like the series, and its name.
pub fn legend_item(e: LegendEntry) -> Html {
    let RGBColor(r, g, b) = e.color;
    let style = format!("--swatch: rgb({r},{g},{b})");
    let mark = match e.mark {
        Mark::Line => "line",
        Mark::Dashed => "dashed",
        Mark::Block => "block",
    };
    html! { <li><span class={classes!("swatch", mark)} {style} aria-hidden="true"></span>{ e.label }</li> }
}
