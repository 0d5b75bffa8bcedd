//! Messages about the planner's work: storage problems (with the unreadable data offered for
//! download) and the outcome of imports and share links.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::Text;
use crate::ui::browser;
use crate::ui::notice::{Notice, StoreStatus};

const DOWNLOAD: Text = Text::new("下载原数据", "Download the saved data");
const DOWNLOAD_SET_ASIDE: Text = Text::new("下载其余方案", "Download the other scenarios");
const DISMISS: Text = Text::new("知道了", "Dismiss");

#[derive(Properties, PartialEq)]
pub struct StatusBannerProps {
    pub status: StoreStatus,
    pub notice: Option<Notice>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn StatusBanner(props: &StatusBannerProps) -> Html {
    let lang = props.lang;
    let store = props.status.message(lang).map(|message| {
        let download = match &props.status {
            StoreStatus::Recovered { raw, .. } => {
                let raw = raw.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let _ = browser::download("unreadable-workspace.json", "application/json", &raw);
                });
                html! { <button type="button" {onclick} data-action="download-unreadable">{ lang.tr(DOWNLOAD) }</button> }
            }
            StoreStatus::SetAside { json, .. } => {
                let json = json.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    let _ = browser::download("set-aside-scenarios.json", "application/json", &json);
                });
                html! { <button type="button" {onclick} data-action="download-set-aside">{ lang.tr(DOWNLOAD_SET_ASIDE) }</button> }
            }
            _ => html! {},
        };
        html! {
            <div class="banner warning" role="alert" data-status="storage">
                <span>{ message }</span>{ download }
            </div>
        }
    });
    let notice = props.notice.as_ref().map(|n| {
        let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
        html! {
            <div class={classes!("banner", if n.is_error() { "error" } else { "info" })}
                role={if n.is_error() { "alert" } else { "status" }} data-status="notice">
                <span>{ n.message(lang) }</span>
                <button type="button" onclick={dismiss}>{ lang.tr(DISMISS) }</button>
            </div>
        }
    });
    html! { <div class="banners">{ for store }{ for notice }</div> }
}
