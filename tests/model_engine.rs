//! The engine as a whole: every preset projects, every figure explains itself with the same
//! value the projection shows, registries are complete, invalid scenarios give typed errors.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::fields::{
    choice, toggle, validate, ErrorKind, CHOICES, FIELDS, TOGGLES,
};
use village_income_planner::model::presets::PRESETS;
use village_income_planner::model::projection::IncomeCategory;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{
    explain, project, Figure, InterventionKind, Projection, Scenario, Source,
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

fn every_figure(s: &Scenario) -> Vec<Figure> {
    let mut v = Vec::new();
    for i in 0..s.horizon.years as i32 {
        let year = s.horizon.base_year + i;
        for source in Source::ALL {
            v.push(Figure::BaselineSource { year, source });
            v.push(Figure::ScenarioSource { year, source });
        }
        for kind in InterventionKind::ALL {
            v.push(Figure::Increment { year, kind });
            v.push(Figure::ProgramCost {
                year,
                kind: Some(kind),
            });
        }
        v.push(Figure::TotalIncrement { year });
        v.push(Figure::ProgramCost { year, kind: None });
        for baseline in [false, true] {
            v.push(Figure::HouseholdNet { year, baseline });
            v.push(Figure::PerCapita { year, baseline });
        }
        v.push(Figure::InKind { year });
        v.push(Figure::MonitoringLine { year });
        v.push(Figure::GapToLine { year });
        v.push(Figure::Labor { year });
        for category in IncomeCategory::ALL {
            for baseline in [false, true] {
                v.push(Figure::Category {
                    year,
                    category,
                    baseline,
                });
            }
        }
    }
    for kind in InterventionKind::ALL.map(Some).into_iter().chain([None]) {
        v.push(Figure::Npv { kind });
        v.push(Figure::BenefitCostRatio { kind });
        v.push(Figure::CostPerYuanGained { kind });
        v.push(Figure::PaybackYear { kind });
        v.push(Figure::TotalProgramCost { kind });
        v.push(Figure::HouseholdNpv { kind });
    }
    for baseline in [false, true] {
        v.push(Figure::FirstYearAboveLine { baseline });
        v.push(Figure::LowestMargin { baseline });
    }
    v
}

/// The projection's own value of a figure.
fn shown(s: &Scenario, p: &Projection, f: Figure) -> Option<f64> {
    let row = |y: i32| &p.rows[(y - s.horizon.base_year) as usize];
    let appr =
        |k: Option<InterventionKind>| k.map_or(&p.total, |k| &p.by_intervention[k.index()].1);
    Some(match f {
        Figure::BaselineSource { year, source } => row(year).baseline_by_source[source],
        Figure::ScenarioSource { year, source } => row(year).scenario_by_source[source],
        Figure::Increment { year, kind } => row(year).increment_by_intervention[kind],
        Figure::TotalIncrement { year } => row(year).increment_yuan(),
        Figure::HouseholdNet {
            year,
            baseline: true,
        } => row(year).baseline_household_net_yuan,
        Figure::HouseholdNet {
            year,
            baseline: false,
        } => row(year).household_net_yuan,
        Figure::PerCapita {
            year,
            baseline: true,
        } => row(year).baseline_per_capita_yuan,
        Figure::PerCapita {
            year,
            baseline: false,
        } => row(year).per_capita_yuan,
        Figure::InKind { year } => row(year).in_kind_yuan,
        Figure::MonitoringLine { year } => row(year).monitoring_line_yuan_per_capita?,
        Figure::GapToLine { year } => row(year).gap_to_line_yuan_per_capita?,
        Figure::ProgramCost { year, kind: None } => row(year).program_cost_yuan,
        Figure::ProgramCost {
            year,
            kind: Some(k),
        } => row(year).program_cost_by_intervention[k],
        Figure::Npv { kind } => appr(kind).npv_yuan,
        Figure::BenefitCostRatio { kind } => appr(kind).benefit_cost_ratio?,
        Figure::CostPerYuanGained { kind } => appr(kind).cost_per_yuan_gained?,
        Figure::PaybackYear { kind } => appr(kind).payback_year? as f64,
        Figure::FirstYearAboveLine { baseline: true } => p.baseline_first_year_above_line? as f64,
        Figure::FirstYearAboveLine { baseline: false } => p.first_year_above_line? as f64,
        Figure::LowestMargin { baseline: true } => p.baseline_line.lowest_margin?.1,
        Figure::LowestMargin { baseline: false } => p.line.lowest_margin?.1,
        Figure::TotalProgramCost { kind } => appr(kind).program_cost_yuan,
        Figure::HouseholdNpv { kind } => appr(kind).household_npv_yuan,
        Figure::Labor { year } => row(year).labor.used_months(),
        Figure::Category {
            year,
            category,
            baseline: true,
        } => row(year).baseline_by_source.by_category()[category as usize],
        Figure::Category {
            year,
            category,
            baseline: false,
        } => row(year).scenario_by_source.by_category()[category as usize],
    })
}

#[test]
fn every_figure_of_every_preset_explains_to_the_value_shown() {
    for preset in PRESETS {
        for basis in [PriceBasis::Nominal, PriceBasis::Real] {
            let mut s = (preset.build)();
            s.economics.price_basis = basis;
            let p = project(&s).unwrap();
            for f in every_figure(&s) {
                let trace = explain(&s, f);
                match (shown(&s, &p, f), trace) {
                    (Some(v), Some(t)) => {
                        assert!(
                            close(t.value, v),
                            "{}: {f:?} explains {} but shows {v}",
                            preset.id,
                            t.value
                        );
                        assert!(!t.formula.zh.is_empty() && !t.formula.en.is_empty());
                    }
                    (None, None) => {}
                    (v, t) => panic!(
                        "{}: {f:?} shown {v:?} but explained {:?}",
                        preset.id,
                        t.map(|t| t.value)
                    ),
                }
            }
        }
    }
}

#[test]
fn module_traces_add_up_to_their_parts() {
    let s = (PRESETS
        .iter()
        .find(|p| p.id == "hejing_herder")
        .unwrap()
        .build)();
    let mut s = s;
    // Land transfer cannot lease more than the herder's 5 mu, nor plant more than the
    // 0.3-mu courtyard.
    s.interventions.land_transfer.area_mu = s.household.land.cropland_mu;
    s.interventions.courtyard.planted_mu = s.household.land.courtyard_mu;
    // Modules the preset leaves off are switched on, so every module's trace is checked.
    for kind in InterventionKind::ALL {
        let schedule = s.interventions.schedule_mut(kind);
        if !schedule.enabled {
            schedule.enabled = true;
            schedule.start_year = 2026;
        }
    }
    for kind in InterventionKind::ALL {
        let t = explain(&s, Figure::Increment { year: 2028, kind }).unwrap();
        let module = t
            .parts
            .iter()
            .find(|p| p.unit != village_income_planner::model::units::Unit::Count)
            .unwrap();
        // Modules that split into additive parts (all but sheep, whose parts are two herds).
        if kind != InterventionKind::Sheep && !module.parts.is_empty() {
            let sum: f64 = module.parts.iter().map(|p| p.value).sum();
            let adoption = module
                .inputs
                .iter()
                .find(|i| i.label.en == "Adoption")
                .map_or(1.0, |i| i.value / 100.0);
            assert!(
                close(module.value, adoption * sum),
                "{kind:?}: {} vs {}",
                module.value,
                sum
            );
        }
    }
}

#[test]
fn explain_refuses_invalid_scenarios_and_years_outside_the_horizon() {
    let s = Scenario::default();
    assert!(explain(
        &s,
        Figure::PerCapita {
            year: 2024,
            baseline: false
        }
    )
    .is_none());
    assert!(explain(
        &s,
        Figure::PerCapita {
            year: 2025,
            baseline: false
        }
    )
    .is_some());
    let mut bad = s.clone();
    bad.household.members_persons = 0.0;
    assert!(explain(
        &bad,
        Figure::PerCapita {
            year: 2025,
            baseline: false
        }
    )
    .is_none());
}

#[test]
fn monitoring_line_trace_names_its_row_status() {
    let s = Scenario::default(); // 2025 is a placeholder row
    let t = explain(&s, Figure::MonitoringLine { year: 2025 }).unwrap();
    assert!(t.label.en.contains("placeholder"));
    let mut s = Scenario::default();
    s.horizon.base_year = 2020;
    let t = explain(&s, Figure::MonitoringLine { year: 2020 }).unwrap();
    assert!(t.label.en.contains("verified"));
}

#[test]
fn sources_sum_to_totals_and_increments_to_the_difference() {
    for preset in PRESETS {
        let s = (preset.build)();
        let p = project(&s).unwrap();
        for r in &p.rows {
            let sum: f64 = Source::ALL
                .iter()
                .map(|&src| r.scenario_by_source[src])
                .sum();
            assert!(close(sum, r.household_net_yuan));
            assert!(close(
                r.baseline_household_net_yuan + r.increment_by_intervention.total(),
                r.household_net_yuan
            ));
            assert!(close(
                r.per_capita_yuan * s.household.members_persons,
                r.household_net_yuan
            ));
            assert!(close(
                r.program_cost_by_intervention.total(),
                r.program_cost_yuan
            ));
        }
    }
}

#[test]
fn herd_snapshot_follows_the_livestock_modules() {
    let s = (PRESETS
        .iter()
        .find(|p| p.id == "hejing_herder")
        .unwrap()
        .build)();
    let p = project(&s).unwrap();
    // The census before the start: 30 ewes + 1 ram + 6 yearlings after one traditional year.
    assert!(p.rows[0].herd.sheep_head > 30.0);
    // 4 cows and this year's calves by the bull (sold at weaning): 65 % in heat × (1 − 0.5⁵)
    // settled × 95 % to term × 90 % surviving = 0.538 calves a cow.
    let bull_calves = 4.0 * 0.65 * (1.0 - 0.5f64.powi(5)) * 0.95 * 0.9;
    assert!(close(p.rows[0].herd.cattle_head, 4.0 + bull_calves));
    // The household's own 10 hens; from 2026 also the 100 chicks × 80 % that survive.
    assert_eq!(p.rows[0].herd.poultry_head, 10.0);
    let r2026 = &p.rows[1];
    assert_eq!(r2026.herd.poultry_head, 10.0 + 80.0);
    // AI in 2026 changes the calves only in 2027, the year they are born.
    assert!(close(r2026.herd.cattle_head, 4.0 + bull_calves));
    assert!(
        !close(p.rows[2].herd.cattle_head, 4.0 + bull_calves),
        "AI calves born the year after service"
    );
    for r in &p.rows {
        assert!(
            r.herd.sheep_head >= 0.0 && r.herd.cattle_head >= 0.0 && r.herd.poultry_head >= 0.0
        );
    }
}

#[test]
fn registries_are_complete_and_consistent() {
    let s = Scenario::default();
    // Every field reads back what it writes, its default is accepted, its texts are present.
    for f in FIELDS.iter() {
        let mut t = s.clone();
        let v = if f.integer {
            f.min.ceil()
        } else {
            (f.min + f.max) / 2.0
        };
        (f.set)(&mut t, v);
        assert_eq!((f.get)(&t), v, "{}", f.id);
        assert!(
            f.check((f.get)(&s)).is_ok(),
            "default of {} is outside its range",
            f.id
        );
        assert!(
            !f.label.zh.is_empty()
                && !f.label.en.is_empty()
                && !f.source.zh.is_empty()
                && !f.source.en.is_empty(),
            "{}",
            f.id
        );
        assert!(f.min < f.max, "{}", f.id);
    }
    let mut ids: Vec<&str> = FIELDS.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), FIELDS.len(), "duplicate field ids");
    // Every module has a start year and an on/off toggle.
    for kind in InterventionKind::ALL {
        let key = format!("{kind:?}");
        let snake: String = key
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let mut out = Vec::new();
                if c.is_uppercase() && i > 0 {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
                out
            })
            .collect();
        assert!(
            FIELDS
                .iter()
                .any(|f| f.id == format!("interventions.{snake}.schedule.start_year")),
            "{snake}"
        );
        let tg = toggle(&format!("interventions.{snake}.schedule.enabled")).unwrap();
        let mut t = s.clone();
        (tg.set)(&mut t, true);
        assert!((tg.get)(&t) && t.interventions.schedule(kind).enabled);
    }
    assert!(TOGGLES
        .iter()
        .any(|t| t.id == "interventions.sheep.allow_breeding_sales"));
    let mode = choice("interventions.tourism.mode").unwrap();
    let mut t = s.clone();
    (mode.set)(&mut t, 1);
    assert_eq!((mode.get)(&t), 1);
    (mode.set)(&mut t, 9); // ignored
    assert_eq!((mode.get)(&t), 1);
    let dividends = choice("interventions.dividends.mode").unwrap();
    (dividends.set)(&mut t, 1);
    assert_eq!((dividends.get)(&t), 1);
    let programme = choice("interventions.sheep.programme").unwrap();
    (programme.set)(&mut t, 1);
    assert_eq!((programme.get)(&t), 1);
    assert_eq!(CHOICES.len(), 5);
    let status = choice("household.status").unwrap();
    let mut t = s.clone();
    (status.set)(&mut t, 0);
    assert!(!t.household.status.is_monitored());
    (status.set)(&mut t, 2);
    assert!(t.household.status.is_monitored());
}

