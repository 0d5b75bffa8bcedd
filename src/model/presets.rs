//! Ready-made scenarios: households that exist in the survey area, each a coherent kind of
//! household with the interventions the survey reports for its county — not a showcase of
//! every module. Each `note` says what comes from the survey, what from a cited source and what
//! is assumed; docs/model.md tabulates their figures.

use super::household::HouseholdStatus;
use super::interventions::sheep::SheepProgramme;
use super::interventions::{Schedule, TourismMode};
use super::scenario::Scenario;
use super::text::Text;

pub struct Preset {
    pub id: &'static str,
    pub name: Text,
    /// What the survey says, what is cited, what is assumed.
    pub note: Text,
    pub build: fn() -> Scenario,
}

pub static PRESETS: &[Preset] = &[
    Preset {
        id: "yuli_land_transfer",
        name: Text::new("尉犁·土地流转", "Yuli · land transfer"),
        note: Text::new(
            "尉犁植棉户(4 人、2 个劳动力、21.1 亩)2026 年起流转全部耕地。调研：户均流转 21.1 亩、释放劳动力 1.5 人、年增收 1.4 万元以上。引用：租金 700 元/亩(新疆日报 2019)、月薪 4,000 元。假设：放弃种植纯收入 600 元/亩、半数释放劳动力农忙季务工 4 个月、家庭收入构成。",
            "A Yuli cotton household (4 persons, 2 laborers, 21.1 mu) transfers all its land from 2026. Survey: 21.1 mu and 1.5 freed laborers a household, +14,000 yuan a year. Cited: 700 yuan/mu rent (Xinjiang Daily 2019), 4,000 yuan a month. Assumed: 600 yuan/mu own-farming net given up, half the freed laborers working 4 seasonal months, the household's income by source.",
        ),
        build: yuli_land_transfer,
    },
    Preset {
        id: "yuli_cotton",
        name: Text::new("尉犁·植棉户(流转、旅游、就业)", "Yuli · cotton household (land, tourism, jobs)"),
        note: Text::new(
            "同一尉犁植棉户：2026 年起土地流转、参与全域旅游、1 人参加免费技能培训。调研：流转同上；110 余户参与旅游户均增收 3,000 元；和静对年收入 2 万元以下劳动力免费培训。假设：培训就业 60 %、月增收 1,000 元共 10 个月并逐年减弱，旅游用工 1.5 个劳动月。",
            "The same Yuli cotton household: land transfer, all-area tourism and one laborer in free skills training, all from 2026. Survey: transfer as above; 110+ tourism households gain 3,000 yuan each; free training for laborers earning under 20,000 a year (Hejing). Assumed: 60 % placed, +1,000 a month for 10 months fading yearly, 1.5 labor-months for tourism.",
        ),
        build: yuli_cotton,
    },
    Preset {
        id: "yuli_tourism",
        name: Text::new("尉犁·乡村旅游", "Yuli · rural tourism"),
        note: Text::new(
            "同一尉犁植棉户只参与乡村旅游。调研：110 余户参与全域旅游，户均年增收 3,000 元以上。假设：2026 年起参与、客流不增长；项目投入未报告，记为“未填写”。",
            "The same Yuli cotton household in rural tourism only. Survey: 110+ households in all-area tourism, +3,000 yuan each a year. Assumed: joining in 2026, no visitor growth; programme cost not reported, so “not entered”.",
        ),
        build: yuli_tourism,
    },
    Preset {
        id: "hejing_herder",
        name: Text::new("和静·巴音布鲁克牧民户", "Hejing · Bayinbuluk herder household"),
        note: Text::new(
            "巴音布鲁克草原牧民户(4 人、2 个劳动力)：自有 30 只能繁母羊、1 只种公羊、6 只育成羊、4 头母牛、10 只蛋鸡；2026 年起 100 只鸡苗、肉羊经济杂交(项目发 1 只种公羊)、黄牛冷配。调研：每户 100 只鸡苗每只补贴 10 元；巴音布鲁克羊提纯复壮与经济杂交；5,000 头黄牛冷配。引用：产羔率 105 %、体重 43/70/30 公斤、活羊 26 元/公斤、冷配受胎 35 %。假设：畜群规模、草场 45 个羊单位、杂交一半母羊、补饲与棚圈费用、收入构成。",
            "A herder household on Bayinbuluk pasture (4 persons, 2 laborers) with its own 30 ewes, 1 ram, 6 yearlings, 4 cows and 10 hens; from 2026 100 free chicks, meat-ram crossbreeding (one ram provided) and cattle AI. Survey: 100 chicks a household at 10 yuan subsidy each; Bayinbuluk purification and crossbreeding; 5,000 cattle by AI. Cited: lambing 105 %, weights 43/70/30 kg, 26 yuan/kg live, AI conception 35 %. Assumed: the herd, grazing for 45 sheep units, half the ewes crossed, winter feed and sheds, income by source.",
        ),
        build: hejing_herder,
    },
    Preset {
        id: "bohu_courtyard",
        name: Text::new("博湖·庭院经济示范户", "Bohu · courtyard demonstration household"),
        note: Text::new(
            "博湖庭院示范户(3 人、2 个劳动力、10 亩耕地、0.5 亩庭院)2026 年起种菜与果树。调研：3,000 万元产业扶持、500 余户庭院示范户、25 个村 2,193 户脱贫户(平均每户约 1.37 万元，为全部产业、整个项目期)。假设：每户扶持 2,000 元/年共 3 年、60 % 蔬菜 3,000 公斤/亩 2.5 元、40 % 果树第 3 年挂果、30 % 自家食用、耕地面积与收入构成。",
            "A Bohu courtyard demonstration household (3 persons, 2 laborers, 10 mu of cropland, a 0.5-mu courtyard) growing vegetables and fruit from 2026. Survey: 30 million yuan of industry support, 500+ demonstration courtyards, 25 villages and 2,193 lifted households (≈ 13,700 yuan each across all industries over the whole programme). Assumed: 2,000 yuan of support a year for 3 years, 60 % vegetables at 3,000 kg/mu and 2.5 yuan, 40 % fruit bearing from year 3, 30 % eaten at home, the cropland and income by source.",
        ),
        build: bohu_courtyard,
    },
];

