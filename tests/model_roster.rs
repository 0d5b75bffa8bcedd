//! Rosters (issue 11): households of a register and typical households × counts become the
//! model's households; a plan is applied to them with eligibility rules and budgets; totals by
//! year, village and group; who is still below the line and why. A three-household roster is
//! worked by hand.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::household::HouseholdStatus;
use village_income_planner::model::monitoring_line::{LineRow, RowStatus};
use village_income_planner::model::projection::project_unchecked;
use village_income_planner::model::roster::plan::{
    run_plan, still_below, HoldBack, Plan, Rule, Targeting,
};
use village_income_planner::model::roster::synthetic::{bohu_county, synthetic_county};
use village_income_planner::model::roster::{
    looks_like_id_number, mask_id, IncomeByCategory, PlanUnit, Roster, RosterHousehold,
    TypicalHousehold, TypicalRoster, VillageCount,
};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{presets::preset, InterventionKind, Scenario};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

#[test]
fn mask_id_keeps_region_and_check_digits() {
    assert_eq!(mask_id("652801199001011234"), "6528**********1234");
    assert_eq!(mask_id(" 65280119900101123X "), "6528**********123X");
    assert_eq!(mask_id("1234567"), "*******");
    assert!(looks_like_id_number("65280119900101123x"));
    assert!(looks_like_id_number("652801199001011234"));
    assert!(!looks_like_id_number("65280119900101123"));
    assert!(!looks_like_id_number("6528011990010112345"));
    assert!(!looks_like_id_number("12,000"));
}

#[test]
fn exports_leave_out_names_and_ids() {
    let r = bohu_county(1);
    assert!(r.households.iter().all(|h| h.personal.id_number.is_some()));
    let bare = r.without_personal();
    assert!(bare
        .households
        .iter()
        .all(|h| h.personal.head_name.is_none() && h.personal.id_number.is_none()));
    let json = serde_json::to_string(&bare).unwrap();
    assert!(!json.contains("户主"));
    assert!(!r
        .households
        .iter()
        .any(|h| json.contains(h.personal.id_number.as_deref().unwrap())));
}

#[test]
fn synthetic_county_is_bohu_sized_plausible_and_deterministic() {
    let r = bohu_county(7);
    assert_eq!(r.households.len(), 2_193);
    assert_eq!(r.villages.len(), 25);
    assert_eq!(r, bohu_county(7));
    assert_ne!(r, bohu_county(8));
    let codes: std::collections::HashSet<_> = r.households.iter().map(|h| &h.code).collect();
    assert_eq!(codes.len(), 2_193);
    let n = r.households.len() as f64;
    let mean_members = r.persons() / n;
    assert!((3.0..3.6).contains(&mean_members), "{mean_members}");
    let lifted = r
        .households
        .iter()
        .filter(|h| h.status == HouseholdStatus::Lifted)
        .count() as f64;
    assert!((0.78..0.86).contains(&(lifted / n)));
    let mut pc: Vec<f64> = r
        .households
        .iter()
        .filter(|h| h.status == HouseholdStatus::Lifted)
        .map(|h| h.per_capita_yuan())
        .collect();
    pc.sort_by(f64::total_cmp);
    let median = pc[pc.len() / 2];
    assert!((13_000.0..17_000.0).contains(&median), "{median}");
    let sizes: Vec<usize> = r
        .villages
        .iter()
        .map(|v| r.households.iter().filter(|h| &h.village == v).count())
        .collect();
    assert!(sizes.iter().all(|&s| (40..=150).contains(&s)), "{sizes:?}");
    assert!(r.households.iter().any(|h| h.laborers_persons == 0.0));
    assert!(r.households.iter().any(|h| h.ewes_head > 0.0));
    assert_eq!(synthetic_county(3, 4, 10).households.len(), 10);
}

