//! The per-capita income chart, redrawn when the projection, the language or its box changes.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::per_capita::{draw, PerCapitaLabels};
use crate::charts::HiDpiCanvas;
use crate::i18n::{strings, Lang};
use crate::model::Projection;
use crate::ui::hooks::use_element_size;

#[derive(Properties, PartialEq)]
pub struct PerCapitaChartProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
}

#[component]
pub fn PerCapitaChart(props: &PerCapitaChartProps) -> Html {
    let boxed = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(boxed.clone());
    {
        let canvas = canvas.clone();
        use_effect_with(
            (props.projection.clone(), props.lang, size),
            move |(projection, lang, size)| {
                let lang = *lang;
                let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                    return;
                };
                let labels = PerCapitaLabels {
                    x_axis: lang.tr(strings::AXIS_YEAR),
                    y_axis: lang.tr(strings::AXIS_YUAN_PER_CAPITA),
                    scenario: lang.tr(strings::LEGEND_SCENARIO),
                    baseline: lang.tr(strings::LEGEND_BASELINE),
                    line: lang.tr(strings::LEGEND_LINE),
                    first_above: projection
                        .first_year_above_line
                        .map(|y| format!("{} {y}", lang.tr(strings::HEADLINE_FIRST_ABOVE)))
                        .unwrap_or_default(),
                };
                // Not yet laid out: the ResizeObserver reports a size and this runs again.
                if let Ok(target) = HiDpiCanvas::prepare(element, size.0, size.1) {
                    if let Err(e) = draw(&target, projection, &labels) {
                        gloo::console::error!(format!("per-capita chart: {e:?}"));
                    }
                }
            },
        );
    }
    let lang = props.lang;
    html! {
        <figure class="chart">
            <figcaption>{ lang.tr(strings::CHART_PER_CAPITA) }</figcaption>
            <div class="chart-box" ref={boxed}>
                <canvas ref={canvas} role="img" aria-label={lang.tr(strings::CHART_ALT_PER_CAPITA)} data-chart="per-capita"></canvas>
            </div>
        </figure>
    }
}
