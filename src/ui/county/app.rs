//! The county page: where the households come from (a register, typical households × counts,
//! or the example county), the plan (a scenario's interventions, who receives each, budgets),
//! and what it does to the households below the line. The roster lives in the roster worker;
//! this page holds settings and the report it sends back.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::client::RosterClient;
use super::files::decode_text;
use super::number_input::NumberInput;
use super::results::CountyResults;
use super::risk::RiskSection;
use super::settings::{CountySettings, SourceKind, ROSTER_KEY};
use super::targeting::TargetingEditor;
use super::typical::TypicalEditor;
use crate::i18n::{format_number, Lang};
use crate::model::presets::PRESETS;
use crate::model::roster::report::CountyReport;
use crate::model::roster::risk::RosterRiskSummary;
use crate::model::roster::synthetic::BOHU_SEED;
use crate::model::scenario::Scenario;
use crate::model::text::OwnedText;
use crate::model::InterventionKind;
use crate::roster_worker::protocol::{ExportTable, Job, ReplyBody, RosterSummary};
use crate::storage::roster_csv::{roster_template_csv, ColumnMapping, RosterField};
use crate::ui::browser;
use crate::ui::hooks::use_autosave::STORAGE_KEY as WORKSPACE_KEY;
use crate::ui::hooks::use_lang::stored_lang;

#[derive(Clone, Debug, PartialEq)]
enum ImportState {
    Idle,
    Reading(String),
    Mapping {
        headers: Vec<String>,
        mapping: ColumnMapping,
        missing: Vec<RosterField>,
        rows: usize,
    },
    Failed {
        errors: Vec<OwnedText>,
        total: usize,
    },
}

#[derive(Clone, PartialEq)]
struct CountyState {
    settings: CountySettings,
    summary: Option<RosterSummary>,
    /// Bumped on every roster loaded, so the plan runs again.
    loaded: u32,
    import: ImportState,
    report: Option<Rc<CountyReport>>,
    elapsed_ms: f64,
    running: bool,
    message: Option<OwnedText>,
    risk_progress: Option<(u32, u32)>,
    risk: Option<Rc<RosterRiskSummary>>,
    risk_ms: f64,
}

enum Action {
    Reply(ReplyBody),
    /// An edit of the settings, applied to the newest state (two edits before a render both
    /// count, which an edit of a render's copy would not).
    Edit(Box<dyn Fn(&mut CountySettings)>),
    Reading(String),
    Mapping(ColumnMapping),
    Running,
    Message(OwnedText),
    Forget,
}

fn zh_en(zh: &str, en: &str) -> OwnedText {
    OwnedText {
        zh: zh.into(),
        en: en.into(),
    }
}

