//! Roster import from an .xlsx register and tables written as .xlsx (issue 11). Fixtures are
//! built here with rust_xlsxwriter (merged cells, dates, numbers as text, sheets out of order)
//! and read back with the app's reader; each bad file gets its own message and imports nothing.
#![cfg(all(not(target_arch = "wasm32"), feature = "sheets"))]

use std::io::{Cursor, Write};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use village_income_planner::model::roster::synthetic::bohu_county;
use village_income_planner::model::roster::MAX_ROSTER_HOUSEHOLDS;
use village_income_planner::storage::roster_csv::{
    import_roster_csv, roster_template_csv, RosterErrorKind, RosterField, SheetTable,
};
use village_income_planner::storage::roster_xlsx::{
    export_roster_xlsx, import_roster_xlsx, read_xlsx_table, roster_template_xlsx, write_xlsx,
};

const HEADER: [&str; 11] = [
    "户编码",
    "村",
    "户类型",
    "家庭人口",
    "劳动力",
    "耕地面积（亩）",
    "人均纯收入",
    "工资性收入",
    "经营性收入",
    "财产性收入",
    "转移性收入",
];

/// A cell of a fixture: text, or a number stored as a number.
enum C<'a> {
    T(&'a str),
    N(f64),
}
use C::{N, T};

fn good_row<'a>(code: &'a str) -> Vec<C<'a>> {
    vec![
        T(code),
        T("一村"),
        T("脱贫户"),
        N(4.0),
        N(2.0),
        N(10.5),
        T(""),
        N(12_000.0),
        N(3_000.0),
        N(0.0),
        N(5_000.0),
    ]
}

/// One sheet: the header at row `top` (0-based), then the rows.
fn sheet_bytes(top: u32, rows: &[Vec<C>]) -> Vec<u8> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(top, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = top + 1 + r as u32;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                T("") => {}
                T(t) => {
                    ws.write_string(r, c as u16, *t).unwrap();
                }
                N(v) => {
                    ws.write_number(r, c as u16, *v).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn kinds(bytes: &[u8]) -> Vec<(Option<usize>, Option<String>, RosterErrorKind)> {
    import_roster_xlsx(bytes)
        .expect_err("should be refused")
        .into_iter()
        .map(|e| (e.row, e.column, e.kind))
        .collect()
}

#[test]
fn a_register_reads_with_numbers_as_numbers_and_text_as_text() {
    let rows = vec![good_row("A001"), {
        let mut r = good_row("A002");
        // Numbers typed as text, the app's own number forms, a category left empty.
        r[3] = T("3");
        r[5] = T("１０.5");
        r[7] = T("1.2万");
        r[9] = T("");
        r
    }];
    let r = import_roster_xlsx(&sheet_bytes(0, &rows)).unwrap();
    assert_eq!(r.households.len(), 2);
    let a = &r.households[0];
    assert_eq!((a.members_persons, a.cropland_mu), (4.0, 10.5));
    assert_eq!(a.income.total_yuan(), 20_000.0);
    let b = &r.households[1];
    assert_eq!((b.members_persons, b.cropland_mu), (3.0, 10.5));
    assert_eq!(b.income.wages_yuan, 12_000.0);
    // Whole numbers come out without ".0", as the planner typed them.
    let t = read_xlsx_table(&sheet_bytes(0, &rows)).unwrap();
    assert_eq!(t.rows[0].1[3], "4");
    assert_eq!(t.rows[0].1[7], "12000");
    assert_eq!(t.rows[0].1[5], "10.5");
}

#[test]
fn the_template_and_exports_read_back() {
    let from_xlsx = import_roster_xlsx(&roster_template_xlsx()).unwrap();
    assert_eq!(
        from_xlsx,
        import_roster_csv(&roster_template_csv()).unwrap()
    );
    // ID numbers and 12-digit household codes stay text: nothing rounded.
    assert_eq!(
        from_xlsx.households[1].personal.id_number.as_deref(),
        Some("65282919750505432X")
    );
    assert_eq!(from_xlsx.households[0].code, "652829000001");

    let county = bohu_county(4);
    let plain = export_roster_xlsx(&county, false).unwrap();
    assert_eq!(
        import_roster_xlsx(&plain).unwrap(),
        county.without_personal()
    );
    let full = export_roster_xlsx(&county, true).unwrap();
    assert_eq!(import_roster_xlsx(&full).unwrap(), county);
}

#[test]
fn several_tables_become_several_sheets() {
    let villages = SheetTable {
        name: "村汇总".into(),
        headers: vec!["村".into(), "户数".into(), "人均纯收入(元)".into()],
        rows: vec![
            vec!["一村".into(), "120".into(), "9876.5".into()],
            vec!["二村".into(), "80".into(), "".into()],
        ],
    };
    let households = SheetTable {
        name: "农户结果".into(),
        headers: vec!["户编码".into(), "第 5 年人均(元)".into()],
        rows: vec![vec!["007".into(), "-120".into()]],
    };
    let bytes = write_xlsx(&[villages.clone(), households]).unwrap();
    // The reader takes the first sheet; values come back as written.
    let t = read_xlsx_table(&bytes).unwrap();
    assert_eq!(t.headers, villages.headers);
    assert_eq!(t.rows[0], (2, villages.rows[0].clone()));
    assert_eq!(t.rows[1].1[..2], villages.rows[1][..2]);
    // Both sheets are there, in order, with their names.
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), vec!["村汇总", "农户结果"]);
    let second = book.worksheet_range("农户结果").unwrap();
    // A leading-zero code stays text; a plain number is a number.
    assert_eq!(second.get((1, 0)), Some(&Data::String("007".into())));
    assert_eq!(second.get((1, 1)), Some(&Data::Float(-120.0)));
    assert_eq!(
        book.worksheet_range("村汇总").unwrap().get((1, 1)),
        Some(&Data::Float(120.0))
    );
}