/// The register's categories land where the mapping says, and the model's base-year household
/// net equals the register's total, herd or not.
#[test]
fn a_register_row_keeps_its_total_in_the_model() {
    let template = (preset("hejing_herder").unwrap().build)();
    for h in bohu_county(3).households.iter().take(400) {
        let s = h.to_scenario(&template);
        let p = project_unchecked(&s);
        let r = &p.rows[0];
        assert!(
            close(
                r.baseline_household_net_yuan / r.price_index,
                h.income_total_yuan()
            ),
            "{} {} {}",
            h.code,
            r.baseline_household_net_yuan,
            h.income_total_yuan()
        );
        assert_eq!(s.household.status, h.status);
        assert_eq!(s.risk.health.chronic_ill_persons, h.chronic_ill_persons);
        assert_eq!(s.household.herd.breeding_ewes_head, h.ewes_head);
        assert_eq!(s.household.income.local_wages_yuan, h.income.wages_yuan);
        assert_eq!(s.household.income.pension_yuan, h.income.transfers_yuan);
        assert!(s.household.labor.local_work_months <= s.household.labor_budget_months());
    }
    // Only a per-capita figure: it is the household's income (in "other").
    let only_pc = RosterHousehold {
        members_persons: 3.0,
        stated_per_capita_yuan: Some(9_000.0),
        ..RosterHousehold::default()
    };
    assert_eq!(only_pc.income_total_yuan(), 27_000.0);
    let hh = only_pc.to_household(&Scenario::default());
    assert_eq!(hh.income.other_yuan, 27_000.0);
}

/// Base 2025, three years, real prices, a flat line of 8,000 yuan per person. One intervention:
/// pooled capital of 10,000 yuan from 2026 at 10 % (1,000 yuan a year), for monitored
/// households only.
fn hand_plan(budget_yuan: Option<f64>) -> Plan {
    let mut t = Scenario::default();
    t.horizon.base_year = 2025;
    t.horizon.years = 3;
    t.economics.price_basis = PriceBasis::Real;
    t.economics.inflation_pct = 0.0;
    t.monitoring_line.rows = vec![LineRow {
        year: 2025,
        yuan_per_capita: 8_000.0,
        status: RowStatus::Placeholder,
        source: Default::default(),
    }];
    t.monitoring_line.growth_after_last_pct = 0.0;
    let d = &mut t.interventions.dividends;
    d.schedule.enabled = true;
    d.schedule.start_year = 2026;
    d.schedule.adoption_pct = vec![100.0];
    d.pooled_capital_yuan = 10_000.0;
    d.fixed_return_pct = 10.0;
    Plan {
        template: t,
        targeting: vec![Targeting {
            kind: InterventionKind::Dividends,
            rules: vec![Rule::Monitored],
            budget_yuan,
        }],
    }
}

/// A: 甲村, 脱贫不稳定户, 2 persons, 15,000 yuan (7,500 per person, below 8,000).
/// B: 甲村, 脱贫户, 4 persons, 40,000 yuan (10,000, above; not monitored, so not eligible).
/// C: 乙村, 边缘易致贫户, 3 persons, no laborer, no land, 18,000 yuan of transfers (6,000).
fn hand_roster() -> Roster {
    let hh = |code: &str, village: &str, status, members, laborers, land, inc: [f64; 4]| {
        RosterHousehold {
            code: code.into(),
            village: village.into(),
            status,
            members_persons: members,
            laborers_persons: laborers,
            cropland_mu: land,
            income: IncomeByCategory {
                wages_yuan: inc[0],
                business_yuan: inc[1],
                property_yuan: inc[2],
                transfers_yuan: inc[3],
            },
            ..RosterHousehold::default()
        }
    };
    Roster::from_households(vec![
        hh(
            "A",
            "甲村",
            HouseholdStatus::LiftedUnstable,
            2.0,
            1.0,
            5.0,
            [6_000.0, 5_000.0, 0.0, 4_000.0],
        ),
        hh(
            "B",
            "甲村",
            HouseholdStatus::Lifted,
            4.0,
            2.0,
            10.0,
            [20_000.0, 12_000.0, 1_000.0, 7_000.0],
        ),
        hh(
            "C",
            "乙村",
            HouseholdStatus::Marginal,
            3.0,
            0.0,
            0.0,
            [0.0, 0.0, 0.0, 18_000.0],
        ),
    ])
}

