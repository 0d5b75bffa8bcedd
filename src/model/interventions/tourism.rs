//! 乡村旅游 Rural tourism (Yuli: Lop Nur village, Red Daxi, night markets).
//!
//! Two modes:
//! - `AverageGain`: the survey's average gain per participating household (Yuli: 3,000 yuan),
//!   grown by visitor growth — for when only that is known.
//! - `Itemised`: a homestay and stall household.
//!   rooms = rooms × season nights × min(1, occupancy × growth) × price
//!   catering = rooms revenue × share ÷ (1 − share)   (catering's share of homestay revenue)
//!   net = (rooms + catering) × (1 − operating cost share) − fixed cost
//!   + stall nights × net per night × growth
//!
//! Labor: rooms × labor-months per room + stall nights × labor-months per night (itemised), or
//! a figure for the average gain. Public support is one-off per household joining, booked on
//! the share newly adopting.
//!
//! growth = (1 + visitor growth)^(years since start).

use serde::{Deserialize, Serialize};

use crate::model::fields::{ChoiceSpec, Params, Section};
use crate::model::interventions::InterventionKind as K;

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Months, Percent, Unit, Yuan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TourismMode {
    AverageGain,
    Itemised,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tourism {
    pub schedule: Schedule,
    pub mode: TourismMode,
    /// Average gain per participating household a year (average-gain mode).
    pub average_gain_yuan: Yuan,
    /// Labor-months a year behind the average gain (average-gain mode).
    pub average_gain_labor_months: Months,
    pub rooms: f64,
    pub season_nights: f64,
    pub occupancy_pct: Percent,
    pub room_price_yuan_per_night: Yuan,
    /// Catering's share of total homestay revenue (rooms + catering).
    pub catering_share_pct: Percent,
    /// Operating cost (food, laundry, utilities, platform fees) as a share of homestay revenue.
    pub operating_cost_pct: Percent,
    pub fixed_cost_yuan_per_year: Yuan,
    /// Labor-months a year per guest room run through the season (cleaning, cooking, hosting).
    pub labor_months_per_room: Months,
    /// Nights a year at a stall or night market (夜市).
    pub stall_nights: f64,
    pub stall_net_yuan_per_night: Yuan,
    /// Labor-months per stall night.
    pub labor_months_per_stall_night: Months,
    /// Yearly growth of visitors, applied to occupancy, stall takings and the average gain.
    pub visitor_growth_pct: Percent,
    /// One-off public support per household when it joins (renovation, training, marketing),
    /// base-year prices. `None` = not entered; 0 = no public cost.
    pub program_support_yuan: Option<Yuan>,
}

impl Default for Tourism {
    /// Yuli (尉犁) survey: +3,000 yuan per participating household. The itemised defaults
    /// reproduce it (≈ 3,230 yuan): one room for the July–August peak, with the cited room price
    /// (200 yuan), occupancy (25 %) and catering share (65 %, Nanshan) and assumed costs, plus
    /// ten festival nights at a stall (docs/model.md). Public support is not reported: not entered.
    fn default() -> Self {
        Tourism {
            schedule: Schedule::default(),
            mode: TourismMode::AverageGain,
            average_gain_yuan: 3_000.0,
            average_gain_labor_months: 1.5,
            rooms: 1.0,
            season_nights: 60.0,
            occupancy_pct: 25.0,
            room_price_yuan_per_night: 200.0,
            catering_share_pct: 65.0,
            operating_cost_pct: 60.0,
            fixed_cost_yuan_per_year: 1_000.0,
            labor_months_per_room: 1.0,
            stall_nights: 10.0,
            stall_net_yuan_per_night: 80.0,
            labor_months_per_stall_night: 0.04,
            visitor_growth_pct: 0.0,
            program_support_yuan: None,
        }
    }
}

/// The full (100 % adoption) effect in one year since start.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TourismParts {
    pub growth: f64,
    pub occupancy_pct: Percent,
    pub room_revenue_yuan: Yuan,
    pub catering_revenue_yuan: Yuan,
    pub operating_cost_yuan: Yuan,
    pub stall_net_yuan: Yuan,
    pub net_yuan: Yuan,
    /// Labor-months the activity takes a year.
    pub labor_months: Months,
}

