//! Training sessions (培训课程): a third page app in its own wasm, mounted into
//! `#training-root` (before `<body>`, so the planner app never sees its events) by
//! assets/pages-loader.js when a course link (`#c=`) is opened or a trainer clicks the
//! header's "培训" link. It steers the planner from outside: a step's scenario goes in as a share
//! link, the participant's scenario is read back from the planner's autosave, and the fields a
//! step looks at are highlighted by style rules. The course model lives in
//! `crate::model::training`; nothing of this is in the planner's first load.

mod app;
mod editor;
mod exercise;
mod handout;
mod planner;
mod share;
mod store;

pub use app::TrainingApp;

use crate::i18n::Lang;
use crate::model::text::OwnedText;

/// A word of the panel in the page's language (its strings live beside their use, in both).
fn t(lang: Lang, zh: &str, en: &str) -> String {
    if lang.is_en() { en } else { zh }.to_string()
}

/// A text in both languages.
fn both(zh: &str, en: &str) -> OwnedText {
    OwnedText {
        zh: zh.into(),
        en: en.into(),
    }
}

/// A text of the course (a title, a prompt, a verdict) in the page's language.
fn tr(lang: Lang, text: &OwnedText) -> String {
    text.get(lang.is_en()).to_string()
}

/// Where the loader mounts the panel.
pub const ROOT_ID: &str = "training-root";

/// Mounts the panel into `#training-root` (the loader creates it before starting us).
pub fn start() {
    let root = crate::ui::browser::app_root(ROOT_ID, true);
    yew::Renderer::<TrainingApp>::with_root(root).render();
}
