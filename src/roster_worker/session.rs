//! What the roster worker holds and does, apart from messaging: native code, so the import and
//! plan paths are tested with `cargo test` (tests/roster_worker_session.rs).

use super::protocol::{ExportTable, Job, ReplyBody, RosterSummary};
use crate::model::roster::allocate::Allocation;
use crate::model::roster::plan::Plan;
use crate::model::roster::plan::{run_plan, PlanResult};
use crate::model::roster::report::{greedy_report, report_of, tiers_of, StillBelowRow};
use crate::model::roster::risk::{RosterRiskRequest, RosterRiskRun};
use crate::model::roster::synthetic::bohu_county;
use crate::model::roster::tables::{
    allocation_comparison_table, allocation_steps_table, household_table, village_table,
};
use crate::model::roster::tiers::{TierThresholds, VillageTier};
use crate::model::roster::{mask_id, PlanUnit, Roster, TypicalRoster};
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
    /// The last plan run, for exports and risk.
    last: Option<LastRun>,
    /// A risk run in progress, and its draws.
    risk: Option<(RosterRiskRun, u32)>,
    /// The households as the model's units for the template they were made with: an edit of a
    /// budget, a rule or the year keeps the template, so its units are not made again.
    units: Option<(Scenario, std::rc::Rc<Vec<PlanUnit>>)>,
}

/// Households per step of a risk run, each with every draw (the runtime checks the clock between steps).
pub const RISK_HOUSEHOLDS_PER_STEP: u32 = 5;

