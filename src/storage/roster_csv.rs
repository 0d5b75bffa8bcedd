//! Reading a monitoring register (CSV) into a [`Roster`], the template to fill in, and the
//! roster written back out.
//!
//! Bytes to text: [`decode_register_text`] reads UTF-8 (with or without a byte-order mark) and
//! hands anything else to a legacy decoder the caller supplies: GB18030 (a superset of GBK, what
//! Chinese Excel writes), which the browser's `TextDecoder` does for free. Text garbled before it
//! got here (a file once saved with the wrong encoding) is refused as such ([`read_table`]),
//! rather than reported as missing columns. The CSV itself is read by the `csv` crate (quotes,
//! CRLF, line breaks inside cells). An .xlsx register is read into the same [`CsvTable`] by
//! `storage::roster_xlsx` (in the sheet worker).
//!
//! Steps the UI shows: [`read_table`] (headers and cells), [`guess_mapping`] (which column is
//! which field, from the names registers use; the planner may edit the mapping), then
//! [`roster_from_table`]. Nothing is half-imported: every row is valid and the roster is
//! returned, or the list of every problem, each naming its row and column, Chinese first.
//! [`import_roster_csv`] does all three with the guessed mapping.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::input::{parse_number, ParseError};
use crate::model::household::HouseholdStatus;
use crate::model::roster::{
    looks_like_id_number, IncomeByCategory, Personal, Roster, RosterHousehold,
    MAX_ROSTER_HOUSEHOLDS,
};
use crate::model::text::{OwnedText, Text};

/// A column of a register, as the roster stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RosterField {
    Code,
    Village,
    Group,
    HeadName,
    IdNumber,
    MembersPersons,
    LaborersPersons,
    CroplandMu,
    EwesHead,
    CowsHead,
    HensHead,
    PerCapitaYuan,
    WagesYuan,
    BusinessYuan,
    PropertyYuan,
    TransfersYuan,
    ChronicIllPersons,
    DisabledPersons,
}

/// Which column of the file holds which field: (column index from 0, field). The UI edits it.
pub type ColumnMapping = Vec<(usize, RosterField)>;

impl RosterField {
    pub const ALL: [RosterField; 18] = [
        RosterField::Code,
        RosterField::Village,
        RosterField::Group,
        RosterField::HeadName,
        RosterField::IdNumber,
        RosterField::MembersPersons,
        RosterField::LaborersPersons,
        RosterField::CroplandMu,
        RosterField::EwesHead,
        RosterField::CowsHead,
        RosterField::HensHead,
        RosterField::PerCapitaYuan,
        RosterField::WagesYuan,
        RosterField::BusinessYuan,
        RosterField::PropertyYuan,
        RosterField::TransfersYuan,
        RosterField::ChronicIllPersons,
        RosterField::DisabledPersons,
    ];

    /// The header the template writes (with its unit), Chinese and English.
    pub fn header(self) -> Text {
        use RosterField::*;
        match self {
            Code => Text::new("户编码", "Household code"),
            Village => Text::new("村", "Village"),
            Group => Text::new("户类型", "Household type"),
            HeadName => Text::new("户主姓名", "Head of household"),
            IdNumber => Text::new("身份证号", "ID number"),
            MembersPersons => Text::new("家庭人口(人)", "Members (persons)"),
            LaborersPersons => Text::new("劳动力(人)", "Laborers (persons)"),
            CroplandMu => Text::new("耕地面积(亩)", "Cropland (mu)"),
            EwesHead => Text::new("能繁母羊(只)", "Breeding ewes (head)"),
            CowsHead => Text::new("能繁母牛(头)", "Cows (head)"),
            HensHead => Text::new("蛋鸡(只)", "Laying hens (head)"),
            PerCapitaYuan => Text::new("人均纯收入(元)", "Per-capita net income (yuan)"),
            WagesYuan => Text::new("工资性收入(元)", "Wage income (yuan)"),
            BusinessYuan => Text::new("经营性收入(元)", "Business income (yuan)"),
            PropertyYuan => Text::new("财产性收入(元)", "Property income (yuan)"),
            TransfersYuan => Text::new("转移性收入(元)", "Transfer income (yuan)"),
            ChronicIllPersons => Text::new("慢性病人数(人)", "Chronically ill (persons)"),
            DisabledPersons => Text::new("残疾人数(人)", "Disabled (persons)"),
        }
    }

