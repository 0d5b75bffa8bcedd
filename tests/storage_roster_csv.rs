//! Roster import from a monitoring register's CSV (issue 11): headers as registers write them,
//! a column mapping when they differ, per-row errors naming row and column (Chinese first),
//! nothing half-imported; the template; exports without names and IDs by default.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::household::HouseholdStatus;
use village_income_planner::model::roster::synthetic::bohu_county;
use village_income_planner::model::roster::MAX_ROSTER_HOUSEHOLDS;
use village_income_planner::storage::roster_csv::{
    decode_register_text, export_roster_csv, guess_mapping, import_roster_csv, parse_group,
    read_table, roster_from_table, roster_template_csv, RosterErrorKind, RosterField,
};

const HEADER: &str = "户编码,村,户类型,家庭人口,劳动力,耕地面积（亩）,人均纯收入,工资性收入,经营性收入,财产性收入,转移性收入";

fn errors(text: &str) -> Vec<(Option<usize>, Option<String>, RosterErrorKind)> {
    import_roster_csv(text)
        .expect_err("should be refused")
        .into_iter()
        .map(|e| (e.row, e.column, e.kind))
        .collect()
}

#[test]
fn the_template_reads_back_with_its_two_examples() {
    let t = roster_template_csv();
    assert!(t.starts_with('\u{FEFF}'));
    assert_eq!(t.lines().count(), 3);
    let r = import_roster_csv(&t).unwrap();
    assert_eq!(r.households.len(), 2);
    assert_eq!(r.villages, vec!["示例一村"]);
    let b = &r.households[1];
    assert_eq!(b.status, HouseholdStatus::Marginal);
    assert_eq!(
        (b.members_persons, b.laborers_persons, b.cropland_mu),
        (3.0, 1.0, 6.5)
    );
    assert_eq!(
        (b.ewes_head, b.cows_head, b.chronic_ill_persons),
        (12.0, 1.0, 1.0)
    );
    assert_eq!(b.income.transfers_yuan, 3_400.0);
    assert_eq!(b.stated_per_capita_yuan, Some(6_800.0));
    assert_eq!(b.per_capita_yuan(), 6_800.0);
    assert_eq!(b.personal.id_number.as_deref(), Some("65282919750505432X"));
}

#[test]
fn utf8_with_or_without_bom_crlf_quotes_and_the_apps_numbers() {
    let body = "A001,一村,脱贫户,4,2,１０.5,,\"12,000\",1.5万,0,5000元\r\nA002,二村,一般户,3,0,0,,0,0,0,18000\r\n";
    for text in [
        format!("{HEADER}\r\n{body}"),
        format!("\u{FEFF}{HEADER}\r\n{body}"),
    ] {
        let r = import_roster_csv(&text).unwrap();
        assert_eq!(r.households.len(), 2);
        let a = &r.households[0];
        assert_eq!(a.cropland_mu, 10.5);
        assert_eq!(a.income.transfers_yuan, 5_000.0);
        assert_eq!(a.income.wages_yuan, 12_000.0);
        assert_eq!(a.income.business_yuan, 15_000.0);
        assert_eq!(a.stated_per_capita_yuan, None);
        assert_eq!(r.households[1].status, HouseholdStatus::Ordinary);
    }
}

#[test]
fn headers_that_differ_are_mapped_by_the_planner() {
    let text = "编号,村庄,类别,人数,劳力,地,收入\r\nX1,一村,脱贫户,4,2,10,9000\r\n";
    // The guess finds none of the required columns: each is named, nothing imported.
    let e = errors(text);
    let missing: Vec<RosterErrorKind> = e.into_iter().map(|e| e.2).collect();
    assert!(missing.contains(&RosterErrorKind::MissingColumn(RosterField::Code)));
    assert!(missing.contains(&RosterErrorKind::MissingColumn(RosterField::CroplandMu)));
    assert!(missing.contains(&RosterErrorKind::MissingIncome));
    // The planner's mapping (column index, field) reads it.
    let table = read_table(text).unwrap();
    let mapping = vec![
        (0, RosterField::Code),
        (1, RosterField::Village),
        (2, RosterField::Group),
        (3, RosterField::MembersPersons),
        (4, RosterField::LaborersPersons),
        (5, RosterField::CroplandMu),
        (6, RosterField::PerCapitaYuan),
    ];
    let r = roster_from_table(&table, &mapping).unwrap();
    assert_eq!(r.households[0].income_total_yuan(), 36_000.0);
    // A mapping is plain serde data.
    let json = serde_json::to_string(&mapping).unwrap();
    assert!(json.starts_with("[[0,\"code\"]"), "{json}");
    // Mapped twice, or to a column the file lacks.
    let mut twice = mapping.clone();
    twice.push((6, RosterField::CroplandMu));
    twice.push((9, RosterField::EwesHead));
    let kinds: Vec<_> = roster_from_table(&table, &twice)
        .unwrap_err()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(kinds.contains(&RosterErrorKind::MappedTwice(RosterField::CroplandMu)));
    assert!(kinds.contains(&RosterErrorKind::NoSuchColumn(9)));
}

