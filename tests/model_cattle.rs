//! Cattle: the household's own cows in the baseline, and AI (黄牛冷配), worked by hand.
//!
//! Defaults used throughout: 65 % of cows come into heat; 5 heats in the season; the bull
//! settles 50 % a heat; AI 35 % a service, at most 2 services, then the bull for the 3 heats left;
//! 5 % of pregnancies lost; 90 % of calves survive to weaning; large-breed semen adds 10 %
//! difficult calvings, 30 % of whose calves die, 200 yuan vet each; a local calf 4,000 yuan,
//! crossbred premium 30 %, 300 yuan extra feed; AI 120 yuan a service, all paid by the program;
//! 800 yuan feed and vet a cow; 0.5 labor-months a cow, 0.1 more for a cow bred by AI.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_close, no_empty_rows, on_from, parts_add_up, real_scenario_with};
use proptest::prelude::*;
use village_income_planner::model::fields::FIELDS;
use village_income_planner::model::interventions::{Cattle, Effect, InterventionKind, Module};
use village_income_planner::model::notice::Notice;
use village_income_planner::model::{project, Scenario, Source};

const K: InterventionKind = InterventionKind::Cattle;

/// Calves sold per cow a year with the bull: 0.65 × (1 − 0.5⁵) × 0.95 × 0.9.
const BULL_CALVES: f64 = 0.65 * 0.968_75 * 0.95 * 0.9; // 0.538 382 812 5
/// Per cow bred by AI: settled by AI 1 − 0.65² = 0.5775; AI calves survive 0.9 × (1 − 0.1 × 0.3).
const AI_CALVES: f64 = 0.65 * 0.5775 * 0.95 * 0.873; // 0.311 317 256 25
/// The bull settles 0.4225 × (1 − 0.5³) = 0.369 687 5 of them after AI failed.
const BACKUP_CALVES: f64 = 0.65 * 0.369_687_5 * 0.95 * 0.9; // 0.205 453 828 125
/// Difficult calvings per cow bred by AI: 0.65 × 0.5775 × 0.95 × 0.1.
const DIFFICULT: f64 = 0.65 * 0.5775 * 0.95 * 0.1; // 0.035 660 625

fn ten_cows_with_ai() -> Scenario {
    real_scenario_with(|s| {
        s.household.herd.cows_head = 10.0;
        s.interventions.cattle.schedule = on_from(2025, &[100.0]);
    })
}

#[test]
fn five_cows_and_twenty_hens_earn_in_the_baseline_with_the_modules_off() {
    let s = real_scenario_with(|s| {
        s.household.herd.cows_head = 5.0;
        s.household.herd.laying_hens_head = 20.0;
    });
    assert!(!s.interventions.cattle.schedule.enabled && !s.interventions.poultry.schedule.enabled);
    let p = project(&s).unwrap();
    let r = &p.rows[0];
    // Cows: 5 × 0.538 382 812 5 = 2.691 914 calves × 4,000 = 10,767.66, less 5 × 800 = 4,000.
    let cattle = 5.0 * BULL_CALVES * 4_000.0 - 5.0 * 800.0; // 6,767.66
    assert_close(r.baseline_by_source[Source::Cattle], cattle);
    // Hens (kept at 20, 2-year life, 80 % chick survival): 10 spent hens a year, replaced from
    // 10 ÷ 0.8 = 12.5 chicks; eggs 20 × 120 × (2 − ½) ÷ 2 = 1,800 × 1.2 = 2,160; spent hens
    // 10 × 40 = 400; feed 20 × 38 kg × 2.8 = 2,128; chicks 12.5 × (10 + 2 + 2) = 175.
    let poultry = 2_160.0 + 400.0 - 2_128.0 - 175.0; // 257
    assert_close(r.baseline_by_source[Source::Poultry], poultry);
    // The default household's 24,560 yuan plus both.
    assert_close(r.baseline_household_net_yuan, 24_560.0 + cattle + poultry);
    assert_close(r.household_net_yuan, r.baseline_household_net_yuan);
    assert_close(r.increment_by_intervention.total(), 0.0);
    // Eggs and spent hens eaten at home: 30 % × (2,160 + 400) = 768.
    assert_close(r.in_kind_yuan, 768.0);
    // Herd: 5 cows + this year's 2.69 calves (sold at weaning); the 20 hens.
    assert_close(r.baseline_herd.cattle_head, 5.0 + 5.0 * BULL_CALVES);
    assert_close(r.baseline_herd.poultry_head, 20.0);
    // Labor: 21.1 mu × 0.15 + 2 months of local work + 5 cows × 0.5 + 20 hens ÷ 100 × 1.
    assert_close(r.labor.baseline_months, 21.1 * 0.15 + 2.0 + 2.5 + 0.2);
    // Every year the same (a steady herd and flock, base-year prices).
    assert_close(p.rows[9].baseline_by_source[Source::Cattle], cattle);
}

