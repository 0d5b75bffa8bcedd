//! Registers as .xlsx: reading the first sheet that has anything on it into the same
//! [`CsvTable`] a CSV gives (so column mapping and validation, `roster_csv::roster_from_table`,
//! are the same for both), and writing string tables as a workbook, one sheet each.
//!
//! The reader is calamine, the writer rust_xlsxwriter: maintained, pure Rust, and large (about
//! 730 KB gzipped together in wasm), so this module is behind the `sheets` feature and runs in
//! the sheet worker (`crate::sheet_worker`), never in the page's first load.
//!
//! Refused, each with its own message and nothing imported: a password-protected workbook (an
//! encrypted OLE container rather than a zip), an old .xls, a damaged file, merged cells (a row
//! of a merged block would silently read as empty), an empty workbook, garbled text, numbers of
//! 16 digits or more (an ID number typed as a number, already rounded by Excel; named by row
//! and column) and more than [`MAX_ROSTER_HOUSEHOLDS`] rows.

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx, XlsxError};
use rust_xlsxwriter::{Format, FormatAlign, Workbook};

use super::roster_csv::{
    check_table, file_error, guess_mapping, roster_from_table, roster_table, roster_template_table,
    CsvTable, RosterError, RosterErrorKind, SheetTable,
};
use crate::model::roster::{Roster, MAX_ROSTER_HOUSEHOLDS};

/// The start of an OLE compound file (Excel 97–2003, or an encrypted .xlsx).
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads the first worksheet with any cell filled into headers and rows (the first non-blank row
/// is the header; blank rows are left out; row numbers are the sheet's own). Cells become text as
/// the planner sees them: whole numbers without ".0", others to 15 significant digits as Excel
/// shows them, dates as YYYY-MM-DD, formulas as their last computed value, errors as "#DIV/0!".
pub fn read_xlsx_table(bytes: &[u8]) -> Result<CsvTable, Vec<RosterError>> {
    let refuse = |kind| Err(vec![file_error(kind)]);
    if bytes.starts_with(&OLE_SIGNATURE) {
        return refuse(if is_encrypted_package(bytes) {
            RosterErrorKind::PasswordProtected
        } else {
            RosterErrorKind::OldXls
        });
    }
    if bytes.is_empty() {
        return refuse(RosterErrorKind::Empty);
    }
    let mut book: Xlsx<_> = match open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(XlsxError::Password) => return refuse(RosterErrorKind::PasswordProtected),
        Err(e) => return refuse(RosterErrorKind::UnreadableXlsx(e.to_string())),
    };
    for name in book.sheet_names() {
        let range = match book.worksheet_range(&name) {
            Ok(range) => range,
            Err(e) => return refuse(RosterErrorKind::UnreadableXlsx(e.to_string())),
        };
        if range.is_empty() || range.used_cells().all(|(_, _, c)| cell_text(c).is_empty()) {
            continue;
        }
        let merged = book
            .merge_cells_by_sheet_name(&name)
            .map_err(|e| vec![file_error(RosterErrorKind::UnreadableXlsx(e.to_string()))])?;
        if !merged.is_empty() {
            let mut merged: Vec<_> = merged.iter().map(|d| (d.start, d.end)).collect();
            merged.sort();
            let cells = merged
                .into_iter()
                .map(|(start, end)| format!("{}:{}", cell_name(start), cell_name(end)))
                .collect();
            return refuse(RosterErrorKind::MergedCells { cells });
        }
        let (first_row, _) = range.start().unwrap_or((0, 0));
        let mut table = CsvTable::default();
        let mut header_found = false;
        let mut rounded = Vec::new();
        for (i, row) in range.rows().enumerate() {
            let cells: Vec<String> = row.iter().map(cell_text).collect();
            if cells.iter().all(String::is_empty) {
                continue;
            }
            if !header_found {
                table.headers = cells;
                header_found = true;
                continue;
            }
            if table.rows.len() == MAX_ROSTER_HOUSEHOLDS {
                return refuse(RosterErrorKind::TooManyRows {
                    max: MAX_ROSTER_HOUSEHOLDS,
                });
            }
            let row_number = first_row as usize + i + 1;
            for (c, cell) in row.iter().enumerate() {
                if is_rounded_number(cell) {
                    rounded.push(RosterError {
                        row: Some(row_number),
                        column: Some(table.headers.get(c).cloned().unwrap_or_default()),
                        kind: RosterErrorKind::LongNumberRounded {
                            shown: cells[c].clone(),
                        },
                    });
                }
            }
            table.rows.push((row_number, cells));
        }
        if !rounded.is_empty() {
            return Err(rounded);
        }
        // A short header row: calamine pads rows to the range's width, so trailing empty
        // header cells are only width.
        while table.headers.last().is_some_and(String::is_empty)
            && table.rows.iter().all(|(_, r)| {
                r.get(table.headers.len() - 1)
                    .is_none_or(|c: &String| c.is_empty())
            })
        {
            table.headers.pop();
            let n = table.headers.len();
            for (_, r) in &mut table.rows {
                r.truncate(n);
            }
        }
        return check_table(table);
    }
    refuse(RosterErrorKind::Empty)
}