#[test]
fn three_household_roster_totals_worked_by_hand() {
    let plan = hand_plan(Some(20_000.0));
    let roster = hand_roster();
    let units = roster.plan_units(&plan.template);
    assert_eq!(units[0].base_per_capita_yuan, 7_500.0);
    let r = run_plan(&plan, &units);
    assert_eq!(r.years, vec![2025, 2026, 2027]);
    assert_eq!(r.line_yuan_per_capita, vec![Some(8_000.0); 3]);
    // A: 15,000 → 16,000 from 2026 = 8,000 per person: at the line, not below.
    let a = &r.outcomes[0];
    assert_eq!(a.baseline_per_capita_yuan, vec![7_500.0; 3]);
    assert!(close(a.per_capita_yuan[1], 8_000.0));
    assert_eq!(a.program_cost_yuan, vec![0.0, 10_000.0, 0.0]);
    // B: not eligible, nothing changes, no cost.
    let b = &r.outcomes[1];
    assert_eq!(b.not_eligible.kinds(), vec![InterventionKind::Dividends]);
    assert_eq!(b.per_capita_yuan, vec![10_000.0; 3]);
    // C: 18,000 → 19,000 = 6,333.33 per person: still below.
    let c = &r.outcomes[2];
    assert!(close(c.per_capita_yuan[2], 19_000.0 / 3.0));

    let y = &r.by_year;
    // 2025: A and C below either way (5 persons).
    assert_eq!(
        (y[0].households_below_without, y[0].households_below_with),
        (2, 2)
    );
    assert_eq!(
        (y[0].persons_below_without, y[0].persons_below_with),
        (5.0, 5.0)
    );
    assert_eq!(y[0].households_lifted, 0);
    assert_eq!(y[0].cost_per_household_lifted_yuan(), None);
    // 2026: A lifted; 20,000 yuan spent (A and C); 20,000 per household lifted.
    assert_eq!((y[1].households, y[1].persons), (3, 9.0));
    assert_eq!(
        (y[1].households_below_without, y[1].households_below_with),
        (2, 1)
    );
    assert_eq!(
        (y[1].persons_below_without, y[1].persons_below_with),
        (5.0, 3.0)
    );
    assert_eq!(y[1].households_lifted, 1);
    assert_eq!(y[1].public_cost_yuan, 20_000.0);
    assert_eq!(y[1].cost_per_household_lifted_yuan(), Some(20_000.0));
    // 2027: nothing more spent; the cost to date still buys one household.
    assert_eq!(y[2].public_cost_yuan, 0.0);
    assert_eq!(y[2].cumulative_public_cost_yuan, 20_000.0);
    assert_eq!(y[2].cost_per_household_lifted_yuan(), Some(20_000.0));

    // By village: 甲村 holds A and B; 乙村 holds C.
    assert_eq!(r.by_village[0].0, "甲村");
    let jia = &r.by_village[0].1[1];
    assert_eq!((jia.households, jia.persons), (2, 6.0));
    assert_eq!(
        (jia.households_below_without, jia.households_below_with),
        (1, 0)
    );
    assert_eq!(jia.public_cost_yuan, 10_000.0);
    let yi = &r.by_village[1].1[1];
    assert_eq!(
        (yi.households_below_without, yi.households_below_with),
        (1, 1)
    );
    assert_eq!(yi.cost_per_household_lifted_yuan(), None);
    // By group: 脱贫户 (B), 脱贫不稳定户 (A), 边缘易致贫户 (C); no empty groups.
    let groups: Vec<HouseholdStatus> = r.by_group.iter().map(|g| g.0).collect();
    assert_eq!(
        groups,
        vec![
            HouseholdStatus::Lifted,
            HouseholdStatus::LiftedUnstable,
            HouseholdStatus::Marginal
        ]
    );
    assert_eq!(r.by_group[1].1[1].households_lifted, 1);
    assert_eq!(
        r.spent_yuan,
        vec![(InterventionKind::Dividends, 20_000.0, Some(20_000.0))]
    );

    // Still below in 2027: C alone, held back by no laborer and no land.
    let below = still_below(&r, &units, 2027);
    assert_eq!(below.len(), 1);
    assert_eq!(below[0].code, "C");
    assert_eq!(
        below[0].reasons,
        vec![HoldBack::NoLaborer, HoldBack::NoLand]
    );
    assert!(close(
        below[0].gap_yuan_per_capita,
        19_000.0 / 3.0 - 8_000.0
    ));
    assert_eq!(below[0].reasons[0].message().zh, "无劳动力");
}

