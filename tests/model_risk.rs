//! The risk model (issue 10): statistical checks with fixed seeds, exactness with every shock
//! off, reproducibility, the relief rule by hand, chunking, the tornado and the village-shared
//! shocks.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assert_close;
use village_income_planner::model::fields::{Section, FIELDS, TOGGLES};
use village_income_planner::model::presets::{preset, PRESETS};
use village_income_planner::model::projection::{project, Source};
use village_income_planner::model::risk::settings::ReliefRule;
use village_income_planner::model::risk::{
    draw_shocks, explain_risk, explain_tornado, payout, reproducibility_fingerprint, simulate,
    tornado, RiskFigure, RiskRequest, RiskRun, ShockKind, TornadoMetric, TornadoRequest,
    REPRODUCIBILITY_FINGERPRINT,
};
use village_income_planner::model::Scenario;

fn herder() -> Scenario {
    (preset("hejing_herder").unwrap().build)()
}

fn request(draws: u32, seed: u32) -> RiskRequest {
    RiskRequest {
        draws,
        seed,
        household: 0,
    }
}

/// |observed − p| within three standard errors √(p(1 − p)/n).
#[track_caller]
fn within_three_se(hits: usize, n: usize, p: f64) {
    let observed = hits as f64 / n as f64;
    let se = (p * (1.0 - p) / n as f64).sqrt();
    assert!(
        (observed - p).abs() <= 3.0 * se,
        "observed {observed}, expected {p} ± 3 × {se}"
    );
}

#[test]
fn a_shock_with_probability_p_hits_p_of_draws_within_three_standard_errors() {
    let n = 4_000;
    // A disaster with p = 10 % a year, alone.
    let mut s = herder();
    s.risk.all_off();
    s.risk.disaster.enabled = true;
    s.risk.disaster.probability_pct = 10.0;
    let hits = (0..n)
        .filter(|&d| draw_shocks(&s, 7, d, 0).years[1].hits & ShockKind::Disaster.bit() != 0)
        .count();
    within_three_se(hits, n as usize, 0.10);

    // Serious illness for one healthy member at 20 % a year: the household is hit 20 % of years.
    let mut s = herder();
    s.risk.all_off();
    s.household.members_persons = 1.0;
    s.risk.illness.enabled = true;
    s.risk.illness.healthy_pct = 20.0;
    let hits = (0..n)
        .filter(|&d| draw_shocks(&s, 11, d, 0).years[4].hits & ShockKind::Illness.bit() != 0)
        .count();
    within_three_se(hits, n as usize, 0.20);

    // Job loss over two laborers at 10 % each: at least one in 1 − 0.9² = 19 % of years; the
    // run's own hit share over all draw-years agrees (n × 9 draw-years).
    let mut s = herder();
    s.risk.all_off();
    s.risk.job_loss.enabled = true;
    let r = simulate(&s, &request(n, 3)).unwrap();
    let job = r
        .shocks
        .iter()
        .find(|x| x.kind == ShockKind::JobLoss)
        .unwrap();
    let years = (s.horizon.years - 1) as usize;
    let share = job.hit_share.unwrap();
    within_three_se(
        (share * (n as usize * years) as f64).round() as usize,
        n as usize * years,
        0.19,
    );
    // Shocks that are off never strike.
    assert!(r
        .shocks
        .iter()
        .filter(|x| !x.enabled)
        .all(|x| x.hit_share.unwrap_or(0.0) == 0.0));
}

