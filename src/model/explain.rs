//! "How was this computed?" for every figure the UI shows. [`explain`] rebuilds one figure with
//! its formula and inputs; it reruns the projection, so it costs more than [`project`] and is only
//! called on request. Every trace's `value` equals the projection's figure.
//!
//! [`project`]: super::projection::project

use super::fields::validate;
use super::interventions::{Effect, InterventionKind};
use super::monitoring_line::RowStatus;
use super::projection::{
    baseline_sources, discounted_years, flows_of, line_for, price_index, project_unchecked,
    Appraisal, DiscountedYear, IncomeCategory, Projection, Source, YearRow,
};
use super::scenario::{PriceBasis, Scenario};
use super::text::Text;
use super::trace::Trace;
use super::units::Unit;

/// A figure the UI shows. `year` is a calendar year inside the horizon; `kind: None` means all
/// interventions together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Baseline income from one source in a year.
    BaselineSource {
        year: i32,
        source: Source,
    },
    /// Scenario income from one source in a year (baseline + every intervention's effect on it).
    ScenarioSource {
        year: i32,
        source: Source,
    },
    /// Income gained from one intervention in a year.
    Increment {
        year: i32,
        kind: InterventionKind,
    },
    /// Income gained from all interventions in a year.
    TotalIncrement {
        year: i32,
    },
    /// Household net income in a year (baseline or scenario).
    HouseholdNet {
        year: i32,
        baseline: bool,
    },
    /// Per-capita net income in a year (baseline or scenario).
    PerCapita {
        year: i32,
        baseline: bool,
    },
    /// Part of scenario income eaten at home (in kind).
    InKind {
        year: i32,
    },
    /// The monitoring line per capita in a year, with its row status in the label.
    MonitoringLine {
        year: i32,
    },
    /// Scenario per-capita income minus the line.
    GapToLine {
        year: i32,
    },
    /// Program cost in a year, of one intervention or of all.
    ProgramCost {
        year: i32,
        kind: Option<InterventionKind>,
    },
    Npv {
        kind: Option<InterventionKind>,
    },
    BenefitCostRatio {
        kind: Option<InterventionKind>,
    },
    CostPerYuanGained {
        kind: Option<InterventionKind>,
    },
    PaybackYear {
        kind: Option<InterventionKind>,
    },
    /// First year per-capita income is at or above the line (baseline or scenario).
    FirstYearAboveLine {
        baseline: bool,
    },
    /// The lowest per-capita margin over the line in the period the headline covers.
    LowestMargin {
        baseline: bool,
    },
    /// Public cost over the whole horizon, of one intervention or of all.
    TotalProgramCost {
        kind: Option<InterventionKind>,
    },
    /// The household's own view: present value of its income gained after its own outlays.
    HouseholdNpv {
        kind: Option<InterventionKind>,
    },
    /// The household's labor in a year: what it has, what is claimed, what the rule kept.
    Labor {
        year: i32,
    },
    /// Income of one official category (工资性 / 经营 / 财产 / 转移) in a year.
    Category {
        year: i32,
        category: IncomeCategory,
        baseline: bool,
    },
}

