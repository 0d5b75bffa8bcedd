//! 肉羊改良 Sheep improvement (Hejing: purified Bayinbuluk sheep, economic crossbreeding), and
//! the household's own flock in the baseline.
//!
//! One managed flock by class, run year by year from the household's census twice: the
//! TRADITIONAL flock (local rams, local ewes — the baseline, run whether or not the module is on)
//! and the IMPROVED flock (the programme). The module's effect is improved minus traditional.
//!
//! A year (lambs are born in spring, sold in autumn; the flock mates in autumn and winters in
//! sheds on winter feed; the census is the flock at the autumn mating before year 1):
//!
//! 1. Lambing: the ewes are last autumn's ewes and yearling ewes. Rams at the mating cover
//!    `ewes_per_ram` ewes each; with fewer rams, fewer ewes conceive, with no ram none.
//!    Lambs per ewe follow the EWE's breed: local ewes lamb at the traditional rate, improved
//!    (purified) ewes at the improved rate. The rate sets the litters (least spread: 105 % =
//!    95 % singles + 5 % twins); singles, twins and triplets survive at their own rates, and a
//!    ewe carrying twins or triplets needs extra feed.
//! 2. Deaths: adults and young stock die at the adult rate (in a disaster year the disaster
//!    rate, if higher, for lambs and adults).
//! 3. Autumn: ram lambs (the male share of the lambs) are castrated or sold, never kept. Ewe
//!    lambs from purebred matings are kept as replacements until ewes + yearling ewes + kept
//!    ewe lambs reach the flock's target (the census's breeding females plus programme ewes);
//!    the rest are sold. Old ewes are culled, at most as many as yearlings replace (unless
//!    selling breeding stock is allowed). Rams serve a few years (`ram_cull_pct`); the flock
//!    then holds exactly the rams its ewes need: surplus rams are sold, missing ones bought.
//! 4. The grazing cap (草畜平衡) bounds the wintered flock in sheep units (ewe 1, ram, yearling
//!    and lamb each by its factor): kept ewe lambs go first, then ewes, then yearling ewes.
//! 5. Costs: vet and summer grazing per head, per lamb; winter feed and sheds per sheep unit
//!    wintered; extra feed per ewe carrying multiples; rams bought.
//!
//! Programmes (the improved flock; adoption × the programme's share of ewes = the share of ewes
//! mated to programme rams in the autumn of that year, so its lambs come the NEXT year):
//! - 经济杂交 economic crossbreeding: meat-breed rams on `crossbred_share_pct` of the local
//!   ewes. Crossbred lambs are all sold, heavier (`cross_weight_gain_pct`) and maybe at a better
//!   price (`breed_premium_pct`). Lambing is unchanged; replacements come only from the ewes
//!   bred pure.
//! - 提纯复壮 purification: purified Bayinbuluk rams on all ewes. Ewe lambs they sire are improved; as they
//!   enter the flock as replacements, the improved-ewe share rises, and improved ewes lamb at
//!   the improved rate and raise lambs `purified_weight_gain_pct` heavier.
//!
//! Programme ewes, rams and sheds are handed out as adoption rises (their cost scales with it).

use serde::{Deserialize, Serialize};

use crate::model::fields::{ChoiceSpec, Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::notice::Notice;
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Head, Kg, Months, Percent, Unit, Yuan};

/// Which programme the improved flock follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheepProgramme {
    /// 经济杂交: meat-breed rams on local ewes, all crossbred lambs sold.
    Crossbreeding,
    /// 提纯复壮: purified local rams; improvement enters through replacement ewes.
    Purification,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sheep {
    pub schedule: Schedule,
    pub programme: SheepProgramme,
    /// Breeding ewes the programme hands over (at full adoption).
    pub ewes_provided_head: Head,
    /// Improved rams the programme hands over (at full adoption).
    pub rams_provided_head: Head,
    /// Programme cost per ewe provided.
    pub ewe_cost_yuan_per_head: Yuan,
    /// Programme cost per improved ram provided; also what the household pays for an improved
    /// replacement ram later.
    pub ram_cost_yuan_per_head: Yuan,
    /// Lambs born per local ewe mated a year (Bayinbuluk / Mongolian type).
    pub traditional_lambing_rate_pct: Percent,
    /// Lambs born per improved (purified) ewe mated a year. Purification only: crossbreeding
    /// leaves lambing as the ewe's breed.
    pub improved_lambing_rate_pct: Percent,
    /// Crossbreeding: share of an adopting household's ewes mated to meat rams; the rest are
    /// bred pure for the flock's own replacements.
    pub crossbred_share_pct: Percent,
    /// Heavier sale weight of a crossbred lamb than a local one.
    pub cross_weight_gain_pct: Percent,
    /// Price premium per kg of a crossbred lamb over a local one (0 = same price per kg).
    pub breed_premium_pct: Percent,
    /// Heavier sale weight of a lamb raised by an improved (purified) ewe.
    pub purified_weight_gain_pct: Percent,
    /// Share of lambs born female.
    pub female_share_pct: Percent,
    /// Mortality of single-born lambs to sale or weaning.
    pub lamb_mortality_pct: Percent,
    /// Mortality of twin-born lambs.
    pub twin_mortality_pct: Percent,
    /// Mortality of triplet-born lambs.
    pub triplet_mortality_pct: Percent,
    /// Yearly mortality of ewes, rams, yearlings and kept lambs.
    pub adult_mortality_pct: Percent,
    /// Share of surviving ewes culled (old ewes) and sold each autumn.
    pub cull_pct: Percent,
    /// Share of surviving rams retired and sold each autumn (a ram serves a few years).
    pub ram_cull_pct: Percent,
    /// Allow ewe culls beyond the yearlings that replace them (the flock may shrink).
    pub allow_breeding_sales: bool,
    /// Most ewes one ram covers at the mating (natural mating).
    pub ewes_per_ram: f64,
    /// Price of a local replacement ram the household buys.
    pub replacement_ram_yuan_per_head: Yuan,
    /// The household's licensed stocking (草畜平衡), in sheep units, for the whole wintered flock.
    pub grazing_cap_sheep_units: f64,
    /// Sheep units of a ram (an adult ewe = 1).
    pub ram_sheep_units: f64,
    /// Sheep units of a yearling.
    pub yearling_sheep_units: f64,
    /// Sheep units of a kept (weaned) lamb over its first winter.
    pub lamb_sheep_units: f64,
    pub lamb_sale_weight_kg: Kg,
    pub ewe_sale_weight_kg: Kg,
    pub ram_sale_weight_kg: Kg,
    /// Live-weight price.
    pub price_yuan_per_kg: Yuan,
    /// Vet, salt and summer grazing per ewe, ram or yearling a year (winter feed apart).
    pub feed_vet_yuan_per_head: Yuan,
    /// Vet and grazing per surviving lamb in its birth year.
    pub lamb_feed_vet_yuan_per_head: Yuan,
    /// Winter feed (hay, concentrate) per sheep unit wintered.
    pub winter_feed_yuan_per_unit: Yuan,
    /// Extra late-pregnancy feed per ewe carrying twins or triplets.
    pub twin_feed_yuan_per_ewe: Yuan,
    /// Sheds and pens (棚圈) per sheep unit wintered a year: upkeep and depreciation, paid by
    /// the household.
    pub shed_yuan_per_unit: Yuan,
    /// One-off cost of the sheds the programme builds (暖棚), at full adoption.
    pub shed_build_yuan: Yuan,
    /// Public share of that one-off shed cost; the household pays the rest.
    pub shed_public_share_pct: Percent,
    /// Herding labor a year for any flock (a herder's season).
    pub herding_months_fixed: Months,
    /// Further herding and winter-feeding labor per sheep unit.
    pub herding_months_per_unit: Months,
    /// A snow or drought year (雪灾、旱灾) with raised mortality.
    pub disaster_enabled: bool,
    pub disaster_year: i32,
    /// Mortality of lambs and adults in the disaster year.
    pub disaster_mortality_pct: Percent,
}

