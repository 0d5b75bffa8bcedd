//! A projection as CSV for spreadsheets: one row per year, every source and every module, the
//! four official income categories and the household's labor.
//!
//! UTF-8 with a byte-order mark so Excel reads the Chinese; RFC 4180 quoting and CRLF line
//! ends; header row first and the scenario's name in a column of its own, so files from several
//! scenarios can be stacked. Numbers are plain (no grouping), rounded to at most 2 decimals, in
//! the scenario's price basis; an empty cell means "none" (no monitoring line for that year).

use crate::i18n::strings::{STATUS_PLACEHOLDER, STATUS_VERIFIED};
use crate::model::monitoring_line::RowStatus;
use crate::model::projection::IncomeCategory;
use crate::model::risk::{Estimate, RiskResult, RiskYear};
use crate::model::{InterventionKind, Projection, Scenario, Source, Text, YearRow};

/// The projection of `s` as CSV text (starting with U+FEFF), headers in the chosen language.
pub fn projection_csv(s: &Scenario, p: &Projection, english: bool) -> String {
    projection_csv_with_risk(s, p, None, english)
}

/// As [`projection_csv`], and when the risk analysis of this very scenario has finished, its
/// figures by year in further columns (draws and seed in every row, so a row stands alone).
pub fn projection_csv_with_risk(
    s: &Scenario,
    p: &Projection,
    risk: Option<&RiskResult>,
    english: bool,
) -> String {
    let columns = columns();
    let mut out = String::from('\u{FEFF}');
    let mut header: Vec<String> = columns.iter().map(|c| c.header(english)).collect();
    if risk.is_some() {
        header.extend(RISK_COLUMNS.iter().map(|t| t.get(english).to_string()));
    }
    push_record(&mut out, &header);
    for (i, row) in p.rows.iter().enumerate() {
        let mut cells: Vec<String> = columns.iter().map(|c| c.cell(s, row, english)).collect();
        if let Some(r) = risk {
            cells.extend(risk_cells(r, r.years.get(i)));
        }
        push_record(&mut out, &cells);
    }
    out
}

/// The projections of several scenarios (a comparison, in its order) as one CSV: the header
/// once, then each scenario's rows, told apart by the scenario column. The same columns as
/// [`projection_csv`], so it stacks with files exported one by one.
pub fn compared_csv(set: &[(&Scenario, &Projection)], english: bool) -> String {
    let columns = columns();
    let mut out = String::from('\u{FEFF}');
    let header: Vec<String> = columns.iter().map(|c| c.header(english)).collect();
    push_record(&mut out, &header);
    for (s, p) in set {
        for row in &p.rows {
            let cells: Vec<String> = columns.iter().map(|c| c.cell(s, row, english)).collect();
            push_record(&mut out, &cells);
        }
    }
    out
}

const RISK_COLUMNS: [Text; 11] = [
    Text::new("风险：模拟次数", "Risk: draws"),
    Text::new("风险：随机种子", "Risk: seed"),
    Text::new(
        "风险：人均纯收入 10% 分位（元/人）",
        "Risk: per capita P10 (yuan/person)",
    ),
    Text::new(
        "风险：人均纯收入中位数（元/人）",
        "Risk: per capita median (yuan/person)",
    ),
    Text::new(
        "风险：人均纯收入 90% 分位（元/人）",
        "Risk: per capita P90 (yuan/person)",
    ),
    Text::new(
        "风险：低于监测线概率（%）",
        "Risk: chance below the line (%)",
    ),
    Text::new(
        "风险：低于监测线概率标准误（%）",
        "Risk: standard error of that chance (%)",
    ),
    Text::new(
        "风险：无措施时低于监测线概率（%）",
        "Risk: chance below the line without interventions (%)",
    ),
    Text::new(
        "风险：救助后低于监测线概率（%）",
        "Risk: chance below the line after relief (%)",
    ),
    Text::new(
        "风险：救助金均值（元/户）",
        "Risk: relief, mean (yuan/household)",
    ),
    Text::new(
        "风险：救助金 95% 分位（元/户）",
        "Risk: relief, 95th percentile (yuan/household)",
    ),
];

