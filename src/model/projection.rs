//! The engine: a [`Scenario`] in, a year-by-year [`Projection`] out.

use std::ops::{Index, IndexMut};

use super::fields::{validate, ValidationError};
use super::interventions::{for_each_module, Effect, InterventionKind};
use super::monitoring_line::RowStatus;
use super::notice::Notice;
use super::scenario::{PriceBasis, Scenario};
use super::text::Text;
use super::units::{Head, Months, Yuan};

/// Where household income comes from. Interventions add to or take from these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    OwnFarming,
    LocalWages,
    MigrantRemittances,
    Transfers,
    Other,
    LandRent,
    /// Vegetables and fruit grown in the courtyard (庭院种植).
    Courtyard,
    /// Eggs and birds from the free-chick flock (鸡苗).
    Poultry,
    /// Sheep sales net of feed and vet cost.
    Sheep,
    /// Calves from artificial insemination (冷配).
    Cattle,
    /// Homestay, catering and stall income (乡村旅游).
    Tourism,
    /// Dividends from the "enterprise + cooperative + household" linkage and fixed returns on
    /// subsidy capital pooled as shares (分红/资产收益): property income (财产净收入).
    Dividends,
    /// A returnee's own business (返乡创业), net of loan repayments: business income
    /// (经营净收入).
    Enterprise,
}

impl Source {
    pub const ALL: [Source; 13] = [
        Source::OwnFarming,
        Source::LocalWages,
        Source::MigrantRemittances,
        Source::Transfers,
        Source::Other,
        Source::LandRent,
        Source::Courtyard,
        Source::Poultry,
        Source::Sheep,
        Source::Cattle,
        Source::Tourism,
        Source::Dividends,
        Source::Enterprise,
    ];
    pub const COUNT: usize = Self::ALL.len();

    pub fn name(self) -> Text {
        match self {
            Source::OwnFarming => Text::new("自营种养", "Own farming"),
            Source::LocalWages => Text::new("本地务工", "Local wages"),
            Source::MigrantRemittances => Text::new("外出务工", "Migrant remittances"),
            Source::Transfers => Text::new("转移性收入", "Transfers"),
            Source::Other => Text::new("其他", "Other"),
            Source::LandRent => Text::new("土地租金", "Land rent"),
            Source::Courtyard => Text::new("庭院种植", "Courtyard crops"),
            Source::Poultry => Text::new("家禽养殖", "Poultry"),
            Source::Sheep => Text::new("养羊", "Sheep"),
            Source::Cattle => Text::new("养牛", "Cattle"),
            Source::Tourism => Text::new("乡村旅游", "Rural tourism"),
            Source::Dividends => Text::new("分红/资产收益", "Dividends"),
            Source::Enterprise => Text::new("创业经营", "Own business"),
        }
    }

    /// Which official category the source is reported under. "Other" is read as private
    /// transfers (gifts and help from relatives), as household surveys file them.
    pub fn category(self) -> IncomeCategory {
        match self {
            Source::LocalWages | Source::MigrantRemittances => IncomeCategory::Wages,
            Source::OwnFarming
            | Source::Courtyard
            | Source::Poultry
            | Source::Sheep
            | Source::Cattle
            | Source::Tourism
            | Source::Enterprise => IncomeCategory::Business,
            Source::LandRent | Source::Dividends => IncomeCategory::Property,
            Source::Transfers | Source::Other => IncomeCategory::Transfers,
        }
    }
}

/// The four groups of rural income in official reporting forms (农村居民可支配收入的四项构成).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IncomeCategory {
    /// 工资性收入: wages, local and migrant.
    Wages,
    /// 经营净收入: net income from the household's own farming, herding and business.
    Business,
    /// 财产净收入: land rent, dividends.
    Property,
    /// 转移净收入: pensions, subsidies, dibao.
    Transfers,
}

impl IncomeCategory {
    pub const ALL: [IncomeCategory; 4] = [
        IncomeCategory::Wages,
        IncomeCategory::Business,
        IncomeCategory::Property,
        IncomeCategory::Transfers,
    ];

