//! 返乡创业 Returnee start-ups: a member who worked away comes home and starts a business,
//! helped by a start-up subsidy (创业补贴) and a guaranteed loan (创业担保贷款) whose interest
//! the public may pay (贴息). The survey's talent recommendation names these policies without
//! household figures, so every default is an assumption.
//!
//! For a household in its `a`-th year of business (a = 0 in the year it starts):
//!   survival      = (1 − yearly failure rate)^a          (expected share still open)
//!   ramp-up       = min(1, (a + 1) ÷ (ramp-up years + 1))
//!   business      = net income a year at full operation × ramp-up × survival
//!   loan (equal principal each year over the term, interest on the balance at the year's start):
//!   principal     = loan ÷ term                           (a < term)
//!   interest      = loan × (1 − a ÷ term) × interest rate (a < term)
//!   household pays principal + interest × (1 − interest subsidy); the public pays the rest
//!   of the interest. The loan is repaid whether or not the business survives.
//!   net (source [`Source::Enterprise`], 经营净收入) = business − principal − household interest
//!   migrant remittances given up = share given up × the household's baseline remittances
//! The loan buys the business's equipment and stock: repaying it stands in for their cost, so
//! "net income at full operation" is before that cost.
//!
//! Households take the module up as adoption rises; each year's newcomers start together and
//! are followed as a cohort (their own ramp-up, survival and loan). The start-up subsidy is paid
//! once, to each household in the year it starts. Labor: the business claims its labor-months
//! (× survival); the returnee adds their own months to the household's labor at home.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::{baseline_sources, Source};
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Months, Percent, Unit, Yuan};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Startup {
    pub schedule: Schedule,
    /// One-off start-up subsidy (创业补贴), public, paid in the year the business starts.
    pub subsidy_yuan: Yuan,
    /// Guaranteed start-up loan (创业担保贷款).
    pub loan_yuan: Yuan,
    /// Yearly interest rate of the loan.
    pub loan_interest_pct: Percent,
    /// Share of the interest the public pays (贴息).
    pub interest_subsidy_pct: Percent,
    /// Years over which the loan is repaid, in equal parts of principal.
    pub loan_term_years: u32,
    /// Net income a year once the business runs fully, before repaying the loan.
    pub full_income_yuan: Yuan,
    /// Years before the business reaches full operation (0 = full from the first year).
    pub ramp_up_years: u32,
    /// Yearly probability that the business closes.
    pub failure_pct: Percent,
    /// Labor-months a year the business takes while open.
    pub labor_months: Months,
    /// Labor-months a year the returnee adds to the household at home (0 when they were
    /// already counted among the laborers at home).
    pub returnee_labor_months: Months,
    /// Share of the household's baseline migrant remittances that stops when the returnee
    /// comes home.
    pub remittances_given_up_pct: Percent,
}

impl Default for Startup {
    /// The survey names the policies (guaranteed loans, subsidies, rent and utility relief)
    /// without amounts: every default is an assumption (docs/model.md).
    fn default() -> Self {
        Startup {
            schedule: Schedule::default(),
            subsidy_yuan: 5_000.0,
            loan_yuan: 50_000.0,
            loan_interest_pct: 4.0,
            interest_subsidy_pct: 100.0,
            loan_term_years: 3,
            full_income_yuan: 30_000.0,
            ramp_up_years: 2,
            failure_pct: 10.0,
            labor_months: 10.0,
            returnee_labor_months: 10.0,
            remittances_given_up_pct: 0.0,
        }
    }
}

/// One household's business in its `a`-th year (full adoption), base-year prices.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StartupYear {
    /// Expected share of businesses still open (0–1).
    pub survival: f64,
    /// Share of full operation reached (0–1).
    pub ramp_up: f64,
    /// Expected business net income before the loan.
    pub business_yuan: Yuan,
    /// Loan still owed at the start of the year.
    pub balance_yuan: Yuan,
    pub principal_yuan: Yuan,
    pub interest_yuan: Yuan,
    /// Interest the household pays itself.
    pub household_interest_yuan: Yuan,
    /// Interest the public pays (贴息).
    pub public_interest_yuan: Yuan,
    /// Start-up subsidy (only in the first year).
    pub subsidy_yuan: Yuan,
}

