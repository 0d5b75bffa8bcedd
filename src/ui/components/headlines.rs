//! Headline figures above the charts.

use yew::prelude::*;

use crate::i18n::{format_yuan, strings, Lang};
use crate::model::{Projection, Text};

#[derive(Properties, PartialEq)]
pub struct HeadlinesProps {
    pub projection: std::rc::Rc<Projection>,
    pub lang: Lang,
}

#[component]
pub fn Headlines(props: &HeadlinesProps) -> Html {
    let lang = props.lang;
    let p = &props.projection;
    let (Some(first), Some(last)) = (p.rows.first(), p.rows.last()) else {
        return html! {};
    };
    let first_above = p
        .first_year_above_line
        .map(|y| y.to_string())
        .unwrap_or_else(|| lang.tr(strings::NEVER).to_string());
    let card = |label: Text, value: String, key: &'static str| {
        html! {
            <div class="headline" data-headline={key}>
                <span class="headline-label">{ lang.tr(label) }</span>
                <span class="headline-value">{ value }</span>
            </div>
        }
    };
    html! {
        <div class="headlines">
            { card(strings::HEADLINE_THIS_YEAR, format!("{} ({})", format_yuan(first.per_capita_yuan, lang), first.year), "first") }
            { card(strings::HEADLINE_HORIZON, format!("{} ({})", format_yuan(last.per_capita_yuan, lang), last.year), "last") }
            { card(strings::HEADLINE_INCREMENT, format_yuan(last.increment_yuan(), lang), "increment") }
            { card(strings::HEADLINE_FIRST_ABOVE, first_above, "first-above") }
        </div>
    }
}