impl Reducible for CountyState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Reply(body) => match body {
                ReplyBody::Ready | ReplyBody::Forgotten => {}
                ReplyBody::NeedsMapping {
                    headers,
                    guess,
                    missing,
                    rows,
                } => {
                    s.import = ImportState::Mapping {
                        headers,
                        mapping: guess,
                        missing,
                        rows,
                    }
                }
                ReplyBody::ImportFailed { errors, total } => {
                    s.import = ImportState::Failed { errors, total }
                }
                ReplyBody::Loaded { summary, stored } => {
                    s.message = None;
                    if let Some(csv) = stored {
                        // The register stays in this browser only; a full store keeps it for
                        // this visit and says so.
                        if browser::write(ROSTER_KEY, &csv).is_err() {
                            let _ = browser::remove(ROSTER_KEY);
                            s.message = Some(zh_en(
                                "名单较大，浏览器存储空间不足，未能保存；关闭页面后需重新导入。",
                                "The register is too large for this browser's storage: it is not kept, and must be imported again after closing the page.",
                            ));
                        }
                        s.settings.source = SourceKind::Register;
                        s.settings.register_name = summary.source.clone();
                    }
                    s.settings.save();
                    s.summary = Some(summary);
                    s.import = ImportState::Idle;
                    s.loaded += 1;
                }
                // Downloads are started where the reply arrives (`save_table`).
                ReplyBody::Table { .. } => {}
                ReplyBody::RiskProgress {
                    done_draws,
                    total_draws,
                } => {
                    // A cancel answers with no draws at all.
                    s.risk_progress = (total_draws > 0).then_some((done_draws, total_draws));
                }
                ReplyBody::Risk {
                    summary,
                    elapsed_ms,
                } => {
                    s.risk_progress = None;
                    s.risk = Some(Rc::new(*summary));
                    s.risk_ms = elapsed_ms;
                }
                ReplyBody::Report { report, elapsed_ms } => {
                    // Risk was for the plan before: it is run again on request.
                    s.risk = None;
                    s.risk_progress = None;
                    s.report = Some(Rc::new(*report));
                    s.elapsed_ms = elapsed_ms;
                    s.running = false;
                }
                ReplyBody::Failed(text) => {
                    s.running = false;
                    if matches!(s.import, ImportState::Reading(_)) {
                        s.import = ImportState::Idle;
                    }
                    s.message = Some(text);
                }
            },
            Action::Edit(f) => {
                f(&mut s.settings);
                s.settings.save();
            }
            Action::Reading(name) => {
                s.import = ImportState::Reading(name);
                s.message = None;
            }
            Action::Mapping(m) => {
                if let ImportState::Mapping { mapping, .. } = &mut s.import {
                    *mapping = m;
                }
            }
            Action::Running => s.running = true,
            Action::Message(m) => {
                if matches!(s.import, ImportState::Reading(_)) {
                    s.import = ImportState::Idle;
                }
                s.message = Some(m);
            }
            Action::Forget => {
                let _ = browser::remove(ROSTER_KEY);
                s.settings.source = SourceKind::None;
                s.settings.register_name.clear();
                s.settings.save();
                s.summary = None;
                s.report = None;
                s.risk = None;
                s.risk_progress = None;
                s.import = ImportState::Idle;
                s.message = Some(zh_en(
                    "已清除农户名单及由其得出的全部结果。",
                    "The household list and every result derived from it are forgotten.",
                ));
            }
        }
        Rc::new(s)
    }
}