#[test]
fn invalid_values_give_typed_errors_naming_the_field() {
    let mut s = Scenario::default();
    s.interventions.poultry.survival_pct = 120.0;
    let e = validate(&s).unwrap_err();
    assert_eq!(e.field.id, "interventions.poultry.survival_pct");
    assert_eq!(e.kind, ErrorKind::OutOfRange);
    assert!(e.message(false).contains("成活率"));

    let mut s = Scenario::default();
    s.interventions.sheep.price_yuan_per_kg = f64::NAN;
    assert_eq!(validate(&s).unwrap_err().kind, ErrorKind::NotANumber);

    let mut s = Scenario::default();
    s.interventions.cattle.schedule.adoption_pct = vec![50.0, 140.0];
    let e = validate(&s).unwrap_err();
    assert_eq!(e.field.id, "interventions.cattle.schedule.adoption_pct");
    assert_eq!(e.kind, ErrorKind::Structure);

    let mut s = Scenario::default();
    s.horizon.years = 21;
    assert!(project(&s).is_err());
}

#[test]
fn scenario_round_trips_through_json_and_old_json_still_loads() {
    let s = (PRESETS.last().unwrap().build)();
    let json = serde_json::to_string(&s).unwrap();
    let back: Scenario = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    // A scenario saved before the new modules existed loads with them off.
    let old = r#"{"schema_version":1,"interventions":{"land_transfer":{"area_mu":10}}}"#;
    let s: Scenario = serde_json::from_str(old).unwrap();
    assert_eq!(s.interventions.land_transfer.area_mu, 10.0);
    assert!(!s.interventions.sheep.schedule.enabled);
    assert!(project(&s).is_ok());
}