    /// Header names registers use for the field, normalised (see [`normalise_header`]).
    fn aliases(self) -> &'static [&'static str] {
        use RosterField::*;
        match self {
            Code => &[
                "户编码",
                "户编号",
                "户码",
                "农户编码",
                "householdcode",
                "code",
            ],
            Village => &["村", "行政村", "村名", "所在村", "村名称", "village"],
            Group => &[
                "户类型",
                "农户类型",
                "户属性",
                "监测对象类别",
                "监测类型",
                "householdtype",
                "type",
                "group",
            ],
            HeadName => &["户主姓名", "户主", "姓名", "headofhousehold", "name"],
            IdNumber => &[
                "身份证号",
                "身份证号码",
                "户主身份证号",
                "证件号码",
                "idnumber",
                "id",
            ],
            MembersPersons => &[
                "家庭人口",
                "家庭人口数",
                "人口",
                "人口数",
                "家庭成员数",
                "members",
            ],
            LaborersPersons => &["劳动力", "劳动力人数", "劳动力数", "laborers"],
            CroplandMu => &["耕地面积", "耕地", "承包地面积", "cropland"],
            EwesHead => &["能繁母羊", "母羊", "存栏母羊", "breedingewes", "ewes"],
            CowsHead => &["能繁母牛", "母牛", "cows"],
            HensHead => &["蛋鸡", "家禽", "鸡", "layinghens", "hens"],
            PerCapitaYuan => &[
                "人均纯收入",
                "人均收入",
                "人均可支配收入",
                "per-capitanetincome",
                "percapitaincome",
            ],
            WagesYuan => &["工资性收入", "工资性", "wageincome"],
            BusinessYuan => &[
                "经营性收入",
                "经营净收入",
                "生产经营性收入",
                "经营性",
                "businessincome",
            ],
            PropertyYuan => &["财产性收入", "财产净收入", "财产性", "propertyincome"],
            TransfersYuan => &["转移性收入", "转移净收入", "转移性", "transferincome"],
            ChronicIllPersons => &["慢性病人数", "慢性病", "chronicallyill"],
            DisabledPersons => &["残疾人数", "残疾", "disabled"],
        }
    }

    /// Needed in every roster.
    pub fn required(self) -> bool {
        use RosterField::*;
        matches!(
            self,
            Code | Village | Group | MembersPersons | LaborersPersons | CroplandMu
        )
    }

    fn is_number(self) -> bool {
        !matches!(
            self,
            RosterField::Code
                | RosterField::Village
                | RosterField::Group
                | RosterField::HeadName
                | RosterField::IdNumber
        )
    }

    fn is_income(self) -> bool {
        use RosterField::*;
        matches!(
            self,
            PerCapitaYuan | WagesYuan | BusinessYuan | PropertyYuan | TransfersYuan
        )
    }

    /// Accepted range (the model's own field ranges where it has them).
    fn range(self) -> (f64, f64) {
        use RosterField::*;
        match self {
            MembersPersons => (1.0, 15.0),
            LaborersPersons => (0.0, 10.0),
            CroplandMu => (0.0, 500.0),
            EwesHead => (0.0, 2_000.0),
            CowsHead => (0.0, 500.0),
            HensHead => (0.0, 5_000.0),
            PerCapitaYuan => (-100_000.0, 1_000_000.0),
            WagesYuan | TransfersYuan => (0.0, 500_000.0),
            BusinessYuan => (-500_000.0, 1_000_000.0),
            PropertyYuan => (-100_000.0, 500_000.0),
            ChronicIllPersons | DisabledPersons => (0.0, 15.0),
            _ => (f64::NEG_INFINITY, f64::INFINITY),
        }
    }
}

