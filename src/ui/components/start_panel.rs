//! A first visit's clear start: a blank household or one of the county presets. The example
//! opened meanwhile stays visible behind the choice, so the planner sees what the tool does.

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::presets::PRESETS;
use crate::ui::state::StartWith;

#[derive(Properties, PartialEq)]
pub struct StartPanelProps {
    pub lang: Lang,
    pub on_start: Callback<StartWith>,
    /// Keeps the example and closes the panel.
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn StartPanel(props: &StartPanelProps) -> Html {
    let lang = props.lang;
    let blank = {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| {
            on_start.emit(StartWith::Blank {
                name: lang.tr(strings::START_BLANK).to_string(),
            })
        })
    };
    let presets = PRESETS.iter().map(|p| {
        let id = p.id;
        let onclick = props
            .on_start
            .reform(move |_: MouseEvent| StartWith::Preset(id));
        html! { <li><button type="button" data-start={id} {onclick}>{ lang.tr(p.name) }</button></li> }
    });
    let keep = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <section class="start-panel" aria-labelledby="start-title">
            <h2 id="start-title">{ lang.tr(strings::START_TITLE) }</h2>
            <p>{ lang.tr(strings::START_INTRO) }</p>
            <div class="start-choices">
                <button type="button" class="start-blank" data-start="blank" onclick={blank}>
                    { lang.tr(strings::START_BLANK) }
                </button>
                <span id="start-presets">{ lang.tr(strings::START_PRESETS) }</span>
                <ul aria-labelledby="start-presets">{ for presets }</ul>
            </div>
            <button type="button" class="link" data-start="keep" onclick={keep}>{ lang.tr(strings::START_KEEP) }</button>
        </section>
    }
}