impl Tourism {
    pub fn parts(&self, years_since_start: u32) -> TourismParts {
        let growth = (1.0 + frac(self.visitor_growth_pct)).powi(years_since_start as i32);
        if self.mode == TourismMode::AverageGain {
            return TourismParts {
                growth,
                net_yuan: self.average_gain_yuan * growth,
                labor_months: self.average_gain_labor_months,
                ..TourismParts::default()
            };
        }
        let occupancy_pct = (self.occupancy_pct * growth).min(100.0);
        let room_revenue_yuan =
            self.rooms * self.season_nights * frac(occupancy_pct) * self.room_price_yuan_per_night;
        let cs = frac(self.catering_share_pct).min(0.99);
        let catering_revenue_yuan = room_revenue_yuan * cs / (1.0 - cs);
        let operating_cost_yuan =
            (room_revenue_yuan + catering_revenue_yuan) * frac(self.operating_cost_pct);
        let stall_net_yuan = self.stall_nights * self.stall_net_yuan_per_night * growth;
        TourismParts {
            growth,
            occupancy_pct,
            room_revenue_yuan,
            catering_revenue_yuan,
            operating_cost_yuan,
            stall_net_yuan,
            net_yuan: room_revenue_yuan + catering_revenue_yuan
                - operating_cost_yuan
                - self.fixed_cost_yuan_per_year
                + stall_net_yuan,
            labor_months: self.rooms * self.labor_months_per_room
                + self.stall_nights * self.labor_months_per_stall_night,
        }
    }
}

impl Module for Tourism {
    const KIND: InterventionKind = InterventionKind::Tourism;
    const NAME: Text = Text::new("乡村旅游", "Rural tourism");
    const COST_FORMULA: Text = Text::new(
        "当年新参与户比例 × 一次性项目投入",
        "share of households newly joining this year × one-off support",
    );

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        let support = self.program_support_yuan.unwrap_or(0.0);
        let mut highest = 0.0;
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            let p = self.parts(k);
            effect.by_source[Source::Tourism] += share * p.net_yuan;
            effect.labor_months += share * p.labor_months;
            // One-off, per household newly joining (= Schedule::newly_adopting_share).
            let newly = (share - highest).max(0.0);
            highest = f64::max(highest, share);
            effect.program_cost_yuan += newly * support;
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let param = |t: Trace, id: &str| t.param(scenario, id);
        let k = self.schedule.years_since_start(year);
        let on = k.is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(k.unwrap_or(0));
        let grows = self.visitor_growth_pct != 0.0;
        let with_growth = |t: Trace| {
            if grows {
                param(t, "interventions.tourism.visitor_growth_pct").input(
                    Text::new("客流增长系数", "Visitor growth factor"),
                    p.growth,
                    Unit::Count,
                )
            } else {
                t
            }
        };
        let top = |formula: Text| {
            Trace::new(
                Text::new("乡村旅游增收", "Rural tourism income gain"),
                formula,
                on * share * p.net_yuan,
                Unit::YuanPerYear,
            )
            .adoption(share)
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        };
        if self.mode == TourismMode::AverageGain {
            let t = top(Text::new(
                "采纳比例 × 户均增收 × (1 + 客流增长)^年数",
                "adoption × average gain per household × (1 + visitor growth)^years",
            ));
            return with_growth(param(t, "interventions.tourism.average_gain_yuan"));
        }
        let mut rooms = Trace::new(
            Text::new("客房收入", "Room revenue"),
            Text::new(
                "客房数 × 旺季天数 × 入住率 × 房价(入住率随客流增长，最高 100 %)",
                "rooms × season nights × occupancy × price (occupancy grows with visitors, at most 100 %)",
            ),
            on * p.room_revenue_yuan,
            Unit::YuanPerYear,
        );
        for id in [
            "interventions.tourism.rooms",
            "interventions.tourism.season_nights",
            "interventions.tourism.occupancy_pct",
            "interventions.tourism.room_price_yuan_per_night",
        ] {
            rooms = param(rooms, id);
        }
        if grows {
            rooms = rooms.input(
                Text::new("当年入住率", "Occupancy this year"),
                p.occupancy_pct,
                Unit::Percent,
            );
        }
        let catering = param(
            Trace::new(
                Text::new("餐饮收入", "Catering revenue"),
                Text::new(
                    "客房收入 × 餐饮占比 ÷ (1 − 餐饮占比)",
                    "room revenue × catering share ÷ (1 − catering share)",
                ),
                on * p.catering_revenue_yuan,
                Unit::YuanPerYear,
            ),
            "interventions.tourism.catering_share_pct",
        )
        .input(
            Text::new("客房收入", "Room revenue"),
            p.room_revenue_yuan,
            Unit::YuanPerYear,
        );
        let costs = param(
            param(
                Trace::new(
                    Text::new("经营成本", "Operating cost"),
                    Text::new(
                        "(客房 + 餐饮收入) × 经营成本比例 + 固定成本",
                        "(rooms + catering) × operating cost share + fixed cost",
                    ),
                    -on * (p.operating_cost_yuan + self.fixed_cost_yuan_per_year),
                    Unit::YuanPerYear,
                ),
                "interventions.tourism.operating_cost_pct",
            ),
            "interventions.tourism.fixed_cost_yuan_per_year",
        )
        .input(
            Text::new(
                "民宿收入(客房 + 餐饮)",
                "Homestay revenue (rooms + catering)",
            ),
            p.room_revenue_yuan + p.catering_revenue_yuan,
            Unit::YuanPerYear,
        );
        let mut t = with_growth(top(Text::new(
            "采纳比例 × (客房 + 餐饮 − 经营成本 + 摊位纯收入)",
            "adoption × (rooms + catering − operating cost + stall net)",
        )));
        if self.rooms * self.season_nights > 0.0 {
            t = t.part(rooms).part(catering).part(costs);
        } else if self.fixed_cost_yuan_per_year != 0.0 {
            t = t.part(costs);
        }
        if self.stall_nights > 0.0 {
            let stalls = Trace::new(
                Text::new("摊位/夜市纯收入", "Stall and night-market net"),
                Text::new(
                    "摆摊天数 × 每晚纯收入 × 客流增长系数",
                    "stall nights × net per night × visitor growth factor",
                ),
                on * p.stall_net_yuan,
                Unit::YuanPerYear,
            );
            t = t.part(param(
                param(stalls, "interventions.tourism.stall_nights"),
                "interventions.tourism.stall_net_yuan_per_night",
            ));
        }
        t
    }
}