/// Preset ids of earlier versions, still named by saved workspaces: the household that replaced
/// each (the all-in-one preset was no real household).
const RENAMED: &[(&str, &str)] = &[
    ("hejing_chicks_sheep", "hejing_herder"),
    ("combined_lifted_household", "yuli_cotton"),
];

pub fn preset(id: &str) -> Option<&'static Preset> {
    let id = RENAMED
        .iter()
        .find(|(old, _)| *old == id)
        .map_or(id, |(_, new)| new);
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

/// A Yuli cotton household: the survey's average land, two laborers (1.5 freed by transfer),
/// four members; income by source as the default household's (assumed).
fn yuli_household(name: &str) -> Scenario {
    let mut s = named(name);
    let h = &mut s.household;
    // Lifted out of poverty, but under the monitoring line: monitored as unstable.
    h.status = HouseholdStatus::LiftedUnstable;
    h.members_persons = 4.0;
    h.laborers_persons = 2.0;
    s
}

fn yuli_land_transfer() -> Scenario {
    let mut s = yuli_household("尉犁·土地流转");
    s.interventions.land_transfer.schedule = on_from(2026, &[100.0]);
    s
}

fn yuli_tourism() -> Scenario {
    let mut s = yuli_household("尉犁·乡村旅游");
    s.interventions.tourism.schedule = on_from(2026, &[100.0]);
    s.interventions.tourism.mode = TourismMode::AverageGain;
    s
}

fn yuli_cotton() -> Scenario {
    let mut s = yuli_household("尉犁·植棉户(流转、旅游、就业)");
    s.interventions.land_transfer.schedule = on_from(2026, &[100.0]);
    s.interventions.tourism.schedule = on_from(2026, &[100.0]);
    s.interventions.tourism.mode = TourismMode::AverageGain;
    s.interventions.jobs.schedule = on_from(2026, &[100.0]);
    s
}

fn hejing_herder() -> Scenario {
    let mut s = named("和静·巴音布鲁克牧民户");
    let h = &mut s.household;
    h.status = HouseholdStatus::Lifted;
    h.members_persons = 4.0;
    h.laborers_persons = 2.0;
    // Herders farm little: a few mu of fodder, no orchard, a small courtyard.
    h.land.cropland_mu = 5.0;
    h.land.courtyard_mu = 0.3;
    h.income.local_wages_yuan = 3_000.0;
    h.income.migrant_remittances_yuan = 0.0;
    h.income.ecological_compensation_yuan = 3_000.0;
    h.labor.local_work_months = 1.0;
    h.herd.breeding_ewes_head = 30.0;
    h.herd.rams_head = 1.0;
    h.herd.yearlings_head = 6.0;
    h.herd.cows_head = 4.0;
    h.herd.laying_hens_head = 10.0;
    let sheep = &mut s.interventions.sheep;
    sheep.schedule = on_from(2026, &[100.0]);
    sheep.programme = SheepProgramme::Crossbreeding;
    sheep.grazing_cap_sheep_units = 45.0;
    s.interventions.poultry.schedule = on_from(2026, &[100.0]);
    s.interventions.cattle.schedule = on_from(2026, &[100.0]);
    s
}

fn bohu_courtyard() -> Scenario {
    let mut s = named("博湖·庭院经济示范户");
    let h = &mut s.household;
    h.status = HouseholdStatus::LiftedUnstable;
    h.members_persons = 3.0;
    h.laborers_persons = 2.0;
    h.land.cropland_mu = 10.0;
    let c = &mut s.interventions.courtyard;
    c.schedule = on_from(2026, &[100.0]);
    c.demo_support_yuan_per_year = 2_000.0;
    c.demo_support_years = 3;
    s
}
