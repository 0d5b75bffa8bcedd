//! The registry-driven reader (`storage::reader`) and serde's derived `Deserialize` must agree:
//! on every preset, and on scenarios damaged at random — a value dropped, or replaced by a
//! value of another type — they accept the same inputs (after validation) and build the same
//! scenario. One difference is deliberate: serde also reads a struct written as a JSON list of
//! its fields; the reader refuses it.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::{json, Value};
use village_income_planner::model::fields::validate;
use village_income_planner::model::presets::PRESETS;
use village_income_planner::model::Scenario;
use village_income_planner::storage::reader;

/// Every path to a leaf (and to each list element), in a stable order.
fn paths(v: &Value, here: Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let mut p = here.clone();
                p.push(k.clone());
                out.push(p.clone());
                paths(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let mut p = here.clone();
                p.push(i.to_string());
                out.push(p.clone());
                paths(x, p, out);
            }
        }
        _ => {}
    }
}

fn slot<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, k| match v {
        Value::Object(m) => m.get_mut(k),
        Value::Array(a) => k.parse::<usize>().ok().and_then(move |i| a.get_mut(i)),
        _ => None,
    })
}

fn accepted_by_serde(v: &Value) -> Option<Scenario> {
    serde_json::from_value::<Scenario>(v.clone())
        .ok()
        .filter(|s| validate(s).is_ok())
}

fn accepted_by_reader(v: &Value) -> Option<Scenario> {
    reader::scenario(v, "").ok().filter(|s| validate(s).is_ok())
}

#[test]
fn presets_read_the_same_both_ways() {
    for p in PRESETS {
        let v = serde_json::to_value((p.build)()).unwrap();
        assert_eq!(accepted_by_reader(&v), accepted_by_serde(&v), "{}", p.id);
        assert_eq!(accepted_by_reader(&v), Some((p.build)()), "{}", p.id);
    }
    // Nothing at all is the default scenario, both ways.
    assert_eq!(
        accepted_by_reader(&json!({})),
        accepted_by_serde(&json!({}))
    );
}

#[test]
fn wrong_types_name_their_path() {
    let v = json!({"household": {"land": {"cropland_mu": "twenty"}}});
    let e = reader::scenario(&v, "entries[0].scenario").unwrap_err();
    assert_eq!(e.path, "entries[0].scenario.household.land.cropland_mu");
    assert_eq!(e.detail, "expected a number, found text");
    let e = reader::scenario(&json!({"household": 5}), "").unwrap_err();
    assert_eq!(e.path, "household");
    let e = reader::scenario(&json!({"economics": {"price_basis": "yearly"}}), "").unwrap_err();
    assert!(
        e.detail.contains("nominal") && e.detail.contains("real"),
        "{}",
        e.detail
    );
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[a-z_]{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!([1, 2])),
        Just(json!({})),
        Just(json!("verified")),
        Just(json!("real")),
        Just(json!("itemised")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn damaged_scenarios_read_the_same_both_ways(
        preset in 0..PRESETS.len(),
        pick in any::<prop::sample::Index>(),
        remove in any::<bool>(),
        with in replacement(),
    ) {
        let mut v = serde_json::to_value((PRESETS[preset].build)()).unwrap();
        let mut all = Vec::new();
        paths(&v, Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        let (parent, last) = path.split_at(path.len() - 1);
        if remove {
            match slot(&mut v, parent) {
                Some(Value::Object(m)) => { m.remove(&last[0]); }
                Some(Value::Array(a)) => { let i: usize = last[0].parse().unwrap(); a.remove(i); }
                _ => {}
            }
        } else if let Some(x) = slot(&mut v, &path) {
            // serde also reads a struct written as a list of its fields in order; the reader
            // does not, on purpose: nothing we write has that shape.
            prop_assume!(!(x.is_object() && with.is_array()));
            *x = with;
        }
        prop_assert_eq!(accepted_by_reader(&v), accepted_by_serde(&v), "path {:?}", path);
    }
}
