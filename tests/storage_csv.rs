//! Projection CSV: BOM for Excel, a rectangular table (parsed back with an independent RFC 4180
//! reader), hand-checked values, quoting of awkward names, headers in both languages.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::presets::{preset, PRESETS};
use village_income_planner::model::{project, InterventionKind, Scenario, Source};
use village_income_planner::storage::projection_csv;

/// Reads CSV records: quoted fields may hold commas, doubled quotes and line breaks.
fn parse(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut cell) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "text ends inside a record"
    );
    rows
}

fn csv_of(s: &Scenario, english: bool) -> (Vec<String>, Vec<Vec<String>>) {
    let p = project(s).unwrap();
    let text = projection_csv(s, &p, english);
    let body = text.strip_prefix('\u{FEFF}').expect("starts with a BOM");
    assert!(body.ends_with("\r\n"));
    let mut rows = parse(body);
    let header = rows.remove(0);
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}: {header:?}"))
}

#[test]
fn every_row_has_every_column_for_every_preset_in_both_languages() {
    // Year and name, sources twice, modules twice with totals, 11 summary columns, the four
    // official categories twice, labor available and used.
    let expected = 2 + 2 * Source::COUNT + 2 * (InterventionKind::COUNT + 1) + 11 + 2 * 4 + 2;
    for p in PRESETS {
        let s = (p.build)();
        for english in [false, true] {
            let (header, rows) = csv_of(&s, english);
            assert_eq!(header.len(), expected);
            assert_eq!(rows.len(), s.horizon.years as usize);
            for r in &rows {
                assert_eq!(r.len(), header.len(), "{}", p.id);
                assert_eq!(r[0], s.name);
            }
        }
    }
}

#[test]
fn yuli_land_rent_in_2026_by_hand() {
    let s = (preset("yuli_land_transfer").unwrap().build)();
    let (header, rows) = csv_of(&s, false);
    let year = column(&header, "年份");
    let r2026 = rows.iter().find(|r| r[year] == "2026").unwrap();
    // Base year 2025, nominal prices at 2 % inflation: 2026 prices are × 1.02, but the rent is
    // a contract in yuan and does not inflate: 21.1 mu × 700 yuan/mu = 14,770 yuan.
    assert_eq!(r2026[column(&header, "情景·土地租金（元）")], "14770");
    assert_eq!(r2026[column(&header, "基线·土地租金（元）")], "0");
    // Increment: rent 14,770 − (farming given up 21.1 × 600 = 12,660 − wages 1.5 laborers ×
    // 50 % × 4 months × 4,000 = 12,000) × 1.02 = 14,770 − 673.2 = 14,096.8 yuan.
    assert_eq!(r2026[column(&header, "增收·土地流转（元）")], "14096.8");
    assert_eq!(r2026[column(&header, "增收合计（元）")], "14096.8");
    // 2025, before the start: no rent; the monitoring line is the 2025 table row, a placeholder.
    let r2025 = &rows[0];
    assert_eq!(r2025[year], "2025");
    assert_eq!(r2025[column(&header, "情景·土地租金（元）")], "0");
    assert_eq!(r2025[column(&header, "防返贫监测线（元/人）")], "7900");
    assert_eq!(r2025[column(&header, "监测线状态")], "待核实");
}

#[test]
fn english_headers_carry_units() {
    let s = (preset("hejing_herder").unwrap().build)();
    let (header, rows) = csv_of(&s, true);
    for h in [
        "Year",
        "Baseline: Land rent (yuan)",
        "Scenario: Sheep (yuan)",
        "Increment: Sheep improvement (yuan)",
        "Program cost: total (yuan)",
        "Per capita: scenario (yuan/person)",
        "Monitoring line status",
        "Sheep (head)",
    ] {
        column(&header, h);
    }
    // Plain numbers only: no thousands separators, at most two decimals.
    for r in &rows {
        for cell in &r[1..] {
            if cell.is_empty() || cell.parse::<f64>().is_err() {
                continue;
            }
            let decimals = cell.split_once('.').map_or(0, |(_, f)| f.len());
            assert!(decimals <= 2, "{cell}");
        }
    }
    let status = column(&header, "Monitoring line status");
    assert!(rows.iter().all(|r| r[status] == "Placeholder"));
}

#[test]
fn awkward_names_are_quoted() {
    let mut s = (preset("yuli_tourism").unwrap().build)();
    s.name = "甲村, \"示范\" 户\n第二行".into();
    let p = project(&s).unwrap();
    let text = projection_csv(&s, &p, false);
    assert!(text.contains("\r\n\"甲村, \"\"示范\"\" 户\n第二行\",2025,"));
    let (_, rows) = csv_of(&s, false);
    assert!(rows.iter().all(|r| r[0] == s.name));
}

/// The four official categories add up to the household's net income, and land rent is read as
/// property income (财产净收入).
#[test]
fn official_categories_add_up_to_household_income() {
    let s = (preset("yuli_land_transfer").unwrap().build)();
    let (header, rows) = csv_of(&s, false);
    let cat = |name: &str| column(&header, &format!("情景·{name}（元）"));
    let net = column(&header, "家庭纯收入·情景（元）");
    let rent = column(&header, "情景·土地租金（元）");
    for r in &rows {
        let v = |i: usize| r[i].parse::<f64>().unwrap();
        let sum = v(cat("工资性收入"))
            + v(cat("经营净收入"))
            + v(cat("财产净收入"))
            + v(cat("转移净收入"));
        assert!((sum - v(net)).abs() < 0.05, "{sum} vs {}", v(net));
        assert_eq!(r[cat("财产净收入")], r[rent]);
    }
}

#[test]
fn a_compared_set_stacks_into_one_file_with_one_header() {
    use village_income_planner::storage::csv::compared_csv;
    let a = (preset("yuli_tourism").unwrap().build)();
    let b = (preset("bohu_courtyard").unwrap().build)();
    let (pa, pb) = (project(&a).unwrap(), project(&b).unwrap());
    for english in [false, true] {
        let text = compared_csv(&[(&a, &pa), (&b, &pb)], english);
        assert!(text.starts_with('\u{FEFF}'));
        let rows = parse(text.trim_start_matches('\u{FEFF}'));
        let (head_a, rows_a) = csv_of(&a, english);
        let (_, rows_b) = csv_of(&b, english);
        // One header, then each scenario's rows as its own file has them, in compare order.
        assert_eq!(rows[0], head_a);
        assert_eq!(rows.len(), 1 + rows_a.len() + rows_b.len());
        assert_eq!(rows[1..=rows_a.len()], rows_a[..]);
        assert_eq!(rows[1 + rows_a.len()..], rows_b[..]);
        assert!(rows[1..].iter().all(|r| r.len() == head_a.len()));
        assert_eq!(rows[1][0], a.name);
        assert_eq!(rows.last().unwrap()[0], b.name);
    }
}