fn risk_cells(r: &RiskResult, y: Option<&RiskYear>) -> Vec<String> {
    let pct = |e: Option<Estimate>, se: bool| {
        e.map(|e| number(100.0 * if se { e.se } else { e.p }))
            .unwrap_or_default()
    };
    let mut cells = vec![r.draws.to_string(), r.seed.to_string()];
    match y {
        Some(y) => cells.extend([
            number(y.per_capita.p10),
            number(y.per_capita.p50),
            number(y.per_capita.p90),
            pct(y.p_below, false),
            pct(y.p_below, true),
            pct(y.p_below_baseline, false),
            pct(y.p_below_after_relief, false),
            number(y.relief_mean_yuan),
            number(y.relief_p95_yuan),
        ]),
        None => cells.extend(std::iter::repeat_n(String::new(), RISK_COLUMNS.len() - 2)),
    }
    cells
}

/// One CSV column: how it is titled and what it shows.
enum Column {
    Scenario,
    Year,
    Baseline(Source),
    WithScenario(Source),
    Increment(InterventionKind),
    IncrementTotal,
    Cost(InterventionKind),
    CostTotal,
    HouseholdNet {
        baseline: bool,
    },
    PerCapita {
        baseline: bool,
    },
    Line,
    LineStatus,
    Gap,
    InKind,
    Sheep,
    Cattle,
    Poultry,
    /// The four official categories of rural income.
    Category {
        category: IncomeCategory,
        baseline: bool,
    },
    LaborAvailable,
    LaborUsed,
}

fn columns() -> Vec<Column> {
    use Column::*;
    let mut c = vec![Scenario, Year];
    c.extend(Source::ALL.map(Baseline));
    c.extend(Source::ALL.map(WithScenario));
    c.extend(InterventionKind::ALL.map(Increment));
    c.push(IncrementTotal);
    c.extend(InterventionKind::ALL.map(Cost));
    c.push(CostTotal);
    c.extend([
        HouseholdNet { baseline: true },
        HouseholdNet { baseline: false },
        PerCapita { baseline: true },
        PerCapita { baseline: false },
        Line,
        LineStatus,
        Gap,
        InKind,
        Sheep,
        Cattle,
        Poultry,
    ]);
    for baseline in [true, false] {
        c.extend(IncomeCategory::ALL.map(|category| Category { category, baseline }));
    }
    c.extend([LaborAvailable, LaborUsed]);
    c
}

const YUAN: Text = Text::new("（元）", " (yuan)");
const YUAN_PER_PERSON: Text = Text::new("（元/人）", " (yuan/person)");

impl Column {
    fn header(&self, en: bool) -> String {
        let t = |zh: &str, e: &str| if en { e.to_string() } else { zh.to_string() };
        let yuan = YUAN.get(en);
        let per_person = YUAN_PER_PERSON.get(en);
        match self {
            Column::Scenario => t("情景", "Scenario"),
            Column::Year => t("年份", "Year"),
            Column::Baseline(src) => {
                format!("{}{}{yuan}", t("基线·", "Baseline: "), src.name().get(en))
            }
            Column::WithScenario(src) => {
                format!("{}{}{yuan}", t("情景·", "Scenario: "), src.name().get(en))
            }
            Column::Increment(k) => {
                format!("{}{}{yuan}", t("增收·", "Increment: "), k.name().get(en))
            }
            Column::IncrementTotal => format!("{}{yuan}", t("增收合计", "Increment: total")),
            Column::Cost(k) => {
                format!(
                    "{}{}{yuan}",
                    t("项目投入·", "Program cost: "),
                    k.name().get(en)
                )
            }
            Column::CostTotal => format!("{}{yuan}", t("项目投入合计", "Program cost: total")),
            Column::HouseholdNet { baseline: true } => {
                format!("{}{yuan}", t("家庭纯收入·基线", "Household net: baseline"))
            }
            Column::HouseholdNet { baseline: false } => {
                format!("{}{yuan}", t("家庭纯收入·情景", "Household net: scenario"))
            }
            Column::PerCapita { baseline: true } => {
                format!(
                    "{}{per_person}",
                    t("人均纯收入·基线", "Per capita: baseline")
                )
            }
            Column::PerCapita { baseline: false } => {
                format!(
                    "{}{per_person}",
                    t("人均纯收入·情景", "Per capita: scenario")
                )
            }
            Column::Line => format!("{}{per_person}", t("防返贫监测线", "Monitoring line")),
            Column::LineStatus => t("监测线状态", "Monitoring line status"),
            Column::Gap => format!("{}{per_person}", t("距监测线", "Gap to line")),
            Column::InKind => format!("{}{yuan}", t("其中实物收入", "Of which in kind")),
            Column::Sheep => t("羊存栏（只）", "Sheep (head)"),
            Column::Cattle => t("牛存栏（头）", "Cattle (head)"),
            Column::Poultry => t("鸡存栏（只）", "Poultry (head)"),
            Column::Category { category, baseline } => format!(
                "{}{}{yuan}",
                if *baseline {
                    t("基线·", "Baseline: ")
                } else {
                    t("情景·", "Scenario: ")
                },
                category.name().get(en)
            ),
            Column::LaborAvailable => t("可用劳动月", "Labor-months available"),
            Column::LaborUsed => t("使用劳动月", "Labor-months used"),
        }
    }