impl Default for Sheep {
    /// Hejing (和静) Bayinbuluk sheep: lambing 105 % local; live weights 30 / 43 / 70 kg;
    /// 26 yuan/kg (parameters.md). Everything else is an assumption (see PARAMS).
    fn default() -> Self {
        Sheep {
            schedule: Schedule::default(),
            programme: SheepProgramme::Crossbreeding,
            ewes_provided_head: 0.0,
            rams_provided_head: 1.0,
            ewe_cost_yuan_per_head: 1_500.0,
            ram_cost_yuan_per_head: 3_000.0,
            traditional_lambing_rate_pct: 105.0,
            improved_lambing_rate_pct: 110.0,
            crossbred_share_pct: 50.0,
            cross_weight_gain_pct: 15.0,
            breed_premium_pct: 0.0,
            purified_weight_gain_pct: 5.0,
            female_share_pct: 50.0,
            lamb_mortality_pct: 10.0,
            twin_mortality_pct: 18.0,
            triplet_mortality_pct: 30.0,
            adult_mortality_pct: 4.0,
            cull_pct: 15.0,
            ram_cull_pct: 25.0,
            allow_breeding_sales: false,
            ewes_per_ram: 40.0,
            replacement_ram_yuan_per_head: 2_000.0,
            grazing_cap_sheep_units: 100.0,
            ram_sheep_units: 1.5,
            yearling_sheep_units: 0.75,
            lamb_sheep_units: 0.5,
            lamb_sale_weight_kg: 30.0,
            ewe_sale_weight_kg: 43.0,
            ram_sale_weight_kg: 70.0,
            price_yuan_per_kg: 26.0,
            feed_vet_yuan_per_head: 60.0,
            lamb_feed_vet_yuan_per_head: 30.0,
            winter_feed_yuan_per_unit: 200.0,
            twin_feed_yuan_per_ewe: 40.0,
            shed_yuan_per_unit: 20.0,
            shed_build_yuan: 0.0,
            shed_public_share_pct: 50.0,
            herding_months_fixed: 3.0,
            herding_months_per_unit: 0.05,
            disaster_enabled: false,
            disaster_year: 2028,
            disaster_mortality_pct: 25.0,
        }
    }
}

/// Head by class at the autumn census (after sales, purchases and the grazing cap): the flock
/// that winters and mates.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SheepCensus {
    /// Breeding ewes (2 years and older), all breeds.
    pub ewes_head: Head,
    /// Of them, improved (purified) ewes.
    pub improved_ewes_head: Head,
    pub rams_head: Head,
    /// Yearling ewes: they mate this autumn and join the ewes at next year's lambing.
    pub yearling_ewes_head: Head,
    pub improved_yearling_ewes_head: Head,
    /// Ewe lambs kept as replacements.
    pub ewe_lambs_head: Head,
    pub improved_ewe_lambs_head: Head,
}

impl SheepCensus {
    pub fn total_head(&self) -> Head {
        self.ewes_head + self.rams_head + self.yearling_ewes_head + self.ewe_lambs_head
    }
    /// Females of breeding age or on the way to it.
    pub fn breeding_females_head(&self) -> Head {
        self.ewes_head + self.yearling_ewes_head + self.ewe_lambs_head
    }
}

/// One simulated year of one flock.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SheepYear {
    /// Ewes present at lambing.
    pub breeding_ewes_head: Head,
    /// Of them, improved (purified) ewes.
    pub improved_ewes_head: Head,
    /// Rams at last autumn's mating.
    pub rams_at_mating_head: Head,
    /// Share of ewes the rams covered (0–100).
    pub ram_coverage_pct: Percent,
    /// Share of ewes mated to programme rams last autumn (0–100).
    pub programme_matings_pct: Percent,
    /// Lambs born per ewe present (births ÷ ewes).
    pub lambing_rate_pct: Percent,
    pub births_head: Head,
    /// Ewes carrying twins or triplets.
    pub multiple_ewes_head: Head,
    pub surviving_lambs_head: Head,
    /// Crossbred lambs among the survivors (crossbreeding; all sold).
    pub crossbred_lambs_head: Head,
    pub deaths_head: Head,
    /// Ewe lambs from purebred matings, the pool replacements are kept from.
    pub eligible_ewe_lambs_head: Head,
    pub ewe_lambs_kept_head: Head,
    pub lambs_sold_head: Head,
    /// Average value of a lamb sold.
    pub lamb_price_yuan_per_head: Yuan,
    /// Ewes culled or sold to the cap.
    pub ewes_sold_head: Head,
    /// Yearling ewes sold to the cap.
    pub yearlings_sold_head: Head,
    pub rams_sold_head: Head,
    pub rams_bought_head: Head,
    /// Rams the autumn's ewes need (whole rams).
    pub rams_needed_head: Head,
    pub programme_ewes_head: Head,
    pub programme_rams_head: Head,
    pub lamb_sales_yuan: Yuan,
    pub breeding_stock_sales_yuan: Yuan,
    pub sales_yuan: Yuan,
    /// Ewes, rams and yearlings on hand through the year.
    pub adults_and_yearlings_head: Head,
    pub feed_vet_yuan: Yuan,
    pub winter_feed_yuan: Yuan,
    pub twin_feed_yuan: Yuan,
    pub shed_yuan: Yuan,
    pub rams_bought_yuan: Yuan,
    /// The household's part of the programme's one-off sheds.
    pub shed_build_household_yuan: Yuan,
    /// Public programme cost (ewes, rams, sheds).
    pub program_cost_yuan: Yuan,
    /// Sheep units wintered (the census below).
    pub sheep_units: f64,
    pub labor_months: Months,
    pub census: SheepCensus,
}

impl SheepYear {
    /// The household's cash costs (all paid by it).
    pub fn costs_yuan(&self) -> Yuan {
        self.feed_vet_yuan
            + self.winter_feed_yuan
            + self.twin_feed_yuan
            + self.shed_yuan
            + self.rams_bought_yuan
            + self.shed_build_household_yuan
    }
    pub fn net_yuan(&self) -> Yuan {
        self.sales_yuan - self.costs_yuan()
    }
}

/// Litters per ewe lambing at a lambing rate, least spread: singles and twins between 100 and
/// 200 %, twins and triplets above; below 100 % some ewes are barren.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Litters {
    pub singles: f64,
    pub twins: f64,
    pub triplets: f64,
}

