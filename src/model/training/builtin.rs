//! The built-in course from the survey: six steps on the presets' households, in the order a
//! county training day takes them (land, chicks, sheep, tourism, jobs, the relief fund).

use super::{
    ChoiceCriterion, ChoiceOption, Course, Direction, Exercise, PredictFigure, Step, TargetGoal,
    COURSE_VERSION,
};
use crate::model::presets::preset;
use crate::model::scenario::Scenario;
use crate::model::text::OwnedText;

fn t(zh: &str, en: &str) -> OwnedText {
    OwnedText {
        zh: zh.into(),
        en: en.into(),
    }
}

fn from_preset(id: &str) -> Scenario {
    (preset(id)
        .expect("a built-in course names existing presets")
        .build)()
}

fn focus(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

/// The herder household with only the interventions `keep` names switched on.
fn herder_with(keep: &[&str]) -> Scenario {
    let mut s = from_preset("hejing_herder");
    let iv = &mut s.interventions;
    iv.poultry.schedule.enabled = keep.contains(&"poultry");
    iv.sheep.schedule.enabled = keep.contains(&"sheep");
    iv.cattle.schedule.enabled = keep.contains(&"cattle");
    s
}

/// The Yuli cotton household with only its training programme switched on.
fn yuli_jobs_only() -> Scenario {
    let mut s = from_preset("yuli_cotton");
    s.name = "尉犁·植棉户(技能培训)".into();
    s.interventions.land_transfer.schedule.enabled = false;
    s.interventions.tourism.schedule.enabled = false;
    s
}

/// The Yuli household given 100 chicks instead of training.
fn yuli_chicks_only() -> Scenario {
    let mut s = yuli_jobs_only();
    s.name = "尉犁·植棉户(鸡苗)".into();
    s.interventions.jobs.schedule.enabled = false;
    let chicks = from_preset("hejing_herder").interventions.poultry;
    s.interventions.poultry = chicks;
    s
}

fn sheep_variant(name: &str, change: impl Fn(&mut Scenario)) -> Scenario {
    let mut s = from_preset("hejing_herder");
    s.name = name.into();
    change(&mut s);
    s
}

/// The built-in course: six steps from the survey, each checked by the model.
pub fn builtin_course() -> Course {
    let land = Step {
        title: t("尉犁土地流转：租金加工资的“双薪”", "Yuli land transfer: rent plus wages"),
        prompt: t(
            "这户植棉户流转全部 21.1 亩耕地，既收租金，释放的劳动力又外出务工。租金最低降到多少，这户到 2030 年仍每年不低于监测线？",
            "This cotton household transfers all 21.1 mu: it earns rent, and its freed laborers earn wages. How low can the rent go and still keep the household at or above the monitoring line every year to 2030?",
        ),
        scenario: from_preset("yuli_land_transfer"),
        focus_fields: focus(&[
            "interventions.land_transfer.area_mu",
            "interventions.land_transfer.rent_yuan_per_mu",
            "interventions.land_transfer.freed_laborers_persons",
            "interventions.land_transfer.employment_rate_pct",
            "interventions.land_transfer.months_worked",
            "interventions.land_transfer.monthly_wage_yuan",
        ]),
        exercise: Some(Exercise::Target {
            field: "interventions.land_transfer.rent_yuan_per_mu".into(),
            goal: TargetGoal::AboveLineUntil {
                from_year: 2026,
                year: 2030,
            },
            direction: Direction::Minimise,
        }),
    };
    let chicks = Step {
        title: t("和静鸡苗：每户多少只才够", "Hejing chicks: how many a household needs"),
        prompt: t(
            "只看鸡苗项目：每户发放鸡苗、每只补贴 10 元。最少发多少只鸡苗，这户牧民在蛋鸡产蛋的 2026–2027 两年每年不低于监测线？再把成活率调低，看看答案怎么变；也看看 2028 年以后会怎样。",
            "Chicks alone: each household gets chicks at 10 yuan of subsidy each. What is the fewest chicks that keeps this herder household at or above the line in both laying years, 2026–2027? Then lower the survival rate and see how the answer moves, and look at what happens from 2028.",
        ),
        scenario: herder_with(&["poultry"]),
        focus_fields: focus(&[
            "interventions.poultry.chicks_per_round_head",
            "interventions.poultry.survival_pct",
            "interventions.poultry.subsidy_yuan_per_chick",
            "interventions.poultry.egg_price_yuan",
        ]),
        exercise: Some(Exercise::Target {
            field: "interventions.poultry.chicks_per_round_head".into(),
            goal: TargetGoal::AboveLineUntil {
                from_year: 2026,
                year: 2027,
            },
            direction: Direction::Minimise,
        }),
    };
    let sheep = Step {
        title: t("巴音布鲁克羊改良：哪个假设最要紧", "Bayinbuluk sheep improvement: which assumption matters"),
        prompt: t(
            "经济杂交的收益取决于几个假设。下面三种变化，哪一种让这户 2030 年人均收入最高？",
            "The gain from crossbreeding rests on a few assumptions. Of the three changes below, which raises the household's per-capita income in 2030 the most?",
        ),
        scenario: from_preset("hejing_herder"),
        focus_fields: focus(&[
            "interventions.sheep.price_yuan_per_kg",
            "interventions.sheep.lamb_mortality_pct",
            "interventions.sheep.cross_weight_gain_pct",
            "interventions.sheep.crossbred_share_pct",
        ]),
        exercise: Some(Exercise::Choose {
            options: vec![
                ChoiceOption {
                    label: t("活羊价格高 20 %(31.2 元/公斤)", "Live price 20 % higher (31.2 yuan/kg)"),
                    scenario: sheep_variant("羊价 +20 %", |s| {
                        s.interventions.sheep.price_yuan_per_kg *= 1.2
                    }),
                },
                ChoiceOption {
                    label: t("羔羊死亡率减半", "Lamb mortality halved"),
                    scenario: sheep_variant("羔羊死亡率减半", |s| {
                        s.interventions.sheep.lamb_mortality_pct /= 2.0
                    }),
                },
                ChoiceOption {
                    label: t("全部母羊参加杂交", "All ewes crossbred"),
                    scenario: sheep_variant("全部杂交", |s| {
                        s.interventions.sheep.crossbred_share_pct = 100.0
                    }),
                },
            ],
            criterion: ChoiceCriterion::PerCapitaYuan { year: 2030 },
        }),
    };
    let tourism = Step {
        title: t("尉犁乡村旅游", "Yuli rural tourism"),
        prompt: t(
            "参与全域旅游的农户户均年增收 3,000 元以上。先估一估：2030 年这户比不参与时多收入多少元？",
            "Households in all-area tourism gain 3,000 yuan or more a year. Guess first: how much more does this household earn in 2030 than without tourism?",
        ),
        scenario: from_preset("yuli_tourism"),
        focus_fields: focus(&[
            "interventions.tourism.average_gain_yuan",
            "interventions.tourism.visitor_growth_pct",
            "economics.inflation_pct",
        ]),
        exercise: Some(Exercise::Predict {
            figure: PredictFigure::GainYuan { year: 2030 },
            tolerance: 200.0,
        }),
    };
    let jobs = Step {
        title: t("年收入 2 万元以下劳动力的技能培训", "Training for laborers under 20,000 yuan a year"),
        prompt: t(
            "同一户尉犁植棉户，有 1 万元可以花：给 1 个劳动力免费技能培训，还是发 100 只鸡苗？到 2030 年，哪一种每 1 万元财政投入带来的增收更多？",
            "The same Yuli household, and money to spend: free skills training for one laborer, or 100 chicks? Through 2030, which brings more income per 10,000 yuan of public cost?",
        ),
        scenario: yuli_jobs_only(),
        focus_fields: focus(&[
            "interventions.jobs.trainees_persons",
            "interventions.jobs.placement_pct",
            "interventions.jobs.wage_gain_yuan_per_month",
            "interventions.jobs.training_cost_yuan_per_trainee",
            "interventions.jobs.eligibility_threshold_yuan",
        ]),
        exercise: Some(Exercise::Choose {
            options: vec![
                ChoiceOption {
                    label: t("培训 1 个劳动力", "Train one laborer"),
                    scenario: yuli_jobs_only(),
                },
                ChoiceOption {
                    label: t("发 100 只鸡苗", "Give 100 chicks"),
                    scenario: yuli_chicks_only(),
                },
            ],
            criterion: ChoiceCriterion::GainPer10kPublicCostThrough { year: 2030 },
        }),
    };
    let relief = Step {
        title: t("防返贫救助基金：一场大病", "The relief fund: one serious illness"),
        prompt: t(
            "这户已稳定脱贫。假如 2027 年家里有人得了大病，自付医疗费 4 万元，救助基金按规则补助。估一估：这一年人均收入还剩多少元？",
            "This household is out of poverty. Suppose someone falls seriously ill in 2027 and the family pays 40,000 yuan of medical cost; the relief fund pays by its rule. Guess: what is left of per-capita income that year?",
        ),
        scenario: from_preset("yuli_cotton"),
        focus_fields: focus(&[
            "risk.relief.gap_share_pct",
            "risk.relief.medical_threshold_yuan",
            "risk.relief.medical_share_pct",
            "risk.relief.cap_yuan",
        ]),
        exercise: Some(Exercise::Predict {
            figure: PredictFigure::PerCapitaAfterIllnessYuan {
                year: 2027,
                medical_cost_yuan: 40_000.0,
            },
            tolerance: 500.0,
        }),
    };
    Course {
        version: COURSE_VERSION,
        title: t(
            "乡村增收测算：调研案例培训",
            "Village income planning: survey cases",
        ),
        steps: vec![land, chicks, sheep, tourism, jobs, relief],
    }
}
