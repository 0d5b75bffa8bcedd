//! "A new version is ready": shown when a new build has been installed by the service worker.
//! The planner decides when to reload; the page never reloads by itself.

use yew::prelude::*;

use crate::model::Text;
use crate::ui::hooks::use_lang;
use crate::ui::hooks::use_service_worker::use_service_worker;

const NEW_VERSION: Text = Text::new("新版本已就绪。", "A new version is ready.");
const RELOAD: Text = Text::new("重新加载", "Reload");
const LATER: Text = Text::new("稍后", "Later");

#[component]
pub fn UpdateNotice() -> Html {
    let update = use_service_worker();
    let lang = use_lang();
    let dismissed = use_state(|| false);
    if !update.ready || *dismissed {
        return html! {};
    }
    let on_reload = {
        let apply = update.apply.clone();
        Callback::from(move |_: MouseEvent| apply.emit(()))
    };
    let on_later = Callback::from(move |_: MouseEvent| dismissed.set(true));
    html! {
        <div class="update-notice" role="status" aria-live="polite">
            <span>{ lang.tr(NEW_VERSION) }</span>
            <button type="button" class="update-reload" onclick={on_reload}>{ lang.tr(RELOAD) }</button>
            <button type="button" class="update-later" onclick={on_later}>{ lang.tr(LATER) }</button>
        </div>
    }
}