    fn cell(&self, s: &Scenario, r: &YearRow, en: bool) -> String {
        match self {
            Column::Scenario => s.name.clone(),
            Column::Year => r.year.to_string(),
            Column::Baseline(src) => number(r.baseline_by_source[*src]),
            Column::WithScenario(src) => number(r.scenario_by_source[*src]),
            Column::Increment(k) => number(r.increment_by_intervention[*k]),
            Column::IncrementTotal => number(r.increment_yuan()),
            Column::Cost(k) => number(r.program_cost_by_intervention[*k]),
            Column::CostTotal => number(r.program_cost_yuan),
            Column::HouseholdNet { baseline: true } => number(r.baseline_household_net_yuan),
            Column::HouseholdNet { baseline: false } => number(r.household_net_yuan),
            Column::PerCapita { baseline: true } => number(r.baseline_per_capita_yuan),
            Column::PerCapita { baseline: false } => number(r.per_capita_yuan),
            Column::Line => r
                .monitoring_line_yuan_per_capita
                .map_or_else(String::new, number),
            Column::LineStatus => match r.monitoring_line_status {
                Some(RowStatus::Verified) => STATUS_VERIFIED.get(en).to_string(),
                Some(RowStatus::Placeholder) => STATUS_PLACEHOLDER.get(en).to_string(),
                None => String::new(),
            },
            Column::Gap => r
                .gap_to_line_yuan_per_capita
                .map_or_else(String::new, number),
            Column::InKind => number(r.in_kind_yuan),
            Column::Sheep => number(r.herd.sheep_head),
            Column::Cattle => number(r.herd.cattle_head),
            Column::Poultry => number(r.herd.poultry_head),
            Column::Category { category, baseline } => {
                let by = if *baseline {
                    &r.baseline_by_source
                } else {
                    &r.scenario_by_source
                };
                number(by.by_category()[*category as usize])
            }
            Column::LaborAvailable => number(r.labor.available_months),
            Column::LaborUsed => number(r.labor.used_months()),
        }
    }
}

/// At most two decimals, trailing zeros dropped, no thousands separator, never "-0".
fn number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" => "0".to_string(),
        s => s.to_string(),
    }
}

/// Appends one record: cells joined by commas, quoted when they hold a comma, quote, line
/// break or edge space (quotes doubled), ended by CRLF.
pub(crate) fn push_record(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let needs_quotes =
            cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ');
        if needs_quotes {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_plain_and_short() {
        assert_eq!(number(15_065.4), "15065.4");
        assert_eq!(number(1_234_567.891), "1234567.89");
        assert_eq!(number(80.0), "80");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(-2.5), "-2.5");
        assert_eq!(number(f64::NAN), "");
    }

    #[test]
    fn quoting_follows_rfc4180() {
        let mut out = String::new();
        push_record(
            &mut out,
            &[
                "a,b".into(),
                "say \"hi\"".into(),
                "x\ny".into(),
                "plain".into(),
            ],
        );
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",plain\r\n");
    }
}