#[test]
fn a_budget_reaches_the_neediest_first_and_names_who_it_missed() {
    // 15,000 yuan: C (6,000 per person) first, then nothing left for A (7,500).
    let plan = hand_plan(Some(15_000.0));
    let units = hand_roster().plan_units(&plan.template);
    let r = run_plan(&plan, &units);
    assert_eq!(r.by_year[1].public_cost_yuan, 10_000.0);
    assert_eq!(r.by_year[1].households_lifted, 0);
    let below = still_below(&r, &units, 2026);
    assert_eq!(below.len(), 2);
    let a = below.iter().find(|b| b.code == "A").unwrap();
    assert_eq!(
        a.reasons,
        vec![HoldBack::OverBudget(vec![InterventionKind::Dividends])]
    );
    let msg = a.reasons[0].message();
    assert_eq!(
        msg.zh,
        format!("超出预算：{}", InterventionKind::Dividends.name().zh)
    );
    assert_eq!(
        msg.en,
        format!("Over budget: {}", InterventionKind::Dividends.name().en)
    );
    // No budget and no rule: everyone gets it; B is then simply above the line.
    let mut open = hand_plan(None);
    open.targeting.clear();
    let r = run_plan(&open, &units);
    assert_eq!(r.by_year[1].public_cost_yuan, 30_000.0);
    assert!(r.outcomes.iter().all(|o| o.not_eligible.is_empty()));
}

#[test]
fn eligibility_rules_each_admit_and_refuse() {
    let t = Scenario::default();
    let r = bohu_county(11);
    let units = r.plan_units(&t);
    let find = |f: &dyn Fn(&PlanUnit) -> bool| units.iter().find(|u| f(u)).unwrap().clone();
    let no_labor = find(&|u| u.household.laborers_persons == 0.0);
    let labor = find(&|u| u.household.laborers_persons > 0.0);
    assert!(!Rule::HasLaborer.admits(&no_labor));
    assert!(Rule::HasLaborer.admits(&labor));
    let ewes = find(&|u| u.household.herd.breeding_ewes_head >= 10.0);
    let none = find(&|u| u.household.herd.breeding_ewes_head == 0.0);
    let rule = Rule::EwesAtLeast { ewes_head: 10.0 };
    assert!(rule.admits(&ewes) && !rule.admits(&none));
    let land = Rule::CroplandAtLeast { cropland_mu: 5.0 };
    assert!(land.admits(&find(&|u| u.household.land.cropland_mu >= 5.0)));
    assert!(!land.admits(&find(&|u| u.household.land.cropland_mu < 5.0)));
    let poor = Rule::PerCapitaBelow {
        per_capita_yuan: 8_000.0,
    };
    assert!(poor.admits(&find(&|u| u.base_per_capita_yuan < 8_000.0)));
    assert!(!poor.admits(&find(&|u| u.base_per_capita_yuan >= 8_000.0)));
    let m = find(&|u| u.household.status.is_monitored());
    let lifted = find(&|u| u.household.status == HouseholdStatus::Lifted);
    assert!(Rule::Monitored.admits(&m) && !Rule::Monitored.admits(&lifted));
    let status = Rule::StatusIn {
        statuses: vec![HouseholdStatus::SuddenHardship],
    };
    assert!(status.admits(&find(
        &|u| u.household.status == HouseholdStatus::SuddenHardship
    )));
    assert!(!status.admits(&find(&|u| u.household.status == HouseholdStatus::Lifted)));
    let cows = Rule::CowsAtLeast { cows_head: 1.0 };
    assert!(cows.admits(&find(&|u| u.household.herd.cows_head >= 1.0)));
    let village = Rule::VillageIn {
        villages: vec![r.villages[0].clone()],
    };
    assert!(village.admits(&units[0]));
    assert!(!village.admits(units.last().unwrap()));
    // The rules are plain serde data the UI edits.
    let json =
        serde_json::to_string(&vec![poor.clone(), status.clone(), Rule::HasLaborer]).unwrap();
    assert!(json.contains("\"rule\":\"per_capita_below\""), "{json}");
    let back: Vec<Rule> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, vec![poor, status, Rule::HasLaborer]);
}

