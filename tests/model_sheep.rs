//! Sheep improvement (肉羊改良): one year worked by hand, and the herd invariants.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::interventions::sheep::{Sheep, SheepYear};
use village_income_planner::model::interventions::{InterventionKind, Schedule};
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{project, Scenario, Source};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

/// 20 ewes and 1 ram, improvement from the base year, no program animals.
fn scenario() -> Scenario {
    let mut s = Scenario::default();
    s.economics.price_basis = PriceBasis::Real;
    s.horizon.years = 20;
    s.household.herd.breeding_ewes_head = 20.0;
    s.household.herd.rams_head = 1.0;
    let sh = &mut s.interventions.sheep;
    sh.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![100.0],
    };
    sh.rams_provided_head = 0.0;
    s
}

fn years(s: &Scenario) -> Vec<(SheepYear, SheepYear)> {
    let mut v = Vec::new();
    s.interventions
        .sheep
        .simulate(s, |_, imp, trad| v.push((*imp, *trad)));
    v
}

#[test]
fn first_year_by_hand() {
    let s = scenario();
    let p = project(&s).unwrap();
    // Improved: 20 ewes × 150 % = 30 lambs, 10 % die → 27. Keep 20 % = 5.4 ewe lambs, sell 21.6
    // at 30 kg × 26 yuan × (1 + 15 % premium) = 897 yuan each. No culls: no yearlings to replace them.
    let improved_sales = 21.6 * 30.0 * 26.0 * 1.15; // 19,375.2
    let improved_feed = 21.0 * 250.0 + 27.0 * 60.0; // 21 adults and 27 lambs: 6,870
                                                    // Traditional: 20 × 105 % = 21 lambs, 18.9 survive, keep 3.78, sell 15.12 at 780 yuan.
    let trad_sales = 15.12 * 30.0 * 26.0; // 11,793.6
    let trad_feed = 21.0 * 250.0 + 18.9 * 60.0; // 6,384
    let expected = (improved_sales - improved_feed) - (trad_sales - trad_feed); // 7,095.6
    let got = p.rows[0].increment_by_intervention[InterventionKind::Sheep];
    assert!(close(got, expected), "{got} vs {expected}");
    assert!(close(p.rows[0].scenario_by_source[Source::Sheep], expected));
    // Census after year 1: 19.2 ewes, 0.96 rams, 5.4 ewe lambs = 25.56 head.
    assert!(close(p.rows[0].herd.sheep_head, 20.0 * 0.96 + 0.96 + 5.4));
}

#[test]
fn program_animals_cost_once_in_the_start_year() {
    let mut s = scenario();
    s.interventions.sheep.rams_provided_head = 1.0;
    s.interventions.sheep.ewes_provided_head = 2.0;
    let p = project(&s).unwrap();
    assert!(close(
        p.rows[0].program_cost_yuan,
        1.0 * 3_000.0 + 2.0 * 1_500.0
    ));
    assert!(close(p.rows[1].program_cost_yuan, 0.0));
}

#[test]
fn births_equal_breeding_ewes_times_lambing_rate_and_no_head_is_negative() {
    for allow in [false, true] {
        for disaster in [0.0, 60.0, 100.0] {
            let mut s = scenario();
            let sh = &mut s.interventions.sheep;
            sh.allow_breeding_sales = allow;
            sh.cull_pct = 50.0;
            sh.disaster_enabled = disaster > 0.0;
            sh.disaster_year = 2027;
            sh.disaster_mortality_pct = disaster;
            sh.schedule.adoption_pct = vec![30.0, 60.0, 100.0];
            for (i, (imp, trad)) in years(&s).iter().enumerate() {
                for y in [imp, trad] {
                    assert!(close(
                        y.births_head,
                        y.breeding_ewes_head * y.lambing_rate_pct / 100.0
                    ));
                    let c = &y.census;
                    for head in [
                        c.ewes_head,
                        c.rams_head,
                        c.yearling_ewes_head,
                        c.yearling_rams_head,
                        c.ewe_lambs_head,
                        c.ram_lambs_head,
                        y.lambs_sold_head,
                        y.ewes_culled_head,
                        y.rams_culled_head,
                        y.deaths_head,
                    ] {
                        assert!(head >= -1e-9, "negative head in year {i}: {y:?}");
                    }
                }
                // Adoption phases the lambing rate in: 105 + share × 45.
                let share = [0.3, 0.6, 1.0][i.min(2)];
                assert!(close(imp.lambing_rate_pct, 105.0 + share * 45.0));
            }
        }
    }
}

