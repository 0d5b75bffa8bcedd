//! A one-of-several setting from the choice registry, as a radio group.

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::fields::choice;
use crate::ui::state::{Action, Dispatch};

#[derive(Properties, PartialEq)]
pub struct ChoiceFieldProps {
    pub id: &'static str,
    pub index: usize,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let spec = choice(props.id).expect("ChoiceField id must be in CHOICES");
    let lang = props.lang;
    let name = format!("c-{}", spec.id.replace('.', "-"));
    let title = format!(
        "{}: {}",
        lang.tr(strings::DEFAULT_SOURCE),
        lang.tr(spec.source)
    );
    let options = spec.options.iter().enumerate().map(|(i, option)| {
        let dispatch = props.dispatch.clone();
        let id = spec.id;
        let onchange =
            Callback::from(move |_: Event| dispatch.dispatch(Action::SetChoice { id, index: i }));
        let dom_id = format!("{name}-{i}");
        html! {
            <label for={dom_id.clone()} class="choice-option">
                <input type="radio" id={dom_id} name={name.clone()} value={i.to_string()}
                    checked={props.index == i} {onchange} data-choice={spec.id} />
                <span>{ lang.tr(*option) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="choice" {title} data-frame={spec.id}>
            <legend>{ lang.tr(spec.label) }</legend>
            { for options }
        </fieldset>
    }
}