#[test]
fn typical_households_count_and_split_at_the_budget() {
    let plan = hand_plan(Some(32_000.0));
    let a = hand_roster().households[0].to_household(&plan.template);
    let roster = TypicalRoster {
        types: vec![TypicalHousehold {
            name: "脱贫不稳定户(典型)".into(),
            household: a,
            health: Default::default(),
            counts: vec![
                VillageCount {
                    village: "甲村".into(),
                    households: 5,
                },
                VillageCount {
                    village: "乙村".into(),
                    households: 0,
                },
            ],
        }],
    };
    assert_eq!(roster.households(), 5);
    let units = roster.plan_units(&plan.template);
    assert_eq!(units.len(), 1);
    assert!(close(units[0].base_per_capita_yuan, 7_500.0));
    let r = run_plan(&plan, &units);
    // 10,000 each: the budget reaches 3 of the 5; the other 2 stay below.
    assert_eq!(r.outcomes.len(), 2);
    assert_eq!(r.outcomes.iter().map(|o| o.count).sum::<u32>(), 5);
    assert_eq!(r.by_year[1].households_lifted, 3);
    assert_eq!(r.by_year[1].households_below_with, 2);
    assert_eq!(r.by_year[1].persons_below_with, 4.0);
    assert_eq!(r.by_year[1].public_cost_yuan, 30_000.0);
    let below = still_below(&r, &units, 2027);
    assert_eq!(below.len(), 1);
    assert_eq!(below[0].count, 2);
    assert_eq!(
        below[0].reasons,
        vec![HoldBack::OverBudget(vec![InterventionKind::Dividends])]
    );
}

#[test]
fn a_plan_is_serde_data() {
    let plan = hand_plan(Some(1.0));
    let json = serde_json::to_string(&plan).unwrap();
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
}

/// The county under a plan: totals agree with the outcomes, villages add up to the county, and
/// a plan never leaves more households below the line than no plan does when it only adds
/// income (dividends).
#[test]
fn county_totals_are_consistent() {
    let roster = bohu_county(5);
    let mut plan = hand_plan(Some(5_000_000.0));
    plan.template.horizon.years = 5;
    plan.targeting[0].rules = vec![Rule::PerCapitaBelow {
        per_capita_yuan: 10_000.0,
    }];
    let units = roster.plan_units(&plan.template);
    let r = run_plan(&plan, &units);
    for t in 0..5 {
        let y = &r.by_year[t];
        assert_eq!(y.households, 2_193);
        let v: u64 = r
            .by_village
            .iter()
            .map(|v| v.1[t].households_below_with)
            .sum();
        let g: u64 = r
            .by_group
            .iter()
            .map(|g| g.1[t].households_below_with)
            .sum();
        assert_eq!((v, g), (y.households_below_with, y.households_below_with));
        assert!(y.households_below_with <= y.households_below_without);
        let listed: u32 = still_below(&r, &units, r.years[t])
            .iter()
            .map(|b| b.count)
            .sum();
        assert_eq!(listed as u64, y.households_below_with);
    }
    let spent = r.spent_yuan[0].1;
    assert!(
        spent <= 5_000_000.0 + 1e-6 && spent > 4_900_000.0,
        "{spent}"
    );
}