#[test]
fn header_variants_registers_use_are_recognised() {
    let h: Vec<String> =
        "户编号, 行政村 ,户属性,家庭人口数,劳动力人数,耕地面积(亩),人均纯收入（元）,Household code"
            .split(',')
            .map(String::from)
            .collect();
    let m = guess_mapping(&h);
    assert_eq!(
        m,
        vec![
            (0, RosterField::Code),
            (1, RosterField::Village),
            (2, RosterField::Group),
            (3, RosterField::MembersPersons),
            (4, RosterField::LaborersPersons),
            (5, RosterField::CroplandMu),
            (6, RosterField::PerCapitaYuan),
        ]
    );
}

#[test]
fn bad_cells_are_each_named_by_row_and_column_and_nothing_is_imported() {
    let text = format!(
        "{HEADER}\n\
         A1,一村,脱贫户,4,2,10,,1000,0,0,0\n\
         A2,一村,脱贫户,四口人,2,10,,1000,0,0,0\n\
         A3,一村,脱贫户,4,2,652801199001011234,,1000,0,0,0\n\
         A1,一村,脱贫户,4,2,10,,1000,0,0,0\n\
         A5,一村,监测户,4,2,10,,1000,0,0,0\n\
         A6,一村,贫困户甲,4,2,10,,1000,0,0,0\n\
         A7,一村,脱贫户,2,3,10,,1000,0,0,0\n\
         A8,,脱贫户,4,2,10,,1000,0,0,0\n\
         A9,一村,脱贫户,40,2,10,,1000,0,0,0\n"
    );
    let e = errors(&text);
    let at = |row: usize| {
        e.iter()
            .find(|x| x.0 == Some(row))
            .unwrap_or_else(|| panic!("no error on row {row}: {e:?}"))
    };
    assert!(e.iter().all(|x| x.0 != Some(2)), "row 2 is fine");
    assert!(matches!(at(3).2, RosterErrorKind::NotANumber { .. }));
    assert_eq!(at(3).1.as_deref(), Some("家庭人口"));
    assert_eq!(at(4).2, RosterErrorKind::IdNumberInNumberColumn);
    assert_eq!(at(4).1.as_deref(), Some("耕地面积（亩）"));
    assert_eq!(at(5).2, RosterErrorKind::DuplicateCode { first_row: 2 });
    assert_eq!(at(6).2, RosterErrorKind::MonitoredKindMissing);
    assert!(matches!(at(7).2, RosterErrorKind::UnknownGroup { .. }));
    assert_eq!(at(8).2, RosterErrorKind::MoreLaborersThanMembers);
    assert_eq!(at(9).2, RosterErrorKind::EmptyCell);
    assert!(matches!(at(10).2, RosterErrorKind::OutOfRange { .. }));
    // Messages: Chinese first with row and column, English second.
    let errs = import_roster_csv(&text).unwrap_err();
    let m = errs.iter().find(|x| x.row == Some(4)).unwrap().message();
    assert!(
        m.zh.starts_with("第 4 行「耕地面积（亩）」列："),
        "{}",
        m.zh
    );
    assert!(m.zh.contains("身份证号"));
    assert!(
        m.en.starts_with("Row 4, column “耕地面积（亩）”: "),
        "{}",
        m.en
    );
    let m = errs.iter().find(|x| x.row == Some(3)).unwrap().message();
    assert!(m.zh.contains("“四口人”不是数字"), "{}", m.zh);
    assert!(m.en.contains("is not a number"), "{}", m.en);
}

#[test]
fn groups_as_registers_write_them() {
    assert_eq!(parse_group("脱贫户"), Ok(HouseholdStatus::Lifted));
    assert_eq!(
        parse_group("脱贫不稳定户(监测户)"),
        Ok(HouseholdStatus::LiftedUnstable)
    );
    assert_eq!(parse_group("边缘易致贫户"), Ok(HouseholdStatus::Marginal));
    assert_eq!(
        parse_group("突发严重困难户"),
        Ok(HouseholdStatus::SuddenHardship)
    );
    assert_eq!(parse_group("一般农户"), Ok(HouseholdStatus::Ordinary));
    assert_eq!(
        parse_group("监测户"),
        Err(RosterErrorKind::MonitoredKindMissing)
    );
}