#[test]
fn the_first_sheet_with_cells_is_read_and_row_numbers_are_the_sheets() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("说明").unwrap();
    let ws = book.add_worksheet();
    // The header on row 3; a blank row between households.
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for (r, code) in [(3, "A1"), (5, "A1")] {
        for (c, v) in [
            "",
            "一村",
            "脱贫户",
            "4",
            "2",
            "10",
            "",
            "1000",
            "0",
            "0",
            "0",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(r, c as u16, *v).unwrap();
        }
        ws.write_string(r, 0, code).unwrap();
    }
    let e = kinds(&book.save_to_buffer().unwrap());
    assert_eq!(
        e,
        vec![(
            Some(6),
            Some("户编码".to_string()),
            RosterErrorKind::DuplicateCode { first_row: 4 }
        )]
    );
}

#[test]
fn wrong_or_missing_headers_name_each_missing_column() {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in ["编号", "村庄", "类别", "人数"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
        ws.write_string(1, c as u16, "1").unwrap();
    }
    let e: Vec<RosterErrorKind> = kinds(&book.save_to_buffer().unwrap())
        .into_iter()
        .map(|e| e.2)
        .collect();
    for f in [
        RosterField::Code,
        RosterField::Village,
        RosterField::Group,
        RosterField::MembersPersons,
        RosterField::LaborersPersons,
        RosterField::CroplandMu,
    ] {
        assert!(
            e.contains(&RosterErrorKind::MissingColumn(f)),
            "{f:?}: {e:?}"
        );
    }
    assert!(e.contains(&RosterErrorKind::MissingIncome));
}