impl Litters {
    pub fn from_rate(rate_pct: Percent) -> Self {
        let l = frac(rate_pct).clamp(0.0, 3.0);
        if l <= 1.0 {
            Litters {
                singles: l,
                twins: 0.0,
                triplets: 0.0,
            }
        } else if l <= 2.0 {
            Litters {
                singles: 2.0 - l,
                twins: l - 1.0,
                triplets: 0.0,
            }
        } else {
            Litters {
                singles: 0.0,
                twins: 3.0 - l,
                triplets: l - 2.0,
            }
        }
    }
    pub fn lambs(&self) -> f64 {
        self.singles + 2.0 * self.twins + 3.0 * self.triplets
    }
    /// Litters of two or three per ewe.
    pub fn multiples(&self) -> f64 {
        self.twins + self.triplets
    }
    /// Surviving lambs per ewe, each litter size at its own mortality (0–1).
    pub fn survivors(&self, m1: f64, m2: f64, m3: f64) -> f64 {
        self.singles * (1.0 - m1) + 2.0 * self.twins * (1.0 - m2) + 3.0 * self.triplets * (1.0 - m3)
    }
}

/// What differs between the two flocks in one year.
#[derive(Clone, Copy, Debug)]
struct YearPlan {
    /// Share of ewes mated to programme rams last autumn (their lambs are born this year).
    mated: f64,
    /// Share of this autumn's matings to programme rams (sets which rams are bought).
    mating_now: f64,
    /// Rise in adoption this year: the part of programme animals and sheds handed out now.
    handed_out: f64,
    /// Programme ewes handed out so far, including this year (they raise the flock's target).
    ewes_so_far: Head,
    improved: bool,
    disaster: bool,
}

/// Whole rams `ewes` need.
fn rams_needed(ewes: Head, per_ram: f64) -> Head {
    if ewes <= 1e-9 {
        0.0
    } else {
        (ewes / per_ram.max(1.0) - 1e-9).ceil().max(1.0)
    }
}

impl Sheep {
    /// The flock the household starts from (its census). Yearlings and kept lambs on hand are
    /// taken as replacement ewes: a managed flock sells its ram lambs.
    pub fn start_census(scenario: &Scenario) -> SheepCensus {
        let h = &scenario.household.herd;
        SheepCensus {
            ewes_head: h.breeding_ewes_head,
            rams_head: h.rams_head,
            yearling_ewes_head: h.yearlings_head,
            ewe_lambs_head: h.lambs_head,
            ..SheepCensus::default()
        }
    }

    /// Sheep units of a census.
    pub fn sheep_units(&self, c: &SheepCensus) -> f64 {
        c.ewes_head
            + self.ram_sheep_units * c.rams_head
            + self.yearling_sheep_units * c.yearling_ewes_head
            + self.lamb_sheep_units * c.ewe_lambs_head
    }

    /// Herding labor a year for a flock of `units` sheep units.
    pub fn herding_months(&self, units: f64) -> Months {
        if units > 1e-9 {
            self.herding_months_fixed + self.herding_months_per_unit * units
        } else {
            0.0
        }
    }

    fn mortality(&self, pct: Percent, disaster: bool) -> f64 {
        if disaster {
            frac(pct.max(self.disaster_mortality_pct))
        } else {
            frac(pct)
        }
    }