impl StartupYear {
    /// What the household keeps: business income less principal and its interest.
    pub fn net_yuan(&self) -> Yuan {
        self.business_yuan - self.principal_yuan - self.household_interest_yuan
    }

    /// The household's own loan repayments this year.
    pub fn outlay_yuan(&self) -> Yuan {
        self.principal_yuan + self.household_interest_yuan
    }
}

impl Startup {
    /// A household's business in its `a`-th year since it started (a = 0: first year).
    pub fn year(&self, a: u32) -> StartupYear {
        let survival = (1.0 - frac(self.failure_pct)).powi(a as i32);
        let ramp_up = ((a + 1) as f64 / (self.ramp_up_years + 1) as f64).min(1.0);
        let term = self.loan_term_years;
        let (balance, principal) = if term > 0 && a < term {
            let part = self.loan_yuan / term as f64;
            (self.loan_yuan - part * a as f64, part)
        } else {
            (0.0, 0.0)
        };
        let interest = balance * frac(self.loan_interest_pct);
        let public = interest * frac(self.interest_subsidy_pct);
        StartupYear {
            survival,
            ramp_up,
            business_yuan: self.full_income_yuan * ramp_up * survival,
            balance_yuan: balance,
            principal_yuan: principal,
            interest_yuan: interest,
            household_interest_yuan: interest - public,
            public_interest_yuan: public,
            subsidy_yuan: if a == 0 { self.subsidy_yuan } else { 0.0 },
        }
    }

    /// Remittances the household stops receiving in year index `i` at full adoption.
    fn remittances_given_up(&self, scenario: &Scenario, i: usize) -> Yuan {
        frac(self.remittances_given_up_pct)
            * baseline_sources(scenario, i)[Source::MigrantRemittances]
    }

    /// The cohorts in business in `year`: (newcomers' share, years in business), and the
    /// share (0–1) of joined households still taking part (below 1 when adoption falls back).
    fn cohorts<'a>(
        &self,
        joined: &'a [f64],
        year: i32,
    ) -> (impl Iterator<Item = (f64, u32)> + 'a, f64) {
        let k = self.schedule.years_since_start(year);
        let upto = match k {
            Some(k) => &joined[..joined.len().min(k as usize + 1)],
            None => &[],
        };
        let peak: f64 = upto.iter().sum();
        let taking_part = if peak > 0.0 {
            (self.schedule.adoption_share(year) / peak).min(1.0)
        } else {
            0.0
        };
        let k = k.unwrap_or(0);
        let list = upto
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0.0)
            .map(move |(c, &n)| (n, k - c as u32));
        (list, taking_part)
    }
}

