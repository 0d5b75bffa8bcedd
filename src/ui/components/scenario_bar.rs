//! The workspace's scenarios as tabs, with new, duplicate, rename, delete (undoable) and compare.

use std::rc::Rc;

use yew::prelude::*;

use super::RenameDialog;
use crate::i18n::Lang;
use crate::model::{Scenario, Text};
use crate::storage::workspace::Workspace;
use crate::ui::state::{display_name, Action, Dispatch, Undoable};

const SCENARIOS: Text = Text::new("方案", "Scenarios");
const NEW: Text = Text::new("新建", "New");
const NEW_NAME: Text = Text::new("新方案", "New scenario");
const DUPLICATE: Text = Text::new("复制", "Duplicate");
const COPY_SUFFIX: Text = Text::new("副本", "copy");
const RENAME: Text = Text::new("重命名", "Rename");
const DELETE: Text = Text::new("删除", "Delete");
const UNDO: Text = Text::new("撤销", "Undo");
const COMPARE: Text = Text::new("对比", "Compare");

#[derive(Properties)]
pub struct ScenarioBarProps {
    pub workspace: Workspace,
    pub undo: Option<Undoable>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    pub comparing: bool,
    pub on_compare: Callback<bool>,
}

/// The bar shows each scenario's name, which one is active and how many there are: a keystroke
/// that changes a figure of the active scenario leaves it as it is (with 200 scenarios, redrawing
/// their tabs on every keystroke doubled its cost).
impl PartialEq for ScenarioBarProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.workspace, &other.workspace);
        self.undo == other.undo
            && self.lang == other.lang
            && self.dispatch == other.dispatch
            && self.comparing == other.comparing
            && self.on_compare == other.on_compare
            && a.active == b.active
            && a.entries.len() == b.entries.len()
            && a.entries.iter().zip(&b.entries).all(|(x, y)| {
                Rc::ptr_eq(x, y)
                    || (x.id == y.id
                        && x.scenario.name == y.scenario.name
                        && x.preset_id == y.preset_id)
            })
    }
}

#[component]
pub fn ScenarioBar(props: &ScenarioBarProps) -> Html {
    let lang = props.lang;
    let w = &props.workspace;
    let active = w.active();
    let renaming = use_state(|| false);
    let d = props.dispatch.clone();

    let tabs = w.entries.iter().map(|e| {
        let id = e.id;
        let d = d.clone();
        let selected = id == w.active;
        let name = display_name(e, lang);
        // A list of buttons, not ARIA tabs: there is no tab panel to point at, and
        // aria-current says which scenario the rest of the page shows.
        html! {
            <li key={id}>
                <button type="button" aria-current={selected.then_some("true")}
                    class={classes!("scenario-tab", selected.then_some("active"))}
                    onclick={Callback::from(move |_| d.dispatch(Action::Switch(id)))}>{ name }</button>
            </li>
        }
    });
    let on_new = {
        let d = d.clone();
        Callback::from(move |_| {
            d.dispatch(Action::AddScenarios(vec![Scenario {
                name: lang.tr(NEW_NAME).into(),
                ..Scenario::default()
            }]))
        })
    };
    let on_duplicate = {
        let d = d.clone();
        let name = format!("{} {}", display_name(active, lang), lang.tr(COPY_SUFFIX));
        Callback::from(move |_| d.dispatch(Action::DuplicateActive { name: name.clone() }))
    };
    let on_delete = {
        let d = d.clone();
        let id = active.id;
        Callback::from(move |_| d.dispatch(Action::Delete(id)))
    };
    let on_undo = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Action::Undo))
    };
    let rename_dialog = (*renaming).then(|| {
        let id = active.id;
        let on_commit = {
            let (d, renaming) = (d.clone(), renaming.clone());
            Callback::from(move |name: String| {
                d.dispatch(Action::Rename { id, name });
                renaming.set(false);
            })
        };
        let on_cancel = {
            let renaming = renaming.clone();
            Callback::from(move |()| renaming.set(false))
        };
        html! {
            <RenameDialog name={active.scenario.name.clone()} {lang} {on_commit} {on_cancel} />
        }
    });
    let on_rename = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(true))
    };
    let on_compare = {
        let cb = props.on_compare.clone();
        let next = !props.comparing;
        Callback::from(move |_| cb.emit(next))
    };
    html! {
        <nav class="scenario-bar" aria-label={lang.tr(SCENARIOS)}>
            <ul class="scenario-tabs">{ for tabs }</ul>
            { for rename_dialog }
            <div class="scenario-actions">
                <button type="button" onclick={on_new}>{ lang.tr(NEW) }</button>
                <button type="button" onclick={on_duplicate}>{ lang.tr(DUPLICATE) }</button>
                <button type="button" onclick={on_rename} disabled={*renaming}>{ lang.tr(RENAME) }</button>
                <button type="button" onclick={on_delete} disabled={w.entries.len() <= 1}>{ lang.tr(DELETE) }</button>
                <button type="button" aria-pressed={props.comparing.to_string()} onclick={on_compare}>{ lang.tr(COMPARE) }</button>
            </div>
            if let Some(kind) = props.undo {
                <p class="undo" role="status">
                    { lang.tr(kind.label()) }
                    <button type="button" onclick={on_undo}>{ lang.tr(UNDO) }</button>
                </p>
            }
        </nav>
    }
}