    /// One year of a flock from last autumn's census.
    fn step(&self, prev: &SheepCensus, target: Head, p: YearPlan) -> SheepYear {
        let purification = p.improved && self.programme == SheepProgramme::Purification;
        let crossbreeding = p.improved && self.programme == SheepProgramme::Crossbreeding;
        // 1. Lambing: last autumn's ewes and yearling ewes, covered by last autumn's rams.
        let ewes = prev.ewes_head + prev.yearling_ewes_head;
        let improved_ewes = prev.improved_ewes_head + prev.improved_yearling_ewes_head;
        let local_ewes = ewes - improved_ewes;
        let coverage = if ewes > 1e-9 {
            (prev.rams_head * self.ewes_per_ram / ewes).min(1.0)
        } else {
            0.0
        };
        let local = Litters::from_rate(self.traditional_lambing_rate_pct);
        let better = Litters::from_rate(self.improved_lambing_rate_pct);
        let (m1, m2, m3) = (
            self.mortality(self.lamb_mortality_pct, p.disaster),
            self.mortality(self.twin_mortality_pct, p.disaster),
            self.mortality(self.triplet_mortality_pct, p.disaster),
        );
        let births = coverage * (local_ewes * local.lambs() + improved_ewes * better.lambs());
        let lambs_local = coverage * local_ewes * local.survivors(m1, m2, m3);
        let lambs_improved = coverage * improved_ewes * better.survivors(m1, m2, m3);
        let lambs = lambs_local + lambs_improved;
        let multiples =
            coverage * (local_ewes * local.multiples() + improved_ewes * better.multiples());
        // 2. Deaths of the flock on hand.
        let m = self.mortality(self.adult_mortality_pct, p.disaster);
        let keep = 1.0 - m;
        let on_hand = ewes + prev.rams_head + prev.ewe_lambs_head;
        let deaths = births - lambs + on_hand * m;
        let ewes_alive = ewes * keep;
        let improved_alive = improved_ewes * keep;
        let rams_alive = prev.rams_head * keep;
        let yearlings = prev.ewe_lambs_head * keep;
        let improved_yearlings = prev.improved_ewe_lambs_head * keep;
        // 3. Lambs: crossbred ones are all sold; ewe lambs of purebred matings may be kept.
        let crossbred = if crossbreeding { p.mated * lambs } else { 0.0 };
        let female = frac(self.female_share_pct);
        let eligible = female * (lambs - crossbred);
        let improved_eligible_share = if purification { p.mated } else { 0.0 };
        let base_lamb = self.lamb_sale_weight_kg * self.price_yuan_per_kg;
        let cross_factor =
            (1.0 + frac(self.cross_weight_gain_pct)) * (1.0 + frac(self.breed_premium_pct)) - 1.0;
        let purified_gain = frac(self.purified_weight_gain_pct);
        // A lamb raised by an improved ewe is heavier; crossbred lambs come from local ewes.
        let lamb_value = base_lamb * (lambs + purified_gain * lambs_improved)
            + base_lamb * cross_factor * crossbred;
        let purebred = lambs - crossbred;
        let eligible_value = if purebred > 1e-12 {
            base_lamb * (1.0 + purified_gain * lambs_improved / purebred)
        } else {
            base_lamb
        };
        // Old ewes culled, at most as many as yearlings replace.
        let mut ewes_culled = frac(self.cull_pct) * ewes_alive;
        if !self.allow_breeding_sales {
            ewes_culled = ewes_culled.min(yearlings);
        }
        let ratio = |whole: Head, part: Head| {
            if whole > 1e-12 {
                part / whole
            } else {
                0.0
            }
        };
        let ewe_share = ratio(ewes_alive, improved_alive);
        let programme_ewes = p.handed_out * self.ewes_provided_head;
        let programme_rams = p.handed_out * self.rams_provided_head;
        let mut e = ewes_alive - ewes_culled + programme_ewes;
        let mut ie = (ewes_alive - ewes_culled) * ewe_share
            + if purification { programme_ewes } else { 0.0 };
        let mut y = yearlings;
        let mut iy = improved_yearlings;
        // Replacements: kept until the breeding females reach the target.
        let mut kept = eligible.min((target - e - y).max(0.0));
        // 4. The grazing cap, in sheep units, over the wintered flock with the rams it needs.
        let cap = self.grazing_cap_sheep_units;
        let (ru, yu, lu) = (
            self.ram_sheep_units,
            self.yearling_sheep_units,
            self.lamb_sheep_units,
        );
        let mut need = rams_needed(e + y, self.ewes_per_ram);
        let (mut ewes_capped, mut yearlings_capped) = (0.0, 0.0);
        if e + ru * need + yu * y + lu * kept > cap {
            // Kept ewe lambs first.
            kept = ((cap - e - ru * need - yu * y) / lu).max(0.0);
            if e + ru * need + yu * y > cap {
                // Then ewes, with the whole rams they need: fewer ewes may need a ram less,
                // which leaves room for some of them back.
                let before = e;
                let mut fit = (cap - ru * need - yu * y).clamp(0.0, before);
                let fewer = rams_needed(fit + y, self.ewes_per_ram);
                if fewer < need {
                    fit = (cap - ru * fewer - yu * y)
                        .min(fewer * self.ewes_per_ram - y)
                        .clamp(fit, before);
                }
                ewes_capped = before - fit;
                ie *= ratio(before, fit);
                e = fit;
                need = rams_needed(e + y, self.ewes_per_ram);
                if e + ru * need + yu * y > cap {
                    // Then yearling ewes (only once no ewe is left).
                    let before = y;
                    let fit = ((cap - e - ru * need) / yu).clamp(0.0, before);
                    yearlings_capped = before - fit;
                    iy *= ratio(before, fit);
                    y = fit;
                    need = rams_needed(e + y, self.ewes_per_ram);
                }
            }
        }
        let ewe_lambs_improved = kept * improved_eligible_share;
        // Rams: the retired and any beyond the need are sold, the missing bought.
        let rams_retired = frac(self.ram_cull_pct) * rams_alive;
        let rams_have = rams_alive - rams_retired + programme_rams;
        let rams_surplus = (rams_have - need).max(0.0);
        let rams_bought = (need - rams_have).max(0.0);
        let ram_price = p.mating_now * self.ram_cost_yuan_per_head
            + (1.0 - p.mating_now) * self.replacement_ram_yuan_per_head;
        let rams_sold = rams_retired + rams_surplus;
        // Sales.
        let lambs_sold = lambs - kept;
        let lamb_sales = lamb_value - kept * eligible_value;
        let ewes_sold = ewes_culled + ewes_capped;
        let breeding_sales =
            (ewes_sold + yearlings_capped) * self.ewe_sale_weight_kg * self.price_yuan_per_kg
                + rams_sold * self.ram_sale_weight_kg * self.price_yuan_per_kg;
        let census = SheepCensus {
            ewes_head: e,
            improved_ewes_head: ie,
            rams_head: need,
            yearling_ewes_head: y,
            improved_yearling_ewes_head: iy,
            ewe_lambs_head: kept,
            improved_ewe_lambs_head: ewe_lambs_improved,
        };
        let units = self.sheep_units(&census);
        // 5. Costs.
        let adults = ewes + prev.rams_head + prev.ewe_lambs_head;
        let shed_once = p.handed_out * self.shed_build_yuan;
        let public_shed = frac(self.shed_public_share_pct) * shed_once;
        SheepYear {
            breeding_ewes_head: ewes,
            improved_ewes_head: improved_ewes,
            rams_at_mating_head: prev.rams_head,
            ram_coverage_pct: coverage * 100.0,
            programme_matings_pct: p.mated * 100.0,
            lambing_rate_pct: if ewes > 1e-12 {
                births / ewes * 100.0
            } else {
                0.0
            },
            births_head: births,
            multiple_ewes_head: multiples,
            surviving_lambs_head: lambs,
            crossbred_lambs_head: crossbred,
            deaths_head: deaths,
            eligible_ewe_lambs_head: eligible,
            ewe_lambs_kept_head: kept,
            lambs_sold_head: lambs_sold,
            lamb_price_yuan_per_head: if lambs_sold > 1e-12 {
                lamb_sales / lambs_sold
            } else {
                0.0
            },
            ewes_sold_head: ewes_sold,
            yearlings_sold_head: yearlings_capped,
            rams_sold_head: rams_sold,
            rams_bought_head: rams_bought,
            rams_needed_head: need,
            programme_ewes_head: programme_ewes,
            programme_rams_head: programme_rams,
            lamb_sales_yuan: lamb_sales,
            breeding_stock_sales_yuan: breeding_sales,
            sales_yuan: lamb_sales + breeding_sales,
            adults_and_yearlings_head: adults,
            feed_vet_yuan: adults * self.feed_vet_yuan_per_head
                + lambs * self.lamb_feed_vet_yuan_per_head,
            winter_feed_yuan: units * self.winter_feed_yuan_per_unit,
            twin_feed_yuan: multiples * self.twin_feed_yuan_per_ewe,
            shed_yuan: units * self.shed_yuan_per_unit,
            rams_bought_yuan: rams_bought * ram_price,
            shed_build_household_yuan: shed_once - public_shed,
            program_cost_yuan: programme_ewes * self.ewe_cost_yuan_per_head
                + programme_rams * self.ram_cost_yuan_per_head
                + public_shed,
            sheep_units: units,
            labor_months: self.herding_months(units),
            census,
        }
    }

    /// Runs the improved and the traditional flock over the horizon, calling
    /// `f(year index, improved, traditional)`. No allocation.
    pub fn simulate(&self, scenario: &Scenario, mut f: impl FnMut(usize, &SheepYear, &SheepYear)) {
        let start = Self::start_census(scenario);
        let target = start.breeding_females_head();
        let (mut improved, mut traditional) = (start, start);
        let mut adopted = 0.0_f64;
        let on = self.schedule.enabled;
        let mated_share = match self.programme {
            SheepProgramme::Crossbreeding => frac(self.crossbred_share_pct),
            SheepProgramme::Purification => 1.0,
        };
        for i in 0..scenario.horizon.years as usize {
            let year = scenario.horizon.year_of(i);
            let disaster = self.disaster_enabled && year == self.disaster_year;
            let share = self.schedule.adoption_share(year);
            let handed_out = (share - adopted).max(0.0);
            adopted = adopted.max(share);
            let plan = YearPlan {
                mated: self.schedule.adoption_share(year - 1) * mated_share,
                mating_now: share * mated_share,
                handed_out: if on { handed_out } else { 0.0 },
                ewes_so_far: adopted * self.ewes_provided_head,
                improved: true,
                disaster,
            };
            let trad_plan = YearPlan {
                mated: 0.0,
                mating_now: 0.0,
                handed_out: 0.0,
                ewes_so_far: 0.0,
                improved: false,
                disaster,
            };
            let imp = self.step(&improved, target + plan.ewes_so_far, plan);
            let trad = self.step(&traditional, target, trad_plan);
            improved = imp.census;
            traditional = trad.census;
            f(i, &imp, &trad);
        }
    }

    /// Runs the traditional flock alone (the baseline), calling `f(year index, traditional)`.
    pub fn simulate_traditional(&self, scenario: &Scenario, mut f: impl FnMut(usize, &SheepYear)) {
        let mut flock = Self::start_census(scenario);
        let target = flock.breeding_females_head();
        for i in 0..scenario.horizon.years as usize {
            let year = scenario.horizon.year_of(i);
            let plan = YearPlan {
                mated: 0.0,
                mating_now: 0.0,
                handed_out: 0.0,
                ewes_so_far: 0.0,
                improved: false,
                disaster: self.disaster_enabled && year == self.disaster_year,
            };
            let y = self.step(&flock, target, plan);
            flock = y.census;
            f(i, &y);
        }
    }