#[test]
fn empty_files_and_too_many_rows_are_refused() {
    assert_eq!(errors("")[0].2, RosterErrorKind::Empty);
    assert_eq!(errors("\u{FEFF}\r\n,,\r\n")[0].2, RosterErrorKind::Empty);
    let mut big = String::from(HEADER);
    big.push('\n');
    for i in 0..=MAX_ROSTER_HOUSEHOLDS {
        big.push_str(&format!("H{i},一村,脱贫户,3,1,5,,1000,0,0,0\n"));
    }
    let e = errors(&big);
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].2,
        RosterErrorKind::TooManyRows {
            max: MAX_ROSTER_HOUSEHOLDS
        }
    );
    // Exactly the limit is accepted.
    let cut = big.rfind("H100000,").unwrap();
    assert_eq!(
        import_roster_csv(&big[..cut]).unwrap().households.len(),
        MAX_ROSTER_HOUSEHOLDS
    );
}

#[test]
fn exports_leave_out_names_and_ids_unless_asked_and_read_back() {
    let r = bohu_county(4);
    let plain = export_roster_csv(&r, false);
    assert!(!plain.contains("身份证号") && !plain.contains("户主"));
    for h in &r.households {
        assert!(!plain.contains(h.personal.id_number.as_deref().unwrap()));
    }
    let back = import_roster_csv(&plain).unwrap();
    assert_eq!(back, r.without_personal());
    let full = export_roster_csv(&r, true);
    assert_eq!(import_roster_csv(&full).unwrap(), r);
}

/// The browser's fallback (`TextDecoder('gb18030')`), natively.
fn gb18030(bytes: &[u8]) -> String {
    encoding_rs::GB18030.decode(bytes).0.into_owned()
}

#[test]
fn bytes_in_utf8_with_or_without_bom_and_in_gbk_all_read() {
    let text = format!("{HEADER}\r\nA001,一村,脱贫户,4,2,10,,12000,0,0,5000\r\n");
    let expected = import_roster_csv(&text).unwrap();
    let utf8 = text.as_bytes().to_vec();
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), &utf8].concat();
    // What Chinese Excel writes for "CSV (逗号分隔)": GBK, no byte-order mark.
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable);
    assert_ne!(gbk.as_ref(), utf8.as_slice());
    for bytes in [utf8.as_slice(), &with_bom, &gbk] {
        let decoded = decode_register_text(bytes, gb18030);
        assert!(!decoded.starts_with('\u{FEFF}'));
        assert_eq!(import_roster_csv(&decoded).unwrap(), expected);
    }
    // Valid UTF-8 never reaches the fallback.
    decode_register_text(&with_bom, |_| panic!("not UTF-8?"));
}

#[test]
fn garbled_text_is_refused_as_garbled_not_as_missing_columns() {
    let text = format!("{HEADER}\r\nA001,一村,脱贫户,4,2,10,,12000,0,0,5000\r\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&text);
    let garbled = [
        // GBK bytes read as UTF-8 by some other tool: replacement characters.
        String::from_utf8_lossy(&gbk).into_owned(),
        // UTF-8 bytes read as GBK ("户编码" → "鎴风紪鐮…").
        encoding_rs::GBK.decode(text.as_bytes()).0.into_owned(),
        // UTF-8 bytes read as Latin-1 / Windows-1252 ("æˆ·ç¼–ç ").
        encoding_rs::WINDOWS_1252
            .decode(text.as_bytes())
            .0
            .into_owned(),
    ];
    for g in &garbled {
        assert_eq!(
            errors(g),
            vec![(None, None, RosterErrorKind::Mojibake)],
            "{g}"
        );
    }
    let m = import_roster_csv(&garbled[1]).unwrap_err()[0].message();
    assert!(m.zh.starts_with("文件编码无法识别，可能是乱码"), "{}", m.zh);
    assert!(m.en.contains("encoding"), "{}", m.en);
    // A replacement character in a cell (a village name lost to a bad decode) too.
    let cell = format!("{HEADER}\r\nA001,\u{FFFD}\u{FFFD}村,脱贫户,4,2,10,,12000,0,0,5000\r\n");
    assert_eq!(errors(&cell), vec![(None, None, RosterErrorKind::Mojibake)]);
    // Unknown but clean headers are still a mapping question, not an encoding one.
    assert!(!errors("编号,村庄\r\n1,2\r\n")
        .iter()
        .any(|e| e.2 == RosterErrorKind::Mojibake));
}