    pub fn name(self) -> Text {
        match self {
            IncomeCategory::Wages => Text::new("工资性收入", "Wage income"),
            IncomeCategory::Business => Text::new("经营净收入", "Net business income"),
            IncomeCategory::Property => Text::new("财产净收入", "Net property income"),
            IncomeCategory::Transfers => Text::new("转移净收入", "Net transfer income"),
        }
    }
}

/// Yuan per year by [`Source`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SourceAmounts(pub [Yuan; Source::COUNT]);

impl SourceAmounts {
    pub fn total(&self) -> Yuan {
        self.0.iter().sum()
    }

    /// The same amounts read as the four official categories.
    pub fn by_category(&self) -> [Yuan; 4] {
        let mut out = [0.0; 4];
        for s in Source::ALL {
            out[s.category() as usize] += self[s];
        }
        out
    }

    /// What is left when only `kept` (0–1) of the work can be done: the income the work earns
    /// shrinks; what the household gives up or owes (farming given up, loan repayments, lost
    /// remittances) stays. So a cut never raises income.
    pub fn labor_cut(mut self, kept: f64) -> Self {
        if kept < 1.0 {
            self.0
                .iter_mut()
                .filter(|v| **v > 0.0)
                .for_each(|v| *v *= kept);
        }
        self
    }

    pub fn scaled(mut self, factor: f64) -> Self {
        self.0.iter_mut().for_each(|v| *v *= factor);
        self
    }

    #[inline]
    pub fn add(&mut self, other: &SourceAmounts) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a += b;
        }
    }

    /// `self += other × factor`, in one pass (the engine's inner loop); returns the total
    /// added.
    #[inline]
    pub fn add_scaled(&mut self, other: &SourceAmounts, factor: f64) -> Yuan {
        let mut total = 0.0;
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            let v = b * factor;
            *a += v;
            total += v;
        }
        total
    }
}

impl Index<Source> for SourceAmounts {
    type Output = Yuan;
    fn index(&self, s: Source) -> &Yuan {
        &self.0[s as usize]
    }
}

impl IndexMut<Source> for SourceAmounts {
    fn index_mut(&mut self, s: Source) -> &mut Yuan {
        &mut self.0[s as usize]
    }
}

/// Yuan per year by [`InterventionKind`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InterventionAmounts(pub [Yuan; InterventionKind::COUNT]);

impl InterventionAmounts {
    pub fn total(&self) -> Yuan {
        self.0.iter().sum()
    }
}

impl Index<InterventionKind> for InterventionAmounts {
    type Output = Yuan;
    fn index(&self, k: InterventionKind) -> &Yuan {
        &self.0[k.index()]
    }
}

impl IndexMut<InterventionKind> for InterventionAmounts {
    fn index_mut(&mut self, k: InterventionKind) -> &mut Yuan {
        &mut self.0[k.index()]
    }
}

/// Livestock on hand in a year (head), for charting herd size. Species whose module is off show
/// the household's census as entered; see each module for what its count covers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HerdSnapshot {
    pub sheep_head: Head,
    pub cattle_head: Head,
    pub poultry_head: Head,
}

impl HerdSnapshot {
    pub fn add(&mut self, other: &HerdSnapshot) {
        self.sheep_head += other.sheep_head;
        self.cattle_head += other.cattle_head;
        self.poultry_head += other.poultry_head;
    }
}

