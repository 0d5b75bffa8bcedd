//! Words of the printed report that are worked out from the figures: the monitoring line's
//! status in one sentence, and the inputs that differ between compared scenarios.

use crate::model::fields::{Section, CHOICES, FIELDS, TOGGLES};
use crate::model::monitoring_line::RowStatus;
use crate::model::Scenario;

use super::{format_amount, strings, Lang};

/// How far the projected years rest on verified monitoring-line figures, said once.
/// `statuses` holds each projected year's status (`None`: no line that year).
pub fn line_status_sentence(statuses: &[Option<RowStatus>], lang: Lang) -> String {
    let count = |want: RowStatus| statuses.iter().filter(|s| **s == Some(want)).count();
    let (verified, placeholder) = (count(RowStatus::Verified), count(RowStatus::Placeholder));
    match (verified, placeholder, lang) {
        (0, 0, Lang::Zh) => "监测线：未填写监测线，报告未与监测线比较。".into(),
        (0, 0, Lang::En) => {
            "Monitoring line: none entered; the report makes no comparison with it.".into()
        }
        (_, 0, Lang::Zh) => "监测线：所用各年数字均已核实。".into(),
        (_, 0, Lang::En) => "Monitoring line: every year uses a verified figure.".into(),
        (0, _, Lang::Zh) => {
            "监测线：所用数字均为待核实的占位值，换为本省标准前，与监测线的比较仅供参考。".into()
        }
        (0, _, Lang::En) => "Monitoring line: every figure used is a placeholder, not verified; until it is replaced by the province's line, comparisons with it are indicative only.".into(),
        (v, p, Lang::Zh) => format!(
            "监测线：{v} 年为已核实数字，{p} 年为待核实的占位值（表中标“待核实”），这些年份与监测线的比较仅供参考。"
        ),
        (v, p, Lang::En) => format!(
            "Monitoring line: {v} {} verified, {p} {} placeholders, not verified (marked “placeholder” in the table); comparisons in those years are indicative only.",
            if v == 1 { "year is" } else { "years are" },
            if p == 1 { "is a" } else { "are" },
        ),
    }
}

const ON: crate::model::Text = crate::model::Text::new("是", "on");
const OFF: crate::model::Text = crate::model::Text::new("否", "off");

/// The section name a label is shown under, so equal labels of two interventions stay apart.
fn section_name(section: Section) -> crate::model::Text {
    const NAMES: [(Section, crate::model::Text); 5] = [
        (Section::Household, strings::SECTION_HOUSEHOLD),
        (Section::Income, strings::SECTION_INCOME),
        (Section::Projection, strings::SECTION_PROJECTION),
        (Section::Risk, strings::SECTION_RISK),
        (Section::Relief, strings::SECTION_RELIEF),
    ];
    match section {
        Section::Intervention(k) => k.name(),
        s => NAMES
            .iter()
            .find(|(n, _)| *n == s)
            .map_or(strings::SECTION_HOUSEHOLD, |(_, t)| *t),
    }
}

