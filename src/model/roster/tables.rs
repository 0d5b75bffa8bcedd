//! A plan's results as plain string tables (a header row and rows) for export: by village, by
//! household, allocations side by side, and a greedy allocation's steps. Headers in Chinese, or
//! English when asked. Numbers are plain (no grouping), at most 2 decimals, in the projection's
//! prices. [`SheetTable::to_csv`] writes one as CSV; others write the same tables to xlsx.
//!
//! Personal data: the household table carries the head's name and ID number only when
//! `include_personal` is set (the planner asked); otherwise the columns are left out.

use std::collections::HashMap;

use super::allocate::Allocation;
use super::plan::{still_below, PlanResult, Totals};
use super::tiers::VillageTier;
use super::{PlanUnit, Roster};
use crate::model::interventions::InterventionKind;
use crate::model::text::{OwnedText, Text};

/// A table to write out as CSV or as a sheet of an .xlsx (`storage::roster_xlsx`): its sheet
/// name, header and rows of text (the .xlsx writer stores cells that read as plain numbers as
/// numbers). One type for every export: registers, templates and plan results.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SheetTable {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl SheetTable {
    /// CSV text for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the Chinese),
    /// RFC 4180 quoting, CRLF line ends, the header first.
    pub fn to_csv(&self) -> String {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(Vec::new());
        // Writing to a Vec cannot fail, and the cells are valid UTF-8 strings.
        w.write_record(&self.headers).expect("write to memory");
        for r in &self.rows {
            w.write_record(r).expect("write to memory");
        }
        let bytes = w.into_inner().expect("flush to memory");
        let mut out = String::from('\u{FEFF}');
        out.push_str(&String::from_utf8(bytes).expect("cells are UTF-8"));
        out
    }
}

