//! What the engine says must be read with the figures — labor the household does not have, an
//! intervention the household is not eligible for, a public cost not entered — shown right
//! above the headline figures, each with a way to its explanation or its field.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::explain::Figure;
use crate::model::notice::Notice;
use crate::model::Projection;
use crate::ui::components::number_field::input_id;

#[derive(Properties, PartialEq)]
pub struct ModelNoticesProps {
    pub projection: Rc<Projection>,
    pub lang: Lang,
    pub on_explain: Callback<Figure>,
}

#[component]
pub fn ModelNotices(props: &ModelNoticesProps) -> Html {
    let lang = props.lang;
    let notices = &props.projection.notices;
    if notices.is_empty() {
        return html! {};
    }
    let english = lang == Lang::En;
    let item = |n: &Notice| {
        let text = n.message(english);
        let kind = match n {
            Notice::LaborShort { .. } => "labor",
            Notice::NotEligible { .. } => "eligibility",
            Notice::CostNotEntered { .. } => "cost",
        };
        let more = match n {
            Notice::LaborShort { first_year, .. } => {
                let f = Figure::Labor { year: *first_year };
                let onclick = props.on_explain.reform(move |_: MouseEvent| f);
                html! { <button type="button" class="link" {onclick}>{ lang.tr(strings::HOW_COMPUTED) }</button> }
            }
            Notice::CostNotEntered { field_id, .. } => html! {
                <a href={format!("#{}", input_id(field_id))}>{ lang.tr(strings::GO_TO_FIELD) }</a>
            },
            Notice::NotEligible { .. } => Html::default(),
        };
        html! { <li data-notice={kind}>{ text }{ " " }{ more }</li> }
    };
    html! {
        <section class="model-notices" role="status" aria-labelledby="model-notices-title">
            <h3 id="model-notices-title">{ lang.tr(strings::NOTICES) }</h3>
            <ul>{ for notices.iter().map(item) }</ul>
        </section>
    }
}