/// The roster's lean projection (`roster::lean`) gives the engine's figures exactly: per
/// capita with and without, public cost, the labor rule's cuts and income by source, for every
/// preset and a template with every intervention on, over 300 varied households (one projector
/// for all, so module runs kept for a herd are reused), and for every set of interventions a
/// budget could leave a household with (all subsets of what is on, up to 4 on; otherwise each
/// one left out).
#[test]
fn the_lean_projection_equals_the_engine() {
    use village_income_planner::model::presets::PRESETS;
    use village_income_planner::model::roster::lean::LeanProjector;
    use village_income_planner::model::roster::plan::KindSet;

    let mut templates: Vec<Scenario> = PRESETS.iter().map(|p| (p.build)()).collect();
    let mut all_on = Scenario::default();
    for k in InterventionKind::ALL {
        all_on.interventions.schedule_mut(k).enabled = true;
    }
    templates.push(all_on);
    let mut nominal = (preset("hejing_herder").unwrap().build)();
    nominal.economics.price_basis = PriceBasis::Nominal;
    nominal.horizon.years = 12;
    templates.push(nominal);
    let roster = synthetic_county(7, 5, 300);
    let mut compared = 0;
    for template in &templates {
        let mut on = KindSet::default();
        for k in InterventionKind::ALL {
            if template.interventions.schedule(k).enabled {
                on.insert(k);
            }
        }
        let kinds = on.kinds();
        let subsets: Vec<KindSet> = if kinds.len() <= 4 {
            (0u32..1 << kinds.len())
                .map(|bits| {
                    let mut s = KindSet::default();
                    for (j, &k) in kinds.iter().enumerate() {
                        if bits & (1 << j) != 0 {
                            s.insert(k);
                        }
                    }
                    s
                })
                .collect()
        } else {
            std::iter::once(on)
                .chain(kinds.iter().map(|&k| {
                    let mut s = on;
                    s.remove(k);
                    s
                }))
                .collect()
        };
        let mut lean = LeanProjector::new(template);
        let mut years = Vec::new();
        let mut households: Vec<_> = roster
            .households
            .iter()
            .map(|h| h.to_household(template))
            .collect();
        households.push(template.household.clone());
        for h in &households {
            lean.run_modules(h, on);
            for &received in &subsets {
                lean.combine(received, &mut years);
                let mut s = template.clone();
                s.household = h.clone();
                for k in InterventionKind::ALL {
                    s.interventions.schedule_mut(k).enabled = received.contains(k);
                }
                let p = project_unchecked(&s);
                assert_eq!(years.len(), p.rows.len());
                for (y, r) in years.iter().zip(&p.rows) {
                    // `==`: equal values (a zero may differ in sign only).
                    assert!(
                        y.per_capita_yuan == r.per_capita_yuan
                            && y.baseline_per_capita_yuan == r.baseline_per_capita_yuan
                            && y.program_cost_yuan == r.program_cost_yuan
                            && y.kept_share == r.labor.kept_share
                            && y.by_source == r.scenario_by_source,
                        "{:?} {:?} {}: {y:?} vs {:?} {:?}",
                        received.kinds(),
                        h,
                        r.year,
                        r.per_capita_yuan,
                        r.scenario_by_source
                    );
                }
                compared += 1;
            }
        }
    }
    assert!(compared > 5_000, "{compared}");
}

// ---- Risk over a roster (roster::risk) ----

use village_income_planner::model::risk::draw_incomes;
use village_income_planner::model::roster::plan::PlanResult;
use village_income_planner::model::roster::risk::{
    RosterRiskRequest, RosterRiskRun, RosterRiskSummary,
};

fn risk_case(template: Scenario, roster: &Roster) -> (Plan, Vec<PlanUnit>, PlanResult) {
    let plan = Plan {
        template,
        targeting: Vec::new(),
    };
    let units = roster.plan_units(&plan.template);
    let result = run_plan(&plan, &units);
    (plan, units, result)
}

fn run_risk(
    case: &(Plan, Vec<PlanUnit>, PlanResult),
    request: &RosterRiskRequest,
    chunk: u32,
) -> RosterRiskSummary {
    let mut run = RosterRiskRun::new(&case.0, &case.1, &case.2, request);
    let mut last = run.progress();
    assert_eq!(last, 0.0);
    while !run.is_done() {
        assert!(run.run_chunk(chunk) > 0);
        assert!(run.progress() > last);
        last = run.progress();
    }
    assert_eq!(run.progress(), 1.0);
    run.finish()
}

