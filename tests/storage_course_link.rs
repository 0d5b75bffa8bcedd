//! Course links and files: the built-in course survives both, its link is measured for the QR
//! code, and damaged, truncated, newer or foreign input gets its own bilingual error and never a
//! panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use village_income_planner::model::training::{builtin_course, Course, CourseError};
use village_income_planner::storage::course_link::{
    course_fragment, course_from_fragment, decode_course_link, encode_course_link,
    encode_course_link_in_full, export_course, export_course_dated, import_course, CourseLinkError,
    BUILTIN_PAYLOAD, COURSE_FRAGMENT_PREFIX,
};
use village_income_planner::storage::{encode_link, export_scenario, export_workspace, Workspace};

/// The built-in course written in full (as a trainer's edited copy of it would be).
fn payload() -> String {
    encode_course_link_in_full(&builtin_course())
}

#[test]
fn the_builtin_course_round_trips_through_its_link() {
    let course = builtin_course();
    // Unchanged, it is a three-character fragment.
    assert_eq!(encode_course_link(&course), BUILTIN_PAYLOAD);
    assert_eq!(
        course_fragment(&course),
        format!("{COURSE_FRAGMENT_PREFIX}{BUILTIN_PAYLOAD}")
    );
    assert_eq!(course_from_fragment("#c=B").unwrap().unwrap(), course);
    // Written in full.
    let link = payload();
    assert_eq!(decode_course_link(&link).unwrap(), course);
    assert_eq!(
        course_from_fragment(&format!("#{COURSE_FRAGMENT_PREFIX}{link}"))
            .unwrap()
            .unwrap(),
        course
    );
    // A share link's hash is not a course.
    assert_eq!(course_from_fragment("#s=3abc"), None);
    assert_eq!(course_from_fragment(""), None);
}

#[test]
fn an_edited_course_round_trips_through_its_link() {
    let mut course = builtin_course();
    course.title.en = "Edited for Bohu".into();
    course.steps.swap(0, 4);
    course.steps[1].scenario.interventions.poultry.survival_pct = 70.0;
    course.steps[2].scenario.notes = "备注 notes".into();
    course.steps.truncate(5);
    let link = encode_course_link(&course);
    assert_ne!(link, BUILTIN_PAYLOAD);
    assert_eq!(decode_course_link(&link).unwrap(), course);
    let fragment = course_fragment(&course);
    assert_eq!(
        course_from_fragment(&format!("#{fragment}"))
            .unwrap()
            .unwrap(),
        course
    );
}

#[test]
fn the_builtin_course_link_length_is_known() {
    let full = payload();
    println!("built-in course written in full: {} characters", full.len());
    // Measured 3,837 characters: about 2,150 of them are the bilingual titles and prompts
    // (Chinese is three bytes a character and deflate gains little on it), the rest the eight
    // scenarios as diffs. Too long for a QR code a phone reads off a projector: the built-in
    // course travels as `#c=B`, an edited course as a file or a long link. Must not grow
    // unnoticed.
    assert!(full.len() < 4_000, "{}", full.len());
}

#[test]
fn the_builtin_course_round_trips_through_its_file() {
    let course = builtin_course();
    assert_eq!(
        import_course(export_course(&course).as_bytes()).unwrap(),
        course
    );
    let dated = export_course_dated(&course, "2026-11-29");
    assert!(dated.contains("\"exported\": \"2026-11-29\""));
    assert!(dated.contains("\"kind\": \"course\""));
    assert_eq!(import_course(dated.as_bytes()).unwrap(), course);
    // A bare course object reads too.
    let bare = serde_json::to_string(&course).unwrap();
    assert_eq!(import_course(bare.as_bytes()).unwrap(), course);
}

#[test]
fn every_truncation_of_the_link_is_refused_clearly() {
    let link = payload();
    let course = builtin_course();
    // Every cut from the end and a spread of cuts from the front: never a panic, never a
    // different course.
    for cut in 0..link.len() {
        let r = decode_course_link(&link[..cut]);
        let err = r.expect_err("a truncated link does not open");
        assert!(!err.message(false).is_empty() && !err.message(true).is_empty());
    }
    for cut in (1..link.len()).step_by(37) {
        if let Ok(c) = decode_course_link(&link[cut..]) {
            assert_eq!(c, course);
        }
    }
}