/// A number as a cell: at most 2 decimals, no trailing zeros, no "-0"; empty when not finite.
pub fn number_cell(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let r = (v * 100.0).round() / 100.0;
    let s = format!("{:.2}", if r == 0.0 { 0.0 } else { r });
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn headers(cols: &[Text], english: bool) -> Vec<String> {
    cols.iter().map(|t| t.get(english).to_string()).collect()
}

fn year_index(result: &PlanResult, year: i32) -> Option<usize> {
    result.years.iter().position(|&y| y == year)
}

const TOTALS_COLUMNS: [Text; 7] = [
    Text::new("户数", "Households"),
    Text::new("人数", "Persons"),
    Text::new(
        "无帮扶低于监测线户数",
        "Below the line without the plan (households)",
    ),
    Text::new(
        "有帮扶低于监测线户数",
        "Below the line with the plan (households)",
    ),
    Text::new("越线户数", "Households lifted"),
    Text::new("累计公共投入（元）", "Public cost to date (yuan)"),
    Text::new("每越线户成本（元）", "Cost per household lifted (yuan)"),
];

fn totals_cells(t: &Totals) -> Vec<String> {
    vec![
        t.households.to_string(),
        number_cell(t.persons),
        t.households_below_without.to_string(),
        t.households_below_with.to_string(),
        t.households_lifted.to_string(),
        number_cell(t.cumulative_public_cost_yuan),
        t.cost_per_household_lifted_yuan()
            .map(number_cell)
            .unwrap_or_default(),
    ]
}

/// One row per village in `year`: village, tier (when `tiers` are given), households, persons,
/// below the line without and with the plan, lifted, public cost to date, cost per household
/// lifted. Empty when the year is outside the result.
pub fn village_table(
    result: &PlanResult,
    tiers: Option<&[VillageTier]>,
    year: i32,
    english: bool,
) -> SheetTable {
    let mut cols = vec![Text::new("年份", "Year"), Text::new("村", "Village")];
    if tiers.is_some() {
        cols.push(Text::new("村等级", "Tier"));
    }
    cols.extend(TOTALS_COLUMNS);
    let mut table = SheetTable {
        name: String::new(),
        headers: headers(&cols, english),
        rows: Vec::new(),
    };
    let Some(t) = year_index(result, year) else {
        return table;
    };
    for (village, by_year) in &result.by_village {
        let mut row = vec![year.to_string(), village.clone()];
        if let Some(tiers) = tiers {
            row.push(
                tiers
                    .iter()
                    .find(|v| &v.village == village)
                    .map(|v| v.tier.name().get(english).to_string())
                    .unwrap_or_default(),
            );
        }
        row.extend(totals_cells(&by_year[t]));
        table.rows.push(row);
    }
    table
}

fn kinds_text(kinds: &[InterventionKind], english: bool) -> String {
    kinds
        .iter()
        .map(|k| k.name().get(english))
        .collect::<Vec<_>>()
        .join(if english { "; " } else { "、" })
}

/// One row per outcome (a household, or a typical unit's households sharing one outcome) in
/// `year`: code, village, group, households, per capita without and with the plan, below the
/// line with it, what it receives, and why it is still below ([`still_below`]). The head's
/// name and ID number (from `roster`, by code) only when `include_personal`.
pub fn household_table(
    result: &PlanResult,
    units: &[PlanUnit],
    year: i32,
    roster: Option<&Roster>,
    include_personal: bool,
    english: bool,
) -> SheetTable {
    let mut cols = vec![
        Text::new("户编码", "Household code"),
        Text::new("村", "Village"),
        Text::new("户类型", "Group"),
        Text::new("户数", "Households"),
    ];
    if include_personal {
        cols.push(Text::new("户主姓名", "Head of household"));
        cols.push(Text::new("身份证号", "ID number"));
    }
    cols.extend([
        Text::new(
            "人均纯收入（无帮扶，元/人）",
            "Per capita without the plan (yuan/person)",
        ),
        Text::new(
            "人均纯收入（有帮扶，元/人）",
            "Per capita with the plan (yuan/person)",
        ),
        Text::new("低于监测线（有帮扶）", "Below the line with the plan"),
        Text::new("享受帮扶", "Interventions received"),
        Text::new("未越线原因", "Why still below"),
    ]);
    let mut table = SheetTable {
        name: String::new(),
        headers: headers(&cols, english),
        rows: Vec::new(),
    };
    let Some(t) = year_index(result, year) else {
        return table;
    };
    let reasons: HashMap<usize, String> = still_below(result, units, year)
        .into_iter()
        .map(|b| {
            let text: Vec<String> = b
                .reasons
                .iter()
                .map(|r| r.message().get(english).to_string())
                .collect();
            (b.outcome, text.join(if english { "; " } else { "；" }))
        })
        .collect();
    let personal: HashMap<&str, &super::Personal> = match (include_personal, roster) {
        (true, Some(r)) => r
            .households
            .iter()
            .map(|h| (h.code.as_str(), &h.personal))
            .collect(),
        _ => HashMap::new(),
    };
    let yes_no = |b: bool| {
        if b {
            Text::new("是", "Yes")
        } else {
            Text::new("否", "No")
        }
        .get(english)
        .to_string()
    };
    let line = result.line_yuan_per_capita[t];
    for (i, o) in result.outcomes.iter().enumerate() {
        let u = &units[o.unit];
        let mut row = vec![
            u.code.clone(),
            u.village.clone(),
            u.household.status.name().get(english).to_string(),
            o.count.to_string(),
        ];
        if include_personal {
            let p = personal.get(u.code.as_str());
            row.push(p.and_then(|p| p.head_name.clone()).unwrap_or_default());
            row.push(p.and_then(|p| p.id_number.clone()).unwrap_or_default());
        }
        let with = o.per_capita_yuan[t];
        row.extend([
            number_cell(o.baseline_per_capita_yuan[t]),
            number_cell(with),
            line.map(|l| yes_no(with < l)).unwrap_or_default(),
            kinds_text(&o.received.kinds(), english),
            reasons.get(&i).cloned().unwrap_or_default(),
        ]);
        table.rows.push(row);
    }
    table
}

/// Allocations side by side in `year`, one row each: its name, the county's totals, and the
/// money each intervention received over the horizon (one column per intervention any of them
/// uses).
pub fn allocation_comparison_table(
    entries: &[(OwnedText, &PlanResult)],
    year: i32,
    english: bool,
) -> SheetTable {
    let mut kinds: Vec<InterventionKind> = Vec::new();
    for k in InterventionKind::ALL {
        if entries
            .iter()
            .any(|(_, r)| r.spent_yuan.iter().any(|s| s.0 == k))
        {
            kinds.push(k);
        }
    }
    let mut header = headers(
        &[
            Text::new("分配方案", "Allocation"),
            Text::new("年份", "Year"),
        ],
        english,
    );
    header.extend(headers(&TOTALS_COLUMNS, english));
    for k in &kinds {
        header.push(if english {
            format!("{} spent (yuan)", k.name().en)
        } else {
            format!("{}资金（元）", k.name().zh)
        });
    }
    let mut table = SheetTable {
        name: String::new(),
        headers: header,
        rows: Vec::new(),
    };
    for (name, r) in entries {
        let Some(t) = year_index(r, year) else {
            continue;
        };
        let mut row = vec![name.get(english).to_string(), year.to_string()];
        row.extend(totals_cells(&r.by_year[t]));
        for k in &kinds {
            let spent = r.spent_yuan.iter().find(|s| s.0 == *k).map(|s| s.1);
            row.push(spent.map(number_cell).unwrap_or_default());
        }
        table.rows.push(row);
    }
    table
}

/// A greedy allocation's steps, one row each, with the explanation.
pub fn allocation_steps_table(a: &Allocation, english: bool) -> SheetTable {
    let cols = [
        Text::new("步骤", "Step"),
        Text::new("帮扶措施", "Intervention"),
        Text::new("户类型", "Group"),
        Text::new("资金（元）", "Money (yuan)"),
        Text::new("资助户数", "Households funded"),
        Text::new("新增越线户数", "Households lifted"),
        Text::new("每万元越线户数", "Lifted per 10,000 yuan"),
        Text::new("剩余资金（元）", "Budget left (yuan)"),
        Text::new("说明", "Explanation"),
    ];
    SheetTable {
        name: String::new(),
        headers: headers(&cols, english),
        rows: a
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    (i + 1).to_string(),
                    s.kind.name().get(english).to_string(),
                    s.group.name().get(english).to_string(),
                    number_cell(s.yuan),
                    s.households_funded.to_string(),
                    s.households_lifted.to_string(),
                    if s.lifted_per_10000_yuan.is_finite() {
                        number_cell(s.lifted_per_10000_yuan)
                    } else {
                        "∞".to_string()
                    },
                    number_cell(s.budget_left_yuan),
                    s.explanation.get(english).to_string(),
                ]
            })
            .collect(),
    }
}