impl Module for Startup {
    const KIND: InterventionKind = InterventionKind::Startup;
    const NAME: Text = Text::new("返乡创业", "Returnee start-ups");
    const COST_FORMULA: Text = Text::new(
        "当年新创业户比例 × 创业补贴 + 各批创业户的贴息(政府承担的贷款利息)",
        "households starting this year × start-up subsidy + the subsidised interest on each cohort's loan",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let last = scenario.horizon.year_of(out.len().saturating_sub(1));
        let joined = self.schedule.newly_adopting_shares(last);
        for (i, effect) in out.iter_mut().enumerate() {
            let year = scenario.horizon.year_of(i);
            let (cohorts, taking_part) = self.cohorts(&joined, year);
            for (n, a) in cohorts {
                let y = self.year(a);
                effect.by_source[Source::Enterprise] += n
                    * (taking_part * y.business_yuan
                        - y.principal_yuan
                        - y.household_interest_yuan);
                effect.program_cost_yuan += n * (y.subsidy_yuan + y.public_interest_yuan);
                effect.household_outlay_yuan += n * y.outlay_yuan();
                effect.labor_months += n * taking_part * y.survival * self.labor_months;
            }
            let share = self.schedule.adoption_share(year);
            effect.by_source[Source::MigrantRemittances] -=
                share * self.remittances_given_up(scenario, i);
            effect.labor_freed_months += share * self.returnee_labor_months;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let joined = self.schedule.newly_adopting_shares(year);
        let (cohorts, taking_part) = self.cohorts(&joined, year);
        let p = |t: Trace, id: &str| t.param(scenario, id);
        let mut parts = Vec::new();
        for (n, a) in cohorts {
            let y = self.year(a);
            let business = p(
                p(
                    p(
                        Trace::new(
                            Text::new("经营收入(预期)", "Business income (expected)"),
                            Text::new(
                                "满负荷年纯收入 × 达产比例 × 存活概率",
                                "net income at full operation × ramp-up × survival",
                            ),
                            n * taking_part * y.business_yuan,
                            Unit::YuanPerYear,
                        ),
                        "interventions.startup.full_income_yuan",
                    ),
                    "interventions.startup.ramp_up_years",
                ),
                "interventions.startup.failure_pct",
            )
            .input(
                Text::new("达产比例", "Ramp-up"),
                y.ramp_up * 100.0,
                Unit::Percent,
            )
            .input(
                Text::new("存活概率", "Survival"),
                y.survival * 100.0,
                Unit::Percent,
            );
            let mut cohort = Trace::new(
                Text::new("同年开始创业的户", "Households that started in one year"),
                Text::new(
                    "该批户比例 × (经营收入 − 偿还本金 − 自付利息)",
                    "share of households in this cohort × (business income − principal − interest paid)",
                ),
                n * (taking_part * y.business_yuan - y.principal_yuan - y.household_interest_yuan),
                Unit::YuanPerYear,
            )
            .input(
                Text::new("开始年份", "Year started"),
                (year - a as i32) as f64,
                Unit::Year,
            )
            .input(
                Text::new("该批户比例", "Share of households in this cohort"),
                n * 100.0,
                Unit::Percent,
            )
            .input(
                Text::new("已经营年数", "Years in business"),
                a as f64,
                Unit::Years,
            );
            if taking_part < 1.0 {
                cohort = cohort.input(
                    Text::new("仍参与的比例", "Share still taking part"),
                    taking_part * 100.0,
                    Unit::Percent,
                );
            }
            cohort = cohort.part(business);
            if y.principal_yuan > 0.0 {
                let principal = p(
                    p(
                        Trace::new(
                            Text::new("偿还本金", "Principal repaid"),
                            Text::new("贷款额 ÷ 还款年限", "loan ÷ term"),
                            -n * y.principal_yuan,
                            Unit::YuanPerYear,
                        ),
                        "interventions.startup.loan_yuan",
                    ),
                    "interventions.startup.loan_term_years",
                );
                let interest = p(
                    p(
                        Trace::new(
                            Text::new("自付利息", "Interest the household pays"),
                            Text::new(
                                "年初贷款余额 × 贷款年利率 × (1 − 贴息比例)",
                                "loan balance at the year's start × interest rate × (1 − interest subsidy)",
                            ),
                            -n * y.household_interest_yuan,
                            Unit::YuanPerYear,
                        )
                        .input(
                            Text::new("年初贷款余额", "Loan balance at the year's start"),
                            y.balance_yuan,
                            Unit::Yuan,
                        ),
                        "interventions.startup.loan_interest_pct",
                    ),
                    "interventions.startup.interest_subsidy_pct",
                );
                cohort = cohort.part(principal).part(interest);
            }
            parts.push(cohort);
        }
        let share = self.schedule.adoption_share(year);
        let i = (year - scenario.horizon.base_year).max(0) as usize;
        let given_up = share * self.remittances_given_up(scenario, i);
        if given_up != 0.0 {
            parts.push(
                p(
                    Trace::new(
                        Text::new("放弃的外出务工收入", "Migrant remittances given up"),
                        Text::new(
                            "采纳比例 × 不再寄回比例 × 基线外出务工收入",
                            "adoption × share given up × baseline migrant remittances",
                        ),
                        -given_up,
                        Unit::YuanPerYear,
                    ),
                    "interventions.startup.remittances_given_up_pct",
                )
                .input(
                    Text::new("采纳比例(当年)", "Adoption this year"),
                    share * 100.0,
                    Unit::Percent,
                ),
            );
        }
        let total = parts.iter().map(|t| t.value).sum();
        let mut t = Trace::new(
            Text::new("返乡创业增收", "Returnee start-up income gain"),
            Text::new(
                "Σ 各批创业户(经营收入 − 偿还本金 − 自付利息) − 放弃的外出务工收入",
                "Σ cohorts (business income − principal − interest paid) − migrant remittances given up",
            ),
            total,
            Unit::YuanPerYear,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        for part in parts {
            t = t.part(part);
        }
        t
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Startup), interventions.startup.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "默认 2026 年", "Default 2026"),
        field!(Section::Intervention(K::Startup), interventions.startup.subsidy_yuan: f64, "一次性创业补贴", "One-off start-up subsidy", Unit::Yuan, 0.0, 200_000.0,
        "假设：5,000 元；调研提及创业补贴但无金额，按当地标准填写", "Assumption: 5,000 yuan; the survey names start-up subsidies without an amount — enter the local rate"),
        field!(Section::Intervention(K::Startup), interventions.startup.loan_yuan: f64, "创业担保贷款额", "Guaranteed start-up loan", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：5 万元；调研提及创业担保贷款但无金额", "Assumption: 50,000 yuan; the survey names guaranteed loans without an amount"),
        field!(Section::Intervention(K::Startup), interventions.startup.loan_interest_pct: f64, "贷款年利率", "Loan interest rate", Unit::Percent, 0.0, 20.0,
        "假设：4 %/年", "Assumption: 4 % a year"),
        field!(Section::Intervention(K::Startup), interventions.startup.interest_subsidy_pct: f64, "贴息比例", "Interest subsidy (share paid by the public)", Unit::Percent, 0.0, 100.0,
        "假设：100 %(全额贴息)，按当地政策填写", "Assumption: 100 % (interest fully subsidised); enter the local policy"),
        field!(Section::Intervention(K::Startup), interventions.startup.loan_term_years: u32, "还款年限", "Loan term", Unit::Years, 1.0, 10.0,
        "假设：3 年，每年等额还本", "Assumption: 3 years, equal principal each year"),
        field!(Section::Intervention(K::Startup), interventions.startup.full_income_yuan: f64, "满负荷年纯收入", "Net income a year at full operation", Unit::YuanPerYear, 0.0, 1_000_000.0,
        "假设：3 万元(还贷前)；调研无数据", "Assumption: 30,000 yuan (before loan repayments); no survey figure"),
        field!(Section::Intervention(K::Startup), interventions.startup.ramp_up_years: u32, "达产年数", "Ramp-up years", Unit::Years, 0.0, 10.0,
        "假设：2 年(第 1 年 1/3、第 2 年 2/3)", "Assumption: 2 years (1/3 in the first year, 2/3 in the second)"),
        field!(Section::Intervention(K::Startup), interventions.startup.failure_pct: f64, "年倒闭概率", "Yearly failure rate", Unit::Percent, 0.0, 100.0,
        "假设：10 %/年(5 年后约 59 % 仍在经营)", "Assumption: 10 % a year (about 59 % still open after 5 years)"),
        field!(Section::Intervention(K::Startup), interventions.startup.labor_months: f64, "经营所需劳动月", "Labor-months the business takes", Unit::Months, 0.0, 36.0,
        "假设：10 个月(1 人)", "Assumption: 10 months (one person)"),
        field!(Section::Intervention(K::Startup), interventions.startup.returnee_labor_months: f64, "返乡者新增在家劳动月", "Labor-months the returnee adds at home", Unit::Months, 0.0, 36.0,
        "假设：10 个月(返乡者原不在家)；原已在家则填 0", "Assumption: 10 months (the returnee was away); 0 if already counted at home"),
        field!(Section::Intervention(K::Startup), interventions.startup.remittances_given_up_pct: f64, "不再寄回的外出务工收入比例", "Share of migrant remittances given up", Unit::Percent, 0.0, 100.0,
        "假设：0；返乡者原寄回的汇款请按户填写(唯一外出者返乡则填 100 %)", "Assumption: 0; enter the returnee's former remittances (100 % if the household's only migrant returns)"),
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Startup),
        interventions.startup.schedule.enabled,
        "启用返乡创业",
        "Use returnee start-ups",
        "默认关闭",
        "Off by default"
    )],
    choices: &[],
};