/// Reads an .xlsx register with the guessed mapping: the roster, or every problem.
pub fn import_roster_xlsx(bytes: &[u8]) -> Result<Roster, Vec<RosterError>> {
    let table = read_xlsx_table(bytes)?;
    let mapping = guess_mapping(&table.headers);
    roster_from_table(&table, &mapping)
}

/// An encrypted .xlsx is an OLE container holding a stream named "EncryptedPackage"; directory
/// entries store names in UTF-16LE.
fn is_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

/// "A1" for (row 0, column 0).
pub fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(b'A' + rem as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

/// A number Excel has rounded: 16 digits or more before the point (it keeps 15 significant).
fn is_rounded_number(cell: &Data) -> bool {
    match cell {
        Data::Float(f) => f.abs() >= 1e15,
        Data::Int(i) => i.unsigned_abs() >= 1_000_000_000_000_000,
        _ => false,
    }
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => date_text(d.as_f64()),
        Data::DateTime(d) => number_text(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as Excel shows it in a General cell: 15 significant digits, no trailing ".0".
pub fn number_text(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    let text = format!("{rounded}");
    if text == "-0" {
        "0".to_string()
    } else {
        text
    }
}

/// An Excel date serial (1900 system) as YYYY-MM-DD, with hh:mm when it has a time of day.
fn date_text(serial: f64) -> String {
    // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead.
    let days = serial.floor() as i64;
    let from_epoch = if days >= 61 {
        days - 25_569
    } else {
        days - 25_568
    };
    let (y, m, d) = civil_from_days(from_epoch);
    let minutes = ((serial - serial.floor()) * 1_440.0).round() as i64;
    if minutes == 0 || minutes == 1_440 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}",
            minutes / 60,
            minutes % 60
        )
    }
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Whether a cell of text is written as a number: plain decimals ("12", "-3.5"), not codes with
/// a leading zero, not long digit strings such as household codes and ID numbers (Excel would
/// show them as 6.52829E+11 and round anything past 15 digits), not "1e5" or "+3".
pub fn writes_as_number(text: &str) -> Option<f64> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    if (int.len() > 1 && int.starts_with('0')) || int.len() + frac.map_or(0, str::len) > 11 {
        return None;
    }
    text.parse().ok()
}

/// Display width of text in Excel's character units (a Chinese character is about two).
fn text_width(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    let clean = if clean.trim().is_empty() {
        "Sheet".to_string()
    } else {
        clean
    };
    let mut out = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == out.to_lowercase()) {
        let suffix = format!(" ({n})");
        let keep = 31 - suffix.chars().count();
        out = clean.chars().take(keep).collect::<String>() + &suffix;
        n += 1;
    }
    out
}