/// A one-household roster draws what the single-household model draws for household 0 with
/// the same seed: the same incomes, bit for bit, draw by draw (2,000 draws, so that both centre
/// on the same 2,000-draw pilot).
#[test]
fn a_one_household_roster_draws_the_single_household_incomes() {
    for id in ["hejing_herder", "bohu_courtyard", "yuli_tourism"] {
        let template = (preset(id).unwrap().build)();
        let roster = Roster::from_households(vec![RosterHousehold {
            code: "1".into(),
            village: "甲村".into(),
            members_persons: 4.0,
            laborers_persons: 2.0,
            cropland_mu: 12.0,
            ewes_head: 20.0,
            hens_head: 10.0,
            income: IncomeByCategory {
                wages_yuan: 12_000.0,
                business_yuan: 9_000.0,
                property_yuan: 500.0,
                transfers_yuan: 4_000.0,
            },
            chronic_ill_persons: 1.0,
            ..RosterHousehold::default()
        }]);
        let case = risk_case(template, &roster);
        let request = RosterRiskRequest {
            draws: 2_000,
            ..RosterRiskRequest::from_template(&case.0.template)
        };
        let mut run = RosterRiskRun::new(&case.0, &case.1, &case.2, &request);
        let single = roster.households[0].to_scenario(&case.0.template);
        let p = project_unchecked(&single);
        for draw in [0, 1, 2, 17, 999, 1_999] {
            let want = draw_incomes(&single, &p, request.seed, draw, 0);
            let got = run.draw_incomes(draw, 0);
            assert_eq!(got.len(), want.len());
            for (g, w) in got.iter().zip(&want) {
                assert_eq!(g.to_bits(), w.per_capita_yuan.to_bits(), "{id} draw {draw}");
            }
        }
    }
}

fn small_case() -> (Plan, Vec<PlanUnit>, PlanResult) {
    let mut template = (preset("hejing_herder").unwrap().build)();
    template.horizon.years = 5;
    risk_case(template, &synthetic_county(3, 3, 60))
}

#[test]
fn roster_risk_is_reproducible_and_independent_of_chunking() {
    let case = small_case();
    let request = RosterRiskRequest {
        draws: 300,
        ..RosterRiskRequest::from_template(&case.0.template)
    };
    let whole = run_risk(&case, &request, 10_000);
    assert_eq!(whole, run_risk(&case, &request, 10_000));
    assert_eq!(whole, run_risk(&case, &request, 7));
    assert_eq!(whole.draws, 300);
    assert_eq!(whole.households, 60);
    let other = run_risk(
        &case,
        &RosterRiskRequest {
            seed: request.seed + 1,
            ..request
        },
        10_000,
    );
    assert_ne!(whole, other);
    // Cancelled half way (the worker stops calling run_chunk): the households so far are
    // reported, each with every draw.
    let mut run = RosterRiskRun::new(&case.0, &case.1, &case.2, &request);
    run.run_chunk(30);
    assert!(!run.is_done() && run.progress() == 0.5);
    let half = run.finish();
    assert_eq!((half.draws, half.households), (300, 30));
}

/// Ten households, each of 2 healthy members with 100,000 yuan a year, no plan, prices real;
/// every shock off but illness, which strikes every member every year with a stay of exactly
/// 9,000 yuan and no work lost; the mean not kept. Each year after the base year each household
/// pays 2 × 9,000 = 18,000 yuan and is still far above the line (41,000 per capita), so the fund
/// pays the medical part only: 50 % × (18,000 − 5,000) = 6,500 yuan, under the 10,000 cap: the
/// county needs 65,000 yuan a year in every draw, nothing in the base year, and no household
/// falls back.
#[test]
fn roster_risk_worked_by_hand() {
    let mut template = Scenario::default();
    for k in InterventionKind::ALL {
        template.interventions.schedule_mut(k).enabled = false;
    }
    template.economics.price_basis = PriceBasis::Real;
    template.horizon.years = 4;
    let r = &mut template.risk;
    r.all_off();
    r.mean_kept = false;
    r.illness.enabled = true;
    r.illness.healthy_pct = 100.0;
    r.illness.cost_median_yuan = 9_000.0;
    r.illness.cost_mean_yuan = 9_000.0;
    r.illness.months_lost_min = 0.0;
    r.illness.months_lost_mode = 0.0;
    r.illness.months_lost_max = 0.0;
    let households = (0..10)
        .map(|i| RosterHousehold {
            code: format!("{i}"),
            village: if i < 5 { "甲村" } else { "乙村" }.into(),
            members_persons: 2.0,
            laborers_persons: 1.0,
            income: IncomeByCategory {
                transfers_yuan: 100_000.0,
                ..IncomeByCategory::default()
            },
            ..RosterHousehold::default()
        })
        .collect();
    let case = risk_case(template, &Roster::from_households(households));
    let s = run_risk(
        &case,
        &RosterRiskRequest {
            draws: 50,
            seed: 1,
            fund_yuan: 60_000.0,
        },
        16,
    );
    assert_eq!(s.years.len(), 4);
    for (t, y) in s.years.iter().enumerate() {
        let want = if t == 0 { 0.0 } else { 65_000.0 };
        for v in [
            y.relief_need_mean_yuan,
            y.relief_need_p50_yuan,
            y.relief_need_p95_yuan,
        ] {
            assert!((v - want).abs() < 1e-6, "year {t}: {v}");
        }
        assert_eq!(y.households_falling_back_mean, 0.0);
        assert_eq!(y.households_below_mean, 0.0);
        assert_eq!(y.p_need_over_fund.p, if t == 0 { 0.0 } else { 1.0 });
    }
    assert!((s.relief_need_total_mean_yuan - 195_000.0).abs() < 1e-6);
    assert_eq!(s.p_total_need_over_fund.p, 1.0);
}