/// One projected year. Amounts are in the scenario's price basis.
#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: i32,
    /// Multiplier from base-year prices to this row's prices (1 in real terms).
    pub price_index: f64,
    pub baseline_by_source: SourceAmounts,
    pub scenario_by_source: SourceAmounts,
    pub increment_by_intervention: InterventionAmounts,
    pub program_cost_by_intervention: InterventionAmounts,
    /// The household's own outlays by intervention (already netted in its income).
    pub household_outlay_by_intervention: InterventionAmounts,
    /// Part of scenario income consumed at home (eggs, meat), valued at farm-gate prices.
    pub in_kind_yuan: Yuan,
    pub baseline_household_net_yuan: Yuan,
    pub household_net_yuan: Yuan,
    pub baseline_per_capita_yuan: Yuan,
    pub per_capita_yuan: Yuan,
    /// Monitoring line per capita in this row's prices; `None` when the table is empty.
    pub monitoring_line_yuan_per_capita: Option<Yuan>,
    pub monitoring_line_status: Option<RowStatus>,
    /// Per-capita income minus the line (negative = below the line).
    pub gap_to_line_yuan_per_capita: Option<Yuan>,
    pub program_cost_yuan: Yuan,
    /// Head of livestock on hand under the scenario.
    pub herd: HerdSnapshot,
    /// Head on hand with no intervention (the household's own herd, traditionally managed).
    pub baseline_herd: HerdSnapshot,
    pub labor: LaborUse,
}

/// The household's labor in one year: what it has, what its own farming, wage work and herd
/// take, what each intervention claims, and how much of each intervention's income the labor
/// rule keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct LaborUse {
    pub available_months: Months,
    /// Own farming, baseline wage work and the household's own herd and flock.
    pub baseline_months: Months,
    /// Labor-months each intervention claims (after adoption).
    pub claimed_months: InterventionAmounts,
    /// Labor-months each intervention frees (land no longer farmed).
    pub freed_months: InterventionAmounts,
    /// Share (0–1) of each intervention's income kept: below 1 when the household lacks the
    /// labor for it.
    pub kept_share: InterventionAmounts,
}

impl Default for LaborUse {
    fn default() -> Self {
        LaborUse {
            available_months: 0.0,
            baseline_months: 0.0,
            claimed_months: InterventionAmounts::default(),
            freed_months: InterventionAmounts::default(),
            kept_share: InterventionAmounts([1.0; InterventionKind::COUNT]),
        }
    }
}

impl LaborUse {
    /// Labor-months used once the rule has cut what cannot be met.
    pub fn used_months(&self) -> Months {
        let claimed: Months = (0..InterventionKind::COUNT)
            .map(|k| self.claimed_months.0[k] * self.kept_share.0[k])
            .sum();
        self.baseline_months + claimed - self.freed_months.total()
    }

    /// Labor-months every activity would take, before the rule cuts anything.
    pub fn wanted_months(&self) -> Months {
        self.baseline_months + self.claimed_months.total() - self.freed_months.total()
    }

    /// Months to spare (positive) or short (negative) if every claim were met.
    pub fn spare_months(&self) -> Months {
        self.available_months - self.wanted_months()
    }

    /// Intervention claims beyond what the household has (0 when everything fits). A baseline
    /// already over the budget is what the household does today and is not counted.
    pub fn shortfall_months(&self) -> Months {
        (self.wanted_months() - self.available_months.max(self.baseline_months)).max(0.0)
    }

    /// The labor rule. The household keeps what it already does (own farming, wage work, its
    /// herd); labor freed by an intervention goes back into the pool; then interventions are
    /// met in order of income per labor-month, best first, until the months run out — the
    /// next is met in part and the rest not at all. Income is kept in proportion to the labor
    /// met (what it gives up or owes stays: [`SourceAmounts::labor_cut`]); public and household
    /// costs stay as they are, since they are spent regardless.
    ///
    /// `gains` are what labor earns: each intervention's income that shrinks with its labor
    /// (its positive parts), not its net. What it gives up or owes is lost whatever labor it
    /// gets, so ranking by net would put a month where it earns less — and raising a price
    /// could then lower the household's income (the property test found such a case).
    pub(crate) fn apply_rule(&mut self, gains: &InterventionAmounts) {
        let mut free =
            (self.available_months - self.baseline_months).max(0.0) + self.freed_months.total();
        // The claiming interventions in index order, then best paid first (a stable sort: ties
        // keep index order). On the stack: the engine runs this for every year of every
        // household of a roster.
        let mut order = [0usize; InterventionKind::COUNT];
        let mut claims = 0;
        for k in 0..InterventionKind::COUNT {
            if self.claimed_months.0[k] > 0.0 {
                order[claims] = k;
                claims += 1;
            }
        }
        let order = &mut order[..claims];
        let per_month = |k: usize| gains.0[k] / self.claimed_months.0[k];
        order.sort_by(|&a, &b| per_month(b).total_cmp(&per_month(a)));
        for &k in order.iter() {
            let claim = self.claimed_months.0[k];
            let kept = (free / claim).clamp(0.0, 1.0);
            self.kept_share.0[k] = kept;
            free -= claim * kept;
        }
    }
}