#[test]
fn default_household_sits_below_the_line_and_the_yuli_transfer_lifts_it_over() {
    // Baseline by hand, base-year prices: 21.1 mu × 600 own farming = 12,660; wages 5,000;
    // remittances 2,000; pension 2,400 + ecological 1,500 + dibao 0 = 3,900; other 1,000.
    let baseline_household = 21.1 * 600.0 + 5_000.0 + 2_000.0 + 3_900.0 + 1_000.0;
    assert!(close(baseline_household, 24_560.0));
    let s = (village_income_planner::model::presets::preset("yuli_land_transfer")
        .unwrap()
        .build)();
    let p = village_income_planner::model::project(&s).unwrap();
    let base = &p.rows[0];
    assert_eq!(base.year, 2025);
    // The Yuli household has 4 members: 24,560 ÷ 4 = 6,140 per capita, under the 2025 line
    // of 7,900 …
    assert!(close(
        base.baseline_per_capita_yuan,
        baseline_household / 4.0
    ));
    assert!(base.gap_to_line_yuan_per_capita.unwrap() < 0.0);
    assert_eq!(p.baseline_first_year_above_line, None);
    // … and the transfer that starts in 2026 takes the household over it that year.
    assert_eq!(p.first_year_above_line, Some(2026));
}