/// Explains one figure. `None` when the scenario is invalid, the year is outside the horizon, or
/// the figure has no value (no program cost → no benefit-cost ratio; never paid back; never
/// above the line).
pub fn explain(scenario: &Scenario, figure: Figure) -> Option<Trace> {
    validate(scenario).ok()?;
    let p = project_unchecked(scenario);
    let ctx = Ctx { s: scenario, p: &p };
    match figure {
        Figure::BaselineSource { year, source } => ctx.baseline_source(ctx.index(year)?, source),
        Figure::ScenarioSource { year, source } => ctx.scenario_source(ctx.index(year)?, source),
        Figure::Increment { year, kind } => Some(ctx.increment(ctx.index(year)?, kind)),
        Figure::TotalIncrement { year } => Some(ctx.total_increment(ctx.index(year)?)),
        Figure::HouseholdNet { year, baseline } => ctx.household_net(ctx.index(year)?, baseline),
        Figure::PerCapita { year, baseline } => ctx.per_capita(ctx.index(year)?, baseline),
        Figure::InKind { year } => Some(ctx.in_kind(ctx.index(year)?)),
        Figure::MonitoringLine { year } => ctx.line(ctx.index(year)?),
        Figure::GapToLine { year } => ctx.gap(ctx.index(year)?),
        Figure::ProgramCost { year, kind } => Some(ctx.program_cost(ctx.index(year)?, kind)),
        Figure::Npv { kind } => Some(ctx.npv(kind)),
        Figure::BenefitCostRatio { kind } => ctx.bcr(kind),
        Figure::CostPerYuanGained { kind } => ctx.cost_per_yuan(kind),
        Figure::PaybackYear { kind } => ctx.payback(kind),
        Figure::FirstYearAboveLine { baseline } => ctx.first_above(baseline),
        Figure::LowestMargin { baseline } => ctx.lowest_margin(baseline),
        Figure::TotalProgramCost { kind } => Some(ctx.total_cost(kind)),
        Figure::HouseholdNpv { kind } => Some(ctx.household_npv(kind)),
        Figure::Labor { year } => Some(ctx.labor(ctx.index(year)?)),
        Figure::Category {
            year,
            category,
            baseline,
        } => ctx.category(ctx.index(year)?, category, baseline),
    }
}

struct Ctx<'a> {
    s: &'a Scenario,
    p: &'a Projection,
}

/// The year, its income gained and its discount factor: what every yearly row of an appraisal
/// shows beside its own figure.
trait YearInputs {
    fn inputs_of_year(self, y: DiscountedYear) -> Self;
}

impl YearInputs for Trace {
    fn inputs_of_year(self, y: DiscountedYear) -> Trace {
        self.input(Text::new("年份", "Year"), y.year as f64, Unit::Year)
            .input(
                Text::new("增收", "Income gained"),
                y.flows.gain_yuan,
                Unit::YuanPerYear,
            )
            .input(
                Text::new("贴现系数", "Discount factor"),
                y.discount_factor,
                Unit::Count,
            )
    }
}

fn yuan(label: Text, formula: Text, value: f64) -> Trace {
    Trace::new(label, formula, value, Unit::YuanPerYear)
}