impl YearRow {
    pub fn increment_yuan(&self) -> Yuan {
        self.household_net_yuan - self.baseline_household_net_yuan
    }
}

/// Money figures over the horizon for one intervention or for all together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Appraisal {
    /// Household income gained, after the household's own outlays (undiscounted sum).
    pub income_gained_yuan: Yuan,
    /// Public cost (undiscounted sum); leaves out costs not entered.
    pub program_cost_yuan: Yuan,
    /// The public view: present value of public cost ÷ present value of income gained,
    /// discounted like the NPV. `None` when the discounted gain is not positive.
    pub cost_per_yuan_gained: Option<f64>,
    /// Present value of (income gained − program cost) at the discount rate.
    pub npv_yuan: Yuan,
    /// Present value of income gained ÷ present value of program cost.
    pub benefit_cost_ratio: Option<f64>,
    /// First year cumulative income gained covers cumulative program cost.
    pub payback_year: Option<i32>,
    /// The household's own cash outlays (its share of fees, coops, sheds, repayments), already
    /// netted out of the income gained (undiscounted sum).
    pub household_outlay_yuan: Yuan,
    /// The household's own view: present value of its income gained, after its own outlays.
    pub household_npv_yuan: Yuan,
    /// A public cost of an intervention in this appraisal was left empty ("not entered").
    pub cost_not_entered: bool,
}

/// One year's flows for an appraisal.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Flows {
    pub gain_yuan: Yuan,
    pub cost_yuan: Yuan,
    pub outlay_yuan: Yuan,
}

/// One year of an appraisal with its discount factor (1 + r)^t, t from the base year. The one
/// discount loop: the appraisal and every explanation of it read these.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DiscountedYear {
    pub year: i32,
    pub flows: Flows,
    pub discount_factor: f64,
}

impl DiscountedYear {
    pub fn pv_gain_yuan(&self) -> Yuan {
        self.flows.gain_yuan / self.discount_factor
    }
    pub fn pv_cost_yuan(&self) -> Yuan {
        self.flows.cost_yuan / self.discount_factor
    }
}

/// The yearly flows of one intervention (`Some`) or of all together (`None`).
pub fn flows_of(kind: Option<InterventionKind>) -> impl Fn(&YearRow) -> Flows + Copy {
    move |r: &YearRow| match kind {
        None => Flows {
            gain_yuan: r.increment_yuan(),
            cost_yuan: r.program_cost_yuan,
            outlay_yuan: r.household_outlay_by_intervention.total(),
        },
        Some(k) => Flows {
            gain_yuan: r.increment_by_intervention[k],
            cost_yuan: r.program_cost_by_intervention[k],
            outlay_yuan: r.household_outlay_by_intervention[k],
        },
    }
}

/// Every projected year's flows with its discount factor.
pub fn discounted_years<'a>(
    rows: &'a [YearRow],
    discount_rate: f64,
    flows: impl Fn(&YearRow) -> Flows + 'a,
) -> impl Iterator<Item = DiscountedYear> + 'a {
    // (1 + r)^t as a running product: one multiplication a year instead of a power.
    let mut next = 1.0;
    rows.iter().map(move |row| {
        let discount_factor = next;
        next *= 1.0 + discount_rate;
        DiscountedYear {
            year: row.year,
            flows: flows(row),
            discount_factor,
        }
    })
}

