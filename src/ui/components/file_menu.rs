//! Export (scenario or workspace as JSON, projection as CSV), import (file picker or drop),
//! share link and print.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{strings, Lang};
use crate::model::{Projection, Scenario, Text};
use crate::storage::csv::projection_csv_with_risk;
use crate::storage::files::{
    export_scenario, export_workspace, import_file_noting, safe_file_name, ImportError, Imported,
};
use crate::storage::migrate::Upgrade;
use crate::storage::workspace::Workspace;
use crate::ui::browser;
use crate::ui::notice::Notice;
use crate::ui::state::{Action, Dispatch};

const FILE: Text = Text::new("保存与分享", "Save and share");
const EXPORT_SCENARIO: Text = Text::new("导出当前方案", "Export scenario");
const EXPORT_WORKSPACE: Text = Text::new("导出全部方案", "Export all scenarios");
const EXPORT_CSV: Text = Text::new("导出测算表 CSV", "Export table (CSV)");
const IMPORT: Text = Text::new("导入方案文件…", "Import a file…");
const DROP_HINT: Text = Text::new("也可把 .json 文件拖到此处", "or drop a .json file here");
const SHARE: Text = Text::new("分享链接", "Share link");
const PRINT: Text = Text::new("打印报告", "Print report");

#[derive(Properties, PartialEq)]
pub struct FileMenuProps {
    pub workspace: Workspace,
    pub projection: Rc<Projection>,
    /// The finished risk analysis of the active scenario, if any: its columns go in the CSV.
    pub risk: Option<Rc<crate::model::risk::RiskResult>>,
    pub lang: Lang,
    pub dispatch: Dispatch,
    pub on_notice: Callback<Notice>,
    pub on_share: Callback<()>,
    /// Names of inputs not applied: export, share and print use their last valid values.
    #[prop_or_default]
    pub unapplied: Vec<AttrValue>,
}

/// Hands an imported file to the workspace, or explains why it was refused.
fn apply_import(
    name: &str,
    result: Result<(Imported, Option<Upgrade>), ImportError>,
    dispatch: &Dispatch,
    notice: &Callback<Notice>,
) {
    match result {
        Ok((imported, upgrade)) => {
            let scenarios: Vec<Scenario> = match imported {
                Imported::Scenario(s) => vec![s],
                Imported::Workspace(w) => w
                    .entries
                    .into_iter()
                    .map(|e| std::rc::Rc::unwrap_or_clone(e).scenario)
                    .collect(),
            };
            let count = scenarios.len();
            dispatch.dispatch(Action::AddScenarios(scenarios));
            notice.emit(Notice::Imported {
                scenarios: count,
                upgrade,
            });
        }
        Err(error) => notice.emit(Notice::ImportFailed {
            file: name.into(),
            error,
        }),
    }
}

#[component]
pub fn FileMenu(props: &FileMenuProps) -> Html {
    let lang = props.lang;
    // Readers must live until their callback runs.
    let readers = use_mut_ref(Vec::<FileReader>::new);
    let dragging = use_state(|| false);
    let date = browser::today();

    let read_files = {
        let (dispatch, notice, readers) = (
            props.dispatch.clone(),
            props.on_notice.clone(),
            readers.clone(),
        );
        Rc::new(move |files: Vec<web_sys::File>| {
            for file in files {
                let file = gloo::file::File::from(file);
                let name = file.name();
                let (dispatch, notice) = (dispatch.clone(), notice.clone());
                let reader =
                    gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
                        Ok(bytes) => apply_import(
                            &name,
                            import_file_noting(&name, &bytes),
                            &dispatch,
                            &notice,
                        ),
                        Err(_) => {
                            apply_import(&name, import_file_noting(&name, &[]), &dispatch, &notice)
                        }
                    });
                readers.borrow_mut().push(reader);
            }
        })
    };
    let onchange = {
        let read_files = read_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(list) = input.files() {
                read_files((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
            // The same file can be picked again after fixing it.
            input.set_value("");
        })
    };
    let ondrop = {
        let (read_files, dragging) = (read_files.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(list) = e.data_transfer().and_then(|d| d.files()) {
                read_files((0..list.length()).filter_map(|i| list.get(i)).collect());
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    let active = props.workspace.active().scenario.clone();
    // Dated names, so a week of exports sorts by day and nothing is overwritten.
    let stem = format!(
        "{}-{date}",
        if active.name.is_empty() {
            "scenario"
        } else {
            &active.name
        }
    );
    let export_one = {
        let (s, file) = (active.clone(), safe_file_name(&stem, "json"));
        Callback::from(move |_| {
            let _ = browser::download(&file, "application/json", &export_scenario(&s));
        })
    };
    let export_all = {
        let (w, file) = (
            props.workspace.clone(),
            safe_file_name(&format!("workspace-{date}"), "json"),
        );
        Callback::from(move |_| {
            let _ = browser::download(&file, "application/json", &export_workspace(&w));
        })
    };
    let export_csv = {
        let (s, p, risk, file) = (
            active,
            props.projection.clone(),
            props.risk.clone(),
            safe_file_name(&stem, "csv"),
        );
        Callback::from(move |_| {
            let csv = projection_csv_with_risk(&s, &p, risk.as_deref(), lang.is_en());
            let _ = browser::download(&file, "text/csv;charset=utf-8", &csv);
        })
    };
    let share = props.on_share.reform(|_: MouseEvent| ());
    let print = Callback::from(|_: MouseEvent| browser::print());
    html! {
        <section class={classes!("file-menu", (*dragging).then_some("dragging"))} aria-label={lang.tr(FILE)}
            {ondrop} {ondragover} {ondragleave}>
            if !props.unapplied.is_empty() {
                <p class="actions-warning" data-warning="unapplied">
                    { lang.tr(strings::UNAPPLIED_ACTIONS) }{ strings::list_names(&props.unapplied, lang.is_en()) }
                </p>
            }
            <button type="button" onclick={export_one} data-action="export-scenario">{ lang.tr(EXPORT_SCENARIO) }</button>
            <button type="button" onclick={export_all} data-action="export-workspace">{ lang.tr(EXPORT_WORKSPACE) }</button>
            <button type="button" onclick={export_csv} data-action="export-csv">{ lang.tr(EXPORT_CSV) }</button>
            <label class="import">
                <span class="button-like">{ lang.tr(IMPORT) }</span>
                <input type="file" accept=".json,application/json" multiple=true {onchange} data-action="import" />
            </label>
            <span class="drop-hint">{ lang.tr(DROP_HINT) }</span>
            <button type="button" onclick={share} data-action="share">{ lang.tr(SHARE) }</button>
            <button type="button" onclick={print} data-action="print">{ lang.tr(PRINT) }</button>
        </section>
    }
}
