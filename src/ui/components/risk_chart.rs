//! The risk charts' canvases: the fan of per-capita income and the tornado, each redrawn when its
//! result, its labels or its box changes.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::legend_item;
use crate::charts::{fan, tornado};
use crate::i18n::{strings, Lang};
use crate::model::risk::{RiskResult, Tornado};
use crate::ui::hooks::use_chart_canvas::use_chart_canvas;

#[derive(Properties, PartialEq)]
pub struct FanChartProps {
    pub risk: Rc<RiskResult>,
    pub lang: Lang,
}

#[component]
pub fn FanChart(props: &FanChartProps) -> Html {
    let (boxed, canvas) =
        use_chart_canvas((props.risk.clone(), props.lang), |target, (risk, lang)| {
            fan::draw(target, risk, *lang)
        });
    let lang = props.lang;
    html! {
        <figure class="chart">
            <figcaption>{ lang.tr(strings::CHART_FAN) }</figcaption>
            <div class="chart-box" ref={boxed}>
                <canvas ref={canvas} role="img" aria-label={lang.tr(strings::CHART_ALT_FAN)} data-chart="fan"></canvas>
            </div>
            <ul class="legend">{ for fan::legend(lang).into_iter().map(legend_item) }</ul>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct TornadoChartProps {
    pub tornado: Rc<Tornado>,
    /// The inputs' names, in bar order.
    pub labels: Rc<Vec<String>>,
    pub lang: Lang,
}

#[component]
pub fn TornadoChart(props: &TornadoChartProps) -> Html {
    let (boxed, canvas) = use_chart_canvas(
        (props.tornado.clone(), props.labels.clone(), props.lang),
        |target, (t, labels, lang)| tornado::draw(target, t, labels, *lang),
    );
    let lang = props.lang;
    // Room for every bar: the box grows with their number.
    let class = classes!(
        "chart-box",
        format!("bars-{}", props.tornado.bars.len().min(10))
    );
    html! {
        <figure class="chart tornado">
            <figcaption>{ lang.tr(strings::CHART_TORNADO) }</figcaption>
            <div {class} ref={boxed}>
                <canvas ref={canvas} role="img" aria-label={lang.tr(strings::CHART_ALT_TORNADO)} data-chart="tornado"></canvas>
            </div>
            <ul class="legend">{ for tornado::legend(lang).into_iter().map(legend_item) }</ul>
        </figure>
    }
}