#[test]
fn with_zero_offtake_and_births_above_deaths_the_herd_grows() {
    let mut s = scenario();
    let sh = &mut s.interventions.sheep;
    sh.lamb_offtake_pct = 0.0;
    sh.cull_pct = 0.0;
    sh.max_breeding_ewes_head = 5_000.0;
    // Ten years: from 20 ewes the herd would pass the 5,000-head capacity within twenty.
    s.horizon.years = 10;
    let ys = years(&s);
    let mut last = 21.0; // census: 20 ewes + 1 ram
    for (imp, _) in &ys {
        assert!(imp.births_head * (1.0 - 0.10) > imp.deaths_head - imp.births_head * 0.10);
        assert_eq!(
            imp.lambs_sold_head + imp.ewes_culled_head + imp.rams_culled_head,
            0.0
        );
        let total = imp.census.total_head();
        assert!(total > last, "{total} ≤ {last}");
        last = total;
    }
}

#[test]
fn sales_never_shrink_the_breeding_herd_unless_allowed() {
    let mut s = scenario();
    s.interventions.sheep.cull_pct = 50.0;
    s.interventions.sheep.lamb_offtake_pct = 100.0; // no replacements at all
    let ys = years(&s);
    for w in ys.windows(2) {
        // Next year's ewes at lambing ≥ this year's survivors: only deaths reduce them.
        let (now, next) = (&w[0].0, &w[1].0);
        assert!(next.breeding_ewes_head >= now.breeding_ewes_head * (1.0 - 0.04) - 1e-9);
        assert_eq!(now.ewes_culled_head, 0.0);
    }
    s.interventions.sheep.allow_breeding_sales = true;
    let ys = years(&s);
    // Year 1: 50 % of the 19.2 surviving ewes culled and sold.
    assert!(close(ys[0].0.ewes_culled_head, 0.5 * 19.2));
    assert!(ys[1].0.breeding_ewes_head < 19.2 * 0.96);
}

#[test]
fn a_year_3_disaster_shows_in_later_years() {
    let calm = scenario();
    let mut hit = scenario();
    hit.interventions.sheep.disaster_enabled = true;
    hit.interventions.sheep.disaster_year = 2027; // year 3 of the horizon
    hit.interventions.sheep.disaster_mortality_pct = 40.0;
    let (a, b) = (project(&calm).unwrap(), project(&hit).unwrap());
    // Identical before the disaster.
    for i in 0..2 {
        assert!(close(a.rows[i].herd.sheep_head, b.rows[i].herd.sheep_head));
    }
    // Fewer head in the disaster year and in every later year shown.
    for i in 2..8 {
        assert!(
            b.rows[i].herd.sheep_head < a.rows[i].herd.sheep_head - 1e-6,
            "year {i}"
        );
    }
    // Fewer ewes lamb in year 4, so the herd's sales and the gain from improvement fall there.
    let (ya, yb) = (years(&calm), years(&hit));
    assert!(yb[3].0.breeding_ewes_head < ya[3].0.breeding_ewes_head);
    assert!(
        b.rows[3].increment_by_intervention[InterventionKind::Sheep]
            < a.rows[3].increment_by_intervention[InterventionKind::Sheep]
    );
    // The disaster year's mortality: 40 % of 20-odd adults die instead of 4 %.
    assert!(yb[2].0.deaths_head > 5.0 * ya[2].0.deaths_head);
}

#[test]
fn improved_herd_is_modelled_from_the_household_census() {
    let s = scenario();
    let c = Sheep::start_census(&s);
    assert_eq!(c.ewes_head, 20.0);
    assert_eq!(c.rams_head, 1.0);
    assert_eq!(c.total_head(), 21.0);
}
