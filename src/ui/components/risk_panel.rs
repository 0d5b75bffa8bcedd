//! "Will this household fall back?": the Monte Carlo's results beside the deterministic ones.
//! Closed until a planner opens it; opening it loads the risk worker (not part of the first
//! load) and every later edit reruns the analysis there while the projection stays instant.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::risk_chart::{FanChart, TornadoChart};
use crate::i18n::{format::format_number, format_amount, format_yuan, strings, Lang};
use crate::model::fields::field;
use crate::model::risk::{
    explain_risk, explain_tornado, Estimate, RiskFigure, RiskResult, Tornado, TornadoMetric,
    TornadoRequest,
};
use crate::model::scenario::Scenario;
use crate::model::trace::Trace;
use crate::model::Text;
use crate::ui::hooks::use_risk::{use_risk, RiskView};

#[derive(Properties, PartialEq)]
pub struct RiskPanelProps {
    pub scenario: Rc<Scenario>,
    pub lang: Lang,
    /// Opens "how was this computed" on a risk figure.
    pub on_trace: Callback<Trace>,
    /// The finished analysis of the scenario on screen, or `None` while there is none (not
    /// opened, running, one edit behind): what exports and the printed report may use.
    pub on_current: Callback<Option<Rc<RiskResult>>>,
}

/// A risk figure as a `data-rfig` string, so one click handler explains any cell of the table.
fn encode(f: RiskFigure) -> String {
    use RiskFigure::*;
    match f {
        Band { year, baseline } => format!("band:{year}:{}", baseline as u8),
        ProbabilityBelow { year, baseline } => format!("pb:{year}:{}", baseline as u8),
        ProbabilityBelowAfterRelief { year } => format!("pbr:{year}"),
        Shortfall { year, baseline } => format!("sf:{year}:{}", baseline as u8),
        Relief { year } => format!("rel:{year}"),
        EverBelow { baseline } => format!("ever:{}", baseline as u8),
        BackBelow { baseline } => format!("back:{}", baseline as u8),
        ReliefTotal => "reltotal".into(),
    }
}

fn decode(s: &str) -> Option<RiskFigure> {
    use RiskFigure::*;
    let mut parts = s.split(':');
    let tag = parts.next()?;
    let mut num = || parts.next()?.parse::<i32>().ok();
    Some(match tag {
        "band" => Band {
            year: num()?,
            baseline: num()? == 1,
        },
        "pb" => ProbabilityBelow {
            year: num()?,
            baseline: num()? == 1,
        },
        "pbr" => ProbabilityBelowAfterRelief { year: num()? },
        "sf" => Shortfall {
            year: num()?,
            baseline: num()? == 1,
        },
        "rel" => Relief { year: num()? },
        "ever" => EverBelow {
            baseline: num()? == 1,
        },
        "back" => BackBelow {
            baseline: num()? == 1,
        },
        "reltotal" => ReliefTotal,
        _ => return None,
    })
}

/// The figure named by the `data-rfig` of the clicked element or its nearest ancestor.
fn figure_at(e: &MouseEvent) -> Option<RiskFigure> {
    let target = e.target_dyn_into::<web_sys::Element>()?;
    let cell = target.closest("[data-rfig]").ok()??;
    decode(&cell.get_attribute("data-rfig")?)
}

