//! Ready-made scenarios from the field survey. Each names its sources and every assumption
//! beyond them in `note`.

use super::interventions::Schedule;
use super::scenario::Scenario;
use super::text::Text;

pub struct Preset {
    pub id: &'static str,
    pub name: Text,
    /// One line: what the survey says and what is assumed.
    pub note: Text,
    pub build: fn() -> Scenario,
}

pub static PRESETS: &[Preset] = &[Preset {
    id: "yuli_land_transfer",
    name: Text::new("尉犁·土地流转", "Yuli · land transfer"),
    note: Text::new(
        "调研：户均流转 21.1 亩、释放劳动力 1.5 人、年增收 1.4 万元以上；假设租金 700 元/亩、就业率 80 %、8 个月、月薪 4,000 元。",
        "Survey: 21.1 mu and 1.5 freed laborers a household, +14,000 yuan a year; assumed 700 yuan/mu rent, 80 % employed, 8 months at 4,000 yuan.",
    ),
    build: yuli_land_transfer,
}];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

fn yuli_land_transfer() -> Scenario {
    let mut s = Scenario {
        name: "尉犁·土地流转".into(),
        ..Scenario::default()
    };
    s.interventions.land_transfer.schedule = Schedule {
        enabled: true,
        start_year: 2026,
        adoption_pct: vec![100.0],
    };
    s
}
