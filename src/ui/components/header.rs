//! Title bar: app name, preset menu, language switch.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::presets::PRESETS;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub preset_id: Option<&'static str>,
    pub on_lang: Callback<Lang>,
    pub on_preset: Callback<&'static str>,
    pub on_reset: Callback<()>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let switch_lang = {
        let on_lang = props.on_lang.clone();
        let next = if lang.is_en() { Lang::Zh } else { Lang::En };
        Callback::from(move |_| on_lang.emit(next))
    };
    let on_select = {
        let on_preset = props.on_preset.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = PRESETS.iter().find(|p| p.id == select.value()) {
                on_preset.emit(p.id);
            }
            // Back to the prompt, so the same preset can be added again.
            select.set_value("");
        })
    };
    let note = props
        .preset_id
        .and_then(|id| PRESETS.iter().find(|p| p.id == id))
        .map(|p| lang.tr(p.note));
    let on_reset = props.on_reset.reform(|_: MouseEvent| ());
    html! {
        <header class="app-header">
            <div class="title">
                <h1>{ lang.tr(strings::APP_TITLE) }</h1>
                <p class="subtitle">{ lang.tr(strings::APP_SUBTITLE) }</p>
            </div>
            <div class="preset-bar">
                <label for="preset-select">{ lang.tr(strings::PRESETS) }</label>
                <select id="preset-select" onchange={on_select}>
                    <option value="" selected=true disabled=true>
                        { lang.tr(strings::CHOOSE_PRESET) }
                    </option>
                    { for PRESETS.iter().map(|p| html! {
                        <option value={p.id}>{ lang.tr(p.name) }</option>
                    }) }
                </select>
                <button type="button" onclick={on_reset} disabled={props.preset_id.is_none()}>
                    { lang.tr(strings::RESET_TO_PRESET) }
                </button>
                if let Some(note) = note {
                    <p class="preset-note">{ note }</p>
                }
            </div>
            <button type="button" class="lang-switch" onclick={switch_lang}
                aria-label={lang.tr(strings::SWITCH_LANGUAGE_LABEL)}
                lang={if lang.is_en() { "zh-CN" } else { "en" }}>
                { lang.tr(strings::SWITCH_LANGUAGE) }
            </button>
        </header>
    }
}
