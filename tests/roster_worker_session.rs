//! The roster worker's session, natively: a register read with its guessed mapping, a file
//! whose headers need mapping kept until the planner maps it, a bad file refused whole, a plan
//! run on what was loaded, and "forget" leaving nothing behind.

use village_income_planner::model::presets::preset;
use village_income_planner::model::roster::plan::Plan;
use village_income_planner::roster_worker::protocol::{Job, ReplyBody};
use village_income_planner::roster_worker::session::Session;
use village_income_planner::storage::roster_csv::RosterField;

const GOOD: &str = "户编码,村,户类型,户主姓名,身份证号,家庭人口,劳动力,耕地面积,人均纯收入\n\
001,一村,脱贫户,张三,652829197001011234,4,2,10,6500\n\
002,一村,边缘易致贫户,李四,,3,1,5,5200\n\
003,二村,一般户,王五,,2,0,0,4800\n";

fn import(session: &mut Session, text: &str) -> ReplyBody {
    session.handle(Job::ImportCsv {
        text: text.into(),
        file_name: "名单.csv".into(),
    })
}

fn plan() -> Plan {
    Plan {
        template: (preset("hejing_herder").expect("preset").build)(),
        targeting: Vec::new(),
    }
}

#[test]
fn a_register_loads_and_is_kept_as_our_own_csv_with_its_ids() {
    let mut s = Session::default();
    match import(&mut s, GOOD) {
        ReplyBody::Loaded { summary, stored } => {
            assert_eq!(summary.households, 3);
            assert_eq!(summary.persons, 9.0);
            assert_eq!(summary.villages, vec!["一村", "二村"]);
            assert_eq!(summary.with_personal, 3, "every row names its head");
            let stored = stored.expect("a register is stored");
            assert!(stored.contains("652829197001011234"));
            // What is stored reads back to the same households.
            let mut again = Session::default();
            assert!(
                matches!(import(&mut again, &stored), ReplyBody::Loaded { summary: s2, .. } if s2 == summary)
            );
        }
        other => panic!("expected Loaded, got {other:?}"),
    }
}

#[test]
fn unknown_headers_wait_for_a_mapping_then_import() {
    let mut s = Session::default();
    let odd = GOOD.replace("户编码", "编号");
    let ReplyBody::NeedsMapping {
        headers,
        mut guess,
        missing,
        rows,
    } = import(&mut s, &odd)
    else {
        panic!("expected NeedsMapping");
    };
    assert_eq!(missing, vec![RosterField::Code]);
    assert_eq!(rows, 3);
    assert!(
        s.households().is_none(),
        "nothing imported before the mapping"
    );
    guess.push((
        headers.iter().position(|h| h == "编号").unwrap(),
        RosterField::Code,
    ));
    assert!(matches!(
        s.handle(Job::ApplyMapping { mapping: guess }),
        ReplyBody::Loaded { .. }
    ));
}

#[test]
fn a_bad_register_is_refused_whole_and_the_previous_roster_stays() {
    let mut s = Session::default();
    assert!(matches!(import(&mut s, GOOD), ReplyBody::Loaded { .. }));
    let bad = GOOD
        .replace("4,2,10,6500", "4,2,十,6500")
        .replace("3,1,5", "3,5,5");
    match import(&mut s, &bad) {
        ReplyBody::ImportFailed { errors, total } => {
            assert_eq!(total, 2);
            assert!(
                errors[0].zh.contains("第 2 行「耕地面积」列"),
                "{}",
                errors[0].zh
            );
            assert!(errors[1].zh.contains("第 3 行"), "{}", errors[1].zh);
        }
        other => panic!("expected ImportFailed, got {other:?}"),
    }
    // The good roster loaded before is still the one in use.
    let ReplyBody::Report { report, .. } = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    }) else {
        panic!("expected a report");
    };
    assert_eq!(report.by_year[0].households, 3);
}

#[test]
fn forget_leaves_nothing_to_plan_on() {
    let mut s = Session::default();
    assert!(matches!(import(&mut s, GOOD), ReplyBody::Loaded { .. }));
    assert_eq!(s.handle(Job::Forget), ReplyBody::Forgotten);
    assert!(s.households().is_none());
    assert!(matches!(
        s.handle(Job::Run {
            plan: Box::new(plan()),
            year: None,
            greedy_budget_yuan: None,
        }),
        ReplyBody::Failed(_)
    ));
    assert!(matches!(
        s.handle(Job::ApplyMapping { mapping: vec![] }),
        ReplyBody::Failed(_)
    ));
}

#[test]
fn the_example_county_runs_a_plan_reported_by_village_and_group() {
    let mut s = Session::default();
    assert!(matches!(
        s.handle(Job::UseExample { seed: 2025 }),
        ReplyBody::Loaded { .. }
    ));
    let ReplyBody::Report { report, .. } = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: Some(2027),
        greedy_budget_yuan: Some(3_000_000.0),
    }) else {
        panic!("expected a report");
    };
    assert_eq!(report.year, 2027);
    assert_eq!(report.by_village.len(), 25);
    let t = &report.by_year[report.year_index(2027).unwrap()];
    assert_eq!(t.households, 2_193);
    let by_village: u64 = report
        .by_village
        .iter()
        .map(|(_, r)| r[2].households_below_with)
        .sum();
    assert_eq!(
        by_village, t.households_below_with,
        "villages add up to the county"
    );
    assert_eq!(report.still_below_households, t.households_below_with);
    assert!(report.still_below.iter().all(|b| !b.reasons.is_empty()));
}

