//! An on/off setting from the toggle registry.

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::fields::toggle;
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct ToggleFieldProps {
    pub id: &'static str,
    pub on: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
    /// Shorter label (e.g. "On") where the context already names the setting.
    #[prop_or_default]
    pub short: bool,
}

#[component]
pub fn ToggleField(props: &ToggleFieldProps) -> Html {
    let spec = toggle(props.id).expect("ToggleField id must be in TOGGLES");
    let lang = props.lang;
    let onchange = {
        let dispatch = props.dispatch.clone();
        let id = spec.id;
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::SetToggle {
                id,
                on: input.checked(),
            });
        })
    };
    let dom_id = format!("t-{}", spec.id.replace('.', "-"));
    let label = if props.short {
        lang.tr(strings::ENABLED)
    } else {
        lang.tr(spec.label)
    };
    let title = format!(
        "{}: {}",
        lang.tr(strings::DEFAULT_SOURCE),
        lang.tr(spec.source)
    );
    html! {
        <label class={classes!("switch", props.short.then_some("short"))} for={dom_id.clone()} {title} data-frame={spec.id}>
            <input type="checkbox" id={dom_id} checked={props.on} {onchange} data-toggle={spec.id}
                aria-label={props.short.then(|| lang.tr(spec.label))} />
            <span>{ label }</span>
        </label>
    }
}