#[test]
fn a_cow_calves_at_most_once_a_year_and_every_20_months_by_default() {
    let r = Cattle::default().rates();
    assert_close(r.bull_calves, BULL_CALVES);
    // Births (before calf deaths) 0.65 × 0.968 75 × 0.95 = 0.598 a cow a year: one calf every
    // 12 ÷ 0.598 = 20.06 months, as for smallholder local cattle.
    assert_close(
        r.calving_interval_months().unwrap(),
        12.0 / (0.65 * 0.968_75 * 0.95),
    );
    assert!(r.calves_with_ai() <= 1.0 && r.bull_calves <= 1.0);
}

#[test]
fn ai_increment_is_the_difference_in_calves_plus_the_premium_less_costs() {
    let p = project(&ten_cows_with_ai()).unwrap();
    // AI year (2025): 10 cows × 65 % in heat × 1.65 expected services (= 0.5775 ÷ 0.35)
    // = 10.725 services × 120 = 1,287 yuan, all paid by the program; no calves yet.
    assert_close(p.rows[0].program_cost_yuan, 10.0 * 0.65 * 1.65 * 120.0);
    assert_close(p.rows[0].increment_by_intervention[K], 0.0);
    assert_close(p.rows[0].herd.cattle_head, 10.0 + 10.0 * BULL_CALVES);
    assert_close(p.rows[0].labor.claimed_months[K], 10.0 * 0.1);
    // The year after: 3.113 AI calves + 2.055 of the bull's after AI replace 5.384 bull calves:
    // −0.216 calves × 4,000 = −864.47; premium 3.113 × 4,000 × 30 % = 3,735.81; extra feed
    // 3.113 × 300 = 933.95; vet 0.357 difficult calvings × 200 = 71.32.
    let change = 10.0 * (AI_CALVES + BACKUP_CALVES - BULL_CALVES);
    let gain =
        change * 4_000.0 + 10.0 * AI_CALVES * (4_000.0 * 0.3 - 300.0) - 10.0 * DIFFICULT * 200.0; // 1,866.07
    assert!((gain - 1_866.065).abs() < 0.001, "{gain}");
    assert_close(p.rows[1].increment_by_intervention[K], gain);
    assert_close(
        p.rows[1].scenario_by_source[Source::Cattle],
        p.rows[1].baseline_by_source[Source::Cattle] + gain,
    );
    assert_close(
        p.rows[1].herd.cattle_head,
        10.0 + 10.0 * BULL_CALVES + change,
    );
}

#[test]
fn the_household_pays_the_unsubsidised_share_as_its_own_outlay() {
    let mut s = ten_cows_with_ai();
    s.interventions.cattle.ai_subsidy_pct = 50.0;
    let p = project(&s).unwrap();
    let ai_cost = 10.0 * 0.65 * 1.65 * 120.0; // 1,287
    assert_close(p.rows[0].increment_by_intervention[K], -0.5 * ai_cost);
    assert_close(p.rows[0].program_cost_yuan, 0.5 * ai_cost);
    let mut out = vec![Effect::default(); 2];
    Module::effects(&s.interventions.cattle, &s, &mut out);
    assert_close(out[0].household_outlay_yuan, 0.5 * ai_cost); // 643.5
    assert_close(out[0].program_cost_yuan, 0.5 * ai_cost);
}