/// "12.3 % ± 0.3" — a probability with its standard error, in percentage points.
pub fn percent(e: Option<Estimate>, lang: Lang) -> String {
    match e {
        Some(e) => format!(
            "{} % ± {}",
            format_number(e.p * 100.0, 1),
            format_number(e.se * 100.0, 1)
        ),
        None => lang.tr(strings::NO_LINE).to_string(),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum MetricKind {
    PerCapita,
    Npv,
    ProbabilityBelow,
}

impl MetricKind {
    const ALL: [MetricKind; 3] = [
        MetricKind::PerCapita,
        MetricKind::Npv,
        MetricKind::ProbabilityBelow,
    ];
    fn id(self) -> &'static str {
        match self {
            MetricKind::PerCapita => "per-capita",
            MetricKind::Npv => "npv",
            MetricKind::ProbabilityBelow => "p-below",
        }
    }
    fn label(self) -> Text {
        match self {
            MetricKind::PerCapita => strings::TORNADO_METRIC_PER_CAPITA,
            MetricKind::Npv => strings::TORNADO_METRIC_NPV,
            MetricKind::ProbabilityBelow => strings::TORNADO_METRIC_P_BELOW,
        }
    }
    fn metric(self, year: i32) -> TornadoMetric {
        match self {
            MetricKind::PerCapita => TornadoMetric::PerCapita { year },
            MetricKind::Npv => TornadoMetric::Npv,
            MetricKind::ProbabilityBelow => TornadoMetric::ProbabilityBelow { year },
        }
    }
}

#[component]
pub fn RiskPanel(props: &RiskPanelProps) -> Html {
    let lang = props.lang;
    let opened = use_state_eq(|| false);
    let metric = use_state_eq(|| MetricKind::PerCapita);
    let years = &props.scenario.horizon;
    let last_year = years.year_of(years.years.saturating_sub(1) as usize);
    let chosen_year = use_state_eq(|| None::<i32>);
    // A year chosen before the horizon changed falls back to the last year.
    let year = chosen_year
        .filter(|y| (years.base_year..=last_year).contains(y))
        .unwrap_or(last_year);
    let request = TornadoRequest::new(metric.metric(year));
    let view = use_risk(props.scenario.clone(), request, *opened);
    {
        let on_current = props.on_current.clone();
        use_effect_with(
            (view.result.clone(), view.current),
            move |(result, current)| {
                on_current.emit(result.clone().filter(|_| *current));
            },
        );
    }

    // Explains against the result on screen (it may be one edit behind while a run goes).
    // Stable callbacks (use_callback), so progress reports do not re-render the results.
    let on_figure = use_callback(
        (
            props.on_trace.clone(),
            props.scenario.clone(),
            view.result.clone(),
        ),
        |e: MouseEvent, (on_trace, scenario, result)| {
            if let (Some(f), Some(r)) = (figure_at(&e), result.as_ref()) {
                if let Some(t) = explain_risk(scenario, r, f) {
                    on_trace.emit(t);
                }
            }
        },
    );
    let on_bar = use_callback(
        (props.on_trace.clone(), view.tornado.clone()),
        |e: MouseEvent, (on_trace, tornado)| {
            let id = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("[data-bar]").ok().flatten())
                .and_then(|row| row.get_attribute("data-bar"));
            if let (Some(id), Some(t)) = (id, tornado.as_ref()) {
                if let Some(trace) = explain_tornado(t, &id) {
                    on_trace.emit(trace);
                }
            }
        },
    );
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::Element>() {
                if d.has_attribute("open") {
                    opened.set(true);
                }
            }
        })
    };
    let on_metric = {
        let metric = metric.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(m) = MetricKind::ALL.into_iter().find(|m| m.id() == s.value()) {
                    metric.set(m);
                }
            }
        })
    };
    let on_year = {
        let chosen_year = chosen_year.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                chosen_year.set(s.value().parse().ok());
            }
        })
    };

    let body = if *opened {
        let year_options = (0..years.years as usize).map(|i| {
            let y = years.year_of(i);
            html! { <option value={y.to_string()} selected={y == year}>{ y }</option> }
        });
        let metric_options = MetricKind::ALL.into_iter().map(|m| {
            html! { <option value={m.id()} selected={m == *metric}>{ lang.tr(m.label()) }</option> }
        });
        html! {
            <>
                { status(&view, lang) }
                if let Some(risk) = view.result.clone() {
                    <RiskResults {risk} current={view.current} {lang} {on_figure} />
                }
                <div class="tornado-controls">
                    <label>{ lang.tr(strings::TORNADO_METRIC) }
                        <select data-control="tornado-metric" onchange={on_metric}>{ for metric_options }</select>
                    </label>
                    if *metric != MetricKind::Npv {
                        <label>{ lang.tr(strings::AXIS_YEAR) }
                            <select data-control="tornado-year" onchange={on_year}>{ for year_options }</select>
                        </label>
                    }
                </div>
                if let Some(tornado) = view.tornado.clone() {
                    <TornadoResults {tornado} elapsed_ms={view.tornado_ms} {lang} {on_bar} />
                }
            </>
        }
    } else {
        Html::default()
    };
    html! {
        <section class="risk" id="risk" aria-labelledby="risk-title">
            <details {ontoggle}>
                <summary><h3 id="risk-title">{ lang.tr(strings::RISK_TITLE) }</h3></summary>
                <p class="hint">{ lang.tr(strings::RISK_INTRO) }</p>
                { body }
            </details>
        </section>
    }
}

/// The finished run's figures: their own component, so progress reports of the next run
/// re-render only the status line, not the table and the chart.
#[derive(Properties, PartialEq)]
struct RiskResultsProps {
    risk: Rc<RiskResult>,
    /// False while a newer run (after an edit) goes: shown faded.
    current: bool,
    lang: Lang,
    on_figure: Callback<MouseEvent>,
}