/// Writes the tables as a workbook, one sheet each in order: the header row bold and frozen,
/// columns as wide as their contents (within limits), cells that read as plain numbers
/// ([`writes_as_number`]) stored as numbers, everything else as text.
pub fn write_xlsx(sheets: &[SheetTable]) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold().set_align(FormatAlign::Center);
    let mut taken: Vec<String> = Vec::new();
    for table in sheets {
        let name = sheet_name(&table.name, &taken);
        taken.push(name.clone());
        let sheet = book.add_worksheet();
        sheet.set_name(&name).map_err(|e| e.to_string())?;
        let mut widths: Vec<usize> = table.headers.iter().map(|h| text_width(h)).collect();
        for (c, h) in table.headers.iter().enumerate() {
            sheet
                .write_string_with_format(0, c as u16, h, &bold)
                .map_err(|e| e.to_string())?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, text) in row.iter().enumerate() {
                if text.is_empty() {
                    continue;
                }
                let col = c as u16;
                match writes_as_number(text) {
                    Some(v) => sheet.write_number(r, col, v),
                    None => sheet.write_string(r, col, text),
                }
                .map_err(|e| e.to_string())?;
                if r <= 200 {
                    if widths.len() <= c {
                        widths.resize(c + 1, 0);
                    }
                    widths[c] = widths[c].max(text_width(text));
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet
                .set_column_width(c as u16, (*w as f64 + 2.0).clamp(6.0, 40.0))
                .map_err(|e| e.to_string())?;
        }
        if !table.headers.is_empty() {
            sheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
        }
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

/// The template as .xlsx: the header row and the two example rows of the CSV template.
pub fn roster_template_xlsx() -> Vec<u8> {
    write_xlsx(&[roster_template_table()]).expect("the template always writes")
}

/// The roster as .xlsx in the template's columns (names and ID numbers only when asked).
pub fn export_roster_xlsx(roster: &Roster, include_personal: bool) -> Result<Vec<u8>, String> {
    write_xlsx(&[roster_table(roster, include_personal)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((9, 25)), "Z10");
        assert_eq!(cell_name((0, 26)), "AA1");
        assert_eq!(cell_name((1, 701)), "ZZ2");
        assert_eq!(cell_name((1, 702)), "AAA2");
    }

    #[test]
    fn numbers_as_excel_shows_them() {
        assert_eq!(number_text(10.0), "10");
        assert_eq!(number_text(6.5), "6.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(652_829_000_001.0), "652829000001");
    }

    #[test]
    fn dates() {
        assert_eq!(date_text(1.0), "1900-01-01");
        assert_eq!(date_text(59.0), "1900-02-28");
        assert_eq!(date_text(61.0), "1900-03-01");
        assert_eq!(date_text(45_658.0), "2025-01-01");
        assert_eq!(date_text(45_658.5), "2025-01-01 12:00");
    }

    #[test]
    fn which_cells_are_written_as_numbers() {
        assert_eq!(writes_as_number("12"), Some(12.0));
        assert_eq!(writes_as_number("-3.5"), Some(-3.5));
        assert_eq!(writes_as_number("0.25"), Some(0.25));
        for text in [
            "007",
            "652829000001",
            "652829198001011234",
            "1e5",
            "+3",
            "1,000",
            "3.",
            ".5",
            "",
            "-",
            "脱贫户",
        ] {
            assert_eq!(writes_as_number(text), None, "{text}");
        }
    }

    #[test]
    fn sheet_names_follow_excel_rules() {
        assert_eq!(sheet_name("村汇总/Villages", &[]), "村汇总Villages");
        assert_eq!(sheet_name("", &[]), "Sheet");
        assert_eq!(sheet_name("a", &["A".to_string()]), "a (2)");
        assert_eq!(sheet_name(&"x".repeat(40), &[]).chars().count(), 31);
    }
}