#[test]
fn fields_say_when_they_apply() {
    use village_income_planner::model::fields::field;
    use village_income_planner::model::TourismMode;
    let mut s = Scenario::default();
    let rooms = field("interventions.tourism.rooms").unwrap();
    let average = field("interventions.tourism.average_gain_yuan").unwrap();
    s.interventions.tourism.mode = TourismMode::AverageGain;
    assert!(!(rooms.applies)(&s) && (average.applies)(&s));
    s.interventions.tourism.mode = TourismMode::Itemised;
    assert!((rooms.applies)(&s) && !(average.applies)(&s));
    // Most fields always apply.
    assert!((field("household.members_persons").unwrap().applies)(&s));
}

/// Labor is finite, worked by hand. One laborer at home × 10 months = 10 labor-months; own
/// farming 21.1 mu × 0.15 + 2 months of local work = 5.165 taken; 4.835 free. Tourism (average
/// gain) claims 1.5 months for 3,000 yuan (2,000 a month); the trainee claims 0.6 placed × 10
/// months + 1 training month = 7 months for 6,000 yuan (857 a month). Best paid first: tourism
/// gets its 1.5, the trainee the 3.335 left: 3.335 ÷ 7 of the 6,000.
#[test]
fn labor_short_cuts_the_worst_paid_claim_and_says_so() {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    s.household.laborers_persons = 1.0;
    for kind in [InterventionKind::Tourism, InterventionKind::Jobs] {
        let sch = s.interventions.schedule_mut(kind);
        sch.enabled = true;
        sch.start_year = 2025;
    }
    let p = project(&s).unwrap();
    let row = &p.rows[0];
    let free = 10.0 - (21.1 * 0.15 + 2.0);
    assert!(close(row.labor.kept_share[InterventionKind::Tourism], 1.0));
    let kept = (free - 1.5) / 7.0;
    assert!(close(row.labor.kept_share[InterventionKind::Jobs], kept));
    assert!(close(
        row.increment_by_intervention[InterventionKind::Jobs],
        6_000.0 * kept
    ));
    assert!(close(
        row.increment_by_intervention[InterventionKind::Tourism],
        3_000.0
    ));
    // Everything the household has is used, and the results say so.
    assert!(close(row.labor.used_months(), 10.0));
    let notice = p
        .notices
        .iter()
        .find(|n| {
            matches!(
                n,
                village_income_planner::model::notice::Notice::LaborShort { .. }
            )
        })
        .expect("a labor notice");
    assert!(
        notice.message(false).contains("稳岗就业"),
        "{}",
        notice.message(false)
    );
    assert!(notice.message(true).contains("Training and jobs"));
    // With two laborers there is room for both and no notice.
    s.household.laborers_persons = 2.0;
    let p = project(&s).unwrap();
    assert!(close(
        p.rows[0].labor.kept_share[InterventionKind::Jobs],
        1.0
    ));
    assert!(p.notices.iter().all(|n| !matches!(
        n,
        village_income_planner::model::notice::Notice::LaborShort { .. }
    )));
}