/// Scenarios a plan or a household type can start from: the planner's own, then the presets.
fn scenario_choices(lang: Lang) -> Vec<(String, Scenario)> {
    let mut out: Vec<(String, Scenario)> = browser::read(WORKSPACE_KEY)
        .ok()
        .flatten()
        .and_then(|raw| crate::storage::migrate::load_workspace_bounded(&raw, 500).ok())
        .map(|b| {
            b.workspace
                .entries
                .into_iter()
                .map(|e| {
                    (
                        e.scenario.name.clone(),
                        std::rc::Rc::unwrap_or_clone(e).scenario,
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    for p in PRESETS {
        let label = format!(
            "{}{}",
            if lang.is_en() {
                "Preset: "
            } else {
                "预设："
            },
            lang.tr(p.name)
        );
        out.push((label, (p.build)()));
    }
    out
}

#[component]
pub fn CountyApp() -> Html {
    let lang = use_state(stored_lang);
    let state = use_reducer(|| CountyState {
        settings: CountySettings::load(),
        summary: None,
        loaded: 0,
        import: ImportState::Idle,
        report: None,
        elapsed_ms: 0.0,
        running: false,
        message: None,
        risk_progress: None,
        risk: None,
        risk_ms: 0.0,
    });
    let choices = use_memo(*lang, |l| scenario_choices(*l));
    let client = use_mut_ref(|| None::<Rc<RosterClient>>);
    let reader = use_mut_ref(|| None::<FileReader>);

    // Start the worker, and bring back what was in use last time.
    {
        let (client, state) = (client.clone(), state.clone());
        let lang = lang.clone();
        use_effect_with((), move |()| {
            let on_reply = {
                let state = state.clone();
                Callback::from(move |b| match b {
                    ReplyBody::Table {
                        stem, rows, xlsx, ..
                    } => save_table(stem, *rows, xlsx, &state),
                    b => state.dispatch(Action::Reply(b)),
                })
            };
            match RosterClient::spawn(on_reply) {
                Ok(c) => {
                    let c = Rc::new(c);
                    match state.settings.source {
                        SourceKind::Register => {
                            match browser::read(ROSTER_KEY).ok().flatten() {
                                Some(text) => c.send(Job::ImportCsv {
                                    text,
                                    file_name: state.settings.register_name.clone(),
                                }),
                                None => state.dispatch(Action::Message(zh_en(
                                    "上次导入的名单未保存在本浏览器中，请重新导入。",
                                    "The register imported last time is not kept in this browser: import it again.",
                                ))),
                            }
                        }
                        // Sent by the effect below, which follows every edit of the types.
                        SourceKind::Typical => {}
                        SourceKind::Example => c.send(Job::UseExample { seed: BOHU_SEED }),
                        SourceKind::None => {}
                    }
                    *client.borrow_mut() = Some(c);
                }
                Err(_) => state.dispatch(Action::Message(zh_en(
                    "无法启动计算进程（浏览器不支持 Web Worker）。",
                    "The calculation worker could not start (this browser lacks web workers).",
                ))),
            }
            // The page is reopened by the loader: follow a language changed meanwhile.
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                "county-open",
                move |_| lang.set(stored_lang()),
            );
            move || drop(listener)
        });
    }
    let send = {
        let client = client.clone();
        Callback::from(move |job: Job| {
            if let Some(c) = client.borrow().as_ref() {
                c.send(job);
            }
        })
    };

    // Typical households in use: every edit of the types or counts is planned on at once.
    {
        let send = send.clone();
        let typical =
            (state.settings.source == SourceKind::Typical).then(|| state.settings.typical.clone());
        use_effect_with(typical, move |typical| {
            if let Some(roster) = typical {
                send.emit(Job::UseTypical {
                    roster: roster.clone(),
                });
            }
        });
    }

    // Run the plan whenever the households, the plan or the year change.
    {
        let (send, state2) = (send.clone(), state.clone());
        let plan = state.settings.plan();
        let has = state.summary.is_some();
        use_effect_with(
            (
                state.loaded,
                plan,
                state.settings.year,
                state.settings.greedy_budget_yuan,
                has,
            ),
            move |(_, plan, year, greedy, has)| {
                if let (Some(plan), true) = (plan, *has) {
                    state2.dispatch(Action::Running);
                    send.emit(Job::Run {
                        plan: Box::new(plan.clone()),
                        year: *year,
                        greedy_budget_yuan: *greedy,
                    });
                }
            },
        );
    }

    let l = *lang;
    let en = l.is_en();
    let tr = |zh: &'static str, e: &'static str| if en { e } else { zh };
    let edit = {
        let state = state.clone();
        move |f: Box<dyn Fn(&mut CountySettings)>| state.dispatch(Action::Edit(f))
    };

    let on_file = {
        let (state, send, reader) = (state.clone(), send.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            state.dispatch(Action::Reading(name.clone()));
            let file = gloo::file::File::from(file);
            let (send, state2) = (send.clone(), state.clone());
            let task = gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
                Ok(bytes) => {
                    let lower = name.to_lowercase();
                    if lower.ends_with(".xlsx") || lower.ends_with(".xls") {
                        let fail = {
                            let state2 = state2.clone();
                            Callback::from(move |m| state2.dispatch(Action::Message(m)))
                        };
                        super::files::read_spreadsheet(bytes, name, send.clone(), fail);
                    } else {
                        send.emit(Job::ImportCsv {
                            text: decode_text(&bytes),
                            file_name: name,
                        });
                    }
                }
                Err(_) => state2.dispatch(Action::Message(zh_en(
                    "无法读取该文件。",
                    "The file could not be read.",
                ))),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let on_template = Callback::from(move |_: MouseEvent| {
        let _ = browser::download(
            if en {
                "roster-template.csv"
            } else {
                "农户名单模板.csv"
            },
            "text/csv;charset=utf-8",
            &roster_template_csv(),
        );
    });
    let on_example = {
        let (send, edit) = (send.clone(), edit.clone());
        Callback::from(move |_: MouseEvent| {
            edit(Box::new(|s| s.source = SourceKind::Example));
            send.emit(Job::UseExample { seed: BOHU_SEED });
        })
    };
    let on_forget = {
        let (state, send) = (state.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            let sure = gloo::utils::window()
                .confirm_with_message(if en {
                    "Forget the household list and every result from it? Names and ID numbers are removed from this browser."
                } else {
                    "清除农户名单及由其得出的全部结果？姓名和身份证号将从本浏览器中删除。"
                })
                .unwrap_or(false);
            if sure {
                send.emit(Job::Forget);
                state.dispatch(Action::Forget);
            }
        })
    };
    let on_typical = {
        let edit = edit.clone();
        Callback::from(move |f: super::typical::TypicalEdit| {
            edit(Box::new(move |s| f(&mut s.typical)))
        })
    };
    let on_use_typical = {
        let edit = edit.clone();
        Callback::from(move |()| edit(Box::new(|s| s.source = SourceKind::Typical)))
    };
    let on_template_choice = {
        let (edit, choices) = (edit.clone(), choices.clone());
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some((_, s)) = v.parse::<usize>().ok().and_then(|i| choices.get(i)) {
                let s = s.clone();
                edit(Box::new(move |c| c.template = Some(s.clone())));
            }
        })
    };
    let on_targeting = {
        let edit = edit.clone();
        Callback::from(move |t: crate::model::roster::plan::Targeting| {
            edit(Box::new(move |s| *s.targeting_mut(t.kind) = t.clone()))
        })
    };
    let on_year = {
        let edit = edit.clone();
        Callback::from(move |y: i32| edit(Box::new(move |s| s.year = Some(y))))
    };
    let on_close = Callback::from(|_: MouseEvent| super::close());
    let fund_yuan = state
        .settings
        .fund_yuan
        .unwrap_or(crate::model::roster::risk::COUNTY_RELIEF_FUND_YUAN);
    let risk_draws = state
        .settings
        .risk_draws
        .unwrap_or(crate::model::roster::risk::DEFAULT_ROSTER_DRAWS);
    let on_fund = {
        let edit = edit.clone();
        Callback::from(move |v: Option<f64>| edit(Box::new(move |s| s.fund_yuan = v)))
    };
    let on_draws = {
        let edit = edit.clone();
        Callback::from(move |v: Option<f64>| {
            edit(Box::new(move |s| {
                s.risk_draws = v.map(|d| d.round().clamp(100.0, 10_000.0) as u32)
            }))
        })
    };
    let on_run_risk = {
        let send = send.clone();
        Callback::from(move |()| {
            send.emit(Job::Risk {
                draws: risk_draws,
                fund_yuan,
            })
        })
    };
    let on_cancel_risk = {
        let (send, state) = (send.clone(), state.clone());
        Callback::from(move |()| {
            send.emit(Job::Cancel);
            state.dispatch(Action::Reply(ReplyBody::RiskProgress {
                done_draws: 0,
                total_draws: 0,
            }));
        })
    };
    let on_greedy = {
        let edit = edit.clone();
        Callback::from(move |v: Option<f64>| edit(Box::new(move |s| s.greedy_budget_yuan = v)))
    };
    let on_export = {
        let send = send.clone();
        Callback::from(
            move |(table, include_personal, xlsx): (ExportTable, bool, bool)| {
                send.emit(Job::Export {
                    table,
                    include_personal,
                    english: en,
                    xlsx,
                })
            },
        )
    };
    let on_template_xlsx = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let stem = if en {
                "roster-template"
            } else {
                "农户名单模板"
            };
            let mut t = crate::storage::roster_csv::roster_template_table();
            t.name = stem.into();
            save_table(stem.into(), t, true, &state);
        })
    };

    let template = state.settings.template.as_ref();
    let enabled: Vec<InterventionKind> = template
        .map(|t| {
            InterventionKind::ALL
                .into_iter()
                .filter(|&k| t.interventions.schedule(k).enabled)
                .collect()
        })
        .unwrap_or_default();
    let template_index = template.and_then(|t| choices.iter().position(|(_, s)| s == t));

    html! {
        <div class="county-page" lang={l.tag()} data-running={state.running.to_string()}>
            <header class="county-header">
                <button type="button" class="back" onclick={on_close} data-action="close-county">
                    { tr("← 返回单户测算", "← Back to the household planner") }
                </button>
                <h1>{ tr("村级与县级规划", "Villages and county") }</h1>
                <p class="subtitle">{ tr("按名单或典型户测算：预算怎样用，各年多少户高于监测线，哪些户仍低于、为什么。名单只保存在本浏览器中。",
                    "From a register or typical households: how a budget is spent, how many households are above the line each year, which are not and why. The list stays in this browser.") }</p>
            </header>

            if let Some(m) = &state.message {
                <p class="notice" role="status" data-county-message="">{ m.get(en).to_string() }</p>
            }

            <section class="county-households" aria-labelledby="county-h-households">
                <h2 id="county-h-households">{ tr("1. 农户", "1. Households") }</h2>
                if let Some(sum) = &state.summary {
                    <p class="county-summary" data-households={sum.households.to_string()}>
                        { if en {
                            format!("In use: {} households, {} people, {} villages ({}).", format_number(sum.households as f64, 0), format_number(sum.persons, 0), sum.villages.len(), source_label(sum, en))
                        } else {
                            format!("当前：{} 户，{} 人，{} 个村（{}）。", format_number(sum.households as f64, 0), format_number(sum.persons, 0), sum.villages.len(), source_label(sum, en))
                        } }
                    </p>
                }
                <div class="row">
                    <label class="button" for="county-file">{ tr("导入名单（.xlsx / .csv）", "Import a register (.xlsx / .csv)") }</label>
                    <input id="county-file" class="visually-hidden" type="file" accept=".csv,.xlsx,text/csv" onchange={on_file} />
                    <button type="button" onclick={on_template_xlsx} data-action="download-template-xlsx">{ tr("下载模板（Excel）", "Template (Excel)") }</button>
                    <button type="button" onclick={on_template} data-action="download-template">{ tr("下载模板（CSV）", "Template (CSV)") }</button>
                    <button type="button" onclick={on_example} data-action="use-example">{ tr("示例县（合成数据，2,193 户）", "Example county (synthetic, 2,193 households)") }</button>
                    <button type="button" class="danger" onclick={on_forget} data-action="forget"
                        disabled={state.summary.is_none()}>{ tr("清除名单", "Forget the list") }</button>
                </div>
                { import_view(&state, l, send.clone(), state.dispatcher()) }
                <details class="county-typical-box" open={state.settings.source == SourceKind::Typical}>
                    <summary>{ tr("没有名单？用典型户 × 户数", "No register? Typical households × counts") }</summary>
                    <TypicalEditor roster={state.settings.typical.clone()} choices={choices.clone()} lang={l}
                        on_change={on_typical} on_use={on_use_typical} />
                </details>
            </section>

            <section class="county-plan" aria-labelledby="county-h-plan">
                <h2 id="county-h-plan">{ tr("2. 帮扶方案", "2. Plan") }</h2>
                <label for="county-template">{ tr("措施及参数取自方案", "Interventions and settings from") }</label>
                <select id="county-template" onchange={on_template_choice}>
                    <option value="" selected={template_index.is_none()} disabled=true>
                        { if template.is_some() { tr("（已保存的方案）", "(saved plan)") } else { tr("选择方案…", "Choose a scenario…") } }
                    </option>
                    { for choices.iter().enumerate().map(|(i, (name, _))| html! {
                        <option value={i.to_string()} selected={template_index == Some(i)}>{ name.clone() }</option>
                    }) }
                </select>
                if template.is_some() && enabled.is_empty() {
                    <p class="notice">{ tr("该方案没有启用任何措施。", "This scenario has no intervention switched on.") }</p>
                }
                <p class="hint">{ tr("每项措施：符合全部条件的户可获得；有预算时按人均收入由低到高安排，直到预算用完。",
                    "Each intervention reaches the households that meet all its conditions; with a budget, the poorest per capita first until the money runs out.") }</p>
                <NumberInput id="county-greedy-budget" lang={l}
                    label={tr("另按总预算分配（每万元带动越线户数最多），与上面的规则对比", "Also spend a total budget on the most households lifted per 10,000 yuan, beside the rules above")}
                    unit={tr("元", "yuan")} value={state.settings.greedy_budget_yuan} on_commit={on_greedy} />
                <div class="county-targetings">
                    { for enabled.iter().map(|&k| {
                        let t = state.settings.targeting.iter().find(|t| t.kind == k).cloned()
                            .unwrap_or(crate::model::roster::plan::Targeting { kind: k, rules: Vec::new(), budget_yuan: None });
                        html! { <TargetingEditor targeting={t} lang={l} on_change={on_targeting.clone()} /> }
                    }) }
                </div>
            </section>

            if state.running {
                <p class="county-running" role="status">{ tr("正在计算…", "Calculating…") }</p>
            }
            if let Some(r) = &state.report {
                <p class="county-timing" data-plan-ms={format!("{:.1}", state.elapsed_ms)}>
                    { if en { format!("Calculated in {:.0} ms in the worker.", state.elapsed_ms) } else { format!("计算用时 {:.0} 毫秒（后台）。", state.elapsed_ms) } }
                </p>
                <section class="county-plan-summary" aria-labelledby="county-h-summary">
                    <h2 id="county-h-summary">{ tr("方案摘要", "The plan in brief") }</h2>
                    <p>{ if en { "Households: " } else { "农户：" } }
                        { state.summary.as_ref().map(|s| source_label(s, en)).unwrap_or_default() }
                        { if en { ". Interventions from: " } else { "；措施取自：" } }
                        { template.map(|t| t.name.clone()).unwrap_or_default() }</p>
                    <ul>{ for state.settings.plan().into_iter().flat_map(|p| {
                        enabled.iter().map(|&k| html! {
                            <li>{ describe_targeting(p.targeting.iter().find(|t| t.kind == k), k, l) }</li>
                        }).collect::<Vec<_>>()
                    }) }</ul>
                    <button type="button" class="no-print" data-action="print-county"
                        onclick={Callback::from(|_: MouseEvent| browser::print())}>
                        { tr("打印县级报告", "Print the county report") }
                    </button>
                </section>
                <CountyResults report={r.clone()} lang={l} on_year={on_year} on_export={on_export}
                    register={state.summary.as_ref().is_some_and(|s| s.with_personal > 0)} />
                <RiskSection lang={l} {fund_yuan} draws={risk_draws} progress={state.risk_progress}
                    summary={state.risk.clone()} elapsed_ms={state.risk_ms} {on_fund} {on_draws}
                    on_run={on_run_risk} on_cancel={on_cancel_risk} />
            } else if state.summary.is_some() && template.is_none() {
                <p class="hint">{ tr("请选择一个方案，以其措施测算。", "Choose a scenario whose interventions to plan with.") }</p>
            }
        </div>
    }
}