    /// The effect of one year: improved flock minus the same flock kept traditionally.
    fn difference(e: &mut Effect, imp: &SheepYear, trad: &SheepYear) {
        e.by_source[Source::Sheep] += imp.net_yuan() - trad.net_yuan();
        e.herd_change.sheep_head += imp.census.total_head() - trad.census.total_head();
        e.program_cost_yuan += imp.program_cost_yuan;
        let labor = imp.labor_months - trad.labor_months;
        e.labor_months += labor.max(0.0);
        e.labor_freed_months += (-labor).max(0.0);
        e.household_outlay_yuan += imp.costs_yuan() - trad.costs_yuan();
    }

    /// The improved and traditional flock years for year index `i`.
    pub fn year(&self, scenario: &Scenario, i: usize) -> Option<(SheepYear, SheepYear)> {
        let mut found = None;
        self.simulate(scenario, |j, imp, trad| {
            if j == i {
                found = Some((*imp, *trad));
            }
        });
        found
    }

    /// How one flock's net income in a year is made up: lamb sales + breeding stock sold −
    /// costs (parts that add up), with the flock's head counts as inputs.
    fn flock_trace(
        &self,
        scenario: &Scenario,
        label: Text,
        y: &SheepYear,
        improved: bool,
    ) -> Trace {
        let p = |t: Trace, id: &str| t.param(scenario, id);
        // Head counts only where there are some: a row of "0 head" explains nothing.
        let head = |t: Trace, zh: &'static str, en: &'static str, v: f64| {
            if v.abs() > 1e-9 {
                t.input(Text::new(zh, en), v, Unit::Head)
            } else {
                t
            }
        };
        let mut lambs = Trace::new(
            Text::new("羔羊销售", "Lamb sales"),
            Text::new(
                "出生 = 母羊 × 公羊覆盖率 × 产羔率(按母羊品种)；成活按单羔、双羔、三羔各自死亡率(产羔率 105 % = 95 % 单胎 + 5 % 双胎)；公羔全部(去势)出售，纯种配种所产母羔留作后备至目标羊群，其余出售",
                "born = ewes × ram coverage × lambing rate (by the ewe's breed); survival by litter: singles, twins, triplets each at its own mortality (lambing 105 % = 95 % single + 5 % twin litters); all ram lambs sold (castrated), ewe lambs of purebred matings kept as replacements up to the target flock, the rest sold",
            ),
            y.lamb_sales_yuan,
            Unit::YuanPerYear,
        );
        lambs = head(lambs, "产羔母羊", "Ewes at lambing", y.breeding_ewes_head);
        lambs = head(
            lambs,
            "其中改良母羊",
            "Of them improved ewes",
            y.improved_ewes_head,
        );
        lambs = head(
            lambs,
            "配种公羊",
            "Rams at the mating",
            y.rams_at_mating_head,
        );
        lambs = p(lambs, "interventions.sheep.ewes_per_ram");
        lambs = lambs.input(
            Text::new("公羊覆盖率", "Ram coverage"),
            y.ram_coverage_pct,
            Unit::Percent,
        );
        lambs = p(lambs, "interventions.sheep.traditional_lambing_rate_pct");
        if y.improved_ewes_head > 1e-9 {
            lambs = p(lambs, "interventions.sheep.improved_lambing_rate_pct");
        }
        lambs = head(lambs, "出生羔羊", "Lambs born", y.births_head);
        if y.births_head > 1e-9 {
            lambs = p(lambs, "interventions.sheep.lamb_mortality_pct");
            lambs = p(lambs, "interventions.sheep.twin_mortality_pct");
            lambs = p(lambs, "interventions.sheep.triplet_mortality_pct");
        }
        lambs = head(lambs, "成活羔羊", "Lambs surviving", y.surviving_lambs_head);
        if y.surviving_lambs_head > 1e-9 {
            lambs = p(lambs, "interventions.sheep.female_share_pct");
        }
        if y.crossbred_lambs_head > 1e-9 {
            lambs = head(
                lambs,
                "杂交羔羊(全部出售)",
                "Crossbred lambs (all sold)",
                y.crossbred_lambs_head,
            );
            lambs = p(lambs, "interventions.sheep.cross_weight_gain_pct");
            lambs = p(lambs, "interventions.sheep.breed_premium_pct");
        }
        if y.improved_ewes_head > 1e-9 {
            lambs = p(lambs, "interventions.sheep.purified_weight_gain_pct");
        }
        lambs = head(
            lambs,
            "可留后备母羔",
            "Ewe lambs eligible as replacements",
            y.eligible_ewe_lambs_head,
        );
        lambs = head(lambs, "留养母羔", "Ewe lambs kept", y.ewe_lambs_kept_head);
        lambs = head(lambs, "出售羔羊", "Lambs sold", y.lambs_sold_head);
        if y.lambs_sold_head > 1e-9 {
            lambs = p(lambs, "interventions.sheep.lamb_sale_weight_kg");
            lambs = p(lambs, "interventions.sheep.price_yuan_per_kg");
            lambs = lambs.input(
                Text::new("每只出售羔羊均价", "Average price per lamb sold"),
                y.lamb_price_yuan_per_head,
                Unit::YuanPerHead,
            );
        }
        let mut stock = Trace::new(
            Text::new("种羊销售", "Breeding stock sold"),
            Text::new(
                "(淘汰及超载母羊 + 超载育成母羊) × 母羊体重 × 单价 + (退役及多余公羊) × 公羊体重 × 单价",
                "(culled and over-cap ewes + over-cap yearling ewes) × ewe weight × price + (retired and surplus rams) × ram weight × price",
            ),
            y.breeding_stock_sales_yuan,
            Unit::YuanPerYear,
        );
        stock = head(stock, "出售母羊", "Ewes sold", y.ewes_sold_head);
        stock = head(
            stock,
            "出售育成母羊(超载)",
            "Yearling ewes sold (over the cap)",
            y.yearlings_sold_head,
        );
        stock = head(stock, "出售公羊", "Rams sold", y.rams_sold_head);
        stock = p(stock, "interventions.sheep.cull_pct");
        stock = p(stock, "interventions.sheep.ram_cull_pct");
        if y.ewes_sold_head + y.yearlings_sold_head > 1e-9 {
            stock = p(stock, "interventions.sheep.ewe_sale_weight_kg");
        }
        if y.rams_sold_head > 1e-9 {
            stock = p(stock, "interventions.sheep.ram_sale_weight_kg");
        }
        stock = p(stock, "interventions.sheep.price_yuan_per_kg");
        let mut costs = Trace::new(
            Text::new("养殖成本(农户支付)", "Costs (paid by the household)"),
            Text::new(
                "−(成年羊与育成羊 × 防疫放牧费 + 成活羔羊 × 羔羊费用 + 越冬羊单位 × (冬季补饲 + 棚圈) + 怀多羔母羊 × 补饲 + 购入公羊 × 单价 + 农户承担的棚圈建设)",
                "−(adults and yearlings × vet and grazing + lambs × lamb cost + sheep units wintered × (winter feed + sheds) + ewes carrying multiples × extra feed + rams bought × price + household's part of shed building)",
            ),
            -y.costs_yuan(),
            Unit::YuanPerYear,
        );
        costs = head(
            costs,
            "成年羊与育成羊",
            "Adults and yearlings",
            y.adults_and_yearlings_head,
        );
        costs = p(costs, "interventions.sheep.feed_vet_yuan_per_head");
        costs = head(costs, "成活羔羊", "Lambs surviving", y.surviving_lambs_head);
        costs = p(costs, "interventions.sheep.lamb_feed_vet_yuan_per_head");
        costs = costs.input(
            Text::new("越冬羊单位", "Sheep units wintered"),
            y.sheep_units,
            Unit::SheepUnits,
        );
        costs = p(costs, "interventions.sheep.winter_feed_yuan_per_unit");
        costs = p(costs, "interventions.sheep.shed_yuan_per_unit");
        costs = head(
            costs,
            "怀双羔/三羔母羊",
            "Ewes carrying twins or triplets",
            y.multiple_ewes_head,
        );
        costs = p(costs, "interventions.sheep.twin_feed_yuan_per_ewe");
        if y.rams_bought_head > 1e-9 {
            costs = head(costs, "购入公羊", "Rams bought", y.rams_bought_head);
            costs = p(costs, "interventions.sheep.replacement_ram_yuan_per_head");
            if improved {
                costs = p(costs, "interventions.sheep.ram_cost_yuan_per_head");
            }
        }
        if y.shed_build_household_yuan > 0.0 {
            costs = costs.input(
                Text::new("农户承担的棚圈建设", "Household's part of shed building"),
                y.shed_build_household_yuan,
                Unit::Yuan,
            );
            costs = p(costs, "interventions.sheep.shed_public_share_pct");
        }
        let mut t = Trace::new(
            label,
            Text::new(
                "羔羊销售 + 种羊销售 − 养殖成本；秋季存栏 = 母羊 + 所需公羊 + 育成母羊 + 留养母羔，合计不超过草畜平衡载畜量(羊单位)",
                "lamb sales + breeding stock sold − costs; autumn census = ewes + rams needed + yearling ewes + kept ewe lambs, within the licensed stocking (sheep units)",
            ),
            y.net_yuan(),
            Unit::YuanPerYear,
        );
        t = head(
            t,
            "秋季存栏：母羊",
            "Autumn census: ewes",
            y.census.ewes_head,
        );
        t = head(
            t,
            "其中改良母羊",
            "Of them improved ewes",
            y.census.improved_ewes_head,
        );
        t = head(t, "所需公羊", "Rams needed", y.rams_needed_head);
        t = head(t, "育成母羊", "Yearling ewes", y.census.yearling_ewes_head);
        t = head(t, "留养母羔", "Ewe lambs kept", y.census.ewe_lambs_head);
        t = t.input(
            Text::new("越冬羊单位", "Sheep units wintered"),
            y.sheep_units,
            Unit::SheepUnits,
        );
        t = p(t, "interventions.sheep.grazing_cap_sheep_units");
        t = p(t, "interventions.sheep.ram_sheep_units");
        t = p(t, "interventions.sheep.yearling_sheep_units");
        t = p(t, "interventions.sheep.lamb_sheep_units");
        t = t.input(
            Text::new("放牧用工", "Herding labor"),
            y.labor_months,
            Unit::Months,
        );
        t = p(t, "interventions.sheep.herding_months_fixed");
        t = p(t, "interventions.sheep.herding_months_per_unit");
        t.part(lambs).part(stock).part(costs)
    }
}