/// Enter or Space on a focused figure acts as a click, which explains it.
fn activate_on_key(e: KeyboardEvent) {
    if e.key() == "Enter" || e.key() == " " {
        if let Some(el) = e.target_dyn_into::<web_sys::HtmlElement>() {
            if el.has_attribute("data-rfig") || el.has_attribute("data-bar") {
                e.prevent_default();
                el.click();
            }
        }
    }
}

#[component]
fn RiskResults(props: &RiskResultsProps) -> Html {
    let (risk, lang) = (&props.risk, props.lang);
    html! {
        <div class={classes!("risk-results", (!props.current).then_some("stale"))}
            aria-busy={(!props.current).to_string()} onclick={props.on_figure.clone()}
            onkeydown={activate_on_key}>
            { headlines(risk, lang) }
            <FanChart risk={risk.clone()} {lang} />
            { year_table(risk, lang) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TornadoResultsProps {
    tornado: Rc<Tornado>,
    elapsed_ms: Option<f64>,
    lang: Lang,
    on_bar: Callback<MouseEvent>,
}

#[component]
fn TornadoResults(props: &TornadoResultsProps) -> Html {
    html! {
        <div class="tornado-results" onclick={props.on_bar.clone()} onkeydown={activate_on_key}
            data-tornado-ms={props.elapsed_ms.map(|ms| format!("{ms:.1}"))}>
            { tornado_view(props.tornado.clone(), props.lang) }
        </div>
    }
}

fn status(view: &RiskView, lang: Lang) -> Html {
    if let Some(e) = &view.failed {
        let why = if e == crate::ui::risk_client::NOT_LOADED {
            html! { lang.tr(strings::RISK_NOT_LOADED) }
        } else {
            html! { <code>{ e.clone() }</code> }
        };
        return html! { <p class="risk-status error" role="alert">{ lang.tr(strings::RISK_FAILED) }{ " " }{ why }</p> };
    }
    match (view.progress, &view.result) {
        (Some((done, total)), _) => html! {
            <p class="risk-status" data-risk="running">
                { lang.tr(strings::RISK_RUNNING) }{ " " }
                <progress max={total.max(1).to_string()} value={done.to_string()}></progress>
                { format!(" {} / {}", format_number(done as f64, 0), format_number(total as f64, 0)) }
            </p>
        },
        (None, Some(r)) => html! {
            <p class="risk-status" data-risk="done" data-risk-ms={view.risk_ms.map(|ms| format!("{ms:.1}"))}>
                { match lang {
                    Lang::Zh => format!("基于 {} 次模拟（随机种子 {}），同一方案和种子在任何电脑上结果相同。", format_number(r.draws as f64, 0), r.seed),
                    Lang::En => format!("From {} draws (seed {}); the same scenario and seed give the same figures on any computer.", format_number(r.draws as f64, 0), r.seed),
                } }
            </p>
        },
        (None, None) => {
            html! { <p class="risk-status" data-risk="loading">{ lang.tr(strings::RISK_LOADING) }</p> }
        }
    }
}

fn headlines(r: &RiskResult, lang: Lang) -> Html {
    let card = |label: Text, value: String, key: &'static str, figure: RiskFigure| {
        html! {
            <button type="button" class="headline" data-risk-headline={key} data-rfig={encode(figure)}>
                <span class="headline-label">{ lang.tr(label) }</span>
                <span class="headline-value">{ value }</span>
            </button>
        }
    };
    let with_without = |with: Option<Estimate>, without: Option<Estimate>| {
        format!(
            "{} · {} {}",
            percent(with, lang),
            lang.tr(strings::RISK_WITHOUT),
            percent(without, lang)
        )
    };
    html! {
        <div class="headlines risk-headlines">
            { card(strings::RISK_EVER_BELOW, with_without(r.p_ever_below, r.p_ever_below_baseline), "ever-below",
                RiskFigure::EverBelow { baseline: false }) }
            { card(strings::RISK_BACK_BELOW, with_without(r.p_back_below, r.p_back_below_baseline), "back-below",
                RiskFigure::BackBelow { baseline: false }) }
            { card(strings::RISK_RELIEF_TOTAL, format!("{} · P95 {}", format_yuan(r.relief_total_mean_yuan, lang),
                format_yuan(r.relief_total_p95_yuan, lang)), "relief-total", RiskFigure::ReliefTotal) }
        </div>
    }
}

fn year_table(r: &RiskResult, lang: Lang) -> Html {
    let rows = r.years.iter().map(|y| {
        let year = y.year;
        let cell = |text: String, f: RiskFigure| html! { <td class="explainable" tabindex="0" data-rfig={encode(f)}>{ text }</td> };
        html! {
            <tr>
                <th scope="row">{ year }</th>
                { cell(format_number(y.per_capita.p10, 0), RiskFigure::Band { year, baseline: false }) }
                { cell(format_number(y.per_capita.p50, 0), RiskFigure::Band { year, baseline: false }) }
                { cell(format_number(y.per_capita.p90, 0), RiskFigure::Band { year, baseline: false }) }
                { cell(percent(y.p_below, lang), RiskFigure::ProbabilityBelow { year, baseline: false }) }
                { cell(percent(y.p_below_baseline, lang), RiskFigure::ProbabilityBelow { year, baseline: true }) }
                { cell(percent(y.p_below_after_relief, lang), RiskFigure::ProbabilityBelowAfterRelief { year }) }
                { cell(format_number(y.shortfall_per_capita_yuan, 0), RiskFigure::Shortfall { year, baseline: false }) }
                { cell(format_number(y.relief_mean_yuan, 0), RiskFigure::Relief { year }) }
                { cell(format_number(y.relief_p95_yuan, 0), RiskFigure::Relief { year }) }
            </tr>
        }
    });
    let head = [
        strings::AXIS_YEAR,
        strings::RISK_COL_P10,
        strings::RISK_COL_P50,
        strings::RISK_COL_P90,
        strings::RISK_COL_P_BELOW,
        strings::RISK_COL_P_BELOW_BASELINE,
        strings::RISK_COL_P_BELOW_RELIEF,
        strings::RISK_COL_SHORTFALL,
        strings::RISK_COL_RELIEF_MEAN,
        strings::RISK_COL_RELIEF_P95,
    ]
    .into_iter()
    .map(|t| html! { <th scope="col">{ lang.tr(t) }</th> });
    html! {
        <div class="table-wrap">
            <table class="year-table" data-table="risk">
                <caption>{ lang.tr(strings::RISK_TABLE_CAPTION) }</caption>
                <thead><tr>{ for head }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn tornado_view(t: Rc<Tornado>, lang: Lang) -> Html {
    let name =
        |id: &str| field(id).map_or_else(|| id.to_string(), |f| lang.tr(f.label).to_string());
    let labels: Rc<Vec<String>> = Rc::new(t.bars.iter().map(|b| name(&b.field_id)).collect());
    let unit = |v: f64| match t.metric {
        TornadoMetric::ProbabilityBelow { .. } => format!("{} %", format_number(v * 100.0, 1)),
        _ => format_yuan(v, lang),
    };
    let rows = t.bars.iter().zip(labels.iter()).map(|(b, label)| {
        let range = match b.range {
            crate::model::risk::RangeKind::Documented => lang.tr(strings::TORNADO_RANGE_DOCUMENTED),
            crate::model::risk::RangeKind::PlusMinus25Pct => lang.tr(strings::TORNADO_RANGE_25),
        };
        // Inputs as their fields show them (with units), results in the metric's unit.
        let input = |v: f64| {
            field(&b.field_id)
                .map_or_else(|| format_number(v, 2), |f| format_amount(v, f.unit, lang))
        };
        html! {
            <tr class="explainable" data-bar={b.field_id.clone()} tabindex="0">
                <th scope="row">{ label.clone() }</th>
                <td>{ format!("{} → {}", input(b.low_input), unit(b.low_value)) }</td>
                <td>{ format!("{} → {}", input(b.high_input), unit(b.high_value)) }</td>
                <td>{ range }</td>
            </tr>
        }
    });
    html! {
        <>
            <TornadoChart tornado={t.clone()} labels={labels.clone()} {lang} />
            <div class="table-wrap">
                <table class="year-table" data-table="tornado">
                    <caption>{ format!("{} {} · {}", lang.tr(strings::TORNADO_CAPTION), unit(t.base_value),
                        match lang { Lang::Zh => format!("共移动 {} 个输入", t.fields_moved), Lang::En => format!("{} inputs moved", t.fields_moved) }) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.tr(strings::TORNADO_COL_INPUT) }</th>
                        <th scope="col">{ lang.tr(strings::TORNADO_LOW_END) }</th>
                        <th scope="col">{ lang.tr(strings::TORNADO_HIGH_END) }</th>
                        <th scope="col">{ lang.tr(strings::TORNADO_COL_RANGE) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}
