//! Sheep (肉羊改良) and the household's own flock in the baseline: years worked by hand, and the
//! rules of a managed flock.
//!
//! Defaults used in the hand-worked years: lambing 105 % (= 95 % single + 5 % twin litters),
//! lamb mortality 10 % single / 18 % twin, adult mortality 4 %, 50 % ewe lambs, ewe cull 15 %,
//! rams retired 25 % a year, 1 ram per 30 ewes (set here; the default covers 40), local ram 2,000 yuan, improved ram 3,000 yuan,
//! lamb 30 kg, ewe 43 kg, ram 70 kg, 26 yuan/kg, sheep units ram 1.5 / yearling 0.75 / lamb 0.5,
//! vet and grazing 60 yuan per head, 30 per lamb, winter feed 200 and sheds 20 per sheep unit,
//! 40 yuan extra feed per ewe carrying twins, herding 3 months + 0.05 per sheep unit.
//!
//! Surviving lambs per local ewe: 0.95 × 0.90 + 2 × 0.05 × 0.82 = 0.855 + 0.082 = 0.937.
//! A local lamb sells for 30 × 26 = 780 yuan; a ram for 70 × 26 = 1,820; a ewe for 43 × 26 = 1,118.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, close, no_empty_rows, parts_add_up, scenario_with};
use village_income_planner::model::fields::field;
use village_income_planner::model::interventions::sheep::{
    Litters, Sheep, SheepProgramme, SheepYear,
};
use village_income_planner::model::interventions::{InterventionKind, Module, Schedule};
use village_income_planner::model::notice::Notice;
use village_income_planner::model::scenario::PriceBasis;
use village_income_planner::model::{explain, project, Figure, Scenario, Source};

const SHEEP: InterventionKind = InterventionKind::Sheep;

/// `ewes` ewes and `rams` rams, real prices, 20 years from 2025; the module off; one ram
/// covers 30 ewes.
fn flock(ewes: f64, rams: f64) -> Scenario {
    scenario_with(|s| {
        s.economics.price_basis = PriceBasis::Real;
        s.horizon.years = 20;
        s.household.herd.breeding_ewes_head = ewes;
        s.household.herd.rams_head = rams;
        s.interventions.sheep.ewes_per_ram = 30.0;
    })
}