/// Header text as compared with the aliases: no spaces, no byte-order mark, no unit in
/// brackets ("耕地面积（亩）" → "耕地面积"), ASCII lower case.
pub fn normalise_header(h: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in h.trim_start_matches('\u{FEFF}').chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = (depth - 1).max(0),
            _ if depth > 0 || c.is_whitespace() => {}
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// The file's headers and cells, before mapping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvTable {
    pub headers: Vec<String>,
    /// Data rows with their spreadsheet row number (the header is row 1). Blank rows are left
    /// out.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// A problem with the file, a column or a cell.
#[derive(Clone, Debug, PartialEq)]
pub struct RosterError {
    /// Spreadsheet row number (1 = the header row); `None` for the file as a whole.
    pub row: Option<usize>,
    /// The column's header as in the file, or the field's name when the column is missing.
    pub column: Option<String>,
    pub kind: RosterErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RosterErrorKind {
    /// No header row.
    Empty,
    /// The CSV cannot be read (the reader's own message).
    Unreadable(String),
    TooManyRows {
        max: usize,
    },
    MissingColumn(RosterField),
    /// No income column at all (人均纯收入 or any of the four categories).
    MissingIncome,
    /// Two columns mapped to one field.
    MappedTwice(RosterField),
    /// A mapping names a column the file does not have.
    NoSuchColumn(usize),
    EmptyCell,
    NotANumber {
        text: String,
        why: ParseError,
    },
    /// An 18-character ID number where a number belongs.
    IdNumberInNumberColumn,
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
    },
    UnknownGroup {
        text: String,
    },
    /// "监测户" without saying which kind.
    MonitoredKindMissing,
    MoreLaborersThanMembers,
    MoreIllThanMembers,
    DuplicateCode {
        first_row: usize,
    },
    /// The text is garbled: decoded with the wrong encoding somewhere on its way.
    Mojibake,
    /// The .xlsx cannot be read (the reader's own message).
    UnreadableXlsx(String),
    /// An .xlsx protected by a password (an encrypted OLE container, not a zip).
    PasswordProtected,
    /// An Excel 97–2003 .xls (OLE container) rather than .xlsx.
    OldXls,
    /// Merged cells, as "A1:C1", in the sheet's order.
    MergedCells {
        cells: Vec<String>,
    },
    /// An .xlsx number of 16 digits or more: Excel keeps 15, so an ID number typed into a number
    /// cell has already lost its last digits.
    LongNumberRounded {
        shown: String,
    },
}

impl RosterError {
    /// What is wrong and where, Chinese and English.
    pub fn message(&self) -> OwnedText {
        let zh_at = match (&self.row, &self.column) {
            (Some(r), Some(c)) => format!("第 {r} 行「{c}」列："),
            (Some(r), None) => format!("第 {r} 行："),
            (None, Some(c)) => format!("「{c}」列："),
            (None, None) => String::new(),
        };
        let en_at = match (&self.row, &self.column) {
            (Some(r), Some(c)) => format!("Row {r}, column “{c}”: "),
            (Some(r), None) => format!("Row {r}: "),
            (None, Some(c)) => format!("Column “{c}”: "),
            (None, None) => String::new(),
        };
        use RosterErrorKind::*;
        let (zh, en): (String, String) = match &self.kind {
            Empty => ("文件为空，没有表头行".into(), "The file is empty: no header row".into()),
            Unreadable(e) => (format!("无法读取 CSV：{e}"), format!("Cannot read the CSV: {e}")),
            TooManyRows { max } => (
                format!("行数超过 {max} 行，请分批导入"),
                format!("More than {max} rows; import it in parts"),
            ),
            MissingColumn(f) => (
                format!("缺少必填列「{}」，请在列对应中指定", f.header().zh),
                format!(
                    "Required column “{}” ({}) is missing; map it to a column",
                    f.header().zh,
                    f.header().en
                ),
            ),
            MissingIncome => (
                "缺少收入列：需要「人均纯收入」或工资性、经营性、财产性、转移性收入中的至少一列".into(),
                "No income column: map 人均纯收入 (per-capita income) or at least one of the four income categories".into(),
            ),
            MappedTwice(f) => (
                format!("两列都对应了「{}」，请只保留一列", f.header().zh),
                format!("Two columns are mapped to “{}”; keep one", f.header().en),
            ),
            NoSuchColumn(i) => (
                format!("文件中没有第 {} 列", i + 1),
                format!("The file has no column {}", i + 1),
            ),
            EmptyCell => ("必填，不能为空".into(), "Required; the cell is empty".into()),
            NotANumber { text, why } => (
                format!("“{text}”不是数字。{}", why.message(Lang::Zh)),
                format!("“{text}” is not a number. {}", why.message(Lang::En)),
            ),
            IdNumberInNumberColumn => (
                "这里是数字列，却填了身份证号：请检查列对应是否错位".into(),
                "An ID number in a number column: check that the columns are mapped right".into(),
            ),
            OutOfRange { value, min, max } => (
                format!("{value} 超出范围 {min}–{max}"),
                format!("{value} is outside {min}–{max}"),
            ),
            UnknownGroup { text } => (
                format!("无法识别的户类型“{text}”：应为 脱贫户、脱贫不稳定户、边缘易致贫户、突发严重困难户 或 一般户"),
                format!("Unknown household type “{text}”: use 脱贫户, 脱贫不稳定户, 边缘易致贫户, 突发严重困难户 or 一般户"),
            ),
            MonitoredKindMissing => (
                "“监测户”请写明类别：脱贫不稳定户、边缘易致贫户 或 突发严重困难户".into(),
                "“监测户” (monitored): say which kind — 脱贫不稳定户, 边缘易致贫户 or 突发严重困难户".into(),
            ),
            MoreLaborersThanMembers => (
                "劳动力多于家庭人口".into(),
                "More laborers than household members".into(),
            ),
            MoreIllThanMembers => (
                "慢性病与残疾人数之和多于家庭人口".into(),
                "More chronically ill and disabled members than household members".into(),
            ),
            DuplicateCode { first_row } => (
                format!("户编码重复，与第 {first_row} 行相同"),
                format!("Duplicate household code: the same as row {first_row}"),
            ),
            Mojibake => (
                "文件编码无法识别，可能是乱码：请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后再导入".into(),
                "The file's text encoding is not recognised; it may be garbled. Save it from Excel as “CSV UTF-8” or .xlsx and import that".into(),
            ),
            UnreadableXlsx(e) => (
                format!("无法读取 .xlsx 文件，可能已损坏或不是 Excel 文件（{e}）"),
                format!("Cannot read the .xlsx file: it may be damaged or not an Excel file ({e})"),
            ),
            PasswordProtected => (
                "工作簿设有打开密码：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存再导入".into(),
                "The workbook is password-protected: remove the password in Excel (File → Info → Protect Workbook), save and import again".into(),
            ),
            OldXls => (
                "这是旧版 Excel 97–2003（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入".into(),
                "This is an old Excel 97–2003 (.xls) file: save it from Excel as .xlsx or CSV and import that".into(),
            ),
            LongNumberRounded { shown } => (
                format!("“{shown}”是超过 15 位的数字，Excel 已把末几位改成了 0：身份证号等长号码请把单元格设为“文本”后重新填写"),
                format!("“{shown}” is a number of more than 15 digits, whose last digits Excel has already turned to 0: format the cells as Text and enter ID numbers again"),
            ),
            MergedCells { cells } => {
                let shown = cells.iter().take(5).cloned().collect::<Vec<_>>().join("、");
                let more = cells.len().saturating_sub(5);
                let (zh_more, en_more) = if more > 0 {
                    (format!(" 等 {} 处", cells.len()), format!(" and {more} more"))
                } else {
                    (String::new(), String::new())
                };
                (
                    format!("表中有合并单元格（{shown}{zh_more}）：请取消合并，每户一行、每列一项（标题行可删除）后再导入"),
                    format!(
                        "The sheet has merged cells ({}{en_more}): unmerge them so that each household is one row and each column one item (delete any title row), then import again",
                        cells.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
                    ),
                )
            }
        };
        OwnedText {
            zh: zh_at + &zh,
            en: en_at + &en,
        }
    }
}

pub(crate) fn file_error(kind: RosterErrorKind) -> RosterError {
    RosterError {
        row: None,
        column: None,
        kind,
    }
}

/// A file's bytes as text: UTF-8 when they are valid UTF-8 (a byte-order mark dropped),
/// otherwise whatever `legacy` makes of them. The page passes the browser's GB18030 decoder
/// (`TextDecoder('gb18030')`, which reads GBK too); tests pass `encoding_rs`.
pub fn decode_register_text(bytes: &[u8], legacy: impl FnOnce(&[u8]) -> String) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => legacy(bytes),
    }
}