#[test]
fn calving_difficulty_with_large_breed_semen_lowers_the_gain() {
    let mut easy = ten_cows_with_ai();
    easy.interventions.cattle.difficult_calving_pct = 0.0;
    let (hard, easy) = (
        project(&ten_cows_with_ai()).unwrap(),
        project(&easy).unwrap(),
    );
    // Without difficulty AI calves survive 90 %: 10 × 0.65 × 0.5775 × 0.95 × 0.9 = 3.209 calves;
    // gain = (3.209 + 2.055 − 5.384) × 4,000 + 3.209 × (1,200 − 300) = 2,409.18 > 1,866.07.
    let ai = 10.0 * 0.65 * 0.5775 * 0.95 * 0.9;
    let gain = (ai + 10.0 * (BACKUP_CALVES - BULL_CALVES)) * 4_000.0 + ai * 900.0;
    assert_close(easy.rows[1].increment_by_intervention[K], gain);
    assert!(hard.rows[1].increment_by_intervention[K] < gain - 500.0);
}

#[test]
fn with_no_premium_ai_only_costs_when_it_settles_no_more_cows() {
    // AI at 35 % for 2 heats then the bull for 3 settles 0.5775 + 0.3697 = 0.9472 of cycling
    // cows, the bull alone 0.9688: no premium means a loss, not a gain.
    let mut s = ten_cows_with_ai();
    s.interventions.cattle.improved_premium_pct = 0.0;
    let p = project(&s).unwrap();
    assert!(p.rows[1].increment_by_intervention[K] < 0.0);
}

#[test]
fn explanations_equal_the_figures_without_empty_rows() {
    let s = ten_cows_with_ai();
    let p = project(&s).unwrap();
    let m = &s.interventions.cattle;
    for (i, year) in [(0usize, 2025), (1, 2026)] {
        let t = Module::explain(m, &s, year);
        assert_close(t.value, p.rows[i].increment_by_intervention[K]);
        assert!(no_empty_rows(&t) && parts_add_up(&t), "{t:#?}");
    }
    let b = Module::explain_baseline(m, &s, 2025).unwrap();
    assert_close(b.value, p.rows[0].baseline_by_source[Source::Cattle]);
    assert!(no_empty_rows(&b));
    // Parameters are shown with the form's label.
    let label = FIELDS
        .iter()
        .find(|f| f.id == "interventions.cattle.pregnancy_loss_pct")
        .unwrap()
        .label;
    assert!(b.inputs.iter().any(|i| i.label == label && i.value == 5.0));
    // No cows, no baseline and a notice when AI is on.
    let none = real_scenario_with(|s| s.interventions.cattle.schedule = on_from(2025, &[100.0]));
    assert!(Module::explain_baseline(&none.interventions.cattle, &none, 2025).is_none());
    let p = project(&none).unwrap();
    assert!(p.notices.iter().any(|n| matches!(
        n,
        Notice::NotEligible {
            kind: InterventionKind::Cattle,
            ..
        }
    )));
}

/// A fraction of a range: often an end point, otherwise anywhere between.
fn unit() -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 1 => Just(1.0), 6 => 0.0f64..=1.0]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever the accepted inputs, a cow gives at most one calf a year (with the bull or with
    /// AI), calves an interval of at least 12 months, and the herd never counts more calves
    /// than cows.
    #[test]
    fn calves_per_cow_never_exceed_one(draw in proptest::collection::vec(unit(), 40)) {
        let mut s = ten_cows_with_ai();
        let fields = FIELDS.iter().filter(|f| f.id.starts_with("interventions.cattle.") && !f.id.ends_with("start_year"));
        for (f, u) in fields.zip(&draw) {
            let v = f.min + u * (f.max - f.min);
            (f.set)(&mut s, if f.integer { v.round() } else { v });
        }
        let r = s.interventions.cattle.rates();
        prop_assert!(r.bull_calves <= 1.0 && r.bull_calves >= 0.0);
        prop_assert!(r.calves_with_ai() <= 1.0 && r.calves_with_ai() >= 0.0);
        prop_assert!(r.calves_with_ai() <= r.cycling + 1e-12);
        if let Some(m) = r.calving_interval_months() {
            prop_assert!(m >= 12.0 - 1e-9);
        }
        let p = project(&s).unwrap();
        for row in &p.rows {
            let calves = row.herd.cattle_head - 10.0;
            prop_assert!((-1e-9..=10.0 + 1e-9).contains(&calves), "{calves}");
        }
    }
}