#[test]
fn exports_carry_names_and_ids_only_when_asked() {
    use village_income_planner::roster_worker::protocol::ExportTable;
    let mut s = Session::default();
    assert!(matches!(import(&mut s, GOOD), ReplyBody::Loaded { .. }));
    assert!(
        matches!(
            s.handle(Job::Export {
                table: ExportTable::Households,
                include_personal: false,
                english: false,
                xlsx: false,
            }),
            ReplyBody::Failed(_)
        ),
        "nothing to export before a run"
    );
    let _ = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    });
    let mut csv = |include_personal| match s.handle(Job::Export {
        table: ExportTable::Households,
        include_personal,
        english: false,
        xlsx: false,
    }) {
        ReplyBody::Table { rows, .. } => rows.to_csv(),
        other => panic!("expected a table, got {other:?}"),
    };
    let without = csv(false);
    assert!(
        without.contains("001")
            && !without.contains("张三")
            && !without.contains("652829197001011234")
    );
    let with = csv(true);
    assert!(with.contains("张三") && with.contains("652829197001011234"));
}

#[test]
fn a_total_budget_is_allocated_greedily_beside_the_rules() {
    let mut s = Session::default();
    let _ = s.handle(Job::UseExample { seed: 2025 });
    let ReplyBody::Report { report, .. } = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: Some(3_000_000.0),
    }) else {
        panic!("expected a report");
    };
    let g = report.greedy.as_ref().expect("greedy report");
    assert!(g.spent_yuan <= 3_000_000.0 + 1e-6);
    assert_eq!(
        g.steps.iter().map(|s| s.households_lifted).sum::<u64>(),
        g.households_lifted
    );
    assert_eq!(
        g.comparison_zh.rows.len(),
        2,
        "rules and greedy side by side"
    );
    assert_eq!(report.tiers.len(), 25);
    assert!(report.tier_rule.is_some());
    let h = report.histogram.as_ref().expect("histogram");
    assert_eq!(h.households, 2_193);
}

#[test]
fn households_still_below_carry_masked_ids_never_whole_ones() {
    let mut s = Session::default();
    // Everyone far below any line: all three are listed.
    let poor = GOOD
        .replace(",6500", ",500")
        .replace(",5200", ",400")
        .replace(",4800", ",300");
    assert!(matches!(import(&mut s, &poor), ReplyBody::Loaded { .. }));
    let ReplyBody::Report { report, .. } = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    }) else {
        panic!("expected a report");
    };
    let zhang = report
        .still_below
        .iter()
        .find(|r| r.code == "001")
        .expect("listed");
    assert_eq!(zhang.id_masked.as_deref(), Some("6528**********1234"));
    let json = serde_json::to_string(&report).unwrap();
    assert!(!json.contains("652829197001011234") && !json.contains("张三"));
}

#[test]
fn risk_runs_in_steps_after_a_plan_and_a_cancel_stops_it() {
    let mut s = Session::default();
    assert!(matches!(
        s.handle(Job::Risk {
            draws: 100,
            fund_yuan: 2_000_000.0
        }),
        ReplyBody::Failed(_)
    ));
    assert!(matches!(import(&mut s, GOOD), ReplyBody::Loaded { .. }));
    let _ = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    });
    assert!(matches!(
        s.handle(Job::Risk {
            draws: 100,
            fund_yuan: 2_000_000.0
        }),
        ReplyBody::RiskProgress {
            done_draws: 0,
            total_draws: 100
        }
    ));
    let mut last_done = 0;
    let summary = loop {
        match s.risk_step().expect("a run is going") {
            ReplyBody::RiskProgress { done_draws, .. } => {
                assert!(done_draws >= last_done, "progress never goes back");
                last_done = done_draws;
            }
            ReplyBody::Risk { summary, .. } => break summary,
            other => panic!("unexpected {other:?}"),
        }
    };
    assert_eq!(summary.draws, 100);
    assert_eq!(summary.households, 3);
    assert!(!s.risk_running());
    // A cancel stops a run at once; a new plan drops one too.
    let _ = s.handle(Job::Risk {
        draws: 100,
        fund_yuan: 2_000_000.0,
    });
    let _ = s.handle(Job::Cancel);
    assert!(!s.risk_running() && s.risk_step().is_none());
    let _ = s.handle(Job::Risk {
        draws: 100,
        fund_yuan: 2_000_000.0,
    });
    let _ = s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    });
    assert!(!s.risk_running());
}

#[test]
fn a_new_roster_is_planned_on_not_the_units_kept_for_the_last() {
    let mut s = Session::default();
    let run = |s: &mut Session| match s.handle(Job::Run {
        plan: Box::new(plan()),
        year: None,
        greedy_budget_yuan: None,
    }) {
        ReplyBody::Report { report, .. } => report.by_year[0].households,
        other => panic!("expected a report, got {other:?}"),
    };
    assert!(matches!(import(&mut s, GOOD), ReplyBody::Loaded { .. }));
    assert_eq!(run(&mut s), 3);
    assert_eq!(run(&mut s), 3, "same template, same units");
    let _ = s.handle(Job::UseExample { seed: 2025 });
    assert_eq!(run(&mut s), 2_193);
    let two = GOOD.lines().take(3).collect::<Vec<_>>().join("\n");
    assert!(matches!(import(&mut s, &two), ReplyBody::Loaded { .. }));
    assert_eq!(run(&mut s), 2);
}
