//! Who receives one intervention of the plan, and its budget: the rules a planner ticks or
//! fills in, each a `Rule` of the model.

use yew::prelude::*;

use super::number_input::NumberInput;
use crate::i18n::Lang;
use crate::model::household::HouseholdStatus;
use crate::model::roster::plan::{Rule, Targeting};

#[derive(Properties, PartialEq)]
pub struct TargetingEditorProps {
    pub targeting: Targeting,
    pub lang: Lang,
    pub on_change: Callback<Targeting>,
}

/// The value of the rule `pick` finds, if the targeting has it.
fn rule_value(t: &Targeting, pick: fn(&Rule) -> Option<f64>) -> Option<f64> {
    t.rules.iter().find_map(pick)
}

#[component]
pub fn TargetingEditor(props: &TargetingEditorProps) -> Html {
    let lang = props.lang;
    let en = lang.is_en();
    let t = &props.targeting;
    let kind = t.kind;
    let id = |s: &str| AttrValue::from(format!("county-{}-{s}", kind.index()));
    // Replaces the rule of one shape (found by `is`) with `rule`, or removes it.
    let set_rule = |is: fn(&Rule) -> bool| {
        let (t, on_change) = (t.clone(), props.on_change.clone());
        move |rule: Option<Rule>| {
            let mut t = t.clone();
            t.rules.retain(|r| !is(r));
            t.rules.extend(rule);
            on_change.emit(t);
        }
    };
    let toggle = |is: fn(&Rule) -> bool, make: fn() -> Rule| {
        let set = set_rule(is);
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            set(on.then(make));
        })
    };
    let number = |is: fn(&Rule) -> bool, make: fn(f64) -> Rule| {
        let set = set_rule(is);
        Callback::from(move |v: Option<f64>| set(v.map(make)))
    };
    let on_budget = {
        let (t, on_change) = (t.clone(), props.on_change.clone());
        Callback::from(move |v: Option<f64>| {
            let mut t = t.clone();
            t.budget_yuan = v;
            on_change.emit(t);
        })
    };
    let monitored = t.rules.iter().any(|r| matches!(r, Rule::Monitored));
    let groups: Vec<HouseholdStatus> = t
        .rules
        .iter()
        .find_map(|r| match r {
            Rule::StatusIn { statuses } => Some(statuses.clone()),
            _ => None,
        })
        .unwrap_or_default();
    // Ticking a type adds it to the rule; none ticked: no rule (every type).
    let group_toggle = |status: HouseholdStatus| {
        let set = set_rule(|r| matches!(r, Rule::StatusIn { .. }));
        let groups = groups.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut g: Vec<HouseholdStatus> =
                groups.iter().copied().filter(|s| *s != status).collect();
            if on {
                g.push(status);
            }
            g.sort_by_key(|s| HouseholdStatus::ALL.iter().position(|a| a == s));
            set((!g.is_empty()).then_some(Rule::StatusIn { statuses: g }));
        })
    };
    let laborer = t.rules.iter().any(|r| matches!(r, Rule::HasLaborer));
    html! {
        <fieldset class="county-targeting" data-kind={kind.index().to_string()}>
            <legend>{ kind.name().get(en) }</legend>
            <NumberInput id={id("budget")} {lang}
                label={if en { "Budget (blank: no limit)" } else { "预算（空白：不限）" }}
                unit={if en { "yuan" } else { "元" }}
                value={t.budget_yuan} on_commit={on_budget} />
            <label class="check">
                <input type="checkbox" id={id("monitored")} checked={monitored}
                    onchange={toggle(|r| matches!(r, Rule::Monitored), || Rule::Monitored)} />
                { if en { "Monitored households only" } else { "仅限监测户" } }
            </label>
            <fieldset class="county-groups">
                <legend>{ if en { "Household types (none ticked: all)" } else { "户类型（都不勾选：全部）" } }</legend>
                { for HouseholdStatus::ALL.iter().enumerate().map(|(i, &s)| html! {
                    <label class="check">
                        <input type="checkbox" id={id(&format!("group-{i}"))} checked={groups.contains(&s)}
                            onchange={group_toggle(s)} />
                        { s.name().get(en) }
                    </label>
                }) }
            </fieldset>
            <label class="check">
                <input type="checkbox" id={id("laborer")} checked={laborer}
                    onchange={toggle(|r| matches!(r, Rule::HasLaborer), || Rule::HasLaborer)} />
                { if en { "Has a laborer at home" } else { "家中有劳动力" } }
            </label>
            <NumberInput id={id("below")} {lang}
                label={if en { "Per-capita income below" } else { "人均纯收入低于" }}
                unit={if en { "yuan/person" } else { "元/人" }}
                value={rule_value(t, |r| match r { Rule::PerCapitaBelow { per_capita_yuan } => Some(*per_capita_yuan), _ => None })}
                on_commit={number(|r| matches!(r, Rule::PerCapitaBelow { .. }), |v| Rule::PerCapitaBelow { per_capita_yuan: v })} />
            <NumberInput id={id("land")} {lang}
                label={if en { "Cropland at least" } else { "耕地至少" }}
                unit={if en { "mu" } else { "亩" }}
                value={rule_value(t, |r| match r { Rule::CroplandAtLeast { cropland_mu } => Some(*cropland_mu), _ => None })}
                on_commit={number(|r| matches!(r, Rule::CroplandAtLeast { .. }), |v| Rule::CroplandAtLeast { cropland_mu: v })} />
            <NumberInput id={id("ewes")} {lang}
                label={if en { "Breeding ewes at least" } else { "能繁母羊至少" }}
                unit={if en { "head" } else { "只" }}
                value={rule_value(t, |r| match r { Rule::EwesAtLeast { ewes_head } => Some(*ewes_head), _ => None })}
                on_commit={number(|r| matches!(r, Rule::EwesAtLeast { .. }), |v| Rule::EwesAtLeast { ewes_head: v })} />
            <NumberInput id={id("cows")} {lang}
                label={if en { "Cows at least" } else { "能繁母牛至少" }}
                unit={if en { "head" } else { "头" }}
                value={rule_value(t, |r| match r { Rule::CowsAtLeast { cows_head } => Some(*cows_head), _ => None })}
                on_commit={number(|r| matches!(r, Rule::CowsAtLeast { .. }), |v| Rule::CowsAtLeast { cows_head: v })} />
        </fieldset>
    }
}
