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
//! growth = (1 + visitor growth)^(years since start).

use serde::{Deserialize, Serialize};

use super::{frac, Effect, InterventionKind, Module, Schedule};
use crate::model::projection::Source;
use crate::model::scenario::Scenario;
use crate::model::text::Text;
use crate::model::trace::Trace;
use crate::model::units::{Percent, Unit, Yuan};

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
    pub rooms: f64,
    pub season_nights: f64,
    pub occupancy_pct: Percent,
    pub room_price_yuan_per_night: Yuan,
    /// Catering's share of total homestay revenue (rooms + catering).
    pub catering_share_pct: Percent,
    /// Operating cost (food, laundry, utilities, platform fees) as a share of homestay revenue.
    pub operating_cost_pct: Percent,
    pub fixed_cost_yuan_per_year: Yuan,
    /// Nights a year at a stall or night market (夜市).
    pub stall_nights: f64,
    pub stall_net_yuan_per_night: Yuan,
    /// Yearly growth of visitors, applied to occupancy, stall takings and the average gain.
    pub visitor_growth_pct: Percent,
    /// One-off public support in the start year (renovation, training, marketing).
    pub program_support_yuan: Yuan,
}

impl Default for Tourism {
    /// Yuli (尉犁) survey: +3,000 yuan per participating household; homestay figures from
    /// parameters.md (200 yuan/night, 25 % occupancy, catering 65 %); the rest assumed.
    fn default() -> Self {
        Tourism {
            schedule: Schedule::default(),
            mode: TourismMode::AverageGain,
            average_gain_yuan: 3_000.0,
            rooms: 2.0,
            season_nights: 150.0,
            occupancy_pct: 25.0,
            room_price_yuan_per_night: 200.0,
            catering_share_pct: 65.0,
            operating_cost_pct: 60.0,
            fixed_cost_yuan_per_year: 2_000.0,
            stall_nights: 60.0,
            stall_net_yuan_per_night: 80.0,
            visitor_growth_pct: 0.0,
            program_support_yuan: 0.0,
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
}

impl Tourism {
    pub fn parts(&self, years_since_start: u32) -> TourismParts {
        let growth = (1.0 + frac(self.visitor_growth_pct)).powi(years_since_start as i32);
        if self.mode == TourismMode::AverageGain {
            return TourismParts {
                growth,
                net_yuan: self.average_gain_yuan * growth,
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
        }
    }
}

impl Module for Tourism {
    const KIND: InterventionKind = InterventionKind::Tourism;

    fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    fn effects(&self, scenario: &Scenario, out: &mut [Effect]) {
        for (effect, k, share) in self.schedule.running(&scenario.horizon, out) {
            effect.by_source[Source::Tourism] += share * self.parts(k).net_yuan;
            if k == 0 {
                effect.program_cost_yuan += self.program_support_yuan;
            }
        }
    }

    fn explain(&self, scenario: &Scenario, year: i32) -> Trace {
        let _ = scenario;
        let k = self.schedule.years_since_start(year);
        let on = k.is_some() as u8 as f64;
        let share = self.schedule.adoption_share(year);
        let p = self.parts(k.unwrap_or(0));
        let growth_in = (
            Text::new("客流增长系数", "Visitor growth factor"),
            p.growth,
            Unit::Count,
        );
        let top = |formula: Text| {
            Trace::new(
                Text::new("乡村旅游增收", "Rural tourism income gain"),
                formula,
                on * share * p.net_yuan,
                Unit::YuanPerYear,
            )
            .adoption(share)
            .input(
                Text::new("客流年增长", "Visitor growth"),
                self.visitor_growth_pct,
                Unit::Percent,
            )
            .input(growth_in.0, growth_in.1, growth_in.2)
            .input(Text::new("年份", "Year"), year as f64, Unit::Year)
        };
        if self.mode == TourismMode::AverageGain {
            return top(Text::new(
                "采纳比例 × 户均增收 × (1 + 客流增长)^年数",
                "adoption × average gain per household × (1 + visitor growth)^years",
            ))
            .input(
                Text::new("户均增收", "Average gain per household"),
                self.average_gain_yuan,
                Unit::YuanPerYear,
            );
        }
        let rooms = Trace::new(
            Text::new("客房收入", "Room revenue"),
            Text::new(
                "客房数 × 旺季天数 × 入住率 × 房价(入住率随客流增长，最高 100 %)",
                "rooms × season nights × occupancy × price (occupancy grows with visitors, at most 100 %)",
            ),
            on * p.room_revenue_yuan,
            Unit::YuanPerYear,
        )
        .input(Text::new("客房数", "Rooms"), self.rooms, Unit::Count)
        .input(Text::new("旺季天数", "Season nights"), self.season_nights, Unit::Nights)
        .input(Text::new("当年入住率", "Occupancy this year"), p.occupancy_pct, Unit::Percent)
        .input(Text::new("房价", "Room price"), self.room_price_yuan_per_night, Unit::YuanPerNight);
        let catering = Trace::new(
            Text::new("餐饮收入", "Catering revenue"),
            Text::new(
                "客房收入 × 餐饮占比 ÷ (1 − 餐饮占比)",
                "room revenue × catering share ÷ (1 − catering share)",
            ),
            on * p.catering_revenue_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("餐饮占民宿收入比例", "Catering share of homestay revenue"),
            self.catering_share_pct,
            Unit::Percent,
        );
        let costs = Trace::new(
            Text::new("经营成本", "Operating cost"),
            Text::new(
                "(客房 + 餐饮收入) × 经营成本比例 + 固定成本",
                "(rooms + catering) × operating cost share + fixed cost",
            ),
            -on * (p.operating_cost_yuan + self.fixed_cost_yuan_per_year),
            Unit::YuanPerYear,
        )
        .input(
            Text::new("经营成本比例", "Operating cost share"),
            self.operating_cost_pct,
            Unit::Percent,
        )
        .input(
            Text::new("固定成本", "Fixed cost"),
            self.fixed_cost_yuan_per_year,
            Unit::YuanPerYear,
        );
        let stalls = Trace::new(
            Text::new("摊位/夜市纯收入", "Stall and night-market net"),
            Text::new(
                "摆摊天数 × 每晚纯收入 × 客流增长系数",
                "stall nights × net per night × visitor growth factor",
            ),
            on * p.stall_net_yuan,
            Unit::YuanPerYear,
        )
        .input(
            Text::new("摆摊天数", "Stall nights"),
            self.stall_nights,
            Unit::Nights,
        )
        .input(
            Text::new("每晚纯收入", "Net per night"),
            self.stall_net_yuan_per_night,
            Unit::YuanPerNight,
        );
        top(Text::new(
            "采纳比例 × (客房 + 餐饮 − 经营成本 + 摊位纯收入)",
            "adoption × (rooms + catering − operating cost + stall net)",
        ))
        .part(rooms)
        .part(catering)
        .part(costs)
        .part(stalls)
    }
}
