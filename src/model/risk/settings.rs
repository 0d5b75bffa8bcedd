//! What the risk model reads from a scenario: the shocks (each with its switch, yearly
//! probability and severity), the household's health, the relief-fund rule, and the seed and
//! number of draws. Every value is declared in [`PARAMS`] like every other field, so the form,
//! validation, stored files, share links and the assumption marks treat it the same way.

use serde::{Deserialize, Serialize};

use crate::model::fields::{Params, Section};
use crate::model::units::{Months, Percent, Persons, Unit, Yuan};

/// Seed of the default scenario: the same scenario and seed give the same figures everywhere.
pub const DEFAULT_SEED: u32 = 20_261_129;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RiskSettings {
    /// Seed of the random draws (shown, saved and shared with the scenario).
    pub seed: u32,
    /// Number of Monte Carlo draws.
    pub draws: u32,
    /// The household's incomes are averages of ordinary years, which already hold ordinary
    /// illness, job gaps and price moves (survey figures are): the draws then vary around the
    /// projection and keep its mean, rather than subtract every shock's average loss a second
    /// time. Off: every shock comes on top of the projection (a stress test).
    pub mean_kept: bool,
    pub health: HealthStatus,
    pub illness: Illness,
    pub disaster: Disaster,
    pub accident: Accident,
    pub prices: Prices,
    pub rent: RentShock,
    pub tourism: TourismShock,
    pub job_loss: JobLoss,
    pub relief: ReliefRule,
}

/// Members by health (健康 / 慢性病 / 残疾): the rest of the members count as healthy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthStatus {
    pub chronic_ill_persons: Persons,
    pub disabled_persons: Persons,
}

/// Serious illness (大病): a hospital stay, its out-of-pocket cost after reimbursement and the
/// working months a laborer loses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Illness {
    pub enabled: bool,
    /// Yearly probability for a healthy member.
    pub healthy_pct: Percent,
    pub chronic_pct: Percent,
    pub disabled_pct: Percent,
    /// Out-of-pocket cost of a stay after every reimbursement: median and mean of a lognormal.
    pub cost_median_yuan: Yuan,
    pub cost_mean_yuan: Yuan,
    /// Working months a sick laborer loses (triangular: lowest, most likely, highest).
    pub months_lost_min: Months,
    pub months_lost_mode: Months,
    pub months_lost_max: Months,
}

/// Snow, drought or hail (雪灾 / 旱灾 / 冰雹), shared by the whole village.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Disaster {
    pub enabled: bool,
    pub probability_pct: Percent,
    /// Share of livestock lost (triangular).
    pub livestock_loss_min_pct: Percent,
    pub livestock_loss_mode_pct: Percent,
    pub livestock_loss_max_pct: Percent,
    /// Share of the crop and courtyard harvest lost (triangular).
    pub crop_loss_min_pct: Percent,
    pub crop_loss_mode_pct: Percent,
    pub crop_loss_max_pct: Percent,
    /// Years the herd takes to rebuild: the loss shrinks evenly over them.
    pub recovery_years: u32,
}

/// An accident: a laborer unable to work for months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Accident {
    pub enabled: bool,
    /// Yearly probability for each laborer.
    pub probability_pct: Percent,
    pub months_min: Months,
    pub months_mode: Months,
    pub months_max: Months,
}

/// Prices that move year to year with persistence, shared by the village: the log price
/// follows x(t) = persistence × x(t−1) + sd × ε(t).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prices {
    pub enabled: bool,
    /// Live sheep and cattle.
    pub livestock_sd_pct: Percent,
    pub livestock_persistence_pct: Percent,
    /// Eggs and birds.
    pub eggs_sd_pct: Percent,
    pub eggs_persistence_pct: Percent,
    /// The wage level.
    pub wage_sd_pct: Percent,
    pub wage_persistence_pct: Percent,
}

/// The agribusiness renting the land pays late or renegotiates (one company for the village).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RentShock {
    pub enabled: bool,
    pub probability_pct: Percent,
    pub share_lost_pct: Percent,
}

/// A tourism season that collapses (the whole village).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TourismShock {
    pub enabled: bool,
    pub probability_pct: Percent,
    pub share_lost_pct: Percent,
}