/// With the mean not kept (every shock on top of the projection), a higher probability of
/// serious illness never lowers the relief the county needs: the same draws strike at least the
/// same members (common random numbers), each bill and lost month lowers income, and the payout
/// rises as income falls and bills grow. (With the mean kept, a likelier illness is also
/// centred away, so only the spread grows: no such order holds there.)
#[test]
fn a_likelier_illness_never_lowers_the_relief_need() {
    let mut case = small_case();
    case.0.template.risk.mean_kept = false;
    let request = RosterRiskRequest {
        draws: 200,
        ..RosterRiskRequest::from_template(&case.0.template)
    };
    let mut last: Option<RosterRiskSummary> = None;
    for pct in [0.0, 5.0, 10.0, 20.0, 40.0] {
        case.0.template.risk.illness.healthy_pct = pct;
        case.0.template.risk.illness.chronic_pct = pct * 3.0;
        let s = run_risk(&case, &request, 10_000);
        if let Some(prev) = &last {
            for (a, b) in prev.years.iter().zip(&s.years) {
                assert!(
                    b.relief_need_mean_yuan >= a.relief_need_mean_yuan,
                    "{pct} %"
                );
                assert!(b.relief_need_p95_yuan >= a.relief_need_p95_yuan, "{pct} %");
                assert!(
                    b.households_below_mean >= a.households_below_mean,
                    "{pct} %"
                );
            }
            assert!(s.relief_need_total_mean_yuan > prev.relief_need_total_mean_yuan);
        }
        last = Some(s);
    }
}

#[test]
fn roster_risk_figures_explain_themselves() {
    use village_income_planner::model::roster::risk::{explain_roster_risk, RosterRiskFigure};
    use village_income_planner::model::units::Unit;
    let case = small_case();
    let request = RosterRiskRequest {
        draws: 100,
        ..RosterRiskRequest::from_template(&case.0.template)
    };
    let s = run_risk(&case, &request, 10_000);
    let year = s.years[2].year;
    let t =
        explain_roster_risk(&case.0.template, &s, RosterRiskFigure::ReliefNeed { year }).unwrap();
    assert_eq!(t.value, s.years[2].relief_need_p50_yuan);
    assert_eq!(t.unit, Unit::Yuan);
    assert!(t.formula.get(false).contains("救助") && t.formula.get(true).contains("payout"));
    let value = |label: &str| {
        t.inputs
            .iter()
            .find(|i| i.label.get(true).starts_with(label))
            .unwrap_or_else(|| panic!("{label}"))
            .value
    };
    assert_eq!(value("Draws"), 100.0);
    assert_eq!(value("Households"), 60.0);
    assert_eq!(value("95th percentile"), s.years[2].relief_need_p95_yuan);
    assert_eq!(value("County relief fund"), 2_000_000.0);
    assert_eq!(
        value("Cap per household"),
        case.0.template.risk.relief.cap_yuan
    );
    for f in [
        RosterRiskFigure::ReliefNeedTotal,
        RosterRiskFigure::FallingBack { year },
        RosterRiskFigure::NeedOverFund { year },
    ] {
        let t = explain_roster_risk(&case.0.template, &s, f).unwrap();
        assert!(!t.inputs.is_empty() && t.value.is_finite());
    }
    assert!(explain_roster_risk(
        &case.0.template,
        &s,
        RosterRiskFigure::FallingBack { year: 1900 }
    )
    .is_none());
}