/// This part's numbers, switches and settings: label, unit, accepted range and the source of
/// each default, gathered by [`crate::model::fields`].
pub static PARAMS: Params = Params {
    fields: &[
        field!(Section::Intervention(K::Tourism), interventions.tourism.schedule.start_year: i32, "开始年份", "Start year", Unit::Year, 2015.0, 2070.0,
        "假设：默认 2026 年", "Assumption: 2026 by default"),
        field!(Section::Intervention(K::Tourism), interventions.tourism.average_gain_yuan: f64, "户均增收", "Average gain per household", Unit::YuanPerYear, 0.0, 50_000.0,
        "尉犁调研：110 余户，户均增收 3,000 元以上", "Yuli survey: 110+ households, 3,000+ yuan each")
            .when(|s| s.interventions.tourism.mode == TourismMode::AverageGain)
            .documented(1000.0, 10000.0, Text::new("参数表：1,000–10,000 元(尉犁调研 3,000)", "parameters.md: 1,000–10,000 yuan (Yuli survey 3,000)")),
        field!(Section::Intervention(K::Tourism), interventions.tourism.average_gain_labor_months: f64, "户均增收所需劳动月", "Labor-months behind the average gain", Unit::Months, 0.0, 24.0,
        "假设：1.5 个劳动月(与分项默认 1 间客房 + 10 晚摆摊约 1.4 个劳动月相当)", "Assumption: 1.5 labor-months (the itemised defaults, one room and ten stall nights, take about 1.4)")
            .when(|s| s.interventions.tourism.mode == TourismMode::AverageGain),
        field!(Section::Intervention(K::Tourism), interventions.tourism.rooms: f64, "客房数", "Rooms", Unit::Count, 0.0, 20.0,
        "假设：1 间(使分项结果接近调研户均 3,000 元)", "Assumption: 1 room (so the itemised result is near the survey's 3,000 yuan)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.season_nights: f64, "旺季天数", "Season nights", Unit::Nights, 0.0, 365.0,
        "假设：7–8 月旺季约 60 晚", "Assumption: July–August peak, about 60 nights")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.occupancy_pct: f64, "入住率", "Occupancy", Unit::Percent, 0.0, 100.0,
        "无巴州数据：旺季 25 %(可信度低，关键未知数)", "No Bayingolin data: 25 % in season (low confidence, the key unknown)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised)
            .documented(5.0, 60.0, Text::new("参数表：5–60 %(无巴州数据)", "parameters.md: 5–60 % (no Bayingolin data)")),
        field!(Section::Intervention(K::Tourism), interventions.tourism.room_price_yuan_per_night: f64, "房价", "Room price", Unit::YuanPerNight, 0.0, 2_000.0,
        "新疆农家民宿：200 元/晚(100–600，可信度低)", "Xinjiang rural homestays: 200 yuan/night (100–600, low confidence)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised)
            .documented(100.0, 600.0, Text::new("参数表：100–600 元/晚", "parameters.md: 100–600 yuan a night")),
        field!(Section::Intervention(K::Tourism), interventions.tourism.catering_share_pct: f64, "餐饮占民宿收入比例", "Catering share of homestay revenue", Unit::Percent, 0.0, 90.0,
        "乌鲁木齐南山案例：餐饮占民宿总收入(客房 + 餐饮)的 65 %", "Urumqi Nanshan case: catering is 65 % of homestay revenue (rooms + catering)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised)
            .documented(40.0, 70.0, Text::new("参数表：40–70 %(乌鲁木齐南山案例 65 %)", "parameters.md: 40–70 % (Urumqi Nanshan case 65 %)")),
        field!(Section::Intervention(K::Tourism), interventions.tourism.operating_cost_pct: f64, "经营成本比例", "Operating cost share", Unit::Percent, 0.0, 100.0,
        "假设：60 %(食材、洗涤、水电)", "Assumption: 60 % (food, laundry, utilities)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.fixed_cost_yuan_per_year: f64, "固定成本", "Fixed cost a year", Unit::YuanPerYear, 0.0, 100_000.0,
        "假设：一间客房的维修与证照 1,000 元", "Assumption: upkeep and licences for one room, 1,000 yuan")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.labor_months_per_room: f64, "每间客房年用工", "Labor per room a year", Unit::Months, 0.0, 12.0,
        "假设：旺季每间 1 个劳动月(打扫、做饭、接待)", "Assumption: 1 labor-month per room over the season (cleaning, cooking, hosting)")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.stall_nights: f64, "摆摊天数", "Stall nights", Unit::Nights, 0.0, 365.0,
        "假设：节庆(馕文化节、烧烤节)与夜市 10 晚", "Assumption: festivals (naan, barbecue) and night markets, 10 nights")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.stall_net_yuan_per_night: f64, "每晚摊位纯收入", "Stall net per night", Unit::YuanPerNight, 0.0, 2_000.0,
        "假设：80 元", "Assumption: 80 yuan")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.labor_months_per_stall_night: f64, "每晚摆摊用工", "Labor per stall night", Unit::Months, 0.0, 1.0,
        "假设：约 1 个工日 = 0.04 个劳动月", "Assumption: about one working day = 0.04 labor-months")
            .when(|s| s.interventions.tourism.mode == TourismMode::Itemised),
        field!(Section::Intervention(K::Tourism), interventions.tourism.visitor_growth_pct: f64, "客流年增长", "Visitor growth", Unit::Percent, -50.0, 50.0,
        "假设：0，保守", "Assumption: 0, conservative"),
        field!(Section::Intervention(K::Tourism), interventions.tourism.program_support_yuan: Option<f64>, "一次性项目投入(每户)", "One-off program support per household", Unit::Yuan, 0.0, 1_000_000.0,
        "调研未报告：按实际填写，无投入填 0。随采纳比例计入", "Not reported in the survey: enter the actual amount, 0 if none. Scales with adoption"),
    ],
    toggles: &[toggle!(
        Section::Intervention(K::Tourism),
        interventions.tourism.schedule.enabled,
        "启用乡村旅游",
        "Use rural tourism",
        "默认关闭",
        "Off by default"
    )],
    choices: &[ChoiceSpec {
        id: "interventions.tourism.mode",
        section: Section::Intervention(K::Tourism),
        label: Text::new("测算方式", "Method"),
        options: &[
            Text::new("户均增收", "Average gain per household"),
            Text::new(
                "分项测算(民宿、餐饮、摊位)",
                "Itemised (rooms, catering, stalls)",
            ),
        ],
        source: Text::new(
            "尉犁调研只有户均增收 3,000 元",
            "The Yuli survey gives only the 3,000-yuan average gain",
        ),
        get: |s| match s.interventions.tourism.mode {
            TourismMode::AverageGain => 0,
            TourismMode::Itemised => 1,
        },
        set: |s, i| match i {
            0 => s.interventions.tourism.mode = TourismMode::AverageGain,
            1 => s.interventions.tourism.mode = TourismMode::Itemised,
            _ => {}
        },
    }],
};