impl Module for Sheep {
    const KIND: InterventionKind = InterventionKind::Sheep;
    const NAME: Text = Text::new("肉羊改良", "Sheep improvement");
    const COST_FORMULA: Text = Text::new(
        "(当年采纳比例 − 此前最高采纳比例) × (发放母羊 × 单价 + 发放种公羊 × 单价 + 棚圈建设 × 公共承担比例)",
        "(adoption this year − highest earlier adoption) × (ewes provided × cost + rams provided × cost + shed building × public share)",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn baseline(&self, scenario: &Scenario, out: &mut [Effect]) -> bool {
        let census = Self::start_census(scenario).total_head();
        if census <= 0.0 {
            return false; // no flock, nothing earned, nothing to herd
        }
        self.simulate_traditional(scenario, |i, trad| {
            let e = &mut out[i];
            e.by_source[Source::Sheep] += trad.net_yuan();
            e.herd_change.sheep_head += trad.census.total_head() - census;
            e.labor_months += trad.labor_months;
            e.household_outlay_yuan += trad.costs_yuan();
        });
        true
    }

    /// One paired run gives both: the traditional flock is the baseline, the difference the
    /// effect (the same traditional flock `baseline` runs alone, as a test checks).
    fn baseline_and_effects(
        &self,
        scenario: &Scenario,
        baseline: &mut [Effect],
        out: &mut [Effect],
    ) -> bool {
        let census = Self::start_census(scenario).total_head();
        let has_flock = census > 0.0;
        self.simulate(scenario, |i, imp, trad| {
            if has_flock {
                let b = &mut baseline[i];
                b.by_source[Source::Sheep] += trad.net_yuan();
                b.herd_change.sheep_head += trad.census.total_head() - census;
                b.labor_months += trad.labor_months;
                b.household_outlay_yuan += trad.costs_yuan();
            }
            Self::difference(&mut out[i], imp, trad);
        });
        has_flock
    }

    fn explain_baseline(&self, scenario: &Scenario, year: i32) -> Option<Trace> {
        if Self::start_census(scenario).total_head() <= 0.0 {
            return None;
        }
        let i = usize::try_from(year - scenario.horizon.base_year).ok()?;
        let (_, trad) = self.year(scenario, i)?;
        Some(self.flock_trace(
            scenario,
            Text::new(
                "自有羊群纯收入(传统饲养)",
                "Own flock's net income (traditional)",
            ),
            &trad,
            false,
        ))
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        self.simulate(scenario, |i, imp, trad| {
            Self::difference(&mut out[i], imp, trad)
        });
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let i = (year - scenario.horizon.base_year).max(0) as usize;
        let (imp, trad) = self.year(scenario, i).unwrap_or_default();
        let mut t = Trace::new(
            Text::new("养羊增收", "Sheep income gain"),
            Text::new(
                "改良羊群纯收入 − 同一羊群传统饲养的纯收入",
                "net income of the improved flock − net income of the same flock kept traditionally",
            ),
            imp.net_yuan() - trad.net_yuan(),
            Unit::YuanPerYear,
        )
        .input(
            Text::new(
                "去年秋季与项目种公羊配种的母羊比例(采纳)",
                "Ewes mated to programme rams last autumn (adoption)",
            ),
            imp.programme_matings_pct,
            Unit::Percent,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        if imp.programme_ewes_head > 0.0 {
            t = t.input(
                Text::new("本年发放母羊", "Ewes handed out this year"),
                imp.programme_ewes_head,
                Unit::Head,
            );
        }
        if imp.programme_rams_head > 0.0 {
            t = t.input(
                Text::new("本年发放种公羊", "Rams handed out this year"),
                imp.programme_rams_head,
                Unit::Head,
            );
        }
        let traditional = Trace::new(
            Text::new("减：传统羊群纯收入", "Less: traditional flock net income"),
            Text::new(
                "−(羔羊销售 + 种羊销售 − 养殖成本)，同一羊群不参加项目(详见基线“养羊”)",
                "−(lamb sales + breeding stock sold − costs) of the same flock without the programme (detailed in the baseline's sheep income)",
            ),
            -trad.net_yuan(),
            Unit::YuanPerYear,
        )
        .input(Text::new("羔羊销售", "Lamb sales"), trad.lamb_sales_yuan, Unit::YuanPerYear)
        .input(
            Text::new("种羊销售", "Breeding stock sold"),
            trad.breeding_stock_sales_yuan,
            Unit::YuanPerYear,
        )
        .input(Text::new("养殖成本", "Costs"), trad.costs_yuan(), Unit::YuanPerYear)
        .input(
            Text::new("越冬羊单位", "Sheep units wintered"),
            trad.sheep_units,
            Unit::SheepUnits,
        );
        t.part(self.flock_trace(
            scenario,
            Text::new("改良羊群纯收入", "Improved flock net income"),
            &imp,
            true,
        ))
        .part(traditional)
    }

    fn notices(&self, scenario: &Scenario, out: &mut Vec<Notice>) {
        if scenario.household.herd.breeding_ewes_head + scenario.household.herd.yearlings_head
            <= 0.0
            && self.ewes_provided_head <= 0.0
        {
            out.push(Notice::NotEligible {
                kind: K::Sheep,
                reason: (Text::new(
                    "本户没有能繁母羊，项目也不发放母羊：改良无羊可配",
                    "the household has no breeding ewes and the programme provides none: there is nothing to improve",
                )).into(),
            });
        }
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Sheep), interventions.sheep.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "假设：默认 2026 年；当年秋季配种，次年春产改良羔", "Assumption: 2026 by default; mated that autumn, improved lambs the next spring"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewes_provided_head: f64, "项目发放母羊", "Ewes provided", Unit::Head, 0.0, 200.0,
        "假设：0 只", "Assumption: none"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.rams_provided_head: f64, "项目发放改良种公羊", "Improved rams provided", Unit::Head, 0.0, 20.0,
        "假设：1 只", "Assumption: one"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewe_cost_yuan_per_head: f64, "每只母羊项目成本", "Program cost per ewe", Unit::YuanPerHead, 0.0, 10_000.0,
        "假设：43 公斤 × 约 35 元/公斤 ≈ 1,500 元", "Assumption: 43 kg × ~35 yuan/kg ≈ 1,500 yuan"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_cost_yuan_per_head: f64, "每只改良种公羊价格", "Price of an improved ram", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：3,000 元；项目发放时为公共成本，以后农户自购补充", "Assumption: 3,000 yuan; public when the programme provides it, the household's when it replaces one"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.traditional_lambing_rate_pct: f64, "本地母羊产羔率", "Lambing rate of local ewes", Unit::Percent, 60.0, 150.0,
        "巴音布鲁克/蒙古羊 100–115 %，默认 105 %", "Bayinbuluk / Mongolian type 100–115 %; default 105 %")
            .documented(100.0, 115.0, Text::new("参数表：100–115 %(巴音布鲁克/蒙古型)", "parameters.md: 100–115 % (Bayinbuluk / Mongolian type)")),
        field!(Section::Intervention(K::Sheep), interventions.sheep.improved_lambing_rate_pct: f64, "提纯母羊产羔率", "Lambing rate of purified ewes", Unit::Percent, 60.0, 200.0,
        "假设：110 %(产羔数随母羊品种；无提纯数据，与本地相同即无变化)", "Assumption: 110 % (lambs follow the ewe's breed; no purification data — equal to the local rate means no change)")
            .when(|s| s.interventions.sheep.programme == SheepProgramme::Purification),
        field!(Section::Intervention(K::Sheep), interventions.sheep.crossbred_share_pct: f64, "杂交配种母羊比例", "Share of ewes crossbred", Unit::Percent, 0.0, 100.0,
        "假设：50 %(其余纯繁，提供本群后备母羊；100 % 则无自繁后备，羊群缩小)", "Assumption: 50 % (the rest bred pure for the flock's own replacements; at 100 % there are none and the flock shrinks)")
            .when(|s| s.interventions.sheep.programme == SheepProgramme::Crossbreeding),
        field!(Section::Intervention(K::Sheep), interventions.sheep.cross_weight_gain_pct: f64, "杂交羔羊增重", "Extra sale weight of a crossbred lamb", Unit::Percent, 0.0, 60.0,
        "假设：15 %(肉用公羊杂交羔长得快)；0 即无变化", "Assumption: 15 % (meat-ram crosses grow faster); 0 = no change")
            .when(|s| s.interventions.sheep.programme == SheepProgramme::Crossbreeding),
        field!(Section::Intervention(K::Sheep), interventions.sheep.breed_premium_pct: f64, "杂交羔羊每公斤溢价", "Price premium per kg of a crossbred lamb", Unit::Percent, 0.0, 50.0,
        "假设：0(按活重同价出售)", "Assumption: 0 (sold by live weight at the same price)")
            .when(|s| s.interventions.sheep.programme == SheepProgramme::Crossbreeding),
        field!(Section::Intervention(K::Sheep), interventions.sheep.purified_weight_gain_pct: f64, "提纯母羊所产羔羊增重", "Extra sale weight of a purified ewe's lamb", Unit::Percent, 0.0, 30.0,
        "假设：5 %；0 即无变化", "Assumption: 5 %; 0 = no change")
            .when(|s| s.interventions.sheep.programme == SheepProgramme::Purification),
        field!(Section::Intervention(K::Sheep), interventions.sheep.female_share_pct: f64, "羔羊母羔比例", "Share of lambs born female", Unit::Percent, 30.0, 70.0,
        "假设：50 %", "Assumption: 50 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_mortality_pct: f64, "单羔死亡率", "Mortality of single-born lambs", Unit::Percent, 0.0, 60.0,
        "假设：10 %", "Assumption: 10 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.twin_mortality_pct: f64, "双羔死亡率", "Mortality of twin-born lambs", Unit::Percent, 0.0, 80.0,
        "假设：18 %(双羔成活低于单羔)", "Assumption: 18 % (twins survive less than singles)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.triplet_mortality_pct: f64, "三羔死亡率", "Mortality of triplet-born lambs", Unit::Percent, 0.0, 90.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.adult_mortality_pct: f64, "成年羊死亡率", "Adult mortality", Unit::Percent, 0.0, 40.0,
        "假设：4 %", "Assumption: 4 %"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.cull_pct: f64, "母羊淘汰率", "Ewe cull rate", Unit::Percent, 0.0, 50.0,
        "假设：15 %(约 6–7 年更新)", "Assumption: 15 % (renewed every 6–7 years)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_cull_pct: f64, "种公羊年更换率", "Rams retired a year", Unit::Percent, 0.0, 100.0,
        "假设：25 %(一只公羊配种约 4 年，防近交)", "Assumption: 25 % (a ram serves about 4 years, against inbreeding)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewes_per_ram: f64, "每只公羊最多可配母羊", "Most ewes one ram covers", Unit::Head, 10.0, 100.0,
        "假设：40 只(本交常用 1:30–40，取上限)", "Assumption: 40 (natural mating, 1 ram to 30–40 ewes is common; the upper end)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.replacement_ram_yuan_per_head: f64, "本地种公羊价格", "Price of a local ram", Unit::YuanPerHead, 0.0, 20_000.0,
        "假设：2,000 元(70 公斤 × 26 元 ≈ 1,820 元，种用加价)", "Assumption: 2,000 yuan (70 kg × 26 yuan ≈ 1,820, plus a breeding premium)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.grazing_cap_sheep_units: f64, "草畜平衡载畜量", "Licensed stocking (grazing cap)", Unit::SheepUnits, 0.0, 5_000.0,
        "假设：100 羊单位，按本户草场核定载畜量填写", "Assumption: 100 sheep units; enter the household's licensed stocking"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_sheep_units: f64, "公羊折合羊单位", "Sheep units per ram", Unit::SheepUnitsPerHead, 1.0, 3.0,
        "假设：1.5(母羊为 1)", "Assumption: 1.5 (a ewe is 1)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.yearling_sheep_units: f64, "育成羊折合羊单位", "Sheep units per yearling", Unit::SheepUnitsPerHead, 0.3, 1.0,
        "假设：0.75", "Assumption: 0.75"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_sheep_units: f64, "越冬羔羊折合羊单位", "Sheep units per kept lamb", Unit::SheepUnitsPerHead, 0.2, 1.0,
        "假设：0.5(哺乳羔计入母羊)", "Assumption: 0.5 (suckling lambs count with their dam)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_sale_weight_kg: f64, "羔羊出栏体重", "Lamb sale weight", Unit::Kg, 10.0, 60.0,
        "巴音布鲁克羊品种资料：当年羔 30 公斤", "Bayinbuluk breed page: lamb of the year 30 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ewe_sale_weight_kg: f64, "母羊体重", "Ewe weight", Unit::Kg, 25.0, 80.0,
        "巴音布鲁克羊品种资料：43 公斤", "Bayinbuluk breed page: 43 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.ram_sale_weight_kg: f64, "公羊体重", "Ram weight", Unit::Kg, 40.0, 120.0,
        "巴音布鲁克羊品种资料：70 公斤", "Bayinbuluk breed page: 70 kg"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.price_yuan_per_kg: f64, "活羊价格", "Live sheep price", Unit::YuanPerKg, 10.0, 60.0,
        "农业农村部监测：32.5(2021.7)，29.3(2023上)，24–28(2024–25)", "Ministry monitoring: 32.5 (7/2021), 29.3 (H1 2023), 24–28 (2024–25)")
            .documented(22.0, 33.0, Text::new("参数表：22–33 元/公斤(农业农村部监测 2021–2025)", "parameters.md: 22–33 yuan/kg (Ministry monitoring 2021–2025)")),
        field!(Section::Intervention(K::Sheep), interventions.sheep.feed_vet_yuan_per_head: f64, "每只年防疫放牧费", "Vet and grazing per head a year", Unit::YuanPerHead, 0.0, 2_000.0,
        "假设：60 元(防疫、盐、夏季放牧；冬季补饲另计)", "Assumption: 60 yuan (vet, salt, summer grazing; winter feed apart)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.lamb_feed_vet_yuan_per_head: f64, "每只羔羊费用", "Cost per lamb", Unit::YuanPerHead, 0.0, 1_000.0,
        "假设：30 元(防疫、补饲)", "Assumption: 30 yuan (vet, creep feed)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.winter_feed_yuan_per_unit: f64, "冬季补饲费", "Winter feed per sheep unit", Unit::YuanPerSheepUnit, 0.0, 2_000.0,
        "假设：200 元(巴音布鲁克积雪 150–180 天，放牧约 4 个月：约 160 公斤干草加精料)", "Assumption: 200 yuan (Bayinbuluk: snow cover 150–180 days, grazing about 4 months; about 160 kg of hay plus concentrate)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.twin_feed_yuan_per_ewe: f64, "怀多羔母羊补饲", "Extra feed per ewe carrying twins", Unit::YuanPerHead, 0.0, 500.0,
        "假设：40 元(妊娠后期约 45 天精料)", "Assumption: 40 yuan (about 45 days of concentrate in late pregnancy)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.shed_yuan_per_unit: f64, "棚圈年费用", "Sheds and pens a year", Unit::YuanPerSheepUnit, 0.0, 500.0,
        "假设：20 元(约 300 元/羊单位的棚圈，15 年折旧加维修)，农户支付", "Assumption: 20 yuan (a shed of about 300 yuan per sheep unit over 15 years, plus upkeep), paid by the household"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.shed_build_yuan: f64, "项目新建暖棚投资", "Programme's one-off shed building", Unit::Yuan, 0.0, 500_000.0,
        "假设：0(项目不建棚)，如建暖棚请填写", "Assumption: 0 (no shed built); enter it if the programme builds one"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.shed_public_share_pct: f64, "暖棚公共补助比例", "Public share of the shed building", Unit::Percent, 0.0, 100.0,
        "假设：50 %，其余农户自付", "Assumption: 50 %, the household pays the rest")
            .when(|s| s.interventions.sheep.shed_build_yuan > 0.0),
        field!(Section::Intervention(K::Sheep), interventions.sheep.herding_months_fixed: f64, "放牧基本用工", "Herding labor for any flock", Unit::Months, 0.0, 12.0,
        "假设：3 个劳动月(夏季放牧季)", "Assumption: 3 labor-months (the summer grazing season)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.herding_months_per_unit: f64, "每羊单位用工", "Labor per sheep unit", Unit::MonthsPerSheepUnit, 0.0, 1.0,
        "假设：0.05 个劳动月(冬季补饲、接羔)", "Assumption: 0.05 labor-months (winter feeding, lambing)"),
        field!(Section::Intervention(K::Sheep), interventions.sheep.disaster_year: i32, "灾害年份", "Disaster year", Unit::Year, 2015.0, 2070.0,
        "假设：情景设定，2028 年", "Assumption: a scenario setting, 2028")
            .when(|s| s.interventions.sheep.disaster_enabled),
        field!(Section::Intervention(K::Sheep), interventions.sheep.disaster_mortality_pct: f64, "灾害年死亡率", "Mortality in the disaster year", Unit::Percent, 0.0, 100.0,
        "假设：25 %(雪灾)", "Assumption: 25 % (snow disaster)")
            .when(|s| s.interventions.sheep.disaster_enabled),
    ],
    toggles: &[
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.schedule.enabled,
            "启用肉羊改良",
            "Use sheep improvement",
            "默认关闭",
            "Off by default"
        ),
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.allow_breeding_sales,
            "允许多淘汰能繁母羊",
            "Allow culling beyond replacements",
            "默认不允许：淘汰母羊不超过补充的育成母羊",
            "Off: ewe culls never exceed the yearlings replacing them"
        ),
        toggle!(
            Section::Intervention(K::Sheep),
            interventions.sheep.disaster_enabled,
            "设定灾害年",
            "Model a disaster year",
            "情景设定：默认无灾",
            "Scenario setting: no disaster by default"
        ),
    ],
    choices: &[ChoiceSpec {
        id: "interventions.sheep.programme",
        section: Section::Intervention(K::Sheep),
        label: Text::new("改良方式", "Programme"),
        options: &[
            Text::new(
                "经济杂交(肉用公羊配本地母羊，杂交羔全部出售)",
                "Economic crossbreeding (meat rams on local ewes, all crossbred lambs sold)",
            ),
            Text::new(
                "提纯复壮(本品种选育，经后备母羊逐代改良)",
                "Purification of the local breed (improves through replacement ewes, generation by generation)",
            ),
        ],
        source: Text::new(
            "和静调研：提纯复壮巴音布鲁克羊 50 万只，肉羊经济杂交 10 万只",
            "Hejing survey: purify 500,000 Bayinbuluk sheep; 100,000 meat sheep by economic crossbreeding",
        ),
        get: |s| match s.interventions.sheep.programme {
            SheepProgramme::Crossbreeding => 0,
            SheepProgramme::Purification => 1,
        },
        set: |s, i| match i {
            0 => s.interventions.sheep.programme = SheepProgramme::Crossbreeding,
            1 => s.interventions.sheep.programme = SheepProgramme::Purification,
            _ => {}
        },
    }],
};