#[test]
fn bad_cells_name_row_and_column_and_nothing_is_imported() {
    let mut text_in_number = good_row("A2");
    text_in_number[3] = T("四口人");
    let mut id_in_number = good_row("A3");
    id_in_number[5] = T("652801199001011234");
    let mut date_in_number = good_row("A4");
    date_in_number[4] = T("");
    let bytes = {
        let rows = [
            good_row("A1"),
            text_in_number,
            id_in_number,
            date_in_number,
            good_row("A1"),
        ];
        let mut book = Workbook::new();
        let ws = book.add_worksheet();
        for (c, h) in HEADER.iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell {
                    T("") => {}
                    T(t) => {
                        ws.write_string(r, c, *t).unwrap();
                    }
                    N(v) => {
                        ws.write_number(r, c, *v).unwrap();
                    }
                }
            }
        }
        // A date where the laborers go: read as the date, refused as not a number.
        let date = ExcelDateTime::from_ymd(2025, 1, 1).unwrap();
        ws.write_datetime_with_format(4, 4, &date, &Format::new().set_num_format("yyyy-mm-dd"))
            .unwrap();
        book.save_to_buffer().unwrap()
    };
    let e = kinds(&bytes);
    let at = |row: usize| e.iter().find(|x| x.0 == Some(row)).unwrap();
    assert_eq!(e.len(), 4, "{e:?}");
    assert!(matches!(&at(3).2, RosterErrorKind::NotANumber { text, .. } if text == "四口人"));
    assert_eq!(at(3).1.as_deref(), Some("家庭人口"));
    assert_eq!(at(4).2, RosterErrorKind::IdNumberInNumberColumn);
    assert_eq!(at(4).1.as_deref(), Some("耕地面积（亩）"));
    assert!(
        matches!(&at(5).2, RosterErrorKind::NotANumber { text, .. } if text == "2025-01-01"),
        "{:?}",
        at(5)
    );
    assert_eq!(at(5).1.as_deref(), Some("劳动力"));
    assert_eq!(at(6).2, RosterErrorKind::DuplicateCode { first_row: 2 });
    let m = import_roster_xlsx(&bytes).unwrap_err()[0].message();
    assert!(m.zh.starts_with("第 3 行「家庭人口」列："), "{}", m.zh);
}

#[test]
fn merged_cells_are_refused_naming_them() {
    // A title row merged across the sheet, as registers often have.
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.merge_range(0, 0, 0, 10, "某村监测对象花名册", &Format::new())
        .unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    for (c, v) in [
        "A1",
        "一村",
        "脱贫户",
        "4",
        "2",
        "10",
        "",
        "1000",
        "0",
        "0",
        "0",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *v).unwrap();
    }
    // A village written once for two households.
    ws.merge_range(3, 1, 4, 1, "一村", &Format::new()).unwrap();
    let e = kinds(&book.save_to_buffer().unwrap());
    assert_eq!(
        e,
        vec![(
            None,
            None,
            RosterErrorKind::MergedCells {
                cells: vec!["A1:K1".into(), "B4:B5".into()]
            }
        )]
    );
    let m = import_roster_xlsx(&book.save_to_buffer().unwrap()).unwrap_err()[0].message();
    assert!(m.zh.contains("合并单元格（A1:K1、B4:B5）"), "{}", m.zh);
    assert!(m.en.contains("merged cells (A1:K1, B4:B5)"), "{}", m.en);
}

#[test]
fn more_than_the_limit_of_rows_is_refused() {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "户编码").unwrap();
    for r in 1..=(MAX_ROSTER_HOUSEHOLDS as u32 + 1) {
        ws.write_number(r, 0, r as f64).unwrap();
    }
    let e = kinds(&book.save_to_buffer().unwrap());
    assert_eq!(
        e,
        vec![(
            None,
            None,
            RosterErrorKind::TooManyRows {
                max: MAX_ROSTER_HOUSEHOLDS
            }
        )]
    );
}