/// A laborer loses local wage work for months.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobLoss {
    pub enabled: bool,
    /// Yearly probability for each laborer.
    pub probability_pct: Percent,
    pub months_min: Months,
    pub months_mode: Months,
    pub months_max: Months,
}

/// The anti-relapse relief fund's payout rule (防返贫风险救助基金), per household a year:
/// min(cap, gap share × (line − per capita)⁺ × members + medical share × (medical cost −
/// threshold)⁺). Amounts in base-year prices, grown with prices like every other amount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReliefRule {
    pub gap_share_pct: Percent,
    pub medical_threshold_yuan: Yuan,
    pub medical_share_pct: Percent,
    pub cap_yuan: Yuan,
}

impl Default for RiskSettings {
    fn default() -> Self {
        RiskSettings {
            seed: DEFAULT_SEED,
            draws: 10_000,
            mean_kept: true,
            health: HealthStatus::default(),
            illness: Illness::default(),
            disaster: Disaster::default(),
            accident: Accident::default(),
            prices: Prices::default(),
            rent: RentShock::default(),
            tourism: TourismShock::default(),
            job_loss: JobLoss::default(),
            relief: ReliefRule::default(),
        }
    }
}

impl Default for HealthStatus {
    fn default() -> Self {
        HealthStatus {
            chronic_ill_persons: 0.0,
            disabled_persons: 0.0,
        }
    }
}

impl Default for Illness {
    fn default() -> Self {
        Illness {
            enabled: true,
            healthy_pct: 10.0,
            chronic_pct: 30.0,
            disabled_pct: 25.0,
            cost_median_yuan: 1_800.0,
            cost_mean_yuan: 4_194.0,
            months_lost_min: 0.5,
            months_lost_mode: 1.0,
            months_lost_max: 6.0,
        }
    }
}

impl Default for Disaster {
    fn default() -> Self {
        Disaster {
            enabled: true,
            probability_pct: 10.0,
            livestock_loss_min_pct: 2.0,
            livestock_loss_mode_pct: 8.0,
            livestock_loss_max_pct: 30.0,
            crop_loss_min_pct: 5.0,
            crop_loss_mode_pct: 15.0,
            crop_loss_max_pct: 50.0,
            recovery_years: 3,
        }
    }
}

impl Default for Accident {
    fn default() -> Self {
        Accident {
            enabled: true,
            probability_pct: 2.0,
            months_min: 1.0,
            months_mode: 2.0,
            months_max: 6.0,
        }
    }
}

impl Default for Prices {
    fn default() -> Self {
        Prices {
            enabled: true,
            livestock_sd_pct: 12.0,
            livestock_persistence_pct: 50.0,
            eggs_sd_pct: 10.0,
            eggs_persistence_pct: 30.0,
            wage_sd_pct: 4.0,
            wage_persistence_pct: 70.0,
        }
    }
}

impl Default for RentShock {
    fn default() -> Self {
        RentShock {
            enabled: true,
            probability_pct: 5.0,
            share_lost_pct: 30.0,
        }
    }
}

impl Default for TourismShock {
    fn default() -> Self {
        TourismShock {
            enabled: true,
            probability_pct: 10.0,
            share_lost_pct: 60.0,
        }
    }
}

impl Default for JobLoss {
    fn default() -> Self {
        JobLoss {
            enabled: true,
            probability_pct: 10.0,
            months_min: 2.0,
            months_mode: 3.0,
            months_max: 6.0,
        }
    }
}

impl Default for ReliefRule {
    fn default() -> Self {
        ReliefRule {
            gap_share_pct: 100.0,
            medical_threshold_yuan: 5_000.0,
            medical_share_pct: 50.0,
            cap_yuan: 10_000.0,
        }
    }
}

impl RiskSettings {
    /// Every shock switched off (the bands then equal the deterministic projection).
    pub fn all_off(&mut self) {
        self.illness.enabled = false;
        self.disaster.enabled = false;
        self.accident.enabled = false;
        self.prices.enabled = false;
        self.rent.enabled = false;
        self.tourism.enabled = false;
        self.job_loss.enabled = false;
    }

    /// Whether any shock is switched on.
    pub fn any_on(&self) -> bool {
        self.illness.enabled
            || self.disaster.enabled
            || self.accident.enabled
            || self.prices.enabled
            || self.rent.enabled
            || self.tourism.enabled
            || self.job_loss.enabled
    }
}

use Section::{Relief as RL, Risk as R};

