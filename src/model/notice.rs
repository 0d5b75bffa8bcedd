//! What the planner must be told beside the figures: claims on labor the household cannot meet,
//! a household an intervention is not meant for, a cost nobody entered. The engine returns them
//! with the projection; the UI shows them where the results are read.

use super::fields::field;
use super::interventions::InterventionKind;
use super::text::OwnedText;
use super::units::Months;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// In some years the interventions claim more labor than the household has; `cut` lists
    /// each intervention whose income was scaled down and the lowest share of it kept.
    LaborShort {
        first_year: i32,
        years: u32,
        worst_shortfall_months: Months,
        available_months: Months,
        cut: Vec<(InterventionKind, f64)>,
    },
    /// The household is not in the group the intervention is for.
    NotEligible {
        kind: InterventionKind,
        reason: OwnedText,
    },
    /// A public cost of an intervention that is on was left empty: totals leave it out.
    CostNotEntered {
        kind: InterventionKind,
        /// Registry id of the empty field.
        field_id: &'static str,
    },
}

impl Notice {
    /// The sentence shown to the planner, in Chinese or English.
    pub fn message(&self, english: bool) -> String {
        match (self, english) {
            (
                Notice::LaborShort {
                    first_year,
                    years,
                    worst_shortfall_months,
                    available_months,
                    cut,
                },
                _,
            ) => {
                let names: Vec<String> = cut
                    .iter()
                    .map(|(k, kept)| {
                        let pct = (kept * 100.0).round();
                        if english {
                            format!("{} (kept {pct} %)", k.name().en)
                        } else {
                            format!("{}(保留 {pct}%)", k.name().zh)
                        }
                    })
                    .collect();
                let short = (worst_shortfall_months * 10.0).round() / 10.0;
                let avail = (available_months * 10.0).round() / 10.0;
                if english {
                    format!(
                        "Labor: from {first_year}, in {years} year(s), the activities need up to {short} labor-months more than the household's {avail}. Income the household cannot work for is left out, lowest income per labor-month first: {}",
                        names.join(", ")
                    )
                } else {
                    format!(
                        "劳动力不足：自 {first_year} 年起有 {years} 年，各项活动所需劳动力比本户的 {avail} 个劳动月多出最多 {short} 个劳动月。无人可做的收入不计入，按每劳动月收入从低到高削减：{}",
                        names.join("、")
                    )
                }
            }
            (Notice::NotEligible { kind, reason }, false) => {
                format!("{}：本户不符合条件。{}", kind.name().zh, reason.zh)
            }
            (Notice::NotEligible { kind, reason }, true) => {
                format!(
                    "{}: this household is not eligible. {}",
                    kind.name().en,
                    reason.en
                )
            }
            (Notice::CostNotEntered { kind, field_id }, _) => {
                let label = field(field_id).map_or(*field_id, |f| f.label.get(english));
                if english {
                    format!(
                        "{}: “{label}” is not entered, so total public cost and cost per yuan gained leave it out",
                        kind.name().en
                    )
                } else {
                    format!(
                        "{}的“{label}”未填写：公共投入合计和每元增收成本不含此项",
                        kind.name().zh
                    )
                }
            }
        }
    }
}
