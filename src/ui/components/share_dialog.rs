//! The share link of the active scenario, or of the compared set when the compare view shows
//! one, with a QR code to scan from a screen.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::{Scenario, Text};
use crate::storage::share::{FRAGMENT_PREFIX, MAX_SHARED_SET};
use crate::ui::browser;
use crate::ui::hooks::{dialog_keys, use_dialog_focus};
use crate::ui::share_maker::ShareMaker;

const TITLE: Text = Text::new("分享链接", "Share link");
const EXPLAIN: Text = Text::new(
    "链接里包含整个方案，无需服务器：在另一台电脑打开链接或扫描二维码，会把方案添加到那里的工作区，不会覆盖已有方案。",
    "The link holds the whole scenario, with no server: opening it or scanning the code on another machine adds the scenario beside that workspace's own, never over them.",
);
const EXPLAIN_SET: Text = Text::new(
    "链接里包含对比中的全部方案（最多 4 个），按对比顺序排列：打开后会添加这些方案并显示对比；工作区中已有的相同方案会直接切换过去，不会重复添加。",
    "The link holds every compared scenario (at most 4), in compare order: opening it adds them and shows the comparison; a scenario already in that workspace is switched to, not added again.",
);
const WHAT: Text = Text::new("分享内容", "What to share");
const THIS_ONE: Text = Text::new("当前方案", "This scenario");
const LINK: Text = Text::new("链接", "Link");
const COPY: Text = Text::new("复制链接", "Copy link");
const CLOSE: Text = Text::new("关闭", "Close");
const TOO_LONG: Text = Text::new(
    "方案太大，无法生成二维码；请使用链接。",
    "Too large for a QR code; use the link.",
);
const QR_ALT: Text = Text::new("分享链接的二维码", "QR code of the share link");
const MAKING: Text = Text::new("正在生成链接…", "Making the link…");
const MAKER_FAILED: Text = Text::new(
    "无法载入生成链接的代码，请联网后重新打开此窗口。",
    "The code that makes links could not load: open this dialog again once online.",
);

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub on_close: Callback<()>,
    /// The compared scenarios in compare order when the compare view shows two or more;
    /// empty otherwise (then only the active scenario is offered).
    #[prop_or_default]
    pub compared: Vec<Scenario>,
    /// Names of inputs not applied: the link holds their last valid values.
    #[prop_or_default]
    pub unapplied: Vec<AttrValue>,
}

