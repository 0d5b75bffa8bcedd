//! The session kept in this browser: the course and the step a participant is on, so a reload
//! (or a day offline) comes back to the same place. A course link replaces it; closing the
//! panel keeps it for the header's "培训" link.

use serde::{Deserialize, Serialize};

use crate::model::training::Course;
use crate::ui::browser;

const KEY: &str = "village-income-planner.training";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub course: Course,
    /// Index from 0.
    pub step: usize,
}

/// The kept session, if any and still readable and valid (an app update could make an old one
/// invalid: it is then ignored, not shown broken).
pub fn load() -> Option<Kept> {
    let raw = browser::read(KEY).ok().flatten()?;
    let mut kept: Kept = serde_json::from_str(&raw).ok()?;
    kept.course.validate().ok()?;
    kept.step = kept.step.min(kept.course.steps.len().saturating_sub(1));
    Some(kept)
}

/// Keeps the session; a full or refused store only loses the resume-after-reload.
pub fn save(kept: &Kept) {
    if let Ok(json) = serde_json::to_string(kept) {
        let _ = browser::write(KEY, &json);
    }
}

/// Whether the panel was open when the page was last left: a participant's reload brings it
/// back (assets/pages-loader.js reads the same key to load us).
const OPEN_KEY: &str = "village-income-planner.training-open";

pub fn was_open() -> bool {
    browser::read(OPEN_KEY).ok().flatten().as_deref() == Some("1")
}

pub fn remember_open(open: bool) {
    let _ = if open {
        browser::write(OPEN_KEY, "1")
    } else {
        browser::remove(OPEN_KEY)
    };
}
