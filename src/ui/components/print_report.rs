//! What only the printed report shows: a title with the scenario and date, the planner's notes,
//! the public cost in total and by intervention, the monitoring line's status in one sentence,
//! and the scenario's assumptions (every input of the household and of each intervention that is
//! on). The compare view, when open, prints the compared scenarios' differences itself.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::report::line_status_sentence;
use crate::i18n::{format_amount, format_yuan, strings, Lang};
use crate::model::fields::{Section, CHOICES, FIELDS};
use crate::model::interventions::InterventionKind;
use crate::model::projection::Appraisal;
use crate::model::risk::RiskResult;
use crate::model::{Projection, Scenario, Text};
use crate::ui::browser;

const REPORT: Text = Text::new("测算报告", "Projection report");
const ASSUMPTIONS: Text = Text::new("测算假设", "Assumptions");
const PRINTED: Text = Text::new("打印日期", "Printed");
const NONE_ON: Text = Text::new(
    "未启用任何措施（仅基线）",
    "No intervention on (baseline only)",
);

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub scenario: Scenario,
    pub projection: Rc<Projection>,
    /// The scenario's name as shown on screen.
    pub name: String,
    /// The finished risk analysis, when shown: its shocks and relief rule are assumptions too.
    pub risk: Option<Rc<RiskResult>>,
    pub lang: Lang,
    /// Names of inputs not applied when printing: the report uses their last valid values.
    #[prop_or_default]
    pub unapplied: Vec<AttrValue>,
}

/// Built only while printing (an empty section otherwise): its hundred-odd assumption lines
/// would else be rebuilt, unseen, on every keystroke.
#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    if !crate::ui::hooks::use_printing::use_printing() {
        return html! { <section class="print-only print-report" aria-hidden="true"></section> };
    }
    report(props)
}

fn report(props: &PrintReportProps) -> Html {
    let lang = props.lang;
    let s = &props.scenario;
    let list = |section: Section| {
        let choices = CHOICES.iter().filter(|c| c.section == section).map(|c| {
            let chosen = c
                .options
                .get((c.get)(s))
                .map(|o| lang.tr(*o))
                .unwrap_or_default();
            html! { <li>{ lang.tr(c.label) }{ "：" }{ chosen }</li> }
        });
        let fields = FIELDS.iter().filter(|f| f.section == section).map(|f| {
            html! { <li>{ lang.tr(f.label) }{ "：" }{ format_amount((f.get)(s), f.unit, lang) }</li> }
        });
        html! { <ul class="assumption-list">{ for choices }{ for fields }</ul> }
    };
    let groups = [
        (strings::SECTION_HOUSEHOLD, Section::Household),
        (strings::SECTION_INCOME, Section::Income),
        (strings::SECTION_PROJECTION, Section::Projection),
    ]
    .into_iter()
    .map(|(title, section)| html! { <div class="assumption-group"><h3>{ lang.tr(title) }</h3>{ list(section) }</div> });
    let risk = props.risk.as_ref().map(|r| {
        let run = match lang {
            Lang::Zh => format!("{} 次模拟，随机种子 {}", r.draws, r.seed),
            Lang::En => format!("{} draws, seed {}", r.draws, r.seed),
        };
        html! {
            <>
                <div class="assumption-group"><h3>{ lang.tr(strings::SECTION_RISK) }{ " · " }{ run }</h3>{ list(Section::Risk) }</div>
                <div class="assumption-group"><h3>{ lang.tr(strings::SECTION_RELIEF) }</h3>{ list(Section::Relief) }</div>
            </>
        }
    });
    let on: Vec<InterventionKind> = InterventionKind::ALL
        .into_iter()
        .filter(|k| s.interventions.schedule(*k).enabled)
        .collect();
    let interventions = on.iter().map(|k| {
        html! { <div class="assumption-group"><h3>{ lang.tr(k.name()) }</h3>{ list(Section::Intervention(*k)) }</div> }
    });
    let cost = |a: &Appraisal| {
        if a.program_cost_yuan == 0.0 && a.cost_not_entered {
            return lang.tr(strings::NOT_ENTERED).to_string();
        }
        let part = if a.cost_not_entered {
            lang.tr(strings::PART_NOT_ENTERED)
        } else {
            ""
        };
        format!("{}{part}", format_yuan(a.program_cost_yuan, lang))
    };
    let p = &props.projection;
    let colon = if lang.is_en() { ": " } else { "：" };
    let by_kind = p
        .by_intervention
        .iter()
        .filter(|(k, _)| on.contains(k))
        .map(|(k, a)| {
            html! { <li>{ lang.tr(k.name()) }{ colon }{ cost(a) }</li> }
        });
    let statuses: Vec<_> = p.rows.iter().map(|r| r.monitoring_line_status).collect();
    html! {
        <section class="print-only print-report" aria-hidden="true">
            // Not an <h1>: the page keeps one, the app's title.
            <p class="report-title">{ lang.tr(strings::APP_TITLE) }{ " · " }{ lang.tr(REPORT) }</p>
            <p>{ props.name.clone() }{ " · " }{ lang.tr(PRINTED) }{ " " }{ browser::today() }</p>
            if !props.unapplied.is_empty() {
                <p class="print-warning" data-warning="unapplied">
                    { lang.tr(strings::UNAPPLIED_PRINT) }{ strings::list_names(&props.unapplied, lang.is_en()) }
                </p>
            }
            if !s.notes.is_empty() {
                <div class="report-notes" data-report="notes">
                    <h2>{ lang.tr(strings::NOTES) }</h2>
                    <p>{ s.notes.clone() }</p>
                </div>
            }
            <p data-report="line-status">{ line_status_sentence(&statuses, lang) }</p>
            <p data-report="cost"><strong>{ lang.tr(strings::REPORT_COST) }{ colon }{ cost(&p.total) }</strong></p>
            if !on.is_empty() {
                <p class="report-cost-by">{ lang.tr(strings::REPORT_COST_BY) }{ colon }</p>
                <ul class="report-cost-list">{ for by_kind }</ul>
            }
            <h2>{ lang.tr(ASSUMPTIONS) }</h2>
            <div class="assumptions">
                { for groups }
                if on.is_empty() { <p>{ lang.tr(NONE_ON) }</p> }
                { for interventions }
                { for risk }
            </div>
        </section>
    }
}
