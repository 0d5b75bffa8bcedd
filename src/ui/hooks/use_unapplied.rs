//! Inputs whose text is not applied: text that does not read, is out of range, or that the
//! whole scenario refused. The results keep the last valid scenario meanwhile, so the fields
//! report themselves here and the results, print, share and export say so, with a way back.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

/// One input not applied: what it is called and the DOM id to take the planner to.
#[derive(Clone, Debug, PartialEq)]
pub struct Unapplied {
    key: u32,
    pub label: AttrValue,
    pub target: AttrValue,
}

/// Every input not applied, in the order they were reported.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnappliedInputs(pub Vec<Unapplied>);

pub enum UnappliedAction {
    Set(Unapplied),
    Clear(u32),
}

impl Reducible for UnappliedInputs {
    type Action = UnappliedAction;

    fn reduce(self: Rc<Self>, action: UnappliedAction) -> Rc<Self> {
        let mut list = self.0.clone();
        match action {
            UnappliedAction::Set(u) => match list.iter_mut().find(|x| x.key == u.key) {
                Some(x) if *x == u => return self,
                Some(x) => *x = u,
                None => list.push(u),
            },
            UnappliedAction::Clear(key) => {
                if !list.iter().any(|x| x.key == key) {
                    // Same Rc: nothing re-renders.
                    return self;
                }
                list.retain(|x| x.key != key);
            }
        }
        Rc::new(UnappliedInputs(list))
    }
}

impl UnappliedInputs {
    /// The names, each once (several cells of one table are one input to the planner).
    pub fn names(&self) -> Vec<AttrValue> {
        let mut names: Vec<AttrValue> = Vec::new();
        for u in &self.0 {
            if !names.contains(&u.label) {
                names.push(u.label.clone());
            }
        }
        names
    }

    /// Each input to go to, once per target.
    pub fn targets(&self) -> Vec<&Unapplied> {
        let mut seen: Vec<&Unapplied> = Vec::new();
        for u in &self.0 {
            if !seen.iter().any(|s| s.target == u.target) {
                seen.push(u);
            }
        }
        seen
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// How fields reach the list the top component keeps.
#[derive(Clone, PartialEq)]
pub struct UnappliedContext(pub Callback<UnappliedAction>);

static NEXT_KEY: AtomicU32 = AtomicU32::new(1);

/// Reports this input as not applied while `unapplied` holds, and clears it when it is applied
/// again or the input goes away.
#[hook]
pub fn use_report_unapplied(unapplied: bool, label: AttrValue, target: AttrValue) {
    let key = *use_memo((), |()| NEXT_KEY.fetch_add(1, Ordering::Relaxed));
    let report = use_context::<UnappliedContext>();
    use_effect_with(
        (unapplied, label, target),
        move |(unapplied, label, target)| {
            if let Some(report) = &report {
                if *unapplied {
                    report.0.emit(UnappliedAction::Set(Unapplied {
                        key,
                        label: label.clone(),
                        target: target.clone(),
                    }));
                }
            }
            move || {
                if let Some(report) = report {
                    report.0.emit(UnappliedAction::Clear(key));
                }
            }
        },
    );
}
