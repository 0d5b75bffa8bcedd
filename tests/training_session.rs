//! Training sessions: the built-in course validates and every exercise has an answer; the
//! target search finds the true optimum (checked against a scan of the whole range); answers are
//! checked with the model; bad courses get typed bilingual errors.
#![cfg(not(target_arch = "wasm32"))]

use village_income_planner::model::presets::preset;
use village_income_planner::model::text::OwnedText;
use village_income_planner::model::training::{
    builtin_course, scan_target, search_step, search_target, AnswerKey, ChoiceCriterion,
    ChoiceOption, Course, CourseError, Direction, Exercise, PredictFigure, Step, TargetGoal,
    MAX_STEPS, MAX_TITLE_CHARS,
};
use village_income_planner::model::{fields, Scenario};

fn scenario(id: &str) -> Scenario {
    (preset(id).unwrap().build)()
}

fn t(s: &str) -> OwnedText {
    OwnedText {
        zh: s.into(),
        en: s.into(),
    }
}

fn step_with(scenario: Scenario, exercise: Option<Exercise>) -> Step {
    Step {
        title: t("step"),
        prompt: t("prompt"),
        scenario,
        focus_fields: vec![],
        exercise,
    }
}

fn course_of(steps: Vec<Step>) -> Course {
    Course {
        version: 1,
        title: t("course"),
        steps,
    }
}

const CHICKS: &str = "interventions.poultry.chicks_per_round_head";
const RENT: &str = "interventions.land_transfer.rent_yuan_per_mu";

/// The herder household with chicks only (the built-in course's step 2).
fn chicks_only() -> Scenario {
    builtin_course().steps[1].scenario.clone()
}

#[test]
fn the_builtin_course_validates_and_every_exercise_has_an_answer() {
    let course = builtin_course();
    assert_eq!(course.steps.len(), 6);
    course.validate().unwrap();
    for (i, step) in course.steps.iter().enumerate() {
        step.validate(i + 1).unwrap();
        for id in &step.focus_fields {
            assert!(fields::field(id).is_some(), "step {}: {id}", i + 1);
        }
        let key = step.answer_key();
        match (&step.exercise, &key) {
            (Some(Exercise::Predict { .. }), Some(AnswerKey::Predict { value })) => {
                assert!(value.is_finite())
            }
            (Some(Exercise::Target { .. }), Some(AnswerKey::Target { value })) => {
                assert!(value.is_finite())
            }
            (Some(Exercise::Choose { options, .. }), Some(AnswerKey::Choose { best, scores })) => {
                assert!(*best < options.len());
                assert_eq!(scores.len(), options.len());
            }
            other => panic!("step {} has no answer: {other:?}", i + 1),
        }
    }
}

#[test]
fn the_builtin_answers_are_the_models_figures() {
    // Recorded from the model; a recalibration that moves them should be looked at here.
    let course = builtin_course();
    let keys: Vec<_> = course
        .steps
        .iter()
        .map(|s| s.answer_key().unwrap())
        .collect();
    // Yuli land transfer: rent can fall from 700 to 572 yuan/mu and stay above the line to 2030.
    assert_eq!(keys[0], AnswerKey::Target { value: 572.0 });
    // Hejing chicks: 116 chicks keep the herder above the line in both laying years.
    assert_eq!(keys[1], AnswerKey::Target { value: 116.0 });
    // Sheep: the live price matters most of the three.
    assert!(matches!(keys[2], AnswerKey::Choose { best: 0, .. }));
    // Tourism: 3,000 yuan grown by two per cent inflation for five years.
    let AnswerKey::Predict { value } = keys[3] else {
        panic!()
    };
    assert!(
        (value - 3_000.0 * 1.02f64.powi(5) * 1.02).abs() < 100.0,
        "{value}"
    );
    // Training beats chicks per 10,000 yuan for the Yuli household.
    assert!(matches!(keys[4], AnswerKey::Choose { best: 0, .. }));
    // One serious illness: per-capita income far below the line even after the relief fund.
    let AnswerKey::Predict { value } = keys[5] else {
        panic!()
    };
    assert!(value > 0.0 && value < 8_545.0, "{value}");
}

#[test]
fn target_search_finds_the_true_minimum_on_chicks() {
    let s = chicks_only();
    let goals = [
        TargetGoal::AboveLineUntil {
            from_year: 2026,
            year: 2027,
        },
        TargetGoal::AboveLineUntil {
            from_year: 2026,
            year: 2026,
        },
        TargetGoal::PerCapitaAtLeast {
            year: 2027,
            yuan: 9_000.0,
        },
        TargetGoal::PerCapitaAtLeast {
            year: 2026,
            yuan: 12_000.0,
        },
        // Never met: the layers are gone by 2028.
        TargetGoal::AboveLineUntil {
            from_year: 2026,
            year: 2030,
        },
    ];
    let mut found = 0;
    for goal in &goals {
        let searched = search_target(&s, CHICKS, goal, Direction::Minimise);
        let scanned = scan_target(&s, CHICKS, goal, Direction::Minimise);
        assert_eq!(searched, scanned, "{goal:?}");
        if let Some(v) = searched {
            found += 1;
            assert_eq!(v.fract(), 0.0, "chicks are whole");
        }
    }
    assert!(found >= 3);
    assert_eq!(search_step(fields::field(CHICKS).unwrap()), 1.0);
}

