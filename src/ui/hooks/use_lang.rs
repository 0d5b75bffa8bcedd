//! The interface language, shared through a context and remembered in localStorage.

use yew::prelude::*;

use crate::i18n::Lang;

const STORAGE_KEY: &str = "village-income-planner.lang";

#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

/// Reads the remembered language; on a first visit (none saved) follows the browser's
/// preferred languages, and Chinese when they name neither.
pub fn stored_lang() -> Lang {
    crate::ui::browser::read(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(browser_lang)
        .unwrap_or_default()
}

/// The first of `navigator.languages` (or `navigator.language`) that is Chinese or English.
fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    tags.extend(navigator.language());
    tags.iter().find_map(|t| Lang::from_browser_tag(t))
}

/// Remembers `lang` and mirrors it to `<html lang>` and the title, so screen readers, fonts
/// and the browser tab follow.
pub fn remember_lang(lang: Lang) {
    // Private mode or a full quota: the switch still works for this visit.
    let _ = crate::ui::browser::write(STORAGE_KEY, lang.tag());
    let document = gloo::utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    document.set_title(lang.tr(crate::i18n::strings::APP_TITLE));
}

/// The current language from the nearest [`LangContext`].
#[hook]
pub fn use_lang() -> Lang {
    use_context::<LangContext>()
        .map(|c| c.lang)
        .unwrap_or_default()
}