/// A preset is a household that exists: whole persons, a household type that agrees with where
/// it stands against the line, and a note that says what is surveyed and what is assumed.
#[test]
fn presets_are_real_households() {
    for preset in PRESETS {
        let s = (preset.build)();
        let h = &s.household;
        assert_eq!(h.members_persons.fract(), 0.0, "{}", preset.id);
        assert_eq!(h.laborers_persons.fract(), 0.0, "{}", preset.id);
        assert!(h.laborers_persons <= h.members_persons, "{}", preset.id);
        let p = project(&s).unwrap();
        let below =
            p.rows[0].baseline_per_capita_yuan < p.rows[0].monitoring_line_yuan_per_capita.unwrap();
        assert_eq!(
            h.status.is_monitored(),
            below,
            "{}: status vs line",
            preset.id
        );
        for word in ["调研", "假设"] {
            assert!(
                preset.note.zh.contains(word),
                "{}: note lacks {word}",
                preset.id
            );
        }
        for word in ["Survey", "Assumed"] {
            assert!(
                preset.note.en.contains(word),
                "{}: note lacks {word}",
                preset.id
            );
        }
        // No preset switches on every module: each is a coherent kind of household.
        let on = InterventionKind::ALL
            .iter()
            .filter(|&&k| s.interventions.schedule(k).enabled)
            .count();
        assert!((1..=3).contains(&on), "{}: {on} modules on", preset.id);
    }
}