fn source_label(sum: &RosterSummary, en: bool) -> String {
    match (sum.register, sum.source.as_str()) {
        (true, "example") => (if en { "example county" } else { "示例县" }).into(),
        (true, name) => name.to_string(),
        (false, _) => (if en {
            "typical households"
        } else {
            "典型户"
        })
        .into(),
    }
}

/// The import in progress: reading, the column mapping, or what went wrong.
fn import_view(
    state: &CountyState,
    lang: Lang,
    send: Callback<Job>,
    dispatch: UseReducerDispatcher<CountyState>,
) -> Html {
    let en = lang.is_en();
    match &state.import {
        ImportState::Idle => html! {},
        ImportState::Reading(name) => html! {
            <p role="status" class="county-reading">{ if en { format!("Reading {name}…") } else { format!("正在读取 {name}…") } }</p>
        },
        ImportState::Failed { errors, total } => html! {
            <div class="county-import-errors" role="alert" data-errors={total.to_string()}>
                <p>{ if en {
                    format!("Nothing was imported: {total} problem(s) to correct in the file{}.", if *total > errors.len() { format!(" (first {} shown)", errors.len()) } else { String::new() })
                } else {
                    format!("未导入任何数据：文件中有 {total} 处问题需要更正{}。", if *total > errors.len() { format!("（列出前 {} 处）", errors.len()) } else { String::new() })
                } }</p>
                <ul>{ for errors.iter().map(|e| html! { <li>{ e.get(en).to_string() }</li> }) }</ul>
            </div>
        },
        ImportState::Mapping {
            headers,
            mapping,
            missing,
            rows,
        } => {
            let set = |field: RosterField| {
                let (mapping, dispatch) = (mapping.clone(), dispatch.clone());
                Callback::from(move |e: Event| {
                    let v = e
                        .target_unchecked_into::<web_sys::HtmlSelectElement>()
                        .value();
                    let mut m: ColumnMapping = mapping
                        .iter()
                        .filter(|&&(_, f)| f != field)
                        .copied()
                        .collect();
                    if let Ok(col) = v.parse::<usize>() {
                        m.retain(|&(c, _)| c != col);
                        m.push((col, field));
                    }
                    dispatch.dispatch(Action::Mapping(m));
                })
            };
            let apply = {
                let mapping = mapping.clone();
                Callback::from(move |_: MouseEvent| {
                    send.emit(Job::ApplyMapping {
                        mapping: mapping.clone(),
                    })
                })
            };
            let missing_names: Vec<&str> = missing.iter().map(|f| f.header().get(en)).collect();
            html! {
                <div class="county-mapping" role="group" aria-labelledby="county-mapping-h">
                    <h3 id="county-mapping-h">{ if en { "Which column is which?" } else { "请对应各列" } }</h3>
                    <p>{ if en {
                        format!("The file has {rows} rows, but its headers do not name: {}. Choose the column for each field, then import.", missing_names.join(", "))
                    } else {
                        format!("文件共 {rows} 行，但表头中找不到：{}。请为各项选择对应的列，然后导入。", missing_names.join("、"))
                    } }</p>
                    <table class="county-table">
                        <tbody>
                            { for RosterField::ALL.iter().map(|&f| {
                                let chosen = mapping.iter().find(|&&(_, g)| g == f).map(|&(c, _)| c);
                                let id = format!("county-map-{}", f.header().en.to_lowercase().replace([' ', '(', ')', '\''], "-"));
                                html! {
                                    <tr class={classes!(missing.contains(&f).then_some("missing"))}>
                                        <th scope="row"><label for={id.clone()}>{ f.header().get(en) }{ if f.required() { " *" } else { "" } }</label></th>
                                        <td><select id={id} onchange={set(f)} data-field={f.header().en}>
                                            <option value="" selected={chosen.is_none()}>{ if en { "(none)" } else { "（无）" } }</option>
                                            { for headers.iter().enumerate().map(|(i, h)| html! {
                                                <option value={i.to_string()} selected={chosen == Some(i)}>{ h.clone() }</option>
                                            }) }
                                        </select></td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    <button type="button" data-action="apply-mapping" onclick={apply}>{ if en { "Import with these columns" } else { "按此对应导入" } }</button>
                </div>
            }
        }
    }
}

/// One intervention's targeting in words, for the summary and the printed report.
fn describe_targeting(
    t: Option<&crate::model::roster::plan::Targeting>,
    kind: InterventionKind,
    lang: Lang,
) -> String {
    use crate::model::roster::plan::Rule;
    let en = lang.is_en();
    let n = |v: f64| format_number(v, 0);
    let mut parts: Vec<String> = Vec::new();
    for r in t.map(|t| t.rules.as_slice()).unwrap_or_default() {
        parts.push(match r {
            Rule::Monitored => (if en {
                "monitored households"
            } else {
                "监测户"
            })
            .into(),
            Rule::HasLaborer => (if en {
                "a laborer at home"
            } else {
                "家中有劳动力"
            })
            .into(),
            Rule::PerCapitaBelow { per_capita_yuan } => {
                if en {
                    format!("per capita below {} yuan", n(*per_capita_yuan))
                } else {
                    format!("人均纯收入低于 {} 元", n(*per_capita_yuan))
                }
            }
            Rule::CroplandAtLeast { cropland_mu } => {
                if en {
                    format!("at least {} mu of cropland", n(*cropland_mu))
                } else {
                    format!("耕地至少 {} 亩", n(*cropland_mu))
                }
            }
            Rule::EwesAtLeast { ewes_head } => {
                if en {
                    format!("at least {} ewes", n(*ewes_head))
                } else {
                    format!("能繁母羊至少 {} 只", n(*ewes_head))
                }
            }
            Rule::CowsAtLeast { cows_head } => {
                if en {
                    format!("at least {} cows", n(*cows_head))
                } else {
                    format!("能繁母牛至少 {} 头", n(*cows_head))
                }
            }
            Rule::StatusIn { statuses } => statuses
                .iter()
                .map(|s| s.name().get(en))
                .collect::<Vec<_>>()
                .join(if en { " or " } else { "或" }),
            Rule::VillageIn { villages } => villages.join(if en { ", " } else { "、" }),
        });
    }
    let who = if parts.is_empty() {
        (if en {
            "every household"
        } else {
            "所有农户"
        })
        .to_string()
    } else {
        parts.join(if en { ", " } else { "、" })
    };
    let budget = match t.and_then(|t| t.budget_yuan) {
        Some(b) => crate::i18n::format_yuan(b, lang),
        None => (if en { "no limit" } else { "不限" }).into(),
    };
    if en {
        format!("{}: {who}; budget {budget}", kind.name().en)
    } else {
        format!("{}：{who}；预算 {budget}", kind.name().zh)
    }
}

/// Downloads a table of results: CSV at once, or an .xlsx written by the sheet worker.
fn save_table(
    stem: String,
    table: crate::model::roster::tables::SheetTable,
    xlsx: bool,
    state: &UseReducerHandle<CountyState>,
) {
    let fail = {
        let state = state.clone();
        Callback::from(move |m| state.dispatch(Action::Message(m)))
    };
    if xlsx {
        super::files::download_xlsx(stem, vec![table], fail);
    } else {
        let name = crate::storage::files::safe_file_name(&stem, "csv");
        if browser::download(&name, "text/csv;charset=utf-8", &table.to_csv()).is_err() {
            fail.emit(zh_en("无法下载文件。", "The download could not start."));
        }
    }
}