/// Where per-capita income stands against the monitoring line over the whole period.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LineSummary {
    /// First year per-capita income is at or above the line.
    pub first_year_above: Option<i32>,
    /// The first later year it is below the line again.
    pub back_below_year: Option<i32>,
    /// The lowest margin over the line (per capita; negative = below) and its year: from the
    /// first year above on, or over every year when never above.
    pub lowest_margin: Option<(i32, Yuan)>,
}

impl LineSummary {
    fn of(rows: &[YearRow], per_capita: fn(&YearRow) -> Yuan) -> Self {
        let margins: Vec<(i32, Yuan)> = rows
            .iter()
            .filter_map(|r| Some((r.year, per_capita(r) - r.monitoring_line_yuan_per_capita?)))
            .collect();
        let first = margins.iter().position(|&(_, m)| m >= 0.0);
        let from = first.unwrap_or(0);
        LineSummary {
            first_year_above: first.map(|i| margins[i].0),
            back_below_year: first.and_then(|i| {
                margins[i..]
                    .iter()
                    .find(|&&(_, m)| m < 0.0)
                    .map(|&(y, _)| y)
            }),
            lowest_margin: margins[from..]
                .iter()
                .copied()
                .min_by(|a, b| a.1.total_cmp(&b.1)),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub rows: Vec<YearRow>,
    pub total: Appraisal,
    pub by_intervention: Vec<(InterventionKind, Appraisal)>,
    /// First year per-capita income is at or above the monitoring line.
    pub first_year_above_line: Option<i32>,
    pub baseline_first_year_above_line: Option<i32>,
    /// The whole period against the line: first year above, any year back below, lowest margin.
    pub line: LineSummary,
    pub baseline_line: LineSummary,
    /// What the planner must be told beside the figures (labor, eligibility, costs not entered).
    pub notices: Vec<Notice>,
}

/// Base-year prices → the year's prices (nominal) or 1 (real).
pub fn price_index(scenario: &Scenario, year_index: usize) -> f64 {
    match scenario.economics.price_basis {
        PriceBasis::Nominal => {
            (1.0 + scenario.economics.inflation_pct / 100.0).powi(year_index as i32)
        }
        PriceBasis::Real => 1.0,
    }
}

/// Baseline income by source in base-year prices for year index `i`.
pub fn baseline_sources(scenario: &Scenario, year_index: usize) -> SourceAmounts {
    baseline_sources_grown(&scenario.household, wage_growth(scenario, year_index))
}

/// How much wages have grown by year index `i` (× base-year wages).
pub fn wage_growth(scenario: &Scenario, year_index: usize) -> f64 {
    (1.0 + scenario.economics.baseline_wage_growth_pct / 100.0).powi(year_index as i32)
}

/// [`baseline_sources`] with the year's [`wage_growth`] already worked out.
pub fn baseline_sources_grown(h: &super::household::Household, wage_growth: f64) -> SourceAmounts {
    let inc = &h.income;
    let mut s = SourceAmounts::default();
    s[Source::OwnFarming] = h.land.cropland_mu * inc.own_farming_net_yuan_per_mu
        + h.land.orchard_mu * inc.orchard_net_yuan_per_mu;
    s[Source::LocalWages] = inc.local_wages_yuan * wage_growth;
    s[Source::MigrantRemittances] = inc.migrant_remittances_yuan * wage_growth;
    s[Source::Transfers] = inc.pension_yuan + inc.ecological_compensation_yuan + inc.dibao_yuan;
    s[Source::Other] = inc.other_yuan;
    s
}

/// The household's herd as entered (head), the starting point of every row's snapshot.
pub fn census_herd(scenario: &Scenario) -> HerdSnapshot {
    let h = &scenario.household.herd;
    HerdSnapshot {
        sheep_head: h.breeding_ewes_head + h.rams_head + h.yearlings_head + h.lambs_head,
        cattle_head: h.cows_head,
        poultry_head: h.laying_hens_head,
    }
}

/// The monitoring line in the row's price basis.
pub fn line_for(scenario: &Scenario, year_index: usize) -> Option<(Yuan, RowStatus)> {
    let year = scenario.horizon.year_of(year_index);
    let v = scenario.monitoring_line.nominal_for(year)?;
    let deflator = match scenario.economics.price_basis {
        PriceBasis::Nominal => 1.0,
        PriceBasis::Real => {
            (1.0 + scenario.economics.inflation_pct / 100.0).powi(year_index as i32)
        }
    };
    Some((v.nominal_yuan_per_capita / deflator, v.status))
}

/// Projects a scenario. Fails with the first invalid field; never panics on a validated scenario.
pub fn project(scenario: &Scenario) -> Result<Projection, ValidationError> {
    validate(scenario)?;
    Ok(project_unchecked(scenario))
}

/// Projects without validating; callers must have validated `scenario`.
pub fn project_unchecked(scenario: &Scenario) -> Projection {
    let n = scenario.horizon.years as usize;
    let members = scenario.household.members_persons;
    let census = census_herd(scenario);
    let household = &scenario.household;
    let mut rows: Vec<YearRow> = (0..n)
        .map(|i| {
            let price = price_index(scenario, i);
            let baseline = baseline_sources(scenario, i).scaled(price);
            let (line, status) = line_for(scenario, i).unzip();
            YearRow {
                year: scenario.horizon.year_of(i),
                price_index: price,
                baseline_by_source: baseline,
                scenario_by_source: baseline,
                increment_by_intervention: InterventionAmounts::default(),
                program_cost_by_intervention: InterventionAmounts::default(),
                household_outlay_by_intervention: InterventionAmounts::default(),
                in_kind_yuan: 0.0,
                baseline_household_net_yuan: 0.0,
                household_net_yuan: 0.0,
                baseline_per_capita_yuan: 0.0,
                per_capita_yuan: 0.0,
                monitoring_line_yuan_per_capita: line,
                monitoring_line_status: status,
                gap_to_line_yuan_per_capita: None,
                program_cost_yuan: 0.0,
                herd: census,
                baseline_herd: census,
                labor: LaborUse {
                    available_months: household.labor_budget_months(),
                    baseline_months: household.baseline_labor_months(),
                    ..LaborUse::default()
                },
            }
        })
        .collect();

    // What the household's own herd and flock earn with no intervention, whether or not the
    // module that works on them is on; and each module's effect, year by year, kept apart until
    // the labor rule has run. A module that is on computes both in one pass (the sheep flock is
    // simulated once for both).
    let mut scratch = vec![Effect::default(); n];
    let mut effects: Vec<Vec<Effect>> = vec![Vec::new(); InterventionKind::COUNT];
    let mut notices = Vec::new();
    for_each_module(&scenario.interventions, |module| {
        let has_baseline = if module.schedule().enabled {
            let kind = module.kind();
            let mut out = vec![Effect::default(); n];
            let has = module.baseline_and_effects(scenario, &mut scratch, &mut out);
            module.notices(scenario, &mut notices);
            for f in kind.params().fields.iter().filter(|f| f.optional) {
                if f.is_not_entered((f.get)(scenario)) {
                    notices.push(Notice::CostNotEntered {
                        kind,
                        field_id: f.id,
                    });
                }
            }
            effects[kind.index()] = out;
            has
        } else {
            module.baseline(scenario, &mut scratch)
        };
        if !has_baseline {
            return;
        }
        for (row, e) in rows.iter_mut().zip(&mut scratch) {
            row.baseline_by_source
                .add_scaled(&e.by_source, row.price_index);
            row.in_kind_yuan += e.in_kind_yuan * row.price_index;
            row.baseline_herd.add(&e.herd_change);
            row.labor.baseline_months += e.labor_months - e.labor_freed_months;
            *e = Effect::default();
        }
    });
    for row in &mut rows {
        row.scenario_by_source = row.baseline_by_source;
        row.herd = row.baseline_herd;
    }

    for (i, row) in rows.iter_mut().enumerate() {
        let mut gains = InterventionAmounts::default();
        for kind in InterventionKind::ALL {
            if let Some(e) = effects[kind.index()].get(i) {
                row.labor.claimed_months[kind] = e.labor_months;
                row.labor.freed_months[kind] = e.labor_freed_months;
                gains[kind] = e.by_source.0.iter().filter(|v| **v > 0.0).sum();
            }
        }
        row.labor.apply_rule(&gains);
        for kind in InterventionKind::ALL {
            let Some(effect) = effects[kind.index()].get(i) else {
                continue;
            };
            let kept = row.labor.kept_share[kind];
            let delta = if kept < 1.0 {
                effect.by_source.labor_cut(kept)
            } else {
                effect.by_source
            };
            row.increment_by_intervention[kind] =
                row.scenario_by_source.add_scaled(&delta, row.price_index);
            row.program_cost_by_intervention[kind] = effect.program_cost_yuan * row.price_index;
            row.household_outlay_by_intervention[kind] =
                effect.household_outlay_yuan * row.price_index;
            row.in_kind_yuan += effect.in_kind_yuan * row.price_index * kept;
            row.herd.add(&effect.herd_change);
        }
    }
    if let Some(labor) = labor_notice(&rows) {
        notices.insert(0, labor);
    }

    for row in &mut rows {
        row.baseline_household_net_yuan = row.baseline_by_source.total();
        row.household_net_yuan = row.scenario_by_source.total();
        row.baseline_per_capita_yuan = row.baseline_household_net_yuan / members;
        row.per_capita_yuan = row.household_net_yuan / members;
        row.gap_to_line_yuan_per_capita = row
            .monitoring_line_yuan_per_capita
            .map(|l| row.per_capita_yuan - l);
        row.program_cost_yuan = row.program_cost_by_intervention.total();
    }

    let discount = scenario.economics.discount_rate_pct / 100.0;
    let not_entered = |kind: Option<InterventionKind>| {
        notices.iter().any(|n| {
            matches!(n, Notice::CostNotEntered { kind: k, .. } if kind.is_none_or(|kind| kind == *k))
        })
    };
    let appraisal = |kind: Option<InterventionKind>| Appraisal {
        cost_not_entered: not_entered(kind),
        ..appraise(discounted_years(&rows, discount, flows_of(kind)))
    };
    let total = appraisal(None);
    // A module that is off has no flows: its appraisal is all zeros and "none".
    let by_intervention = InterventionKind::ALL
        .iter()
        .map(|&k| match scenario.interventions.schedule(k).enabled {
            true => (k, appraisal(Some(k))),
            false => (k, Appraisal::default()),
        })
        .collect();
    let first_above = |f: fn(&YearRow) -> Yuan| {
        rows.iter()
            .find(|r| r.monitoring_line_yuan_per_capita.is_some_and(|l| f(r) >= l))
            .map(|r| r.year)
    };
    Projection {
        line: LineSummary::of(&rows, |r| r.per_capita_yuan),
        baseline_line: LineSummary::of(&rows, |r| r.baseline_per_capita_yuan),
        first_year_above_line: first_above(|r| r.per_capita_yuan),
        baseline_first_year_above_line: first_above(|r| r.baseline_per_capita_yuan),
        total,
        by_intervention,
        notices,
        rows,
    }
}

/// One notice for every year the labor rule cut something.
fn labor_notice(rows: &[YearRow]) -> Option<Notice> {
    let short: Vec<&YearRow> = rows
        .iter()
        .filter(|r| r.labor.kept_share.0.iter().any(|&k| k < 1.0 - 1e-9))
        .collect();
    let first = short.first()?;
    let cut = InterventionKind::ALL
        .into_iter()
        .filter_map(|k| {
            let lowest = short
                .iter()
                .map(|r| r.labor.kept_share[k])
                .fold(1.0, f64::min);
            (lowest < 1.0 - 1e-9).then_some((k, lowest))
        })
        .collect();
    Some(Notice::LaborShort {
        first_year: first.year,
        years: short.len() as u32,
        worst_shortfall_months: short
            .iter()
            .map(|r| r.labor.shortfall_months())
            .fold(0.0, f64::max),
        available_months: first.labor.available_months,
        cut,
    })
}

/// NPV, benefit-cost ratio, cost per yuan (discounted), payback and the household's own view
/// from the discounted years.
pub fn appraise(years: impl Iterator<Item = DiscountedYear>) -> Appraisal {
    let mut a = Appraisal::default();
    let (mut pv_gain, mut pv_cost, mut cumulative) = (0.0, 0.0, 0.0);
    for y in years {
        a.income_gained_yuan += y.flows.gain_yuan;
        a.program_cost_yuan += y.flows.cost_yuan;
        a.household_outlay_yuan += y.flows.outlay_yuan;
        pv_gain += y.pv_gain_yuan();
        pv_cost += y.pv_cost_yuan();
        cumulative += y.flows.gain_yuan - y.flows.cost_yuan;
        if a.payback_year.is_none() && a.program_cost_yuan > 0.0 && cumulative >= 0.0 {
            a.payback_year = Some(y.year);
        }
    }
    a.npv_yuan = pv_gain - pv_cost;
    a.household_npv_yuan = pv_gain;
    a.benefit_cost_ratio = (pv_cost > 0.0).then(|| pv_gain / pv_cost);
    a.cost_per_yuan_gained = (pv_gain > 0.0).then(|| pv_cost / pv_gain);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The labor rule by hand: 2 laborers × 10 months = 20 labor-months; baseline 8; 12 free,
    /// plus 3 freed by land no longer farmed = 15. Claims: A 6 months earning 600/month,
    /// B 8 months earning 1,000/month, C 4 months earning 200/month. Best per month first:
    /// B takes 8 (7 left), A takes 6 (1 left), C gets 1 of its 4 → 25 %.
    #[test]
    fn labor_rule_meets_the_best_paid_claims_first() {
        let k = InterventionKind::ALL;
        let (a, b, c, d) = (k[0], k[1], k[2], k[3]);
        let mut l = LaborUse {
            available_months: 20.0,
            baseline_months: 8.0,
            ..LaborUse::default()
        };
        l.claimed_months[a] = 6.0;
        l.claimed_months[b] = 8.0;
        l.claimed_months[c] = 4.0;
        l.freed_months[d] = 3.0;
        let mut gains = InterventionAmounts::default();
        gains[a] = 6.0 * 600.0;
        gains[b] = 8.0 * 1_000.0;
        gains[c] = 4.0 * 200.0;
        l.apply_rule(&gains);
        assert_eq!(l.kept_share[b], 1.0);
        assert_eq!(l.kept_share[a], 1.0);
        assert!((l.kept_share[c] - 0.25).abs() < 1e-12);
        // Used: 8 + 6 + 8 + 1 − 3 = 20, all the household has.
        assert!((l.used_months() - 20.0).abs() < 1e-12);
        // Shortfall: 8 + 18 − 3 − 20 = 3 months of C's claim could not be met.
        assert!((l.shortfall_months() - 3.0).abs() < 1e-12);
    }

    #[test]
    fn a_labor_cut_shrinks_earnings_but_not_what_is_owed() {
        let mut a = SourceAmounts::default();
        a[Source::Enterprise] = 30_000.0;
        a[Source::MigrantRemittances] = -2_000.0;
        let cut = a.labor_cut(0.5);
        // 30,000 × 50 % earned; the 2,000 of remittances given up stays given up.
        assert_eq!(cut[Source::Enterprise], 15_000.0);
        assert_eq!(cut[Source::MigrantRemittances], -2_000.0);
        assert!(cut.total() < a.total());
    }

    #[test]
    fn a_baseline_over_budget_leaves_no_room_but_is_kept() {
        let k = InterventionKind::ALL[0];
        let mut l = LaborUse {
            available_months: 5.0,
            baseline_months: 7.0,
            ..LaborUse::default()
        };
        l.claimed_months[k] = 2.0;
        let mut gains = InterventionAmounts::default();
        gains[k] = 1_000.0;
        l.apply_rule(&gains);
        assert_eq!(l.kept_share[k], 0.0);
        assert_eq!(l.shortfall_months(), 2.0);
    }
}