/// First characters of register headers written as UTF-8 and then read as GBK ("户编码" becomes
/// "鎴风紪鐮"): a header row that matches no known column and has one of these is garbled.
const MOJIBAKE_MARKS: &str = "姣娈宸杞楦浜濮瀛瀹琛璇璐缁鍐鍔鎱鎴鎵鏉鐢鐩鑰鑳铔韬";

/// Garbled text: a replacement character anywhere in the table (bytes some decoder could not
/// read), or headers that match no known column and look like UTF-8 read as GBK or as Latin-1.
pub fn looks_garbled(table: &CsvTable) -> bool {
    let bad = |c: char| c == '\u{FFFD}';
    if table.headers.iter().any(|h| h.contains(bad))
        || table
            .rows
            .iter()
            .any(|(_, cells)| cells.iter().any(|c| c.contains(bad)))
    {
        return true;
    }
    guess_mapping(&table.headers).is_empty()
        && table.headers.iter().any(|h| {
            h.chars()
                .any(|c| MOJIBAKE_MARKS.contains(c) || ('\u{C0}'..='\u{FF}').contains(&c))
        })
}

/// Checks a table read from a file: refused as garbled ([`looks_garbled`]) before any column is
/// looked for, so the planner hears about the encoding and not about "missing" columns.
pub fn check_table(table: CsvTable) -> Result<CsvTable, Vec<RosterError>> {
    if looks_garbled(&table) {
        return Err(vec![file_error(RosterErrorKind::Mojibake)]);
    }
    Ok(table)
}