/// Every input (number, switch, choice, adoption list, monitoring-line table) whose value is not
/// the same in all `scenarios`: its name with its section, and each scenario's value as shown.
/// An intervention's inputs are left out when it is off in every scenario: they change nothing
/// there (its on/off switch still shows when it differs).
pub fn differing_inputs(scenarios: &[&Scenario], lang: Lang) -> Vec<(String, Vec<String>)> {
    let name = |section: Section, label| {
        format!("{} · {}", lang.tr(section_name(section)), lang.tr(label))
    };
    let matters = |section: Section| match section {
        Section::Intervention(kind) => scenarios
            .iter()
            .any(|s| s.interventions.schedule(kind).enabled),
        _ => true,
    };
    let mut rows = Vec::new();
    let mut add = |label: String, values: Vec<String>| {
        if values.iter().any(|v| *v != values[0]) {
            rows.push((label, values));
        }
    };
    for c in CHOICES.iter().filter(|c| matters(c.section)) {
        let values = scenarios
            .iter()
            .map(|s| {
                c.options
                    .get((c.get)(s))
                    .map(|o| lang.tr(*o))
                    .unwrap_or("—")
                    .to_string()
            })
            .collect();
        add(name(c.section, c.label), values);
    }
    for t in TOGGLES.iter() {
        let values = scenarios
            .iter()
            .map(|s| lang.tr(if (t.get)(s) { ON } else { OFF }).to_string())
            .collect();
        add(name(t.section, t.label), values);
    }
    for f in FIELDS.iter().filter(|f| matters(f.section)) {
        let values = scenarios
            .iter()
            .map(|s| {
                let v = (f.get)(s);
                if f.is_not_entered(v) {
                    lang.tr(strings::NOT_ENTERED).to_string()
                } else {
                    format_amount(v, f.unit, lang)
                }
            })
            .collect();
        add(name(f.section, f.label), values);
    }
    for kind in crate::model::interventions::InterventionKind::ALL
        .into_iter()
        .filter(|k| matters(Section::Intervention(*k)))
    {
        let values = scenarios
            .iter()
            .map(|s| {
                let list = &s.interventions.schedule(kind).adoption_pct;
                list.iter()
                    .map(|p| format!("{}%", super::format::format_compact(*p)))
                    .collect::<Vec<_>>()
                    .join(" / ")
            })
            .collect();
        add(
            name(Section::Intervention(kind), strings::ADOPTION_LABEL),
            values,
        );
    }
    let line = scenarios
        .iter()
        .map(|s| {
            s.monitoring_line
                .rows
                .iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r.year,
                        format_amount(r.yuan_per_capita, crate::model::units::Unit::Yuan, lang)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    add(lang.tr(strings::LINE_TABLE).to_string(), line);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::interventions::InterventionKind;

    #[test]
    fn the_line_status_is_one_sentence_for_each_case() {
        use RowStatus::*;
        let zh = |s: &[Option<RowStatus>]| line_status_sentence(s, Lang::Zh);
        assert!(zh(&[Some(Verified); 3]).contains("均已核实"));
        assert!(zh(&[Some(Placeholder); 3]).contains("均为待核实"));
        assert!(zh(&[Some(Verified), Some(Placeholder), Some(Placeholder)])
            .contains("1 年为已核实数字，2 年为待核实"));
        assert!(zh(&[None]).contains("未填写"));
        let en = line_status_sentence(&[Some(Verified), Some(Placeholder)], Lang::En);
        assert!(
            en.contains("1 year is verified, 1 is a placeholder"),
            "{en}"
        );
    }

    #[test]
    fn inputs_of_an_intervention_off_everywhere_are_not_listed() {
        let a = Scenario::default();
        let kind = InterventionKind::ALL
            .into_iter()
            .find(|k| !a.interventions.schedule(*k).enabled)
            .expect("the default scenario leaves some intervention off");
        let field = FIELDS
            .iter()
            .find(|f| f.section == Section::Intervention(kind) && !f.optional)
            .expect("it has a number");
        let mut b = a.clone();
        let v = (field.get)(&a);
        (field.set)(
            &mut b,
            if v + 1.0 <= field.max {
                v + 1.0
            } else {
                v - 1.0
            },
        );
        assert!(
            differing_inputs(&[&a, &b], Lang::Zh).is_empty(),
            "{}",
            field.id
        );
        // Switched on in one of them, the input and the switch both count.
        b.interventions.schedule_mut(kind).enabled = true;
        let rows = differing_inputs(&[&a, &b], Lang::Zh);
        assert!(rows.len() >= 2, "{rows:?}");
    }

    #[test]
    fn only_the_inputs_that_differ_are_listed() {
        let a = Scenario::default();
        assert!(differing_inputs(&[&a, &a.clone()], Lang::Zh).is_empty());
        let mut b = a.clone();
        b.household.members_persons = a.household.members_persons + 1.0;
        b.interventions
            .schedule_mut(InterventionKind::LandTransfer)
            .enabled = !a
            .interventions
            .schedule(InterventionKind::LandTransfer)
            .enabled;
        let rows = differing_inputs(&[&a, &b], Lang::Zh);
        let labels: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(rows.len(), 2, "{labels:?}");
        assert!(
            labels.iter().any(|l| l.starts_with("家庭情况 · ")),
            "{labels:?}"
        );
        assert!(
            labels.iter().any(|l| l.starts_with("土地流转 · ")),
            "{labels:?}"
        );
        let en = differing_inputs(&[&a, &b], Lang::En);
        assert!(en.iter().any(|(l, _)| l.starts_with("Household · ")));
    }
}