/// The village tiers with the figures each was sorted by, one row per village.
pub fn village_tiers_table(tiers: &[VillageTier], english: bool) -> SheetTable {
    let cols = [
        Text::new("村", "Village"),
        Text::new("村等级", "Tier"),
        Text::new("户数", "Households"),
        Text::new("人数", "Persons"),
        Text::new(
            "低于监测线户数（基期，无帮扶）",
            "Below the line, base year, no plan (households)",
        ),
        Text::new("低于监测线户占比（%）", "Share below the line (%)"),
        Text::new(
            "人均纯收入中位数（元/人）",
            "Median per capita (yuan/person)",
        ),
        Text::new("人均纯收入平均（元/人）", "Mean per capita (yuan/person)"),
        Text::new("依据", "Reason"),
    ];
    SheetTable {
        name: String::new(),
        headers: headers(&cols, english),
        rows: tiers
            .iter()
            .map(|v| {
                vec![
                    v.village.clone(),
                    v.tier.name().get(english).to_string(),
                    v.households.to_string(),
                    number_cell(v.persons),
                    v.households_below.to_string(),
                    number_cell(v.below_pct),
                    number_cell(v.median_per_capita_yuan),
                    number_cell(v.mean_per_capita_yuan),
                    v.reason.get(english).to_string(),
                ]
            })
            .collect(),
    }
}