/// Reads the CSV text into headers and rows. Refuses an empty file, unreadable CSV, garbled text
/// ([`check_table`]) and more than [`MAX_ROSTER_HOUSEHOLDS`] data rows (it stops reading there).
pub fn read_table(text: &str) -> Result<CsvTable, Vec<RosterError>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = CsvTable::default();
    let mut first = true;
    for (i, record) in reader.records().enumerate() {
        let record =
            record.map_err(|e| vec![file_error(RosterErrorKind::Unreadable(e.to_string()))])?;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if first {
            if cells.iter().all(String::is_empty) {
                continue;
            }
            table.headers = cells;
            first = false;
            continue;
        }
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if table.rows.len() == MAX_ROSTER_HOUSEHOLDS {
            return Err(vec![file_error(RosterErrorKind::TooManyRows {
                max: MAX_ROSTER_HOUSEHOLDS,
            })]);
        }
        table.rows.push((i + 1, cells));
    }
    if first {
        return Err(vec![file_error(RosterErrorKind::Empty)]);
    }
    check_table(table)
}

/// Which column holds which field, from the header names (first match wins; unknown columns
/// are left out).
pub fn guess_mapping(headers: &[String]) -> ColumnMapping {
    let mut out: ColumnMapping = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        let n = normalise_header(h);
        if let Some(f) = RosterField::ALL
            .into_iter()
            .find(|f| f.aliases().contains(&n.as_str()))
        {
            if !out.iter().any(|&(_, g)| g == f) {
                out.push((i, f));
            }
        }
    }
    out
}

/// Reads a register's household type (户类型).
pub fn parse_group(text: &str) -> Result<HouseholdStatus, RosterErrorKind> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let has = |s: &str| t.contains(s);
    Ok(if has("脱贫不稳定") || lower.contains("unstable") {
        HouseholdStatus::LiftedUnstable
    } else if has("边缘") || lower.contains("near the line") {
        HouseholdStatus::Marginal
    } else if has("突发") || lower.contains("hardship") {
        HouseholdStatus::SuddenHardship
    } else if has("一般") || lower.contains("other") || lower.contains("ordinary") {
        HouseholdStatus::Ordinary
    } else if has("监测") || lower.contains("monitored") {
        return Err(RosterErrorKind::MonitoredKindMissing);
    } else if has("脱贫") || lower.contains("lifted") {
        HouseholdStatus::Lifted
    } else {
        return Err(RosterErrorKind::UnknownGroup {
            text: t.to_string(),
        });
    })
}