/// Switching a module on never changes the baseline: the herder's own flock, cows and hens earn
/// the same in the baseline whether the modules that improve them run (the engine computes a
/// module's baseline and effect in one pass when it is on) or not.
#[test]
fn switching_a_module_on_leaves_the_baseline_alone() {
    let on = (village_income_planner::model::presets::preset("hejing_herder")
        .unwrap()
        .build)();
    let mut off = on.clone();
    for kind in InterventionKind::ALL {
        off.interventions.schedule_mut(kind).enabled = false;
    }
    let (p_on, p_off) = (project(&on).unwrap(), project(&off).unwrap());
    for (a, b) in p_on.rows.iter().zip(&p_off.rows) {
        assert_eq!(a.baseline_by_source, b.baseline_by_source, "{}", a.year);
        assert_eq!(a.baseline_herd, b.baseline_herd, "{}", a.year);
        assert_eq!(
            a.labor.baseline_months, b.labor.baseline_months,
            "{}",
            a.year
        );
    }
    assert!(p_on.rows[3].baseline_by_source[Source::Sheep] > 0.0);
}

/// No explanation carries a row that means nothing: no "count" of 0 standing for a name (the
/// subject of an appraisal is named beside its label instead).
#[test]
fn explanations_have_no_meaningless_zero_count_rows() {
    fn check(t: &village_income_planner::model::trace::Trace, what: &str) {
        for i in &t.inputs {
            assert!(
                !(i.unit == village_income_planner::model::units::Unit::Count && i.value == 0.0),
                "{what}: {} = 0 count",
                i.label.en
            );
        }
        t.parts.iter().for_each(|p| check(p, what));
    }
    for preset in PRESETS {
        let s = (preset.build)();
        for f in every_figure(&s) {
            if let Some(t) = explain(&s, f) {
                check(&t, &format!("{} {f:?}", preset.id));
            }
        }
    }
    let s = (PRESETS[0].build)();
    let npv = explain(
        &s,
        Figure::Npv {
            kind: Some(InterventionKind::Jobs),
        },
    )
    .unwrap();
    assert_eq!(npv.subject.map(|t| t.en), Some("Training and jobs"));
}

#[test]
fn a_form_section_is_unchanged_by_an_edit_elsewhere_and_changed_by_its_own() {
    use village_income_planner::model::fields::{field, shows_same, Section, FIELDS};
    use village_income_planner::model::interventions::InterventionKind;
    let a = (PRESETS[0].build)();
    let mut b = a.clone();
    (field("interventions.land_transfer.rent_yuan_per_mu")
        .unwrap()
        .set)(&mut b, 1234.0);
    assert!(shows_same(Section::Household, &a, &b));
    assert!(shows_same(Section::Projection, &a, &b));
    assert!(!shows_same(
        Section::Intervention(InterventionKind::LandTransfer),
        &a,
        &b
    ));
    // Every field that takes a new value changes its own section.
    let mut changed = 0;
    for f in FIELDS.iter() {
        let mut c = a.clone();
        (f.set)(&mut c, (f.get)(&a) + 1.0);
        if (f.get)(&c) != (f.get)(&a) {
            changed += 1;
            assert!(!shows_same(f.section, &a, &c), "{}", f.id);
        }
    }
    assert!(changed > 20, "only {changed} fields took a new value");
}