impl Ctx<'_> {
    fn index(&self, year: i32) -> Option<usize> {
        let i = year - self.s.horizon.base_year;
        (i >= 0 && (i as u32) < self.s.horizon.years).then_some(i as usize)
    }

    fn row(&self, i: usize) -> &YearRow {
        &self.p.rows[i]
    }

    fn with_price(&self, t: Trace, i: usize) -> Trace {
        let basis = match self.s.economics.price_basis {
            PriceBasis::Nominal => Text::new(
                "价格指数 = (1 + 通胀率)^年数",
                "price index = (1 + inflation)^years",
            ),
            PriceBasis::Real => Text::new(
                "价格指数 = 1(基准年价格)",
                "price index = 1 (base-year prices)",
            ),
        };
        t.input(
            Text::new("价格指数", "Price index"),
            price_index(self.s, i),
            Unit::Count,
        )
        .param(self.s, "economics.inflation_pct")
        .part(Trace::new(
            Text::new("价格口径", "Price basis"),
            basis,
            price_index(self.s, i),
            Unit::Count,
        ))
    }

    /// One module's effect in year index `i`, base-year prices (zero when off).
    fn effect(&self, kind: InterventionKind, i: usize) -> Effect {
        let module = self.s.interventions.module(kind);
        if !module.schedule().enabled {
            return Effect::default();
        }
        let mut out = vec![Effect::default(); self.s.horizon.years as usize];
        module.effects(self.s, &mut out);
        out.swap_remove(i)
    }

    fn baseline_source(&self, i: usize, source: Source) -> Option<Trace> {
        let h = &self.s.household;
        let inc = &h.income;
        let price = price_index(self.s, i);
        let growth = (1.0 + self.s.economics.baseline_wage_growth_pct / 100.0).powi(i as i32);
        let value = self.row(i).baseline_by_source[source];
        // What the household's own herd and flock earn (modules' baselines) for this source.
        let mut own = 0.0;
        let mut own_parts = Vec::new();
        let year = self.row(i).year;
        for kind in InterventionKind::ALL {
            let module = self.s.interventions.module(kind);
            let mut out = vec![Effect::default(); self.s.horizon.years as usize];
            module.baseline(self.s, &mut out);
            let amount = out[i].by_source[source];
            if amount != 0.0 {
                own += amount;
                own_parts.extend(module.explain_baseline(self.s, year));
            }
        }
        debug_assert!(((baseline_sources(self.s, i)[source] + own) * price - value).abs() < 1e-6);
        let label = source.name();
        let t = match source {
            Source::OwnFarming => yuan(
                label,
                Text::new(
                    "(耕地 × 每亩种植纯收入 + 林果地 × 每亩林果纯收入) × 价格指数",
                    "(cropland × own-farming net per mu + orchard × orchard net per mu) × price index",
                ),
                value,
            )
            .param(self.s, "household.land.cropland_mu")
            .param(self.s, "household.income.own_farming_net_yuan_per_mu")
            .param(self.s, "household.land.orchard_mu")
            .param(self.s, "household.income.orchard_net_yuan_per_mu"),
            Source::LocalWages | Source::MigrantRemittances => {
                let base = if source == Source::LocalWages {
                    inc.local_wages_yuan
                } else {
                    inc.migrant_remittances_yuan
                };
                yuan(
                    label,
                    Text::new(
                        "基准年收入 × (1 + 工资实际增长率)^年数 × 价格指数",
                        "base-year amount × (1 + real wage growth)^years × price index",
                    ),
                    value,
                )
                .input(Text::new("基准年收入", "Base-year amount"), base, Unit::YuanPerYear)
                .param(self.s, "economics.baseline_wage_growth_pct")
                .input(Text::new("增长系数", "Growth factor"), growth, Unit::Count)
            }
            Source::Transfers => yuan(
                label,
                Text::new("(养老金 + 生态补偿 + 低保) × 价格指数", "(pension + ecological compensation + dibao) × price index"),
                value,
            )
            .param(self.s, "household.income.pension_yuan")
            .param(self.s, "household.income.ecological_compensation_yuan")
            .param(self.s, "household.income.dibao_yuan"),
            Source::Other => yuan(label, Text::new("其他收入 × 价格指数", "other income × price index"), value)
                .param(self.s, "household.income.other_yuan"),
            _ if own != 0.0 => {
                let mut t = yuan(
                    label,
                    Text::new("本户原有畜禽的纯收入(无干预) × 价格指数", "what the household's own herd or flock earns with no intervention × price index"),
                    value,
                )
                .input(Text::new("基准年价格", "In base-year prices"), own, Unit::YuanPerYear);
                for part in own_parts {
                    t = t.part(part);
                }
                t
            }
            _ => yuan(
                label,
                Text::new("基线无此项收入(来自干预措施)", "no baseline income from this source (it comes from interventions)"),
                value,
            ),
        };
        Some(self.with_price(t, i))
    }

    fn scenario_source(&self, i: usize, source: Source) -> Option<Trace> {
        let mut t = yuan(
            source.name(),
            Text::new(
                "基线 + 各项措施对此来源的影响",
                "baseline + each intervention's effect on this source",
            ),
            self.row(i).scenario_by_source[source],
        )
        .part(self.baseline_source(i, source)?);
        let year = self.row(i).year;
        for kind in InterventionKind::ALL {
            let e = self.effect(kind, i);
            if e.by_source[source] != 0.0 {
                let module = self.s.interventions.module(kind);
                let part = yuan(
                    kind.name(),
                    Text::new(
                        "该措施对此来源的影响 × 价格指数",
                        "this intervention's effect on the source × price index",
                    ),
                    e.by_source[source] * price_index(self.s, i),
                )
                .input(
                    Text::new("基准年价格", "In base-year prices"),
                    e.by_source[source],
                    Unit::YuanPerYear,
                )
                .part(module.explain(self.s, year));
                t = t.part(part);
            }
        }
        Some(t)
    }

    fn increment(&self, i: usize, kind: InterventionKind) -> Trace {
        let module = self.s.interventions.module(kind);
        let row = self.row(i);
        if !module.schedule().enabled {
            return yuan(
                kind.name(),
                Text::new("此措施未启用：无增收", "this intervention is off: no gain"),
                row.increment_by_intervention[kind],
            );
        }
        let t = yuan(
            kind.name(),
            Text::new(
                "措施增收(基准年价格) × 价格指数",
                "income gained (base-year prices) × price index",
            ),
            row.increment_by_intervention[kind],
        );
        self.with_price(t.part(module.explain(self.s, row.year)), i)
    }

    fn total_increment(&self, i: usize) -> Trace {
        let row = self.row(i);
        let mut t = yuan(
            Text::new("各项措施合计增收", "Income gained from all interventions"),
            Text::new("Σ 各项措施增收", "Σ income gained from each intervention"),
            row.increment_by_intervention.total(),
        );
        for kind in InterventionKind::ALL {
            if self.s.interventions.schedule(kind).enabled {
                t = t.part(self.increment(i, kind));
            }
        }
        t
    }

    fn household_net(&self, i: usize, baseline: bool) -> Option<Trace> {
        let row = self.row(i);
        let (label, value) = if baseline {
            (
                Text::new("基线家庭纯收入", "Baseline household net income"),
                row.baseline_household_net_yuan,
            )
        } else {
            (
                Text::new("家庭纯收入", "Household net income"),
                row.household_net_yuan,
            )
        };
        let mut t = yuan(
            label,
            Text::new("Σ 各来源收入", "Σ income by source"),
            value,
        );
        for source in Source::ALL {
            let amount = if baseline {
                row.baseline_by_source[source]
            } else {
                row.scenario_by_source[source]
            };
            if amount != 0.0 {
                let part = if baseline {
                    self.baseline_source(i, source)?
                } else {
                    self.scenario_source(i, source)?
                };
                t = t.part(part);
            }
        }
        Some(t)
    }

    fn per_capita(&self, i: usize, baseline: bool) -> Option<Trace> {
        let row = self.row(i);
        let (label, value) = if baseline {
            (
                Text::new("基线人均纯收入", "Baseline per-capita net income"),
                row.baseline_per_capita_yuan,
            )
        } else {
            (
                Text::new("人均纯收入", "Per-capita net income"),
                row.per_capita_yuan,
            )
        };
        Some(
            yuan(
                label,
                Text::new("家庭纯收入 ÷ 家庭人口", "household net income ÷ members"),
                value,
            )
            .input(
                Text::new("家庭人口", "Members"),
                self.s.household.members_persons,
                Unit::Persons,
            )
            .part(self.household_net(i, baseline)?),
        )
    }

    fn in_kind(&self, i: usize) -> Trace {
        let mut t = yuan(
            Text::new("实物收入(自家食用)", "In-kind income (eaten at home)"),
            Text::new(
                "Σ 自家食用的产品 × 出售价 × 价格指数",
                "Σ produce eaten at home × farm-gate price × price index",
            ),
            self.row(i).in_kind_yuan,
        );
        for kind in InterventionKind::ALL {
            let e = self.effect(kind, i);
            if e.in_kind_yuan != 0.0 {
                t = t.part(yuan(
                    kind.name(),
                    Text::new(
                        "自家食用比例 × 产值 × 价格指数",
                        "share eaten at home × output value × price index",
                    ),
                    e.in_kind_yuan * price_index(self.s, i),
                ));
            }
        }
        t
    }

    fn line(&self, i: usize) -> Option<Trace> {
        let (value, status) = line_for(self.s, i)?;
        let year = self.row(i).year;
        let v = self.s.monitoring_line.nominal_for(year)?;
        let label = match status {
            RowStatus::Verified => Text::new("防返贫监测线(已核实)", "Monitoring line (verified)"),
            RowStatus::Placeholder => Text::new(
                "防返贫监测线(占位数，待核实)",
                "Monitoring line (placeholder, unverified)",
            ),
        };
        let formula = match self.s.economics.price_basis {
            PriceBasis::Nominal => Text::new(
                "表中不晚于该年的最近一行 × (1 + 末行后年增长)^超出年数",
                "latest table row at or before the year × (1 + growth after the last row)^years past it",
            ),
            PriceBasis::Real => Text::new(
                "名义监测线 ÷ (1 + 通胀率)^年数(换算为基准年价格)",
                "nominal line ÷ (1 + inflation)^years (to base-year prices)",
            ),
        };
        Some(
            Trace::new(label, formula, value, Unit::Yuan)
                .input(
                    Text::new("所用表行年份", "Table row used"),
                    v.row_year as f64,
                    Unit::Year,
                )
                .input(
                    Text::new("名义监测线", "Nominal line"),
                    v.nominal_yuan_per_capita,
                    Unit::Yuan,
                )
                .input(
                    Text::new("超出末行年数", "Years past the last row"),
                    v.extrapolated_years as f64,
                    Unit::Years,
                )
                .input(
                    Text::new("末行后年增长", "Growth after the last row"),
                    self.s.monitoring_line.growth_after_last_pct,
                    Unit::Percent,
                )
                .param(self.s, "economics.inflation_pct"),
        )
    }

    fn gap(&self, i: usize) -> Option<Trace> {
        let row = self.row(i);
        Some(
            Trace::new(
                Text::new("人均收入与监测线之差", "Gap to the monitoring line"),
                Text::new(
                    "人均纯收入 − 监测线(负数 = 低于监测线)",
                    "per-capita net income − line (negative = below the line)",
                ),
                row.gap_to_line_yuan_per_capita?,
                Unit::Yuan,
            )
            .part(self.per_capita(i, false)?)
            .part(self.line(i)?),
        )
    }

    fn program_cost(&self, i: usize, kind: Option<InterventionKind>) -> Trace {
        let row = self.row(i);
        let Some(kind) = kind else {
            let mut t = yuan(
                Text::new("项目投入合计", "Program cost, all interventions"),
                Text::new("Σ 各项措施项目投入", "Σ program cost of each intervention"),
                row.program_cost_yuan,
            );
            for kind in InterventionKind::ALL {
                if row.program_cost_by_intervention[kind] != 0.0 {
                    t = t.part(self.program_cost(i, Some(kind)));
                }
            }
            return t;
        };
        let t = yuan(
            kind.name(),
            kind.cost_formula(),
            row.program_cost_by_intervention[kind],
        )
        .input(
            Text::new("基准年价格", "In base-year prices"),
            self.effect(kind, i).program_cost_yuan,
            Unit::YuanPerYear,
        );
        self.with_price(t, i)
    }

    fn appraisal(&self, kind: Option<InterventionKind>) -> &Appraisal {
        match kind {
            None => &self.p.total,
            Some(k) => &self.p.by_intervention[k.index()].1,
        }
    }

    /// The appraisal's discounted years: the same loop the projection ran.
    fn years(&self, kind: Option<InterventionKind>) -> impl Iterator<Item = DiscountedYear> + '_ {
        discounted_years(
            &self.p.rows,
            self.s.economics.discount_rate_pct / 100.0,
            flows_of(kind),
        )
    }

    fn subject(kind: Option<InterventionKind>) -> Text {
        kind.map_or(Text::new("全部措施", "All interventions"), |k| k.name())
    }

    fn yearly_parts(&self, kind: Option<InterventionKind>, mut t: Trace) -> Trace {
        for y in self.years(kind) {
            t = t.part(
                yuan(
                    Text::new("年度净收益", "Net benefit of the year"),
                    Text::new(
                        "(增收 − 项目投入) ÷ (1 + 贴现率)^年数",
                        "(income gained − program cost) ÷ (1 + discount rate)^years",
                    ),
                    y.pv_gain_yuan() - y.pv_cost_yuan(),
                )
                .input(
                    Text::new("项目投入", "Program cost"),
                    y.flows.cost_yuan,
                    Unit::YuanPerYear,
                )
                .inputs_of_year(y),
            );
        }
        t
    }

    /// Present values of (income gained, program cost).
    fn pv(&self, kind: Option<InterventionKind>) -> (f64, f64) {
        self.years(kind).fold((0.0, 0.0), |(g, c), y| {
            (g + y.pv_gain_yuan(), c + y.pv_cost_yuan())
        })
    }

    fn npv(&self, kind: Option<InterventionKind>) -> Trace {
        let a = self.appraisal(kind);
        let (pv_gain, pv_cost) = self.pv(kind);
        let t = Trace::new(
            Text::new("净现值", "Net present value"),
            Text::new(
                "Σ (增收 − 项目投入) ÷ (1 + 贴现率)^年数，年数自基准年起",
                "Σ (income gained − program cost) ÷ (1 + discount rate)^years, years from the base year",
            ),
            a.npv_yuan,
            Unit::Yuan,
        )
        .about(Self::subject(kind))
        .param(self.s, "economics.discount_rate_pct")
        .input(Text::new("增收现值", "Present value of income gained"), pv_gain, Unit::Yuan)
        .input(Text::new("项目投入现值", "Present value of program cost"), pv_cost, Unit::Yuan);
        self.yearly_parts(kind, t)
    }

    fn household_npv(&self, kind: Option<InterventionKind>) -> Trace {
        let a = self.appraisal(kind);
        let mut t = Trace::new(
            Text::new("农户自身收益现值", "The household's own gain, present value"),
            Text::new(
                "Σ 增收(已扣除农户自付支出) ÷ (1 + 贴现率)^年数；项目投入由公共资金承担，不计入",
                "Σ income gained (after the household's own outlays) ÷ (1 + discount rate)^years; public cost is not the household's",
            ),
            a.household_npv_yuan,
            Unit::Yuan,
        )
        .about(Self::subject(kind))
        .param(self.s, "economics.discount_rate_pct")
        .input(Text::new("农户自付支出合计", "The household's own outlays, total"), a.household_outlay_yuan, Unit::Yuan);
        for y in self.years(kind) {
            t = t.part(
                yuan(
                    Text::new("年度增收现值", "Income gained this year, present value"),
                    Text::new(
                        "增收 ÷ (1 + 贴现率)^年数",
                        "income gained ÷ (1 + discount rate)^years",
                    ),
                    y.pv_gain_yuan(),
                )
                .input(
                    Text::new("其中农户自付支出", "of which the household's own outlays"),
                    y.flows.outlay_yuan,
                    Unit::YuanPerYear,
                )
                .inputs_of_year(y),
            );
        }
        t
    }

    fn total_cost(&self, kind: Option<InterventionKind>) -> Trace {
        let a = self.appraisal(kind);
        let mut t = Trace::new(
            Text::new("公共投入合计", "Total public cost"),
            if a.cost_not_entered {
                Text::new(
                    "Σ 各年项目投入(有未填写的投入，未计入)",
                    "Σ program cost of every year (a cost not entered is left out)",
                )
            } else {
                Text::new("Σ 各年项目投入", "Σ program cost of every year")
            },
            a.program_cost_yuan,
            Unit::Yuan,
        )
        .about(Self::subject(kind));
        for y in self.years(kind).filter(|y| y.flows.cost_yuan != 0.0) {
            t = t
                .input(Text::new("年份", "Year"), y.year as f64, Unit::Year)
                .input(
                    Text::new("项目投入", "Program cost"),
                    y.flows.cost_yuan,
                    Unit::YuanPerYear,
                );
        }
        t
    }

    fn bcr(&self, kind: Option<InterventionKind>) -> Option<Trace> {
        let a = self.appraisal(kind);
        let (pv_gain, pv_cost) = self.pv(kind);
        Some(
            Trace::new(
                Text::new("效益成本比", "Benefit-cost ratio"),
                Text::new(
                    "增收现值 ÷ 项目投入现值",
                    "present value of income gained ÷ present value of program cost",
                ),
                a.benefit_cost_ratio?,
                Unit::Count,
            )
            .about(Self::subject(kind))
            .input(
                Text::new("增收现值", "Present value of income gained"),
                pv_gain,
                Unit::Yuan,
            )
            .input(
                Text::new("项目投入现值", "Present value of program cost"),
                pv_cost,
                Unit::Yuan,
            )
            .param(self.s, "economics.discount_rate_pct"),
        )
    }

    fn cost_per_yuan(&self, kind: Option<InterventionKind>) -> Option<Trace> {
        let a = self.appraisal(kind);
        let (pv_gain, pv_cost) = self.pv(kind);
        Some(
            Trace::new(
                Text::new("每增收 1 元的公共投入", "Public cost per yuan gained"),
                Text::new(
                    "项目投入现值 ÷ 增收现值(与净现值同样贴现)",
                    "present value of program cost ÷ present value of income gained (discounted like the NPV)",
                ),
                a.cost_per_yuan_gained?,
                Unit::Count,
            )
            .about(Self::subject(kind))
            .input(Text::new("项目投入现值", "Present value of program cost"), pv_cost, Unit::Yuan)
            .input(Text::new("增收现值", "Present value of income gained"), pv_gain, Unit::Yuan)
            .param(self.s, "economics.discount_rate_pct"),
        )
    }

    fn payback(&self, kind: Option<InterventionKind>) -> Option<Trace> {
        let a = self.appraisal(kind);
        let year = a.payback_year?;
        let mut t = Trace::new(
            Text::new("回收年份", "Payback year"),
            Text::new(
                "累计增收首次不低于累计项目投入的年份(不贴现)",
                "first year cumulative income gained covers cumulative program cost (undiscounted)",
            ),
            year as f64,
            Unit::Year,
        )
        .about(Self::subject(kind));
        let (mut gain, mut cost) = (0.0, 0.0);
        for y in self.years(kind).take_while(|y| y.year <= year) {
            gain += y.flows.gain_yuan;
            cost += y.flows.cost_yuan;
            t = t.part(
                Trace::new(
                    Text::new("累计增收 − 累计投入", "Cumulative gain − cumulative cost"),
                    Text::new("Σ 增收 − Σ 项目投入", "Σ income gained − Σ program cost"),
                    gain - cost,
                    Unit::Yuan,
                )
                .input(Text::new("年份", "Year"), y.year as f64, Unit::Year)
                .input(Text::new("累计增收", "Cumulative gain"), gain, Unit::Yuan)
                .input(Text::new("累计投入", "Cumulative cost"), cost, Unit::Yuan),
            );
        }
        Some(t)
    }

    fn lowest_margin(&self, baseline: bool) -> Option<Trace> {
        let summary = if baseline {
            &self.p.baseline_line
        } else {
            &self.p.line
        };
        let (year, margin) = summary.lowest_margin?;
        let i = self.index(year)?;
        let formula = if summary.first_year_above.is_some() {
            Text::new(
                "首次达到监测线后各年(人均纯收入 − 监测线)的最小值",
                "the smallest (per-capita income − line) from the first year at or above the line on",
            )
        } else {
            Text::new(
                "各年(人均纯收入 − 监测线)的最小值(从未达到监测线)",
                "the smallest (per-capita income − line) of every year (never at the line)",
            )
        };
        let mut t = Trace::new(
            Text::new("与监测线的最小差距", "Lowest margin over the line"),
            formula,
            margin,
            Unit::YuanPerCapita,
        )
        .input(Text::new("年份", "Year"), year as f64, Unit::Year);
        if let Some(y) = summary.first_year_above {
            t = t.input(
                Text::new("首次达到监测线", "First year at the line"),
                y as f64,
                Unit::Year,
            );
        }
        if let Some(y) = summary.back_below_year {
            t = t.input(
                Text::new("再次低于监测线", "Back below the line"),
                y as f64,
                Unit::Year,
            );
        }
        Some(t.part(self.per_capita(i, baseline)?).part(self.line(i)?))
    }

    fn category(&self, i: usize, category: IncomeCategory, baseline: bool) -> Option<Trace> {
        let row = self.row(i);
        let by_source = if baseline {
            &row.baseline_by_source
        } else {
            &row.scenario_by_source
        };
        let mut t = yuan(
            category.name(),
            Text::new(
                "Σ 属于此类的各收入来源",
                "Σ the income sources in this category",
            ),
            by_source.by_category()[category as usize],
        );
        for source in Source::ALL.into_iter().filter(|s| s.category() == category) {
            if by_source[source] != 0.0 {
                t = t.part(if baseline {
                    self.baseline_source(i, source)?
                } else {
                    self.scenario_source(i, source)?
                });
            }
        }
        Some(t)
    }

    fn labor(&self, i: usize) -> Trace {
        let l = &self.row(i).labor;
        let mut t = Trace::new(
            Text::new("劳动力使用", "Labor used"),
            Text::new(
                "基线用工(自种耕地 + 本地务工 + 自有畜禽) + Σ 各措施用工 × 保留比例 − 措施释放的用工；不超过 在家劳动力 × 每人工作月数",
                "baseline labor (own cropland + local wage work + own herd) + Σ each intervention's claim × share kept − labor freed; at most laborers at home × working months each",
            ),
            l.used_months(),
            Unit::Months,
        )
        .input(Text::new("可用劳动月", "Labor-months available"), l.available_months, Unit::Months)
        .param(self.s, "household.laborers_persons")
        .param(self.s, "household.labor.months_per_laborer")
        .input(Text::new("基线用工", "Baseline labor"), l.baseline_months, Unit::Months)
        .param(self.s, "household.labor.farming_months_per_mu")
        .param(self.s, "household.land.cropland_mu")
        .param(self.s, "household.labor.local_work_months");
        if l.shortfall_months() > 0.0 {
            t = t.input(
                Text::new("缺口", "Shortfall"),
                l.shortfall_months(),
                Unit::Months,
            );
        }
        for kind in InterventionKind::ALL {
            let (claim, freed) = (l.claimed_months[kind], l.freed_months[kind]);
            if claim == 0.0 && freed == 0.0 {
                continue;
            }
            t = t.part(
                Trace::new(
                    kind.name(),
                    Text::new(
                        "用工 × 保留比例 − 释放的用工；劳动力不足时按每劳动月收入从高到低满足",
                        "claim × share kept − labor freed; when labor is short, claims are met best income per labor-month first",
                    ),
                    claim * l.kept_share[kind] - freed,
                    Unit::Months,
                )
                .input(Text::new("用工", "Labor claimed"), claim, Unit::Months)
                .input(Text::new("释放的用工", "Labor freed"), freed, Unit::Months)
                .input(Text::new("保留比例", "Share kept"), l.kept_share[kind] * 100.0, Unit::Percent),
            );
        }
        t
    }

    fn first_above(&self, baseline: bool) -> Option<Trace> {
        let year = if baseline {
            self.p.baseline_first_year_above_line?
        } else {
            self.p.first_year_above_line?
        };
        let i = self.index(year)?;
        let label = if baseline {
            Text::new(
                "基线首次达到监测线的年份",
                "First year at or above the line (baseline)",
            )
        } else {
            Text::new("首次达到监测线的年份", "First year at or above the line")
        };
        Some(
            Trace::new(
                label,
                Text::new(
                    "人均纯收入首次不低于监测线的年份",
                    "first year per-capita net income ≥ monitoring line",
                ),
                year as f64,
                Unit::Year,
            )
            .part(self.per_capita(i, baseline)?)
            .part(self.line(i)?),
        )
    }
}