#[test]
fn a_newer_course_version_is_named() {
    let mut course = builtin_course();
    course.version = 7;
    let link = encode_course_link(&course);
    assert_eq!(
        decode_course_link(&link),
        Err(CourseLinkError::Invalid(CourseError::NewerVersion {
            found: 7
        }))
    );
    let file = export_course(&course);
    let e = import_course(file.as_bytes()).unwrap_err();
    assert_eq!(
        e,
        CourseLinkError::Invalid(CourseError::NewerVersion { found: 7 })
    );
    assert!(e.message(true).contains("newer"), "{}", e.message(true));
    assert!(e.message(false).contains("更新"), "{}", e.message(false));
}

#[test]
fn a_newer_link_format_is_named() {
    let link = payload();
    let newer = format!("2{}", &link[1..]);
    let e = decode_course_link(&newer).unwrap_err();
    assert_eq!(e, CourseLinkError::UnknownFormat { found: '2' });
    assert!(e.message(true).contains("newer"));
}

#[test]
fn other_things_are_not_courses() {
    // A scenario share link pasted as a course.
    let scenario = encode_link(&Default::default());
    assert!(matches!(
        decode_course_link(&scenario),
        Err(CourseLinkError::UnknownFormat { .. })
    ));
    // Its payload behind the course format character: JSON, but a scenario, not a course.
    assert!(matches!(
        decode_course_link(&format!("1{scenario}")),
        Err(CourseLinkError::NotACourse { .. })
    ));
    assert_eq!(decode_course_link(""), Err(CourseLinkError::Empty));
    assert_eq!(decode_course_link("#c=1"), Err(CourseLinkError::Empty));
    assert!(matches!(
        decode_course_link("13ab!c"),
        Err(CourseLinkError::BadCharacters { position: 5 })
    ));
    assert!(matches!(
        decode_course_link("13AAAAAAAA"),
        Err(CourseLinkError::Corrupt)
    ));
    // Files of other kinds, of other apps, and not JSON at all.
    let ws = export_workspace(&Workspace::new(Default::default(), None));
    assert!(matches!(
        import_course(ws.as_bytes()),
        Err(CourseLinkError::NotACourse { .. })
    ));
    let sc = export_scenario(&Default::default());
    assert!(matches!(
        import_course(sc.as_bytes()),
        Err(CourseLinkError::NotACourse { .. })
    ));
    assert!(matches!(
        import_course(br#"{"app": "other", "kind": "course", "data": {}}"#),
        Err(CourseLinkError::NotACourse { .. })
    ));
    assert!(matches!(
        import_course(b"\xff\xfe"),
        Err(CourseLinkError::NotACourse { .. })
    ));
    assert_eq!(import_course(b"  \n"), Err(CourseLinkError::Empty));
    let file = export_course(&builtin_course());
    assert!(import_course(&file.as_bytes()[..file.len() / 2]).is_err());
}

#[test]
fn a_course_with_an_invalid_scenario_names_the_step() {
    let mut course = builtin_course();
    course.steps[2].scenario.household.members_persons = 0.0;
    let e = decode_course_link(&encode_course_link(&course)).unwrap_err();
    assert!(
        matches!(e, CourseLinkError::Scenario { step: 3, .. }),
        "{e:?}"
    );
    assert!(e.message(true).contains("step 3"), "{}", e.message(true));
    assert!(e.message(false).contains("第 3 步"), "{}", e.message(false));
}

fn flip(link: &str, at: usize, to: char) -> String {
    let mut s: Vec<char> = link.chars().collect();
    s[at] = to;
    s.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_changed_character_never_panics(at in 0usize..4_000, c in proptest::char::range('0', 'z')) {
        let link = payload();
        let at = at % link.len();
        // Either refused with a message, or (a change deflate does not notice) a valid course.
        match decode_course_link(&flip(&link, at, c)) {
            Ok(course) => prop_assert!(course.validate().is_ok()),
            Err(e) => prop_assert!(!e.message(false).is_empty()),
        }
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        let _ = decode_course_link(&text);
        let _ = import_course(text.as_bytes());
    }
}

#[test]
fn an_unchanged_course_after_an_error() {
    // Decoding is pure: a failure hands back an error and the trainer's course is untouched.
    let course: Course = builtin_course();
    let before = course.clone();
    let _ = decode_course_link("1");
    assert_eq!(course, before);
}
