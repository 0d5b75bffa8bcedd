//! Household types × counts, for planners without a register: each type is a scenario's
//! household, with how many such households each village has.

use yew::prelude::*;

use super::number_input::NumberInput;
use crate::i18n::Lang;
use crate::model::roster::{TypicalHousehold, TypicalRoster, VillageCount};
use crate::model::scenario::Scenario;

pub type TypicalEdit = std::rc::Rc<dyn Fn(&mut TypicalRoster)>;

#[derive(Properties, PartialEq)]
pub struct TypicalEditorProps {
    pub roster: TypicalRoster,
    /// Scenarios a type can be taken from (the planner's own, then the presets).
    pub choices: std::rc::Rc<Vec<(String, Scenario)>>,
    pub lang: Lang,
    /// An edit, applied by the page to its newest roster (so two quick edits both count).
    pub on_change: Callback<TypicalEdit>,
    pub on_use: Callback<()>,
}

fn villages_of(r: &TypicalRoster) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in r.types.iter().flat_map(|t| &t.counts) {
        if !out.contains(&c.village) {
            out.push(c.village.clone());
        }
    }
    out
}

#[component]
pub fn TypicalEditor(props: &TypicalEditorProps) -> Html {
    let lang = props.lang;
    let en = lang.is_en();
    let tr = |zh: &'static str, e: &'static str| if en { e } else { zh };
    let villages = villages_of(&props.roster);
    let chosen = use_state(|| 0usize);
    let new_village = use_state(String::new);
    let village_error = use_state(|| None::<&'static str>);

    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chosen.set(v.parse().unwrap_or(0));
        })
    };
    let add_type = {
        let (choices, chosen, on_change) = (
            props.choices.clone(),
            chosen.clone(),
            props.on_change.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((name, s)) = choices.get(*chosen) else {
                return;
            };
            let (name, household, health) =
                (name.clone(), s.household.clone(), s.risk.health.clone());
            on_change.emit(std::rc::Rc::new(move |r: &mut TypicalRoster| {
                let counts = villages_of(r)
                    .into_iter()
                    .map(|village| VillageCount {
                        village,
                        households: 0,
                    })
                    .collect();
                r.types.push(TypicalHousehold {
                    name: name.clone(),
                    household: household.clone(),
                    health: health.clone(),
                    counts,
                });
            }));
        })
    };
    let on_village_text = {
        let new_village = new_village.clone();
        Callback::from(move |e: InputEvent| {
            new_village.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            );
        })
    };
    let add_village = {
        let (r, new_village, village_error, on_change) = (
            props.roster.clone(),
            new_village.clone(),
            village_error.clone(),
            props.on_change.clone(),
        );
        let villages = villages.clone();
        Callback::from(move |_: MouseEvent| {
            let name = new_village.trim().to_string();
            if name.is_empty() {
                village_error.set(Some(if en {
                    "Enter the village's name."
                } else {
                    "请输入村名。"
                }));
                return;
            }
            if villages.contains(&name) {
                village_error.set(Some(if en {
                    "This village is already listed."
                } else {
                    "该村已在表中。"
                }));
                return;
            }
            if r.types.is_empty() {
                village_error.set(Some(if en {
                    "Add a household type first."
                } else {
                    "请先添加户型。"
                }));
                return;
            }
            village_error.set(None);
            new_village.set(String::new());
            on_change.emit(std::rc::Rc::new(move |r: &mut TypicalRoster| {
                for t in &mut r.types {
                    t.counts.push(VillageCount {
                        village: name.clone(),
                        households: 0,
                    });
                }
            }));
        })
    };
    let set_count = |ti: usize, village: String| {
        let on_change = props.on_change.clone();
        Callback::from(move |v: Option<f64>| {
            let n = v.unwrap_or(0.0).round().clamp(0.0, 1e6) as u32;
            let village = village.clone();
            on_change.emit(std::rc::Rc::new(move |r: &mut TypicalRoster| {
                if let Some(t) = r.types.get_mut(ti) {
                    match t.counts.iter_mut().find(|c| c.village == village) {
                        Some(c) => c.households = n,
                        None => t.counts.push(VillageCount {
                            village: village.clone(),
                            households: n,
                        }),
                    }
                }
            }));
        })
    };
    let remove_type = |ti: usize| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| {
            on_change.emit(std::rc::Rc::new(move |r: &mut TypicalRoster| {
                if ti < r.types.len() {
                    r.types.remove(ti);
                }
            }));
        })
    };
    let on_use = props.on_use.reform(|_: MouseEvent| ());
    html! {
        <div class="county-typical">
            <div class="row">
                <label for="county-type-choice">{ tr("户型取自方案", "Type from scenario") }</label>
                <select id="county-type-choice" onchange={on_choose}>
                    { for props.choices.iter().enumerate().map(|(i, (name, _))| html! {
                        <option value={i.to_string()} selected={i == *chosen}>{ name.clone() }</option>
                    }) }
                </select>
                <button type="button" data-action="add-type" onclick={add_type}>{ tr("添加户型", "Add type") }</button>
            </div>
            <div class="row">
                <label for="county-new-village">{ tr("村名", "Village") }</label>
                <input id="county-new-village" type="text" value={(*new_village).clone()} oninput={on_village_text} />
                <button type="button" data-action="add-village" onclick={add_village}>{ tr("添加村", "Add village") }</button>
                if let Some(msg) = *village_error { <p class="field-error" role="alert">{ msg }</p> }
            </div>
            if !props.roster.types.is_empty() {
                <table class="county-table" data-table="typical">
                    <caption>{ tr("各村典型户户数", "Households of each type per village") }</caption>
                    <thead><tr>
                        <th scope="col">{ tr("村", "Village") }</th>
                        { for props.roster.types.iter().enumerate().map(|(ti, t)| html! {
                            <th scope="col">{ t.name.clone() }
                                <button type="button" class="link" onclick={remove_type(ti)}
                                    aria-label={format!("{}{}", tr("删除户型 ", "Remove type "), t.name)}>{ "×" }</button>
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for villages.iter().enumerate().map(|(vi, v)| html! {
                            <tr>
                                <th scope="row">{ v.clone() }</th>
                                { for props.roster.types.iter().enumerate().map(|(ti, t)| {
                                    let n = t.counts.iter().find(|c| &c.village == v).map_or(0, |c| c.households);
                                    html! { <td><NumberInput id={format!("county-count-{ti}-{vi}")} {lang}
                                        label={format!("{} · {}", v, t.name)} unit={tr("户", "households")}
                                        value={Some(n as f64)} on_commit={set_count(ti, v.clone())} /></td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                <button type="button" data-action="use-typical" onclick={on_use}
                    disabled={props.roster.households() == 0}>
                    { tr("按这些典型户测算", "Plan for these households") }
                </button>
            }
        </div>
    }
}
