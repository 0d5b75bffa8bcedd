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
    /// A phone or split window: the preset's note starts folded, so the header stays short.
    #[prop_or_default]
    pub narrow: bool,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let switch_lang = {
        let on_lang = props.on_lang.clone();
        let next = if lang.is_en() { Lang::Zh } else { Lang::En };
        Callback::from(move |_| on_lang.emit(next))
    };
    // Choosing only selects: arrow keys on a closed <select> fire `change` on every press, and
    // each press used to add a scenario. The Add button confirms.
    let chosen = use_state(|| None::<&'static str>);
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            chosen.set(
                PRESETS
                    .iter()
                    .find(|p| p.id == select.value())
                    .map(|p| p.id),
            );
        })
    };
    let on_add = {
        let (chosen, on_preset) = (chosen.clone(), props.on_preset.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(id) = *chosen {
                on_preset.emit(id);
            }
        })
    };
    // Enter on the list confirms too, as it would in a form.
    let on_select_key = {
        let (chosen, on_preset) = (chosen.clone(), props.on_preset.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                let select: HtmlSelectElement = e.target_unchecked_into();
                if let Some(p) = PRESETS.iter().find(|p| p.id == select.value()) {
                    e.prevent_default();
                    chosen.set(Some(p.id));
                    on_preset.emit(p.id);
                }
            }
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
                <select id="preset-select" onchange={on_select} onkeydown={on_select_key}>
                    <option value="" selected={chosen.is_none()} disabled=true>
                        { lang.tr(strings::CHOOSE_PRESET) }
                    </option>
                    { for PRESETS.iter().map(|p| html! {
                        <option value={p.id} selected={*chosen == Some(p.id)}>{ lang.tr(p.name) }</option>
                    }) }
                </select>
                <button type="button" data-action="add-preset" onclick={on_add} disabled={chosen.is_none()}>
                    { lang.tr(strings::ADD_PRESET) }
                </button>
                <button type="button" onclick={on_reset} disabled={props.preset_id.is_none()}>
                    { lang.tr(strings::RESET_TO_PRESET) }
                </button>
                if let Some(note) = note {
                    <details class="preset-note" open={!props.narrow}>
                        <summary>{ lang.tr(strings::PRESET_NOTE) }</summary>
                        { note }
                        if lang.is_en() && note.contains(" mu") {
                            { super::mu_note() }
                        }
                    </details>
                }
            </div>
            // Opened by assets/pages-loader.js, which fetches the county page's own wasm.
            <a class="county-link" href="#county" data-open-county="">{ lang.tr(strings::OPEN_COUNTY) }</a>
            // Opened by assets/pages-loader.js: the training sessions' own wasm.
            <a class="county-link" href="#training" data-open-training="">{ lang.tr(strings::OPEN_TRAINING) }</a>
            // The accessible name ("切换到 English") contains the visible text, so speech
            // input users can say what they see; each part is marked with its own language.
            <button type="button" class="lang-switch" onclick={switch_lang}>
                <span class="visually-hidden">{ lang.tr(strings::SWITCH_LANGUAGE_LABEL) }{ " " }</span>
                <span lang={if lang.is_en() { "zh-CN" } else { "en" }}>{ lang.tr(strings::SWITCH_LANGUAGE) }</span>
            </button>
        </header>
    }
}