#[test]
fn target_search_finds_the_true_minimum_on_land_rent() {
    let s = scenario("yuli_land_transfer");
    let mut found = 0;
    for year in 2026..=2034 {
        let goal = TargetGoal::AboveLineUntil {
            from_year: 2026,
            year,
        };
        let searched = search_target(&s, RENT, &goal, Direction::Minimise);
        assert_eq!(
            searched,
            scan_target(&s, RENT, &goal, Direction::Minimise),
            "{year}"
        );
        found += usize::from(searched.is_some());
    }
    assert!(found >= 5);
    for yuan in [9_000.0, 10_000.0, 11_000.0] {
        let goal = TargetGoal::PerCapitaAtLeast { year: 2030, yuan };
        assert_eq!(
            search_target(&s, RENT, &goal, Direction::Minimise),
            scan_target(&s, RENT, &goal, Direction::Minimise),
            "{yuan}"
        );
    }
}

#[test]
fn target_search_finds_the_true_maximum() {
    // The highest feed price at which 200 chicks still keep the herder above the line.
    let mut s = chicks_only();
    s.interventions.poultry.chicks_per_round_head = 200.0;
    let field = "interventions.poultry.feed_price_yuan_per_kg";
    let goal = TargetGoal::AboveLineUntil {
        from_year: 2026,
        year: 2027,
    };
    let searched = search_target(&s, field, &goal, Direction::Maximise);
    assert_eq!(searched, scan_target(&s, field, &goal, Direction::Maximise));
    assert!(searched.is_some());
    // The largest household that rent and wages keep above the line in 2026.
    let s = scenario("yuli_land_transfer");
    let field = "household.members_persons";
    let goal = TargetGoal::AboveLineUntil {
        from_year: 2026,
        year: 2026,
    };
    let searched = search_target(&s, field, &goal, Direction::Maximise);
    assert_eq!(searched, scan_target(&s, field, &goal, Direction::Maximise));
}

#[test]
fn a_prediction_is_checked_against_the_model() {
    let step = &builtin_course().steps[3];
    let Some(AnswerKey::Predict { value }) = step.answer_key() else {
        panic!()
    };
    let right = step.check_prediction(value + 150.0).unwrap();
    assert!(right.within_tolerance);
    assert!((right.difference - 150.0).abs() < 1e-9);
    assert_eq!(right.model_value, value);
    let low = step.check_prediction(3_000.0).unwrap();
    assert!(!low.within_tolerance);
    assert!(low.difference < 0.0);
    assert!(
        low.explanation.en.contains("too low"),
        "{}",
        low.explanation.en
    );
    assert!(
        low.explanation.zh.contains("低估"),
        "{}",
        low.explanation.zh
    );
    // Not a predict step.
    assert!(builtin_course().steps[0].check_prediction(1.0).is_none());
}

#[test]
fn the_first_year_above_the_line_is_a_figure() {
    let s = scenario("yuli_land_transfer");
    assert_eq!(PredictFigure::FirstYearAboveLine.value(&s), Some(2026.0));
    // Tourism alone never reaches the line: no value, so no such exercise is answerable.
    assert_eq!(
        PredictFigure::FirstYearAboveLine.value(&scenario("yuli_tourism")),
        None
    );
    assert!(PredictFigure::CostPerYuanGained
        .value(&scenario("hejing_herder"))
        .is_some());
}

#[test]
fn a_predicted_figure_is_explained_by_the_engine_with_the_same_value() {
    let s = scenario("hejing_herder");
    for figure in [
        PredictFigure::FirstYearAboveLine,
        PredictFigure::PerCapitaYuan { year: 2028 },
        PredictFigure::GainYuan { year: 2027 },
        PredictFigure::CostPerYuanGained,
    ] {
        let trace = village_income_planner::model::explain(&s, figure.explained_as().unwrap())
            .unwrap_or_else(|| panic!("{figure:?}"));
        let value = figure.value(&s).unwrap();
        assert!(
            (trace.value - value).abs() < 1e-6,
            "{figure:?}: {} vs {value}",
            trace.value
        );
    }
}