#[test]
fn with_every_shock_off_every_band_equals_the_deterministic_projection() {
    for p in PRESETS {
        let mut s = (p.build)();
        s.risk.all_off();
        let proj = project(&s).unwrap();
        let r = simulate(&s, &request(200, 1)).unwrap();
        assert_eq!(r.years.len(), proj.rows.len());
        for (y, row) in r.years.iter().zip(&proj.rows) {
            for band in [&y.per_capita] {
                for v in [band.p10, band.p25, band.p50, band.p75, band.p90] {
                    assert_eq!(v, row.per_capita_yuan, "{} {}", p.id, y.year);
                }
            }
            let b = &y.baseline_per_capita;
            for v in [b.p10, b.p25, b.p50, b.p75, b.p90] {
                assert_eq!(v, row.baseline_per_capita_yuan, "{} {}", p.id, y.year);
            }
            assert_close(y.mean_per_capita_yuan, row.per_capita_yuan);
            assert_eq!(y.deterministic_per_capita_yuan, row.per_capita_yuan);
            let below = row.gap_to_line_yuan_per_capita.unwrap() < 0.0;
            let e = y.p_below.unwrap();
            assert_eq!(e.p, if below { 1.0 } else { 0.0 });
            assert_eq!(e.se, 0.0);
            assert_eq!(y.medical_mean_yuan, 0.0);
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_result_and_another_seed_another() {
    let s = herder();
    let a = simulate(&s, &request(1_000, 42)).unwrap();
    let b = simulate(&s, &request(1_000, 42)).unwrap();
    assert_eq!(a, b);
    // Through JSON and back (worker → page) nothing changes either.
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(
        serde_json::from_str::<village_income_planner::model::risk::RiskResult>(&json).unwrap(),
        a
    );
    let c = simulate(&s, &request(1_000, 43)).unwrap();
    assert_ne!(a.years[5].per_capita, c.years[5].per_capita);
}

#[test]
fn a_chunked_run_equals_a_one_shot_run() {
    let s = herder();
    let req = request(1_000, 5);
    let one = simulate(&s, &req).unwrap();
    let mut run = RiskRun::new(&s, &req).unwrap();
    let mut steps = 0;
    while !run.is_done() {
        assert!(run.progress() < 1.0);
        run.run_chunk(333);
        steps += 1;
    }
    assert_eq!(steps, 4);
    assert_eq!(run.progress(), 1.0);
    // A chunk past the end runs nothing.
    assert_eq!(run.run_chunk(10), 0);
    assert_eq!(run.finish(), one);
}

#[test]
fn the_relief_rule_worked_by_hand() {
    let rule = ReliefRule {
        gap_share_pct: 100.0,
        medical_threshold_yuan: 5_000.0,
        medical_share_pct: 50.0,
        cap_yuan: 10_000.0,
    };
    // 4 members at 6,000 yuan per capita against a 7,000 line, 9,000 yuan of medical cost:
    // gap 100 % × (7,000 − 6,000) × 4 = 4,000; medical 50 % × (9,000 − 5,000) = 2,000;
    // total 6,000, under the 10,000 cap.
    let p = payout(&rule, 6_000.0, Some(7_000.0), 4.0, 9_000.0, 1.0);
    assert_close(p.gap_yuan, 4_000.0);
    assert_close(p.medical_yuan, 2_000.0);
    assert_close(p.total_yuan, 6_000.0);
    // A 5,000 cap pays 5,000.
    let capped = ReliefRule {
        cap_yuan: 5_000.0,
        ..rule.clone()
    };
    assert_close(
        payout(&capped, 6_000.0, Some(7_000.0), 4.0, 9_000.0, 1.0).total_yuan,
        5_000.0,
    );
    // Ten years of 2 % inflation (price index 1.219): threshold 6,094.97, so the medical part
    // is 50 % × (9,000 − 6,094.97) = 1,452.51; above the line, no gap part.
    let pi = 1.02f64.powi(10);
    let p = payout(&rule, 8_000.0, Some(7_000.0), 4.0, 9_000.0, pi);
    assert_eq!(p.gap_yuan, 0.0);
    assert_close(p.medical_yuan, 0.5 * (9_000.0 - 5_000.0 * pi));
    assert_close(p.medical_yuan, 1_452.515_116_8);
    // Inside a run with every shock off, the fund pays the deterministic gap × members.
    let mut s = Scenario::default();
    s.risk.all_off();
    let proj = project(&s).unwrap();
    let r = simulate(&s, &request(10, 1)).unwrap();
    for (y, row) in r.years.iter().zip(&proj.rows) {
        let gap = (-row.gap_to_line_yuan_per_capita.unwrap()).max(0.0);
        let expected = (gap * s.household.members_persons).min(10_000.0 * row.price_index);
        assert_close(y.relief_mean_yuan, expected);
        assert_close(y.shortfall_per_capita_yuan, gap);
    }
}

#[test]
fn village_shared_shocks_are_the_same_for_two_households_of_a_draw() {
    let s = herder();
    let mut household_differs = false;
    for d in 0..200 {
        let a = draw_shocks(&s, 9, d, 0);
        let b = draw_shocks(&s, 9, d, 1);
        for (x, y) in a.years.iter().zip(&b.years) {
            assert_eq!(x.village, y.village, "draw {d}");
            let village_bits: u8 = ShockKind::ALL
                .iter()
                .filter(|k| k.village_shared())
                .map(|k| k.bit())
                .sum();
            assert_eq!(x.hits & village_bits, y.hits & village_bits);
            household_differs |= x.medical_yuan != y.medical_yuan
                || x.labor_months_lost != y.labor_months_lost
                || x.wage_share_lost != y.wage_share_lost;
        }
    }
    assert!(
        household_differs,
        "household shocks are the household's own"
    );
    // And a village shock moves the sheep income of both alike.
    let a = draw_shocks(&s, 9, 0, 0);
    assert!(a.years[1..].iter().any(|y| y.village[Source::Sheep] != 1.0));
    assert!(
        a.years[0] == Default::default(),
        "the base year is not shocked"
    );
}

#[test]
fn the_tornado_ranks_rent_above_what_does_not_matter() {
    let s = (preset("yuli_land_transfer").unwrap().build)();
    let t = tornado(
        &s,
        &TornadoRequest {
            metric: TornadoMetric::PerCapita { year: 2030 },
            top: 0,
            draws: 0,
        },
    )
    .unwrap();
    let pos = |id: &str| t.bars.iter().position(|b| b.field_id == id);
    let rent = pos("interventions.land_transfer.rent_yuan_per_mu").unwrap();
    let bar = &t.bars[rent];
    // Documented 500–1,000 yuan/mu: 21.1 mu × 500 ÷ 4 members = 2,637.5 yuan per capita.
    assert_eq!((bar.low_input, bar.high_input), (500.0, 1_000.0));
    assert_close(bar.swing, 21.1 * 500.0 / 4.0);
    let discount = pos("economics.discount_rate_pct").unwrap();
    assert_eq!(t.bars[discount].swing, 0.0);
    assert!(rent < discount);
    assert!(rent < pos("household.income.other_yuan").unwrap());
    assert!(rent <= 2, "rent is among the top three: {:?}", &t.bars[..3]);
    // Swings are sorted, largest first; risk and relief settings cannot move a per-capita income.
    assert!(t.bars.windows(2).all(|w| w[0].swing >= w[1].swing));
    assert!(t.bars.iter().all(|b| !b.field_id.starts_with("risk.")));
    let tr = explain_tornado(&t, "interventions.land_transfer.rent_yuan_per_mu").unwrap();
    assert_close(tr.value, bar.swing);

    // The probability below the line, with common random numbers: rent still matters, and the
    // top ten are kept.
    let t = tornado(
        &s,
        &TornadoRequest::new(TornadoMetric::ProbabilityBelow { year: 2030 }),
    )
    .unwrap();
    assert_eq!(t.bars.len(), 10);
    assert!(t
        .bars
        .iter()
        .any(|b| b.field_id == "interventions.land_transfer.rent_yuan_per_mu"));
}

#[test]
fn every_risk_figure_explains_itself_with_the_value_shown() {
    let s = herder();
    let r = simulate(&s, &request(500, 2)).unwrap();
    let y = &r.years[3];
    let cases = [
        (
            RiskFigure::Band {
                year: y.year,
                baseline: false,
            },
            y.per_capita.p50,
        ),
        (
            RiskFigure::Band {
                year: y.year,
                baseline: true,
            },
            y.baseline_per_capita.p50,
        ),
        (
            RiskFigure::ProbabilityBelow {
                year: y.year,
                baseline: false,
            },
            y.p_below.unwrap().p * 100.0,
        ),
        (
            RiskFigure::ProbabilityBelow {
                year: y.year,
                baseline: true,
            },
            y.p_below_baseline.unwrap().p * 100.0,
        ),
        (
            RiskFigure::ProbabilityBelowAfterRelief { year: y.year },
            y.p_below_after_relief.unwrap().p * 100.0,
        ),
        (
            RiskFigure::Shortfall {
                year: y.year,
                baseline: false,
            },
            y.shortfall_per_capita_yuan,
        ),
        (RiskFigure::Relief { year: y.year }, y.relief_mean_yuan),
        (
            RiskFigure::EverBelow { baseline: false },
            r.p_ever_below.unwrap().p * 100.0,
        ),
        (
            RiskFigure::BackBelow { baseline: true },
            r.p_back_below_baseline.unwrap().p * 100.0,
        ),
        (RiskFigure::ReliefTotal, r.relief_total_mean_yuan),
    ];
    for (figure, value) in cases {
        let t = explain_risk(&s, &r, figure).unwrap();
        assert_eq!(t.value, value, "{figure:?}");
        // Draws and seed are named, and one part per shock that was on.
        assert!(t
            .inputs
            .iter()
            .any(|i| i.label.en == "Draws" && i.value == 500.0));
        assert_eq!(t.parts.len(), r.shocks.iter().filter(|x| x.enabled).count());
        assert!(!t.formula.zh.is_empty() && !t.formula.en.is_empty());
    }
    assert!(explain_risk(
        &s,
        &r,
        RiskFigure::Band {
            year: 1999,
            baseline: false
        }
    )
    .is_none());
}

#[test]
fn risk_settings_are_registry_fields_with_sources_and_old_files_get_defaults() {
    let risk: Vec<_> = FIELDS
        .iter()
        .filter(|f| matches!(f.section, Section::Risk | Section::Relief))
        .collect();
    assert!(risk.len() >= 40);
    for f in &risk {
        assert!(f.id.starts_with("risk."), "{}", f.id);
        assert_eq!(
            f.source.zh.starts_with("假设"),
            f.is_assumption(),
            "{}: Chinese and English sources disagree",
            f.id
        );
        assert!(f.check((f.get)(&Scenario::default())).is_ok(), "{}", f.id);
    }
    assert_eq!(
        TOGGLES
            .iter()
            .filter(|t| t.section == Section::Risk)
            .count(),
        ShockKind::ALL.len() + 1,
        "one switch per shock, and whether the draws keep the projection's mean"
    );
    // A file written before the risk model opens with the default settings.
    let mut old = serde_json::to_value(Scenario::default()).unwrap();
    old.as_object_mut().unwrap().remove("risk");
    let s: Scenario = serde_json::from_value(old).unwrap();
    assert_eq!(s.risk, Scenario::default().risk);
}

/// The golden figures a wasm build must reproduce (the lead checks them in a wasm-bindgen test).
#[test]
fn the_reproducibility_fingerprint_is_stable() {
    let f = reproducibility_fingerprint();
    println!("fingerprint: {f}");
    assert_eq!(f, REPRODUCIBILITY_FINGERPRINT);
}

/// Mean kept (the default): the draws vary around the projection, so over the pilot's draws
/// (the first draws of the run) the mean per-capita income of every year equals the
/// deterministic one; switched off, the shocks' average losses come on top and the mean falls
/// below it in every year after the base year.
#[test]
fn the_draws_keep_the_projections_mean_unless_asked_to_stack_the_shocks() {
    use village_income_planner::model::risk::monte_carlo::PILOT_DRAWS;
    let s = (preset("yuli_land_transfer").unwrap().build)();
    let request = RiskRequest {
        draws: PILOT_DRAWS,
        seed: 5,
        household: 0,
    };
    let kept = simulate(&s, &request).unwrap();
    for y in &kept.years {
        assert!(
            (y.mean_per_capita_yuan - y.deterministic_per_capita_yuan).abs() < 1e-6,
            "{}: mean {} vs projection {}",
            y.year,
            y.mean_per_capita_yuan,
            y.deterministic_per_capita_yuan
        );
        assert!(
            (y.mean_baseline_per_capita_yuan - y.deterministic_baseline_per_capita_yuan).abs()
                < 1e-6
        );
    }
    let mut stacked = s.clone();
    stacked.risk.mean_kept = false;
    let on_top = simulate(&stacked, &request).unwrap();
    for y in &on_top.years[1..] {
        assert!(
            y.mean_per_capita_yuan < y.deterministic_per_capita_yuan - 100.0,
            "{}: shocks on top lower the mean ({} vs {})",
            y.year,
            y.mean_per_capita_yuan,
            y.deterministic_per_capita_yuan
        );
    }
    // The spread is the shocks' either way: the same draws, shifted.
    let (a, b) = (&kept.years[3].per_capita, &on_top.years[3].per_capita);
    assert!(((a.p90 - a.p10) - (b.p90 - b.p10)).abs() < 1e-6);
}