/// Builds the roster from a table and a mapping: every row valid, or every problem.
pub fn roster_from_table(
    table: &CsvTable,
    mapping: &ColumnMapping,
) -> Result<Roster, Vec<RosterError>> {
    let mut errors = Vec::new();
    let name_of = |f: RosterField| -> String {
        mapping
            .iter()
            .find(|&&(_, g)| g == f)
            .and_then(|&(i, _)| table.headers.get(i).cloned())
            .unwrap_or_else(|| f.header().zh.to_string())
    };
    for f in RosterField::ALL {
        let n = mapping.iter().filter(|&&(_, g)| g == f).count();
        if n > 1 {
            errors.push(RosterError {
                row: None,
                column: Some(f.header().zh.to_string()),
                kind: RosterErrorKind::MappedTwice(f),
            });
        }
        if n == 0 && f.required() {
            errors.push(RosterError {
                row: None,
                column: Some(f.header().zh.to_string()),
                kind: RosterErrorKind::MissingColumn(f),
            });
        }
    }
    if !mapping.iter().any(|&(_, f)| f.is_income()) {
        errors.push(file_error(RosterErrorKind::MissingIncome));
    }
    for &(i, _) in mapping {
        if i >= table.headers.len() {
            errors.push(file_error(RosterErrorKind::NoSuchColumn(i)));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut households = Vec::with_capacity(table.rows.len());
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (row, cells) in &table.rows {
        let row = *row;
        let mut bad: Vec<RosterError> = Vec::new();
        let mut h = RosterHousehold {
            members_persons: 0.0,
            ..RosterHousehold::default()
        };
        let at = |f: RosterField, kind| RosterError {
            row: Some(row),
            column: Some(name_of(f)),
            kind,
        };
        for &(i, f) in mapping {
            let cell = cells.get(i).map(String::as_str).unwrap_or("");
            if cell.is_empty() {
                if f.required() {
                    bad.push(at(f, RosterErrorKind::EmptyCell));
                }
                continue;
            }
            if f.is_number() {
                if looks_like_id_number(cell) {
                    bad.push(at(f, RosterErrorKind::IdNumberInNumberColumn));
                    continue;
                }
                let v = match parse_number(cell, false) {
                    Ok(v) => v,
                    Err(why) => {
                        bad.push(at(
                            f,
                            RosterErrorKind::NotANumber {
                                text: cell.to_string(),
                                why,
                            },
                        ));
                        continue;
                    }
                };
                let (min, max) = f.range();
                if !(min..=max).contains(&v) {
                    bad.push(at(f, RosterErrorKind::OutOfRange { value: v, min, max }));
                    continue;
                }
                set_number(&mut h, f, v);
                continue;
            }
            match f {
                RosterField::Code => h.code = cell.to_string(),
                RosterField::Village => h.village = cell.to_string(),
                RosterField::Group => match parse_group(cell) {
                    Ok(s) => h.status = s,
                    Err(kind) => bad.push(at(f, kind)),
                },
                RosterField::HeadName => h.personal.head_name = Some(cell.to_string()),
                RosterField::IdNumber => h.personal.id_number = Some(cell.to_string()),
                _ => {}
            }
        }
        if !bad.is_empty() {
            errors.append(&mut bad);
            continue;
        }
        if h.laborers_persons > h.members_persons {
            bad.push(at(
                RosterField::LaborersPersons,
                RosterErrorKind::MoreLaborersThanMembers,
            ));
        }
        if h.chronic_ill_persons + h.disabled_persons > h.members_persons {
            bad.push(at(
                RosterField::ChronicIllPersons,
                RosterErrorKind::MoreIllThanMembers,
            ));
        }
        if let Some(&first_row) = seen.get(&h.code) {
            bad.push(at(
                RosterField::Code,
                RosterErrorKind::DuplicateCode { first_row },
            ));
        } else {
            seen.insert(h.code.clone(), row);
        }
        errors.append(&mut bad);
        households.push(h);
    }
    if errors.is_empty() {
        Ok(Roster::from_households(households))
    } else {
        Err(errors)
    }
}

fn set_number(h: &mut RosterHousehold, f: RosterField, v: f64) {
    use RosterField::*;
    match f {
        MembersPersons => h.members_persons = v,
        LaborersPersons => h.laborers_persons = v,
        CroplandMu => h.cropland_mu = v,
        EwesHead => h.ewes_head = v,
        CowsHead => h.cows_head = v,
        HensHead => h.hens_head = v,
        PerCapitaYuan => h.stated_per_capita_yuan = Some(v),
        WagesYuan => h.income.wages_yuan = v,
        BusinessYuan => h.income.business_yuan = v,
        PropertyYuan => h.income.property_yuan = v,
        TransfersYuan => h.income.transfers_yuan = v,
        ChronicIllPersons => h.chronic_ill_persons = v,
        DisabledPersons => h.disabled_persons = v,
        Code | Village | Group | HeadName | IdNumber => {}
    }
}

/// Reads a register with the guessed mapping: the roster, or every problem.
pub fn import_roster_csv(text: &str) -> Result<Roster, Vec<RosterError>> {
    let table = read_table(text)?;
    let mapping = guess_mapping(&table.headers);
    roster_from_table(&table, &mapping)
}

pub use crate::model::roster::tables::SheetTable;

/// The template to fill in: the header row and two example rows, UTF-8 with a byte-order mark
/// (Excel then reads the Chinese). The examples' names and ID numbers are made up.
pub fn roster_template_csv() -> String {
    roster_template_table().to_csv()
}

/// The template's header and example rows, for CSV and .xlsx alike.
pub fn roster_template_table() -> SheetTable {
    let headers: Vec<String> = RosterField::ALL
        .iter()
        .map(|f| f.header().zh.to_string())
        .collect();
    let rows: [[&str; 18]; 2] = [
        [
            "652829000001",
            "示例一村",
            "脱贫户",
            "张三",
            "652829198001011234",
            "4",
            "2",
            "10",
            "0",
            "0",
            "20",
            "9500",
            "20000",
            "12000",
            "1000",
            "5000",
            "0",
            "0",
        ],
        [
            "652829000002",
            "示例一村",
            "边缘易致贫户",
            "李四",
            "65282919750505432X",
            "3",
            "1",
            "6.5",
            "12",
            "1",
            "0",
            "6800",
            "8000",
            "9000",
            "0",
            "3400",
            "1",
            "0",
        ],
    ];
    SheetTable {
        name: "农户名册".to_string(),
        headers,
        rows: rows.iter().map(|r| r.map(String::from).to_vec()).collect(),
    }
}

/// The roster as CSV in the template's columns. Names and ID numbers only when
/// `include_personal` (the planner asked): by default the columns are left out altogether.
pub fn export_roster_csv(roster: &Roster, include_personal: bool) -> String {
    roster_table(roster, include_personal).to_csv()
}

/// The roster as a table in the template's columns, for CSV and .xlsx alike (see
/// [`export_roster_csv`] on names and ID numbers).
pub fn roster_table(roster: &Roster, include_personal: bool) -> SheetTable {
    let fields: Vec<RosterField> = RosterField::ALL
        .into_iter()
        .filter(|f| include_personal || !matches!(f, RosterField::HeadName | RosterField::IdNumber))
        .collect();
    SheetTable {
        name: "农户名册".to_string(),
        headers: fields.iter().map(|f| f.header().zh.to_string()).collect(),
        rows: roster
            .households
            .iter()
            .map(|h| fields.iter().map(|&f| cell(h, f)).collect())
            .collect(),
    }
}

fn cell(h: &RosterHousehold, f: RosterField) -> String {
    use RosterField::*;
    let n = |v: f64| format!("{v}");
    let i: &IncomeByCategory = &h.income;
    let p: &Personal = &h.personal;
    match f {
        Code => h.code.clone(),
        Village => h.village.clone(),
        Group => group_name(h.status).to_string(),
        HeadName => p.head_name.clone().unwrap_or_default(),
        IdNumber => p.id_number.clone().unwrap_or_default(),
        MembersPersons => n(h.members_persons),
        LaborersPersons => n(h.laborers_persons),
        CroplandMu => n(h.cropland_mu),
        EwesHead => n(h.ewes_head),
        CowsHead => n(h.cows_head),
        HensHead => n(h.hens_head),
        PerCapitaYuan => h.stated_per_capita_yuan.map(n).unwrap_or_default(),
        WagesYuan => n(i.wages_yuan),
        BusinessYuan => n(i.business_yuan),
        PropertyYuan => n(i.property_yuan),
        TransfersYuan => n(i.transfers_yuan),
        ChronicIllPersons => n(h.chronic_ill_persons),
        DisabledPersons => n(h.disabled_persons),
    }
}

/// The register's own word for the type (without the "(监测户)" the UI adds).
fn group_name(s: HouseholdStatus) -> &'static str {
    match s {
        HouseholdStatus::Lifted => "脱贫户",
        HouseholdStatus::LiftedUnstable => "脱贫不稳定户",
        HouseholdStatus::Marginal => "边缘易致贫户",
        HouseholdStatus::SuddenHardship => "突发严重困难户",
        HouseholdStatus::Ordinary => "一般户",
    }
}
