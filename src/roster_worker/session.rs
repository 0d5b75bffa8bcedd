//! What the roster worker holds and does, apart from messaging: native code, so the import and
//! plan paths are tested with `cargo test` (tests/roster_worker_session.rs).

use super::protocol::{Job, ReplyBody, RosterSummary};
use crate::model::roster::report::county_report;
use crate::model::roster::synthetic::bohu_county;
use crate::model::roster::{PlanUnit, Roster, TypicalRoster};
use crate::model::scenario::Scenario;
use crate::model::text::OwnedText;
use crate::storage::roster_csv::{
    export_roster_csv, guess_mapping, read_table, roster_from_table, ColumnMapping, CsvTable,
    RosterError, RosterField,
};

/// Problems listed in one reply; the count says how many there were in all.
pub const ERRORS_SHOWN: usize = 200;

#[derive(Clone, Debug)]
pub enum Households {
    Register(Roster),
    Typical(TypicalRoster),
}

#[derive(Default)]
pub struct Session {
    households: Option<(Households, String)>,
    /// The last file read, kept until it is mapped and imported (or another replaces it).
    pending: Option<(CsvTable, String)>,
}

impl Session {
    pub fn handle(&mut self, job: Job) -> ReplyBody {
        match job {
            Job::ImportCsv { text, file_name } => match read_table(&text) {
                Ok(table) => self.import(table, file_name, None),
                Err(errors) => failed(&errors),
            },
            Job::ImportTable {
                headers,
                rows,
                file_name,
            } => self.import(CsvTable { headers, rows }, file_name, None),
            Job::ApplyMapping { mapping } => match self.pending.take() {
                Some((table, name)) => self.import(table, name, Some(mapping)),
                None => ReplyBody::Failed(OwnedText {
                    zh: "没有待导入的文件，请重新选择文件。".into(),
                    en: "No file is waiting to be imported: choose the file again.".into(),
                }),
            },
            Job::UseTypical { roster } => {
                let summary = typical_summary(&roster);
                self.households = Some((Households::Typical(roster), summary.source.clone()));
                ReplyBody::Loaded {
                    summary,
                    stored: None,
                }
            }
            Job::UseExample { seed } => {
                let roster = bohu_county(seed);
                let summary = register_summary(&roster, "example");
                self.households = Some((Households::Register(roster), summary.source.clone()));
                ReplyBody::Loaded {
                    summary,
                    stored: None,
                }
            }
            Job::Run { plan, year } => match &self.households {
                Some((h, _)) => {
                    let units = units_of(h, &plan.template);
                    ReplyBody::Report {
                        report: Box::new(county_report(&plan, &units, year)),
                        elapsed_ms: 0.0,
                    }
                }
                None => ReplyBody::Failed(OwnedText {
                    zh: "尚未载入农户名单。".into(),
                    en: "No households are loaded yet.".into(),
                }),
            },
            Job::Forget => {
                self.households = None;
                self.pending = None;
                ReplyBody::Forgotten
            }
        }
    }

    /// The households in use, if any.
    pub fn households(&self) -> Option<&Households> {
        self.households.as_ref().map(|(h, _)| h)
    }

    fn import(
        &mut self,
        table: CsvTable,
        file_name: String,
        mapping: Option<ColumnMapping>,
    ) -> ReplyBody {
        let mapping = match mapping {
            Some(m) => m,
            None => {
                let guess = guess_mapping(&table.headers);
                let missing: Vec<RosterField> = RosterField::ALL
                    .into_iter()
                    .filter(|f| f.required() && !guess.iter().any(|&(_, g)| g == *f))
                    .collect();
                if !missing.is_empty() {
                    let reply = ReplyBody::NeedsMapping {
                        headers: table.headers.clone(),
                        guess,
                        missing,
                        rows: table.rows.len(),
                    };
                    self.pending = Some((table, file_name));
                    return reply;
                }
                guess
            }
        };
        match roster_from_table(&table, &mapping) {
            Ok(roster) => {
                let summary = register_summary(&roster, &file_name);
                let stored = export_roster_csv(&roster, true);
                self.households = Some((Households::Register(roster), file_name));
                self.pending = None;
                ReplyBody::Loaded {
                    summary,
                    stored: Some(stored),
                }
            }
            Err(errors) => {
                // Kept so the planner can correct the mapping without choosing the file again.
                self.pending = Some((table, file_name));
                failed(&errors)
            }
        }
    }
}

fn failed(errors: &[RosterError]) -> ReplyBody {
    ReplyBody::ImportFailed {
        errors: errors
            .iter()
            .take(ERRORS_SHOWN)
            .map(|e| e.message())
            .collect(),
        total: errors.len(),
    }
}

/// The plan's units: one per register row, or one per type and village.
pub fn units_of(h: &Households, template: &Scenario) -> Vec<PlanUnit> {
    match h {
        Households::Register(r) => r.plan_units(template),
        Households::Typical(t) => t.plan_units(template),
    }
}

fn register_summary(roster: &Roster, source: &str) -> RosterSummary {
    RosterSummary {
        households: roster.households.len() as u64,
        persons: roster.persons(),
        villages: roster.villages.clone(),
        register: true,
        with_personal: roster
            .households
            .iter()
            .filter(|h| h.personal.head_name.is_some() || h.personal.id_number.is_some())
            .count() as u64,
        source: source.to_string(),
    }
}

fn typical_summary(t: &TypicalRoster) -> RosterSummary {
    let mut villages: Vec<String> = Vec::new();
    let mut persons = 0.0;
    for ty in &t.types {
        for c in &ty.counts {
            if c.households > 0 && !villages.contains(&c.village) {
                villages.push(c.village.clone());
            }
            persons += ty.household.members_persons * c.households as f64;
        }
    }
    RosterSummary {
        households: t.households(),
        persons,
        villages,
        register: false,
        with_personal: 0,
        source: "typical".into(),
    }
}
