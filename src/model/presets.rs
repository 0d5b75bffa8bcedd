//! Ready-made scenarios from the field survey. Each names its sources and every assumption
//! beyond them in `note`; docs/model.md works their first-year figures by hand.

use super::interventions::{Schedule, TourismMode};
use super::scenario::Scenario;
use super::text::Text;

pub struct Preset {
    pub id: &'static str,
    pub name: Text,
    /// One line: what the survey says and what is assumed.
    pub note: Text,
    pub build: fn() -> Scenario,
}

pub static PRESETS: &[Preset] = &[
    Preset {
        id: "yuli_land_transfer",
        name: Text::new("尉犁·土地流转", "Yuli · land transfer"),
        note: Text::new(
            "调研：户均流转 21.1 亩、释放劳动力 1.5 人、年增收 1.4 万元以上；假设租金 700 元/亩(新疆日报 2019)、放弃种植纯收入 600 元/亩、半数释放劳动力农忙季务工 4 个月、月薪 4,000 元，2026 年起全部流转。",
            "Survey: 21.1 mu and 1.5 freed laborers a household, +14,000 yuan a year; assumed 700 yuan/mu rent (Xinjiang Daily 2019), 600 yuan/mu own-farming net given up, half the freed laborers working 4 seasonal months at 4,000 yuan, all land transferred from 2026.",
        ),
        build: yuli_land_transfer,
    },
    Preset {
        id: "hejing_chicks_sheep",
        name: Text::new("和静·鸡苗与肉羊改良", "Hejing · free chicks and sheep improvement"),
        note: Text::new(
            "调研：每户 100 只鸡苗、每只补贴 10 元，巴音布鲁克羊提纯复壮与经济杂交；假设成活 80 %、留 40 % 作蛋鸡、成鸡 100 元、蛋 1.5 元；羊群 30 只母羊 1 只公羊、草场上限 45 只母羊，项目发 1 只改良种公羊(3,000 元)，产羔率 105 %→150 %，首年半数母羊改良配种。",
            "Survey: 100 chicks a household at 10 yuan subsidy each, Bayinbuluk purification and crossbreeding; assumed 80 % survival, 40 % kept as layers, 100 yuan a bird, 1.5 yuan an egg; a herd of 30 ewes and 1 ram, grassland for at most 45 ewes, one improved ram provided (3,000 yuan), lambing 105 % → 150 %, half the ewes bred improved in the first year.",
        ),
        build: hejing_chicks_sheep,
    },
    Preset {
        id: "bohu_courtyard",
        name: Text::new("博湖·庭院经济示范户", "Bohu · courtyard demonstration household"),
        note: Text::new(
            "调研：3,000 万元产业扶持、500 余户庭院示范户；假设庭院 0.5 亩(60 % 蔬菜 3,000 公斤/亩 2.5 元、40 % 果树第 3 年挂果 1,000 公斤/亩 6 元)，示范户扶持 2,000 元/年共 3 年，30 % 自家食用。",
            "Survey: 30 million yuan of industry support, 500+ demonstration courtyards; assumed a 0.5-mu courtyard (60 % vegetables at 3,000 kg/mu and 2.5 yuan, 40 % fruit bearing from year 3 at 1,000 kg/mu and 6 yuan), 2,000 yuan of support a year for 3 years, 30 % eaten at home.",
        ),
        build: bohu_courtyard,
    },
    Preset {
        id: "yuli_tourism",
        name: Text::new("尉犁·乡村旅游", "Yuli · rural tourism"),
        note: Text::new(
            "调研：110 余户参与全域旅游，户均年增收 3,000 元以上；假设 2026 年起参与、客流不增长，项目投入未报告记为 0。",
            "Survey: 110+ households in all-area tourism, +3,000 yuan each a year; assumed joining in 2026, no visitor growth, program cost not reported so 0.",
        ),
        build: yuli_tourism,
    },
    Preset {
        id: "combined_lifted_household",
        name: Text::new("综合·脱贫户多渠道增收", "Combined · a lifted household with several measures"),
        note: Text::new(
            "以上各预设合一(示意，非调研个案)：土地流转、庭院、鸡苗、肉羊改良、2 头母牛冷配、旅游户均增收、1 人培训就业；假设同各预设与默认值。",
            "All the presets above in one household (illustrative, not a surveyed case): land transfer, courtyard, chicks, sheep, AI on 2 cows, tourism average gain, one trainee; assumptions as in each preset and the defaults.",
        ),
        build: combined_lifted_household,
    },
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

fn on_from(start_year: i32, adoption_pct: &[f64]) -> Schedule {
    Schedule {
        enabled: true,
        start_year,
        adoption_pct: adoption_pct.to_vec(),
    }
}

fn named(name: &str) -> Scenario {
    Scenario {
        name: name.into(),
        ..Scenario::default()
    }
}

fn yuli_land_transfer() -> Scenario {
    let mut s = named("尉犁·土地流转");
    s.interventions.land_transfer.schedule = on_from(2026, &[100.0]);
    s
}

fn hejing_chicks_sheep() -> Scenario {
    let mut s = named("和静·鸡苗与肉羊改良");
    let herd = &mut s.household.herd;
    herd.breeding_ewes_head = 30.0;
    herd.rams_head = 1.0;
    herd.yearlings_head = 6.0;
    s.interventions.sheep.grazing_cap_sheep_units = 45.0;
    s.interventions.poultry.schedule = on_from(2026, &[100.0]);
    s.interventions.sheep.schedule = on_from(2026, &[50.0, 100.0]);
    s
}

fn bohu_courtyard() -> Scenario {
    let mut s = named("博湖·庭院经济示范户");
    let c = &mut s.interventions.courtyard;
    c.schedule = on_from(2026, &[100.0]);
    c.demo_support_yuan_per_year = 2_000.0;
    c.demo_support_years = 3;
    s
}

fn yuli_tourism() -> Scenario {
    let mut s = named("尉犁·乡村旅游");
    s.interventions.tourism.schedule = on_from(2026, &[100.0]);
    s.interventions.tourism.mode = TourismMode::AverageGain;
    s
}

fn combined_lifted_household() -> Scenario {
    let mut s = named("综合·脱贫户多渠道增收");
    let lt = yuli_land_transfer().interventions.land_transfer;
    let hj = hejing_chicks_sheep();
    s.household.herd = hj.household.herd.clone();
    s.household.herd.cows_head = 2.0;
    s.interventions.land_transfer = lt;
    s.interventions.poultry = hj.interventions.poultry;
    s.interventions.sheep = hj.interventions.sheep;
    s.interventions.courtyard = bohu_courtyard().interventions.courtyard;
    s.interventions.tourism = yuli_tourism().interventions.tourism;
    s.interventions.cattle.schedule = on_from(2026, &[100.0]);
    s.interventions.jobs.schedule = on_from(2026, &[100.0]);
    s
}
