//! Messages between the county page and the roster worker, JSON both ways (the county page is
//! its own wasm, loaded when opened, so serde's code costs the planner's first load nothing).
//! Every request carries an id; the page ignores replies to any but its newest.

use serde::{Deserialize, Serialize};

use crate::model::roster::plan::Plan;
use crate::model::roster::report::CountyReport;
use crate::model::roster::risk::RosterRiskSummary;
use crate::model::roster::tables::SheetTable;
use crate::model::roster::TypicalRoster;
use crate::model::text::OwnedText;
use crate::storage::roster_csv::{ColumnMapping, RosterField};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub job: Job,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Job {
    /// A register as CSV text (already decoded from UTF-8 or GB18030), read with the headers'
    /// guessed mapping. `file_name` is for messages only.
    ImportCsv { text: String, file_name: String },
    /// A register already split into cells (an .xlsx read by the sheet worker).
    ImportTable {
        headers: Vec<String>,
        rows: Vec<(usize, Vec<String>)>,
        file_name: String,
    },
    /// The planner's mapping for the last file read, after [`ReplyBody::NeedsMapping`].
    ApplyMapping { mapping: ColumnMapping },
    /// Household types × counts per village.
    UseTypical { roster: TypicalRoster },
    /// The committed synthetic county (2,193 households in 25 villages), for trying the page.
    UseExample { seed: u64 },
    /// Runs a plan on the households and reports on `year` (the horizon's last when `None`);
    /// with a total budget, also spends it by "most households lifted per 10,000 yuan".
    Run {
        plan: Box<Plan>,
        year: Option<i32>,
        greedy_budget_yuan: Option<f64>,
    },
    /// A table of the last run, for a CSV or .xlsx file. Names and ID numbers only when asked.
    Export {
        table: ExportTable,
        include_personal: bool,
        english: bool,
        /// For an .xlsx (the page writes it with the sheet worker); else CSV.
        xlsx: bool,
    },
    /// Shocks over the last plan run, in slices with progress: households falling back each
    /// year and the relief the fund would pay, against `fund_yuan`.
    Risk { draws: u32, fund_yuan: f64 },
    /// Stops a risk run; nothing is sent back.
    Cancel,
    /// Forgets the roster and everything derived from it.
    Forget,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportTable {
    Villages,
    Households,
    /// The greedy allocation's steps.
    Steps,
    /// Rules and greedy side by side.
    Comparison,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub body: ReplyBody,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RosterSummary {
    pub households: u64,
    pub persons: f64,
    pub villages: Vec<String>,
    /// A register (with rows and codes) rather than types × counts.
    pub register: bool,
    /// Households with a name or ID number (what "forget" and exports care about).
    pub with_personal: u64,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReplyBody {
    /// The worker has started and listens (sent once, unasked).
    Ready,
    /// The file's headers do not name every required column: the planner maps them.
    NeedsMapping {
        headers: Vec<String>,
        guess: ColumnMapping,
        missing: Vec<RosterField>,
        rows: usize,
    },
    /// Nothing was imported: every problem (up to a limit) and how many there were.
    ImportFailed {
        errors: Vec<OwnedText>,
        total: usize,
    },
    /// The roster in use now. `stored` is the register as our own CSV (names and IDs
    /// included) for the page to keep in this browser; `None` for types × counts and the example.
    Loaded {
        summary: RosterSummary,
        stored: Option<String>,
    },
    Report {
        report: Box<CountyReport>,
        elapsed_ms: f64,
    },
    /// A table asked for with [`Job::Export`], and a file name stem for it.
    Table {
        table: ExportTable,
        stem: String,
        rows: Box<SheetTable>,
        xlsx: bool,
    },
    RiskProgress {
        done_draws: u32,
        total_draws: u32,
    },
    Risk {
        summary: Box<RosterRiskSummary>,
        elapsed_ms: f64,
    },
    Forgotten,
    Failed(OwnedText),
}

impl Request {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a request always serialises")
    }
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

impl Reply {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a reply always serialises")
    }
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}
