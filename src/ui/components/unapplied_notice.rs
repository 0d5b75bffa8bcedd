//! On the results themselves: which inputs are not applied (the figures below still use their
//! last valid values), each a button that takes the planner to the input.

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::ui::browser;
use crate::ui::hooks::UnappliedInputs;

#[derive(Properties, PartialEq)]
pub struct UnappliedNoticeProps {
    pub inputs: UnappliedInputs,
    pub lang: Lang,
}

#[component]
pub fn UnappliedNotice(props: &UnappliedNoticeProps) -> Html {
    let lang = props.lang;
    if props.inputs.is_empty() {
        return html! {};
    }
    let items = props.inputs.targets().into_iter().map(|u| {
        let target = u.target.clone();
        let onclick = Callback::from(move |_: MouseEvent| browser::go_to_input(&target));
        html! {
            <li><button type="button" class="link" data-goto={u.target.clone()} {onclick}>{ u.label.clone() }</button></li>
        }
    });
    html! {
        <section class="unapplied-notice" role="status" aria-labelledby="unapplied-title" data-notice="unapplied">
            <h3 id="unapplied-title">{ lang.tr(strings::UNAPPLIED_TITLE) }</h3>
            <p>{ lang.tr(strings::UNAPPLIED_RESULTS) }</p>
            <ul>{ for items }</ul>
        </section>
    }
}
