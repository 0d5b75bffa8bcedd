//! Renaming a scenario in a small dialog: the name is selected for typing over, Enter or Save
//! keeps it, Escape or Cancel leaves the old name, and focus returns to the Rename button.
//! (An inline box that saved on blur saved on Escape too: Chromium blurs an input it removes.)

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::Text;
use crate::ui::hooks::{dialog_keys, use_dialog_focus};

const TITLE: Text = Text::new("重命名方案", "Rename scenario");
const NAME: Text = Text::new("方案名称", "Scenario name");
const SAVE: Text = Text::new("保存", "Save");
const CANCEL: Text = Text::new("取消", "Cancel");

#[derive(Properties, PartialEq)]
pub struct RenameDialogProps {
    pub name: AttrValue,
    pub lang: Lang,
    pub on_commit: Callback<String>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn RenameDialog(props: &RenameDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    let input = use_node_ref();
    use_dialog_focus(dialog.clone(), input.clone(), true);
    {
        // Select the old name so typing replaces it.
        let input = input.clone();
        use_effect_with((), move |()| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.select();
            }
        });
    }
    let commit = {
        let (input, on_commit) = (input.clone(), props.on_commit.clone());
        move || {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                on_commit.emit(i.value());
            }
        }
    };
    let onsubmit = {
        let commit = commit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            commit();
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let onkeydown = dialog_keys(dialog.clone(), props.on_cancel.clone());
    html! {
        <div class="rename-dialog" role="dialog" aria-modal="true" aria-labelledby="rename-title"
            ref={dialog} {onkeydown}>
            <h2 id="rename-title">{ lang.tr(TITLE) }</h2>
            <form {onsubmit}>
                <label for="rename-input">{ lang.tr(NAME) }</label>
                <div class="share-link-row">
                    <input id="rename-input" class="rename" type="text" ref={input} value={props.name.clone()} />
                </div>
                <div class="dialog-actions">
                    <button type="submit">{ lang.tr(SAVE) }</button>
                    <button type="button" onclick={cancel}>{ lang.tr(CANCEL) }</button>
                </div>
            </form>
        </div>
    }
}