#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let lang = props.lang;
    let input = use_node_ref();
    let copied = use_state(|| false);
    let copied_reset = copied.clone();
    let offer_set = props.compared.len() >= 2;
    // The compare view is what the planner is looking at: its set is offered first.
    let whole_set = use_state(|| offer_set);
    let set_chosen = offer_set && *whole_set;
    // The link and its QR code are made by the share maker, a module imported the first time a
    // dialog opens (it is not in the first load); until it is there the dialog says so.
    let maker = use_state(|| ShareMaker::loaded().map(Ok::<_, String>));
    {
        let maker = maker.clone();
        use_effect_with((), move |_| {
            if maker.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    maker.set(Some(ShareMaker::load().await));
                });
            }
        });
    }
    let ready = match &*maker {
        Some(Ok(m)) => Some(m.clone()),
        _ => None,
    };
    let link =
        use_memo(
            (
                props.scenario.clone(),
                props.compared.clone(),
                set_chosen,
                ready.is_some(),
            ),
            {
                let ready = ready.clone();
                move |(s, set, whole, _)| -> Option<Result<String, String>> {
                    let chosen: Vec<&Scenario> = if *whole {
                        set.iter().collect()
                    } else {
                        vec![s]
                    };
                    let payload = ready?.payload(&chosen);
                    Some(payload.map(|p| {
                        format!("{}#{FRAGMENT_PREFIX}{p}", browser::page_url_without_hash())
                    }))
                }
            },
        );
    let made: Option<String> = match &*link {
        Some(Ok(l)) => Some(l.clone()),
        _ => None,
    };
    // Why there is no link, once the maker has loaded or failed.
    let failed: Option<String> = match (&*maker, &*link) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(e.clone()),
        _ => None,
    };
    let choose = |whole: bool| {
        let (whole_set, copied) = (whole_set.clone(), copied_reset.clone());
        Callback::from(move |_: Event| {
            whole_set.set(whole);
            copied.set(false);
        })
    };
    let qr = use_memo(made.clone(), {
        let ready = ready.clone();
        move |l| Some(ready?.qr(l.as_deref()?))
    });
    let on_copy = {
        let (input, copied, made) = (input.clone(), copied.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(link) = &made else { return };
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.select();
            }
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(link);
            }
            copied.set(true);
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let dialog = use_node_ref();
    let close_ref = use_node_ref();
    // Mounted only while open: focus the close button, keep focus inside, give it back on close.
    use_dialog_focus(dialog.clone(), close_ref.clone(), true);
    let onkeydown = dialog_keys(dialog.clone(), props.on_close.clone());
    html! {
        <div class="share-dialog" role="dialog" aria-modal="true" aria-labelledby="share-title" ref={dialog} {onkeydown}>
            <div class="dialog-head">
                <h2 id="share-title">{ lang.tr(TITLE) }</h2>
                <button type="button" ref={close_ref} onclick={close} aria-label={lang.tr(CLOSE)}>{ "×" }</button>
            </div>
            if !props.unapplied.is_empty() {
                <p class="dialog-warning" data-warning="unapplied">
                    { lang.tr(strings::UNAPPLIED_SHARE) }{ strings::list_names(&props.unapplied, lang.is_en()) }
                </p>
            }
            if offer_set {
                <fieldset class="share-what">
                    <legend>{ lang.tr(WHAT) }</legend>
                    <label>
                        <input type="radio" name="share-what" checked={!set_chosen} onchange={choose(false)} data-share="scenario" />
                        { lang.tr(THIS_ONE) }
                    </label>
                    <label>
                        <input type="radio" name="share-what" checked={set_chosen} onchange={choose(true)} data-share="compared" />
                        { set_label(props.compared.len(), lang) }
                    </label>
                </fieldset>
            }
            if set_chosen && props.compared.len() > MAX_SHARED_SET {
                <p class="dialog-warning" data-warning="set-bound">{ set_bound(props.compared.len(), lang) }</p>
            }
            <p>{ lang.tr(if set_chosen { EXPLAIN_SET } else { EXPLAIN }) }</p>
            <label for="share-link">{ lang.tr(LINK) }</label>
            <div class="share-link-row">
                <input id="share-link" ref={input} type="text" readonly=true value={made.clone().unwrap_or_default()}
                    placeholder={if failed.is_none() { lang.tr(MAKING) } else { "" }} aria-busy={maker.is_none().to_string()} />
                <button type="button" onclick={on_copy} disabled={made.is_none()}>{ lang.tr(COPY) }</button>
            </div>
            if let Some(why) = failed {
                <p class="dialog-warning" role="alert" data-warning="maker">{ lang.tr(MAKER_FAILED) }
                    if !why.is_empty() { { format!(" ({why})") } }</p>
            }
            if *copied {
                <p role="status">{ lang.tr(Text::new("已复制", "Copied")) }</p>
            }
            {
                match &*qr {
                    None => Html::default(),
                    Some(Some((size, path))) => html! {
                        <svg class="qr" viewBox={format!("-4 -4 {} {}", size + 8, size + 8)} role="img"
                            aria-label={lang.tr(QR_ALT)} shape-rendering="crispEdges">
                            <rect x="-4" y="-4" width={(size + 8).to_string()} height={(size + 8).to_string()} fill="#fff" />
                            <path d={path.clone()} fill="#000" />
                        </svg>
                    },
                    Some(None) => html! { <p>{ lang.tr(TOO_LONG) }</p> },
                }
            }
        </div>
    }
}

/// "The compared set" with its size.
fn set_label(n: usize, lang: Lang) -> String {
    if lang.is_en() {
        format!("The {n} compared scenarios")
    } else {
        format!("对比中的 {n} 个方案")
    }
}

/// Said when more are compared than a link carries.
fn set_bound(n: usize, lang: Lang) -> String {
    if lang.is_en() {
        format!("{n} scenarios are compared; the link carries the first {MAX_SHARED_SET}.")
    } else {
        format!("对比中有 {n} 个方案，链接只包含前 {MAX_SHARED_SET} 个。")
    }
}