/// 20 ewes and 1 ram; the programme on from the base year 2025 at `adoption` %, no programme
/// animals. Crossbreeding mates 50 % of an adopting household's ewes to meat rams (default).
fn programme(kind: SheepProgramme, adoption: f64) -> Scenario {
    let mut s = flock(20.0, 1.0);
    let sh = &mut s.interventions.sheep;
    sh.programme = kind;
    sh.schedule = Schedule {
        enabled: true,
        start_year: 2025,
        adoption_pct: vec![adoption],
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
fn a_household_with_30_ewes_earns_from_them_in_the_baseline_with_the_module_off() {
    let s = flock(30.0, 1.0);
    assert!(!s.interventions.sheep.schedule.enabled);
    let p = project(&s).unwrap();
    // Year 1, by hand. 30 ewes, 1 ram covering 30: all ewes mated.
    //   born 30 × 1.05 = 31.5; surviving 30 × 0.937 = 28.11; 30 × 5 % = 1.5 ewes carry twins.
    //   ewes alive 30 × 0.96 = 28.8; no yearlings, so no ewe is culled.
    //   Target 30 breeding females: keep 30 − 28.8 = 1.2 ewe lambs (of 28.11 / 2 = 14.055).
    //   Rams: 0.96 alive, 25 % retired = 0.24 sold, 0.72 left; 28.8 ewes need 1: buy 0.28.
    //   Wintered: 28.8 + 1 × 1.5 + 1.2 × 0.5 = 30.9 sheep units.
    let lamb_sales = (28.11 - 1.2) * 780.0; // 26.91 lambs: 20,989.8
    let ram_sales = 0.24 * 1_820.0; // 436.8
    let costs = 31.0 * 60.0 // 30 ewes + 1 ram through the year: 1,860
        + 28.11 * 30.0 // lambs: 843.3
        + 30.9 * 200.0 // winter feed: 6,180
        + 30.9 * 20.0 // sheds: 618
        + 1.5 * 40.0 // ewes carrying twins: 60
        + 0.28 * 2_000.0; // a local ram bought: 560  → 10,121.3
    let net = lamb_sales + ram_sales - costs; // 11,305.3
    assert_close(net, 11_305.3);
    let r = &p.rows[0];
    assert_close(r.baseline_by_source[Source::Sheep], net);
    assert_close(r.scenario_by_source[Source::Sheep], net);
    assert_eq!(r.increment_by_intervention[SHEEP], 0.0);
    assert!(r.baseline_household_net_yuan > 0.0);
    // It is the traditional flock's net, every year.
    for (row, (_, trad)) in p.rows.iter().zip(years(&s)) {
        assert!(trad.net_yuan() > 0.0);
        assert_close(row.baseline_by_source[Source::Sheep], trad.net_yuan());
        assert_close(row.baseline_herd.sheep_head, trad.census.total_head());
    }
    // Autumn census: 28.8 ewes + 1 ram + 1.2 ewe lambs = 31 head (census 31: no change).
    assert_close(r.baseline_herd.sheep_head, 31.0);
    // Herding: 3 + 0.05 × 30.9 = 4.545 months beside farming 21.1 × 0.15 and 2 months of wage work.
    assert_close(r.labor.baseline_months, 21.1 * 0.15 + 2.0 + 4.545);
}

#[test]
fn the_baseline_trace_equals_the_baseline_figure() {
    let s = flock(30.0, 1.0);
    let p = project(&s).unwrap();
    for (i, row) in p.rows.iter().enumerate().take(5) {
        let t = s
            .interventions
            .sheep
            .explain_baseline(&s, 2025 + i as i32)
            .unwrap();
        assert_close(t.value, row.baseline_by_source[Source::Sheep]);
    }
}

#[test]
fn no_ram_no_lambs_and_fewer_rams_cover_fewer_ewes() {
    let s = flock(20.0, 0.0);
    let ys = years(&s);
    let (_, y1) = ys[0];
    assert_eq!(y1.births_head, 0.0);
    assert_eq!(y1.lamb_sales_yuan, 0.0);
    // The household buys the ram its 19.2 surviving ewes need that autumn (1 × 2,000 yuan)...
    assert_close(y1.rams_bought_head, 1.0);
    assert_close(y1.rams_bought_yuan, 2_000.0);
    // ...so lambs come the next spring: 19.2 ewes × 1.05 = 20.16.
    assert_close(ys[1].1.births_head, 20.16);

    // 60 ewes and 1 ram: the ram covers 30, half the ewes: 60 × 50 % × 1.05 = 31.5 born.
    let s = flock(60.0, 1.0);
    let (_, y1) = years(&s)[0];
    assert_close(y1.ram_coverage_pct, 50.0);
    assert_close(y1.births_head, 31.5);
}

#[test]
fn rams_never_exceed_what_the_ewes_need() {
    // 20 ewes and 5 rams: 4.8 survive, 1.2 retire, 3.6 left; 19.2 ewes need 1 → 2.6 more sold.
    let s = flock(20.0, 5.0);
    let ys = years(&s);
    assert_close(ys[0].1.rams_sold_head, 1.2 + 2.6);
    assert_close(ys[0].1.census.rams_head, 1.0);
    // Every year, both flocks, with low lamb offtake pressure (big cap) and a programme handing
    // out more rams than needed: rams = ⌈(ewes + yearling ewes) ÷ 30⌉, never more.
    let mut s = programme(SheepProgramme::Purification, 100.0);
    s.household.herd.rams_head = 5.0;
    s.interventions.sheep.rams_provided_head = 4.0;
    s.interventions.sheep.grazing_cap_sheep_units = 5_000.0;
    for (imp, trad) in years(&s) {
        for y in [imp, trad] {
            let c = &y.census;
            let need = ((c.ewes_head + c.yearling_ewes_head) / 30.0 - 1e-9).ceil();
            assert_close(c.rams_head, need);
            assert!(c.rams_head <= 1.0 + (c.ewes_head + c.yearling_ewes_head) / 30.0);
        }
    }
}

#[test]
fn the_grazing_cap_bounds_the_whole_flock_in_sheep_units() {
    // 20 ewes, 1 ram, 10 yearling ewes, 10 kept lambs; licensed for 25 sheep units.
    let mut s = flock(20.0, 1.0);
    s.household.herd.yearlings_head = 10.0;
    s.household.herd.lambs_head = 10.0;
    s.interventions.sheep.grazing_cap_sheep_units = 25.0;
    let ys = years(&s);
    let (_, y1) = ys[0];
    // By hand: 30 ewes lamb (20 + 10 yearlings), 28.8 survive, 10 lambs → 9.6 yearlings;
    // culls min(15 % × 28.8, 9.6) = 4.32 → 24.48 ewes; target 40 → keep 5.92 ewe lambs.
    // Wintered: 24.48 + 2 rams × 1.5 + 9.6 × 0.75 + 5.92 × 0.5 = 37.64 > 25.
    // Lambs go first (none kept), then ewes: 25 − 3 − 7.2 = 14.8 ewes would need only 1 ram,
    // which leaves 25 − 1.5 − 7.2 = 16.3 ewes (16.3 + 9.6 ≤ 30 ewes for one ram).
    assert_close(y1.ewe_lambs_kept_head, 0.0);
    assert_close(y1.census.ewes_head, 16.3);
    assert_close(y1.census.rams_head, 1.0);
    assert_close(y1.ewes_sold_head, 4.32 + (24.48 - 16.3));
    assert_close(y1.sheep_units, 25.0); // 16.3 + 1.5 + 7.2
    for (imp, trad) in &ys {
        assert!(imp.sheep_units <= 25.0 + 1e-9 && trad.sheep_units <= 25.0 + 1e-9);
    }
    // The whole flock counts, rams and young stock included.
    let sh = &s.interventions.sheep;
    assert_close(sh.sheep_units(&y1.census), 16.3 + 1.5 + 9.6 * 0.75);
}

#[test]
fn crossbreeding_leaves_lambing_as_the_ewes_and_pays_through_heavier_lambs() {
    // Adopted in full; half the ewes crossed (the default share), half bred pure.
    let s = programme(SheepProgramme::Crossbreeding, 100.0);
    let ys = years(&s);
    for (imp, trad) in &ys {
        // Lambs per ewe follow the ewe (local): no improved ewes, same rate.
        assert_eq!(imp.improved_ewes_head, 0.0);
        let rate = 105.0 * imp.ram_coverage_pct / 100.0;
        assert_close(imp.lambing_rate_pct, rate);
        assert_close(trad.lambing_rate_pct, 105.0 * trad.ram_coverage_pct / 100.0);
    }
    let p = project(&s).unwrap();
    // Year 1 (2025): the meat ram mates in the autumn; no crossbred lamb yet. The only difference
    // is the 0.28 replacement ram, bought at 50 % × 3,000 + 50 % × 2,000 = 2,500 instead of 2,000.
    assert_eq!(ys[0].0.crossbred_lambs_head, 0.0);
    assert_close(p.rows[0].increment_by_intervention[SHEEP], -0.28 * 500.0);
    // Year 2 (2026), by hand (same flock in both: 19.2 ewes, 1 ram, 0.8 ewe lambs kept):
    //   surviving lambs 19.2 × 0.937 = 17.9904; half are crossbred: 8.9952, all sold at
    //   30 kg × 1.15 × 26 = 897 instead of 780. The purebred half gives 4.4976 ewe lambs, more
    //   than the 1.568 needed (target 20 − 17.664 ewes − 0.768 yearlings), so both flocks keep
    //   the same replacements.
    let (imp, trad) = ys[1];
    assert_close(trad.surviving_lambs_head, 17.9904);
    assert_close(imp.crossbred_lambs_head, 0.5 * 17.9904);
    assert_close(imp.ewe_lambs_kept_head, 1.568);
    assert_close(trad.ewe_lambs_kept_head, 1.568);
    assert_close(imp.births_head, trad.births_head);
    let gain = 8.9952 * (897.0 - 780.0) - 0.28 * 500.0; // 1,052.4384 − 140 = 912.4384
    assert_close(p.rows[1].increment_by_intervention[SHEEP], gain);
    // "No change" is accepted: no weight gain, no premium → only the dearer rams remain.
    let mut flat = s.clone();
    flat.interventions.sheep.cross_weight_gain_pct = 0.0;
    flat.interventions.sheep.breed_premium_pct = 0.0;
    flat.interventions.sheep.ram_cost_yuan_per_head = 2_000.0;
    let p = project(&flat).unwrap();
    for r in &p.rows {
        assert!(
            r.increment_by_intervention[SHEEP].abs() < 1e-6,
            "{}",
            r.year
        );
    }
}

#[test]
fn a_price_premium_per_kg_adds_to_the_weight_gain() {
    let mut s = programme(SheepProgramme::Crossbreeding, 100.0);
    s.interventions.sheep.breed_premium_pct = 10.0;
    let (imp, _) = years(&s)[1];
    // 8.9952 crossbred lambs at 30 × 1.15 × 26 × 1.10 = 986.7 yuan.
    let plain = (imp.lambs_sold_head - imp.crossbred_lambs_head) * 780.0;
    assert_close(imp.lamb_sales_yuan, plain + 8.9952 * 986.7);
}

#[test]
fn purification_raises_the_improved_ewe_share_over_the_years() {
    let s = programme(SheepProgramme::Purification, 100.0);
    let ys = years(&s);
    let share = |y: &SheepYear| y.improved_ewes_head / y.breeding_ewes_head;
    // Mated to purified rams in autumn 2025 → improved ewe lambs born 2026, kept that autumn,
    // yearlings in 2027 (mated that autumn), lambing as ewes in 2028 (year index 3).
    for y in &ys[..3] {
        assert_eq!(y.0.improved_ewes_head, 0.0);
        assert_close(y.0.lambing_rate_pct, 105.0);
    }
    assert!(share(&ys[3].0) > 0.0);
    assert!(ys[3].0.lambing_rate_pct > 105.0);
    // The share rises as replacements enter, never falls, and is most of the flock by year 12.
    for w in ys.windows(2) {
        assert!(share(&w[1].0) >= share(&w[0].0) - 1e-12);
    }
    assert!(share(&ys[11].0) > 0.5, "{}", share(&ys[11].0));
    // Lambing follows the ewes: 105 % + share × (110 − 105) %.
    for (imp, _) in &ys {
        assert_close(imp.lambing_rate_pct, 105.0 + share(imp) * 5.0);
    }
    // The traditional flock never changes breed.
    assert!(ys.iter().all(|(_, t)| t.improved_ewes_head == 0.0));
    // No change in the ewe's traits → no gain at all.
    let mut flat = s.clone();
    flat.interventions.sheep.improved_lambing_rate_pct = 105.0;
    flat.interventions.sheep.purified_weight_gain_pct = 0.0;
    flat.interventions.sheep.ram_cost_yuan_per_head = 2_000.0;
    let p = project(&flat).unwrap();
    assert!(p
        .rows
        .iter()
        .all(|r| r.increment_by_intervention[SHEEP].abs() < 1e-6));
}

#[test]
fn the_increment_is_the_improved_flock_minus_the_traditional_one() {
    for kind in [SheepProgramme::Crossbreeding, SheepProgramme::Purification] {
        let mut s = programme(kind, 60.0);
        s.interventions.sheep.rams_provided_head = 1.0;
        s.interventions.sheep.ewes_provided_head = 5.0;
        let p = project(&s).unwrap();
        for (r, (imp, trad)) in p.rows.iter().zip(years(&s)) {
            assert_close(
                r.increment_by_intervention[SHEEP],
                imp.net_yuan() - trad.net_yuan(),
            );
            assert_close(r.baseline_by_source[Source::Sheep], trad.net_yuan());
            assert_close(r.scenario_by_source[Source::Sheep], imp.net_yuan());
            assert_close(r.herd.sheep_head, imp.census.total_head());
            assert_close(r.baseline_herd.sheep_head, trad.census.total_head());
            // The explanation shows the same figure.
            let t = explain(
                &s,
                Figure::Increment {
                    year: r.year,
                    kind: SHEEP,
                },
            )
            .unwrap();
            assert_close(t.value, r.increment_by_intervention[SHEEP]);
        }
    }
}

#[test]
fn twins_and_triplets_survive_less_than_singles_and_their_ewes_eat_more() {
    // 150 %: half single, half twin litters; 250 %: half twin, half triplet litters.
    let l = Litters::from_rate(150.0);
    assert_close(l.singles, 0.5);
    assert_close(l.twins, 0.5);
    assert_close(l.lambs(), 1.5);
    // Survivors per ewe: 0.5 × 0.90 + 2 × 0.5 × 0.82 = 1.27, not 1.5 × 0.90 = 1.35.
    assert_close(l.survivors(0.10, 0.18, 0.30), 1.27);
    let l = Litters::from_rate(250.0);
    assert_close(l.twins, 0.5);
    assert_close(l.triplets, 0.5);
    // 2 × 0.5 × 0.82 + 3 × 0.5 × 0.70 = 0.82 + 1.05 = 1.87.
    assert_close(l.survivors(0.10, 0.18, 0.30), 1.87);
    // Survival per lamb born falls with the litter: 0.90 single, 0.82 twin, 0.70 triplet.
    let per_lamb = |rate: f64| {
        let l = Litters::from_rate(rate);
        l.survivors(0.10, 0.18, 0.30) / l.lambs()
    };
    assert!(per_lamb(100.0) > per_lamb(200.0) && per_lamb(200.0) > per_lamb(300.0));
    // In the flock: 20 ewes at 150 % → 10 carry twins, 10 × 40 = 400 yuan extra feed.
    let mut s = flock(20.0, 1.0);
    s.interventions.sheep.traditional_lambing_rate_pct = 150.0;
    let (_, y1) = years(&s)[0];
    assert_close(y1.multiple_ewes_head, 10.0);
    assert_close(y1.twin_feed_yuan, 400.0);
    assert_close(y1.surviving_lambs_head, 20.0 * 1.27);
}

#[test]
fn costs_include_winter_feed_and_sheds_per_sheep_unit_wintered() {
    let s = flock(20.0, 1.0);
    let (_, y1) = years(&s)[0];
    // 19.2 ewes + 1 ram × 1.5 + 0.8 ewe lambs × 0.5 = 21.1 sheep units wintered.
    assert_close(y1.sheep_units, 21.1);
    assert_close(y1.winter_feed_yuan, 21.1 * 200.0);
    assert_close(y1.shed_yuan, 21.1 * 20.0);
    // Dearer winter feed lowers the baseline by exactly that much.
    let mut dear = s.clone();
    dear.interventions.sheep.winter_feed_yuan_per_unit = 300.0;
    let (a, b) = (project(&s).unwrap(), project(&dear).unwrap());
    assert_close(
        a.rows[0].baseline_by_source[Source::Sheep] - b.rows[0].baseline_by_source[Source::Sheep],
        21.1 * 100.0,
    );
}

#[test]
fn programme_animals_and_sheds_are_handed_out_and_paid_as_adoption_rises() {
    let mut s = programme(SheepProgramme::Crossbreeding, 50.0);
    let sh = &mut s.interventions.sheep;
    sh.schedule.adoption_pct = vec![50.0, 100.0];
    sh.rams_provided_head = 2.0;
    sh.ewes_provided_head = 4.0;
    sh.shed_build_yuan = 10_000.0;
    sh.shed_public_share_pct = 60.0;
    let p = project(&s).unwrap();
    // Each of the first two years hands out half: 0.5 × (2 × 3,000 + 4 × 1,500 + 60 % × 10,000).
    assert_close(
        p.rows[0].program_cost_yuan,
        0.5 * (6_000.0 + 6_000.0 + 6_000.0),
    );
    assert_close(p.rows[1].program_cost_yuan, 9_000.0);
    assert_close(p.rows[2].program_cost_yuan, 0.0);
    // The household pays the other 40 % of the shed, half each year.
    let (imp, _) = years(&s)[0];
    assert_close(imp.shed_build_household_yuan, 0.5 * 4_000.0);
    assert_close(imp.programme_ewes_head, 2.0);
    // At 0 % adoption nothing is handed out or paid.
    s.interventions.sheep.schedule.adoption_pct = vec![0.0];
    let p = project(&s).unwrap();
    assert!(p.rows.iter().all(|r| r.program_cost_yuan == 0.0));
}

#[test]
fn herding_labor_grows_with_the_flock_and_the_module_claims_only_the_difference() {
    let mut s = programme(SheepProgramme::Crossbreeding, 100.0);
    s.interventions.sheep.ewes_provided_head = 10.0;
    let p = project(&s).unwrap();
    for (r, (imp, trad)) in p.rows.iter().zip(years(&s)) {
        assert_close(trad.labor_months, 3.0 + 0.05 * trad.sheep_units);
        let diff = imp.labor_months - trad.labor_months;
        assert_close(r.labor.claimed_months[SHEEP], diff.max(0.0));
        assert_close(r.labor.freed_months[SHEEP], (-diff).max(0.0));
    }
    // Year 1: 10 programme ewes arrive in the autumn: + 10 sheep units wintered, + 0.5 month.
    assert_close(p.rows[0].labor.claimed_months[SHEEP], 0.5);
}

#[test]
fn births_follow_the_ewes_and_no_head_is_negative() {
    for allow in [false, true] {
        for disaster in [0.0, 60.0, 100.0] {
            for kind in [SheepProgramme::Crossbreeding, SheepProgramme::Purification] {
                let mut s = programme(kind, 100.0);
                let sh = &mut s.interventions.sheep;
                sh.allow_breeding_sales = allow;
                sh.cull_pct = 50.0;
                sh.disaster_enabled = disaster > 0.0;
                sh.disaster_year = 2027;
                sh.disaster_mortality_pct = disaster;
                sh.schedule.adoption_pct = vec![30.0, 60.0, 100.0];
                for (i, (imp, trad)) in years(&s).iter().enumerate() {
                    for y in [imp, trad] {
                        let local = y.breeding_ewes_head - y.improved_ewes_head;
                        let rate = |r: f64| Litters::from_rate(r).lambs();
                        let expected = y.ram_coverage_pct / 100.0
                            * (local * rate(105.0) + y.improved_ewes_head * rate(110.0));
                        assert_close(y.births_head, expected);
                        let c = &y.census;
                        for head in [
                            c.ewes_head,
                            c.improved_ewes_head,
                            c.rams_head,
                            c.yearling_ewes_head,
                            c.ewe_lambs_head,
                            y.lambs_sold_head,
                            y.ewes_sold_head,
                            y.rams_sold_head,
                            y.rams_bought_head,
                            y.deaths_head,
                        ] {
                            assert!(head >= -1e-9, "negative head in year {i}: {y:?}");
                        }
                        assert!(c.improved_ewes_head <= c.ewes_head + 1e-9);
                    }
                }
            }
        }
    }
}

#[test]
fn a_managed_flock_holds_its_size_and_sells_its_ram_lambs() {
    // 30 ewes + 6 yearling ewes + 1 ram: the traditional flock keeps its 36 breeding females
    // (the census) and sells every ram lamb and every ewe lamb it does not need.
    let mut s = flock(30.0, 1.0);
    s.household.herd.yearlings_head = 6.0;
    s.horizon.years = 20;
    for (_, t) in years(&s) {
        assert!(close(t.census.breeding_females_head(), 36.0), "{t:?}");
        // Ram lambs are half the lambs; they are all sold, with the unkept ewe lambs.
        assert_close(
            t.lambs_sold_head,
            t.surviving_lambs_head - t.ewe_lambs_kept_head,
        );
        assert!(t.ewe_lambs_kept_head <= 0.5 * t.surviving_lambs_head + 1e-9);
    }
}

#[test]
fn culls_never_shrink_the_breeding_flock_unless_allowed() {
    let mut s = flock(20.0, 1.0);
    s.interventions.sheep.cull_pct = 50.0;
    let ys = years(&s);
    // Year 1: no yearlings to replace them, so no ewe is culled.
    assert_eq!(ys[0].1.ewes_sold_head, 0.0);
    // Culls never exceed the yearling ewes coming in to replace them.
    for (_, t) in &ys {
        assert!(
            t.ewes_sold_head <= t.census.yearling_ewes_head + 1e-9,
            "{t:?}"
        );
    }
    s.interventions.sheep.allow_breeding_sales = true;
    let ys = years(&s);
    // Year 1: 50 % of the 19.2 surviving ewes culled and sold.
    assert_close(ys[0].1.ewes_sold_head, 0.5 * 19.2);
}

#[test]
fn a_year_3_disaster_shows_in_later_years() {
    let calm = programme(SheepProgramme::Crossbreeding, 50.0);
    let mut hit = calm.clone();
    hit.interventions.sheep.disaster_enabled = true;
    hit.interventions.sheep.disaster_year = 2027; // year 3 of the horizon
    hit.interventions.sheep.disaster_mortality_pct = 40.0;
    let (a, b) = (project(&calm).unwrap(), project(&hit).unwrap());
    for i in 0..2 {
        assert_close(a.rows[i].herd.sheep_head, b.rows[i].herd.sheep_head);
    }
    // Fewer head in the disaster year and the year after, in both flocks.
    for i in 2..4 {
        assert!(
            b.rows[i].herd.sheep_head < a.rows[i].herd.sheep_head - 1e-6,
            "year {i}"
        );
        assert!(b.rows[i].baseline_herd.sheep_head < a.rows[i].baseline_herd.sheep_head - 1e-6);
    }
    let (ya, yb) = (years(&calm), years(&hit));
    assert!(yb[3].0.breeding_ewes_head < ya[3].0.breeding_ewes_head);
    // The disaster year's mortality: 40 % of the flock dies instead of 4 %.
    assert!(yb[2].1.deaths_head > 4.0 * ya[2].1.deaths_head);
    // The baseline household is poorer that year too.
    assert!(
        b.rows[2].baseline_by_source[Source::Sheep] < a.rows[2].baseline_by_source[Source::Sheep]
    );
}

#[test]
fn the_flock_starts_from_the_household_census() {
    let mut s = flock(20.0, 1.0);
    s.household.herd.yearlings_head = 3.0;
    s.household.herd.lambs_head = 4.0;
    let c = Sheep::start_census(&s);
    assert_eq!(c.ewes_head, 20.0);
    assert_eq!(c.rams_head, 1.0);
    // Young stock on hand are replacement ewes (a managed flock sells its ram lambs).
    assert_eq!(c.yearling_ewes_head, 3.0);
    assert_eq!(c.ewe_lambs_head, 4.0);
    assert_eq!(c.total_head(), 28.0);
}

#[test]
fn a_household_without_ewes_is_told_the_programme_has_nothing_to_improve() {
    let mut s = programme(SheepProgramme::Crossbreeding, 100.0);
    s.household.herd.breeding_ewes_head = 0.0;
    let p = project(&s).unwrap();
    assert!(p
        .notices
        .iter()
        .any(|n| matches!(n, Notice::NotEligible { kind, .. } if *kind == SHEEP)));
    s.interventions.sheep.ewes_provided_head = 10.0;
    let p = project(&s).unwrap();
    assert!(!p
        .notices
        .iter()
        .any(|n| matches!(n, Notice::NotEligible { kind, .. } if *kind == SHEEP)));
}

#[test]
fn the_baseline_run_alone_is_the_traditional_flock_of_the_paired_run() {
    let mut s = programme(SheepProgramme::Purification, 70.0);
    s.interventions.sheep.disaster_enabled = true;
    let paired = years(&s);
    let mut alone = Vec::new();
    s.interventions
        .sheep
        .simulate_traditional(&s, |_, t| alone.push(*t));
    for ((_, t), a) in paired.iter().zip(&alone) {
        assert_eq!(t, a);
    }
}

#[test]
fn explanations_equal_the_figures_add_up_and_show_no_empty_rows() {
    for kind in [SheepProgramme::Crossbreeding, SheepProgramme::Purification] {
        let mut s = programme(kind, 50.0);
        s.interventions.sheep.rams_provided_head = 1.0;
        let p = project(&s).unwrap();
        let m = &s.interventions.sheep;
        for (i, r) in p.rows.iter().enumerate().take(6) {
            let t = Module::explain(m, &s, r.year);
            assert_close(t.value, r.increment_by_intervention[SHEEP]);
            assert!(no_empty_rows(&t) && parts_add_up(&t), "{i}: {t:#?}");
            let b = Module::explain_baseline(m, &s, r.year).unwrap();
            assert_close(b.value, r.baseline_by_source[Source::Sheep]);
            assert!(no_empty_rows(&b) && parts_add_up(&b), "{i}: {b:#?}");
        }
    }
    // With no ram, the lambing part says so by its coverage, not by a row of "0 head".
    let s = flock(20.0, 0.0);
    let b = Module::explain_baseline(&s.interventions.sheep, &s, 2025).unwrap();
    assert!(no_empty_rows(&b));
    // No flock, no baseline explanation.
    let s = flock(0.0, 0.0);
    assert!(Module::explain_baseline(&s.interventions.sheep, &s, 2025).is_none());
    // Parameters are shown with the form's label.
    let label = field("interventions.sheep.twin_mortality_pct")
        .unwrap()
        .label;
    let s = flock(20.0, 1.0);
    let b = Module::explain_baseline(&s.interventions.sheep, &s, 2025).unwrap();
    assert!(b.parts[0].inputs.iter().any(|i| i.label == label));
}

#[test]
fn defaults_without_a_cited_source_are_marked_as_assumptions() {
    common::assert_unsourced_defaults_are_assumptions(
        SHEEP,
        &[
            "traditional_lambing_rate_pct",
            "lamb_sale_weight_kg",
            "ewe_sale_weight_kg",
            "ram_sale_weight_kg",
            "price_yuan_per_kg",
        ],
    );
}

#[test]
fn crossing_every_ewe_leaves_no_replacements_and_the_flock_shrinks() {
    // Adopted in full and 100 % of the ewes crossed: every lamb is crossbred and sold.
    let mut s = programme(SheepProgramme::Crossbreeding, 100.0);
    s.interventions.sheep.crossbred_share_pct = 100.0;
    let ys = years(&s);
    for (imp, _) in &ys[1..] {
        assert_eq!(imp.eligible_ewe_lambs_head, 0.0);
        assert_eq!(imp.ewe_lambs_kept_head, 0.0);
    }
    // By hand. Autumn 2025 (no crossbred lamb yet): 19.2 ewes, 0.8 ewe lamb kept.
    // 2026: 19.2 ewes lamb; 18.432 survive; the lamb becomes a 0.768 yearling and replaces 0.768
    //       culled ewes: 17.664 ewes + 0.768 yearling = 18.432 breeding ewes for 2027.
    // 2027 on: no yearling comes in, so no ewe is culled and the ewes only die, 4 % a year:
    //       ewes at lambing in 2035 = 18.432 × 0.96^8 = 13.2967.
    assert_close(ys[2].0.breeding_ewes_head, 18.432);
    assert_close(ys[10].0.breeding_ewes_head, 18.432 * 0.96_f64.powi(8));
    // The traditional flock holds its 20 breeding females.
    assert_close(ys[10].1.census.breeding_females_head(), 20.0);
}