/// An OLE compound file with the given streams, as Excel writes an encrypted workbook (streams
/// EncryptionInfo and EncryptedPackage) or an .xls (stream Workbook).
fn ole(streams: &[&str]) -> Vec<u8> {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    for name in streams {
        let mut s = file.create_stream(format!("/{name}")).unwrap();
        s.write_all(&[0x5A; 600]).unwrap();
    }
    file.flush().unwrap();
    file.into_inner().into_inner()
}

#[test]
fn password_protected_old_corrupt_and_empty_files_each_have_their_message() {
    let protected = ole(&["EncryptionInfo", "EncryptedPackage"]);
    assert_eq!(
        kinds(&protected),
        vec![(None, None, RosterErrorKind::PasswordProtected)]
    );
    let m = import_roster_xlsx(&protected).unwrap_err()[0].message();
    assert!(m.zh.contains("密码"), "{}", m.zh);
    assert!(m.en.contains("password"), "{}", m.en);

    assert_eq!(
        kinds(&ole(&["Workbook"])),
        vec![(None, None, RosterErrorKind::OldXls)]
    );

    // Cut short (a download that stopped), and a CSV renamed to .xlsx.
    let good = sheet_bytes(0, &[good_row("A1")]);
    for bad in [&good[..good.len() / 2], "户编码,村\n1,一村\n".as_bytes()] {
        let e = kinds(bad);
        assert_eq!(e.len(), 1);
        assert!(
            matches!(e[0].2, RosterErrorKind::UnreadableXlsx(_)),
            "{e:?}"
        );
        let m = import_roster_xlsx(bad).unwrap_err()[0].message();
        assert!(m.zh.starts_with("无法读取 .xlsx 文件"), "{}", m.zh);
    }

    // No bytes, or a workbook whose sheets are all blank.
    assert_eq!(kinds(&[]), vec![(None, None, RosterErrorKind::Empty)]);
    let mut book = Workbook::new();
    book.add_worksheet();
    book.add_worksheet().write_string(3, 3, "  ").unwrap();
    assert_eq!(
        kinds(&book.save_to_buffer().unwrap()),
        vec![(None, None, RosterErrorKind::Empty)]
    );
}

#[test]
fn garbled_headers_are_refused_as_such() {
    // Headers pasted from a CSV that had been read with the wrong encoding.
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let (garbled, _, _) = encoding_rs::GBK.decode("户编码,村,户类型".as_bytes());
    for (c, h) in garbled.split(',').enumerate() {
        ws.write_string(0, c as u16, h).unwrap();
        ws.write_string(1, c as u16, "x").unwrap();
    }
    assert_eq!(
        kinds(&book.save_to_buffer().unwrap()),
        vec![(None, None, RosterErrorKind::Mojibake)]
    );
}

#[test]
fn an_id_number_excel_stored_as_a_number_is_refused_where_it_is() {
    // Typed into a General cell, 652829198001011234 is kept as 6.52829198001011E+17: the last
    // digits are gone before the file is saved.
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let header = [HEADER.as_slice(), &["身份证号"]].concat();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, row) in [good_row("A1"), good_row("A2")].iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell {
                T("") => {}
                T(t) => {
                    ws.write_string(r as u32 + 1, c as u16, *t).unwrap();
                }
                N(v) => {
                    ws.write_number(r as u32 + 1, c as u16, *v).unwrap();
                }
            }
        }
    }
    ws.write_string(1, 11, "65282919750505432X").unwrap();
    ws.write_number(2, 11, 652_829_198_001_011_234.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let e = kinds(&bytes);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].0, e[0].1.as_deref()), (Some(3), Some("身份证号")));
    assert!(matches!(
        &e[0].2,
        RosterErrorKind::LongNumberRounded { shown } if shown.starts_with("6528291980010")
    ));
    let m = import_roster_xlsx(&bytes).unwrap_err()[0].message();
    assert!(m.zh.starts_with("第 3 行「身份证号」列："), "{}", m.zh);
    assert!(m.zh.contains("15 位"), "{}", m.zh);
}