/// The risk model's numbers and switches, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(R, risk.seed: u32, "随机种子", "Random seed", Unit::Count, 0.0, 4_294_967_295.0,
        "相同情景与种子在任何设备上得出相同结果；换一个种子可检查抽样误差", "The same scenario and seed give the same figures on any device; another seed shows the sampling error"),
        field!(R, risk.draws: u32, "模拟次数", "Draws", Unit::Count, 100.0, 100_000.0,
        "默认 10,000 次；次数越少越快，误差越大", "10,000 by default; fewer are quicker, with a wider error"),
        field!(R, risk.health.chronic_ill_persons: f64, "慢性病成员", "Chronically ill members", Unit::Persons, 0.0, 15.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(R, risk.health.disabled_persons: f64, "残疾成员", "Disabled members", Unit::Persons, 0.0, 15.0,
        "按本户填写；默认 0", "Enter the household's own; default 0"),
        field!(R, risk.illness.healthy_pct: f64, "大病(住院)概率：健康成员", "Serious illness (hospital stay): healthy member", Unit::Percent, 0.0, 100.0,
        "假设：每人每年 10 %。2018 年第六次国家卫生服务调查：全体居民 12 个月内住院率 13.8 %(含慢性病人；Wu 等 2023)", "Assumption: 10 % a person a year. Sixth National Health Services Survey 2018: 13.8 % of all residents hospitalised within 12 months, the chronically ill included (Wu et al. 2023)"),
        field!(R, risk.illness.chronic_pct: f64, "大病(住院)概率：慢性病成员", "Serious illness: chronically ill member", Unit::Percent, 0.0, 100.0,
        "假设：每人每年 30 %", "Assumption: 30 % a person a year"),
        field!(R, risk.illness.disabled_pct: f64, "大病(住院)概率：残疾成员", "Serious illness: disabled member", Unit::Percent, 0.0, 100.0,
        "假设：每人每年 25 %", "Assumption: 25 % a person a year"),
        field!(R, risk.illness.cost_median_yuan: f64, "住院自付费用(中位数)", "Out-of-pocket cost of a stay (median)", Unit::Yuan, 0.0, 1_000_000.0,
        "WHO SAGE 中国农村 50 岁以上住院自付：中位数 1,800 元、均值 4,194 元(BMC Health Serv Res 2020;20:372)。2021 年起脱贫人口三重保障后应更低，请按本县填写", "WHO SAGE China, rural adults aged 50+: out-of-pocket per inpatient stay median 1,800 yuan, mean 4,194 (BMC Health Serv Res 2020;20:372). Lower for lifted households under the three-layer cover since 2021: enter the county's figure"),
        field!(R, risk.illness.cost_mean_yuan: f64, "住院自付费用(均值)", "Out-of-pocket cost of a stay (mean)", Unit::Yuan, 0.0, 1_000_000.0,
        "WHO SAGE 中国农村：均值 4,194 元(同上)；均值高于中位数即大额费用的长尾", "WHO SAGE China, rural: mean 4,194 yuan (as above); a mean above the median is the long tail of large bills"),
        field!(R, risk.illness.months_lost_min: f64, "误工月数(最少)", "Months of work lost (lowest)", Unit::Months, 0.0, 12.0,
        "假设：0.5 个月", "Assumption: 0.5 months"),
        field!(R, risk.illness.months_lost_mode: f64, "误工月数(最可能)", "Months of work lost (most likely)", Unit::Months, 0.0, 12.0,
        "假设：1 个月", "Assumption: 1 month"),
        field!(R, risk.illness.months_lost_max: f64, "误工月数(最多)", "Months of work lost (highest)", Unit::Months, 0.0, 12.0,
        "假设：6 个月", "Assumption: 6 months"),
        field!(R, risk.disaster.probability_pct: f64, "灾害年概率(雪灾、旱灾、冰雹)", "Yearly chance of a disaster (snow, drought, hail)", Unit::Percent, 0.0, 100.0,
        "假设：约十年一遇的重灾冬春", "Assumption: a severe winter or season about one year in ten"),
        field!(R, risk.disaster.livestock_loss_min_pct: f64, "牲畜损失比例(最少)", "Livestock lost (lowest)", Unit::Percent, 0.0, 100.0,
        "假设：2 %。参考：青河县 2010 年暴雪，远冬牧场约 10 万头只被困、损失约 3,000 头只", "Assumption: 2 %. For scale: Qinghe county's 2010 blizzard lost about 3,000 of some 100,000 head trapped on one winter pasture"),
        field!(R, risk.disaster.livestock_loss_mode_pct: f64, "牲畜损失比例(最可能)", "Livestock lost (most likely)", Unit::Percent, 0.0, 100.0,
        "假设：8 %", "Assumption: 8 %"),
        field!(R, risk.disaster.livestock_loss_max_pct: f64, "牲畜损失比例(最多)", "Livestock lost (highest)", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(R, risk.disaster.crop_loss_min_pct: f64, "作物与庭院减产(最少)", "Crop and courtyard harvest lost (lowest)", Unit::Percent, 0.0, 100.0,
        "假设：5 %", "Assumption: 5 %"),
        field!(R, risk.disaster.crop_loss_mode_pct: f64, "作物与庭院减产(最可能)", "Crop and courtyard harvest lost (most likely)", Unit::Percent, 0.0, 100.0,
        "假设：15 %", "Assumption: 15 %"),
        field!(R, risk.disaster.crop_loss_max_pct: f64, "作物与庭院减产(最多)", "Crop and courtyard harvest lost (highest)", Unit::Percent, 0.0, 100.0,
        "假设：50 %", "Assumption: 50 %"),
        field!(R, risk.disaster.recovery_years: u32, "畜群恢复年数", "Years to rebuild the herd", Unit::Years, 1.0, 10.0,
        "假设：3 年，损失逐年等量减小", "Assumption: 3 years, the loss shrinking evenly"),
        field!(R, risk.accident.probability_pct: f64, "意外伤害概率(每个劳动力)", "Chance of an accident (each laborer)", Unit::Percent, 0.0, 100.0,
        "假设：每人每年 2 %", "Assumption: 2 % a laborer a year"),
        field!(R, risk.accident.months_min: f64, "意外误工月数(最少)", "Months off after an accident (lowest)", Unit::Months, 0.0, 12.0,
        "假设：1 个月", "Assumption: 1 month"),
        field!(R, risk.accident.months_mode: f64, "意外误工月数(最可能)", "Months off after an accident (most likely)", Unit::Months, 0.0, 12.0,
        "假设：2 个月", "Assumption: 2 months"),
        field!(R, risk.accident.months_max: f64, "意外误工月数(最多)", "Months off after an accident (highest)", Unit::Months, 0.0, 12.0,
        "假设：6 个月", "Assumption: 6 months"),
        field!(R, risk.prices.livestock_sd_pct: f64, "活畜价格年波动", "Yearly swing of livestock prices", Unit::Percent, 0.0, 100.0,
        "由农业农村部监测价推得：活羊 32.5(2021.7)、29.3(2023 上半年)、24–28 元/公斤(2024–25)，年变动约 10–15 %", "Derived from Ministry of Agriculture monitoring: live sheep 32.5 (7/2021), 29.3 (H1 2023), 24–28 yuan/kg (2024–25), moves of about 10–15 % a year"),
        field!(R, risk.prices.livestock_persistence_pct: f64, "活畜价格持续性", "Persistence of livestock prices", Unit::Percent, 0.0, 95.0,
        "假设：50 %(价格周期，一年的涨跌一半延续到次年)", "Assumption: 50 % (a price cycle: half of a year's move carries into the next)"),
        field!(R, risk.prices.eggs_sd_pct: f64, "禽蛋价格年波动", "Yearly swing of egg and bird prices", Unit::Percent, 0.0, 100.0,
        "假设：10 %", "Assumption: 10 %"),
        field!(R, risk.prices.eggs_persistence_pct: f64, "禽蛋价格持续性", "Persistence of egg and bird prices", Unit::Percent, 0.0, 95.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(R, risk.prices.wage_sd_pct: f64, "工资水平年波动", "Yearly swing of the wage level", Unit::Percent, 0.0, 100.0,
        "假设：4 %", "Assumption: 4 %"),
        field!(R, risk.prices.wage_persistence_pct: f64, "工资水平持续性", "Persistence of the wage level", Unit::Percent, 0.0, 95.0,
        "假设：70 %", "Assumption: 70 %"),
        field!(R, risk.rent.probability_pct: f64, "租金拖欠或重议概率", "Chance rent is paid late or renegotiated", Unit::Percent, 0.0, 100.0,
        "假设：每年 5 %；同一企业租全村土地，全村同时发生", "Assumption: 5 % a year; one company rents the village's land, so it hits the whole village"),
        field!(R, risk.rent.share_lost_pct: f64, "当年租金损失比例", "Share of the year's rent lost", Unit::Percent, 0.0, 100.0,
        "假设：30 %", "Assumption: 30 %"),
        field!(R, risk.tourism.probability_pct: f64, "旅游季崩溃概率", "Chance the tourism season collapses", Unit::Percent, 0.0, 100.0,
        "假设：每年 10 %(如 2020 年疫情)", "Assumption: 10 % a year (as in the 2020 pandemic)"),
        field!(R, risk.tourism.share_lost_pct: f64, "当年旅游收入损失比例", "Share of the year's tourism income lost", Unit::Percent, 0.0, 100.0,
        "假设：60 %", "Assumption: 60 %"),
        field!(R, risk.job_loss.probability_pct: f64, "失业概率(每个劳动力)", "Chance of losing a job (each laborer)", Unit::Percent, 0.0, 100.0,
        "假设：每人每年 10 %", "Assumption: 10 % a laborer a year"),
        field!(R, risk.job_loss.months_min: f64, "失业月数(最少)", "Months without work (lowest)", Unit::Months, 0.0, 12.0,
        "假设：2 个月", "Assumption: 2 months"),
        field!(R, risk.job_loss.months_mode: f64, "失业月数(最可能)", "Months without work (most likely)", Unit::Months, 0.0, 12.0,
        "假设：3 个月", "Assumption: 3 months"),
        field!(R, risk.job_loss.months_max: f64, "失业月数(最多)", "Months without work (highest)", Unit::Months, 0.0, 12.0,
        "假设：6 个月", "Assumption: 6 months"),
        field!(RL, risk.relief.gap_share_pct: f64, "救助补足缺口比例", "Share of the gap to the line the fund pays", Unit::Percent, 0.0, 100.0,
        "假设：补足到监测线(100 %)", "Assumption: tops the household up to the line (100 %)"),
        field!(RL, risk.relief.medical_threshold_yuan: f64, "医疗救助起付线", "Medical cost the fund starts paying above", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：5,000 元/户·年", "Assumption: 5,000 yuan a household a year"),
        field!(RL, risk.relief.medical_share_pct: f64, "起付线以上医疗费救助比例", "Share of medical cost above it the fund pays", Unit::Percent, 0.0, 100.0,
        "假设：50 %", "Assumption: 50 %"),
        field!(RL, risk.relief.cap_yuan: f64, "每户每年救助上限", "Cap per household a year", Unit::Yuan, 0.0, 1_000_000.0,
        "假设：10,000 元。调研：和静、博湖、尉犁各设 200 万元防返贫风险救助基金", "Assumption: 10,000 yuan. Survey: Hejing, Bohu and Yuli each hold a 2-million-yuan anti-relapse relief fund"),
    ],
    toggles: &[
        toggle!(
            R,
            risk.mean_kept,
            "收入已含平常年份的冲击：模拟围绕测算值波动（均值不变）",
            "Incomes already hold ordinary years' shocks: draws vary around the projection (mean kept)",
            "默认开启：调查所得收入是平常年份的平均，已含一般的疾病、失业和价格起伏；关闭则所有冲击叠加在测算值之上（压力测试）",
            "On by default: surveyed incomes are averages of ordinary years and already hold the usual illness, job gaps and price moves; off puts every shock on top of the projection (a stress test)"
        ),
        toggle!(
            R,
            risk.illness.enabled,
            "大病风险",
            "Serious illness",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.disaster.enabled,
            "自然灾害风险",
            "Disasters",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.accident.enabled,
            "意外伤害风险",
            "Accidents",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.prices.enabled,
            "价格波动",
            "Price swings",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.rent.enabled,
            "租金拖欠风险",
            "Late or renegotiated rent",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.tourism.enabled,
            "旅游季崩溃风险",
            "Tourism season collapse",
            "默认开启",
            "On by default"
        ),
        toggle!(
            R,
            risk.job_loss.enabled,
            "失业风险",
            "Job loss",
            "默认开启",
            "On by default"
        ),
    ],
    choices: &[],
};