#[test]
fn a_participants_scenario_is_checked_against_the_target() {
    let step = &builtin_course().steps[0];
    let best = 572.0;
    let mut mine = step.scenario.clone();
    mine.interventions.land_transfer.rent_yuan_per_mu = best;
    let v = step.check_target(&mine).unwrap();
    assert!(v.within_tolerance);
    assert_eq!(v.goal_met, Some(true));
    assert_eq!(v.model_value, best);

    mine.interventions.land_transfer.rent_yuan_per_mu = best - 1.0;
    let v = step.check_target(&mine).unwrap();
    assert_eq!(v.goal_met, Some(false));
    assert!(!v.within_tolerance);

    mine.interventions.land_transfer.rent_yuan_per_mu = 650.0;
    let v = step.check_target(&mine).unwrap();
    assert_eq!(v.goal_met, Some(true));
    assert!(!v.within_tolerance);
    assert_eq!(v.difference, 650.0 - best);
    assert!(v.explanation.en.contains("572"), "{}", v.explanation.en);
}

#[test]
fn a_choice_is_checked_with_the_model() {
    let step = &builtin_course().steps[4];
    let right = step.check_choice(0).unwrap();
    assert!(right.within_tolerance);
    assert_eq!(right.difference, 0.0);
    let wrong = step.check_choice(1).unwrap();
    assert!(!wrong.within_tolerance);
    assert!(wrong.difference < 0.0);
    assert!(step.check_choice(2).is_none());
}

#[test]
fn a_choice_without_a_single_best_has_no_answer() {
    let s = scenario("hejing_herder");
    let step = step_with(
        s.clone(),
        Some(Exercise::Choose {
            options: vec![
                ChoiceOption {
                    label: t("a"),
                    scenario: s.clone(),
                },
                ChoiceOption {
                    label: t("b"),
                    scenario: s,
                },
            ],
            criterion: ChoiceCriterion::PerCapitaYuan { year: 2030 },
        }),
    );
    assert_eq!(step.answer_key(), None);
    assert_eq!(step.check_choice(0), None);
}

fn error_of(step: Step) -> CourseError {
    course_of(vec![step]).validate().unwrap_err()
}

#[test]
fn bad_courses_get_typed_bilingual_errors() {
    let s = scenario("yuli_land_transfer");
    let mut errors = vec![];

    let mut step = step_with(s.clone(), None);
    step.focus_fields = vec!["household.no_such_field".into()];
    let e = error_of(step);
    assert!(matches!(e, CourseError::UnknownField { step: 1, .. }));
    errors.push(e);

    let e = error_of(step_with(
        s.clone(),
        Some(Exercise::Target {
            field: "nope".into(),
            goal: TargetGoal::PerCapitaAtLeast {
                year: 2030,
                yuan: 1.0,
            },
            direction: Direction::Minimise,
        }),
    ));
    assert!(matches!(e, CourseError::UnknownField { .. }));
    errors.push(e);

    let e = error_of(step_with(
        s.clone(),
        Some(Exercise::Predict {
            figure: PredictFigure::PerCapitaYuan { year: 2040 },
            tolerance: 1.0,
        }),
    ));
    assert_eq!(
        e,
        CourseError::YearOutsideHorizon {
            step: 1,
            year: 2040
        }
    );
    errors.push(e);

    let e = error_of(step_with(
        s.clone(),
        Some(Exercise::Predict {
            figure: PredictFigure::FirstYearAboveLine,
            tolerance: f64::NAN,
        }),
    ));
    assert!(matches!(e, CourseError::BadExercise { .. }));
    errors.push(e);

    let e = error_of(step_with(
        s.clone(),
        Some(Exercise::Choose {
            options: vec![ChoiceOption {
                label: t("only"),
                scenario: s.clone(),
            }],
            criterion: ChoiceCriterion::PerCapitaYuan { year: 2030 },
        }),
    ));
    assert!(matches!(e, CourseError::BadExercise { .. }));
    errors.push(e);

    let mut step = step_with(s.clone(), None);
    step.title = t(&"长".repeat(MAX_TITLE_CHARS + 1));
    let e = error_of(step);
    assert!(matches!(e, CourseError::TextTooLong { step: Some(1), .. }));
    errors.push(e);

    let mut bad = s.clone();
    bad.household.members_persons = 0.0;
    let e = error_of(step_with(bad, None));
    assert!(matches!(e, CourseError::InvalidScenario { step: 1, .. }));
    errors.push(e);

    let e = course_of(vec![step_with(s.clone(), None); MAX_STEPS + 1])
        .validate()
        .unwrap_err();
    assert_eq!(
        e,
        CourseError::TooManySteps {
            found: MAX_STEPS + 1
        }
    );
    errors.push(e);

    assert_eq!(course_of(vec![]).validate(), Err(CourseError::NoSteps));
    let mut newer = course_of(vec![step_with(s, None)]);
    newer.version = 2;
    let e = newer.validate().unwrap_err();
    assert_eq!(e, CourseError::NewerVersion { found: 2 });
    errors.push(e);

    for e in errors {
        let (zh, en) = (e.message(false), e.message(true));
        assert!(!zh.is_empty() && !en.is_empty());
        assert_ne!(zh, en, "{e:?}");
        assert!(!zh.is_ascii(), "Chinese message: {zh}");
    }
}