struct LastRun {
    plan: Plan,
    units: std::rc::Rc<Vec<PlanUnit>>,
    result: PlanResult,
    year: i32,
    tiers: Vec<VillageTier>,
    greedy: Option<(Allocation, PlanResult)>,
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
                self.units = None;
                ReplyBody::Loaded {
                    summary,
                    stored: None,
                }
            }
            Job::UseExample { seed } => {
                let roster = bohu_county(seed);
                let summary = register_summary(&roster, "example");
                self.households = Some((Households::Register(roster), summary.source.clone()));
                self.units = None;
                ReplyBody::Loaded {
                    summary,
                    stored: None,
                }
            }
            Job::Run {
                plan,
                year,
                greedy_budget_yuan,
            } => match &self.households {
                Some((h, _)) => {
                    let units = match &self.units {
                        Some((t, u)) if *t == plan.template => u.clone(),
                        _ => {
                            let u = std::rc::Rc::new(units_of(h, &plan.template));
                            self.units = Some((plan.template.clone(), u.clone()));
                            u
                        }
                    };
                    let result = run_plan(&plan, &units);
                    let mut report = report_of(&result, &units, year);
                    if let Households::Register(r) = h {
                        mask_ids(&mut report.still_below, r);
                    }
                    let (tiers, rule) = tiers_of(&result, &units, &TierThresholds::default());
                    report.tiers = tiers.clone();
                    report.tier_rule = rule;
                    let greedy = greedy_budget_yuan.filter(|b| *b > 0.0).map(|budget| {
                        let (g, a, r) = greedy_report(&plan, &units, &result, budget, report.year);
                        report.greedy = Some(g);
                        (a, r)
                    });
                    self.risk = None;
                    self.last = Some(LastRun {
                        plan: (*plan).clone(),
                        year: report.year,
                        units,
                        result,
                        tiers,
                        greedy,
                    });
                    ReplyBody::Report {
                        report: Box::new(report),
                        elapsed_ms: 0.0,
                    }
                }
                None => ReplyBody::Failed(OwnedText {
                    zh: "尚未载入农户名单。".into(),
                    en: "No households are loaded yet.".into(),
                }),
            },
            Job::Export {
                table,
                include_personal,
                english,
                xlsx,
            } => self.export(table, include_personal, english, xlsx),
            Job::Risk { draws, fund_yuan } => match &self.last {
                Some(last) => {
                    let mut request = RosterRiskRequest::from_template(&last.plan.template);
                    request.draws = draws.clamp(100, 10_000);
                    request.fund_yuan = fund_yuan;
                    let run = RosterRiskRun::new(&last.plan, &last.units, &last.result, &request);
                    self.risk = Some((run, request.draws));
                    ReplyBody::RiskProgress {
                        done_draws: 0,
                        total_draws: request.draws,
                    }
                }
                None => ReplyBody::Failed(OwnedText {
                    zh: "请先完成方案测算。".into(),
                    en: "Run the plan first.".into(),
                }),
            },
            Job::Cancel => {
                self.risk = None;
                ReplyBody::RiskProgress {
                    done_draws: 0,
                    total_draws: 0,
                }
            }
            Job::Forget => {
                self.households = None;
                self.units = None;
                self.pending = None;
                self.last = None;
                self.risk = None;
                ReplyBody::Forgotten
            }
        }
    }

    fn export(
        &self,
        table: ExportTable,
        include_personal: bool,
        english: bool,
        xlsx: bool,
    ) -> ReplyBody {
        let Some(last) = &self.last else {
            return ReplyBody::Failed(OwnedText {
                zh: "尚无测算结果可导出。".into(),
                en: "There are no results to export yet.".into(),
            });
        };
        let roster = match self.households() {
            Some(Households::Register(r)) => Some(r),
            _ => None,
        };
        let (rows, zh, en) = match table {
            ExportTable::Villages => (
                village_table(&last.result, Some(&last.tiers), last.year, english),
                "分村汇总",
                "villages",
            ),
            ExportTable::Households => (
                household_table(
                    &last.result,
                    &last.units,
                    last.year,
                    roster,
                    include_personal,
                    english,
                ),
                "农户结果",
                "households",
            ),
            ExportTable::Steps => match &last.greedy {
                Some((a, _)) => (
                    allocation_steps_table(a, english),
                    "分配步骤",
                    "allocation-steps",
                ),
                None => return no_greedy(),
            },
            ExportTable::Comparison => match &last.greedy {
                Some((_, g)) => {
                    let names = [
                        OwnedText {
                            zh: "按规则与各项预算".into(),
                            en: "By the rules and budgets".into(),
                        },
                        OwnedText {
                            zh: "按每万元带动越线户数".into(),
                            en: "Most lifted per 10,000 yuan".into(),
                        },
                    ];
                    let entries = [(names[0].clone(), &last.result), (names[1].clone(), g)];
                    (
                        allocation_comparison_table(&entries, last.year, english),
                        "分配方案对比",
                        "allocations-compared",
                    )
                }
                None => return no_greedy(),
            },
        };
        let mut rows = rows;
        rows.name = (if english { en } else { zh }).to_string();
        ReplyBody::Table {
            table,
            stem: format!("{}-{}", if english { en } else { zh }, last.year),
            rows: Box::new(rows),
            xlsx,
        }
    }

    /// Whether a risk run is going.
    pub fn risk_running(&self) -> bool {
        self.risk.is_some()
    }

    /// Runs a few draws of the risk run: its progress, or its result once done.
    pub fn risk_step(&mut self) -> Option<ReplyBody> {
        let (run, draws) = self.risk.as_mut()?;
        run.run_chunk(RISK_HOUSEHOLDS_PER_STEP);
        if run.is_done() {
            let (run, _) = self.risk.take()?;
            return Some(ReplyBody::Risk {
                summary: Box::new(run.finish()),
                elapsed_ms: 0.0,
            });
        }
        Some(ReplyBody::RiskProgress {
            done_draws: (run.progress() * *draws as f64).round() as u32,
            total_draws: *draws,
        })
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
                self.units = None;
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

/// Adds each listed household's masked ID number (the full number never leaves the worker
/// except in an export the planner asks for).
fn mask_ids(rows: &mut [StillBelowRow], roster: &Roster) {
    let by_code: std::collections::HashMap<&str, &str> = roster
        .households
        .iter()
        .filter_map(|h| Some((h.code.as_str(), h.personal.id_number.as_deref()?)))
        .collect();
    for row in rows {
        row.id_masked = by_code.get(row.code.as_str()).map(|id| mask_id(id));
    }
}

fn no_greedy() -> ReplyBody {
    ReplyBody::Failed(OwnedText {
        zh: "尚未按总预算分配。".into(),
        en: "No total budget has been allocated yet.".into(),
    })
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
