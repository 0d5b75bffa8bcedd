//! The planner's workspace: named scenarios, which one is being edited, which are compared, and
//! which is the reference the others are measured against. Plain serde data: autosave, export
//! and import all write exactly this.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::model::Scenario;

/// Version of the stored workspace format. Bump it with a migration in `storage::migrate`
/// and a fixture of the old format under `tests/fixtures/`.
pub const WORKSPACE_VERSION: u32 = 1;

/// At most this many scenarios are compared side by side.
pub const MAX_COMPARED: usize = 4;

/// Stable id of a scenario within a workspace (never reused, so undo can restore it).
pub type EntryId = u32;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub scenario: Scenario,
    /// Preset the scenario was loaded from, for "reset to preset".
    #[serde(default)]
    pub preset_id: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Workspace {
    pub version: u32,
    /// Never empty: the last scenario cannot be deleted. Shared, so that an edit copies the one
    /// scenario it changes and not every scenario in the workspace (a keystroke's cost would
    /// otherwise grow with their number, up to 200).
    pub entries: Vec<Rc<Entry>>,
    pub active: EntryId,
    /// Scenarios shown in the compare view, in order (2–4 make a comparison).
    #[serde(default)]
    pub compared: Vec<EntryId>,
    /// The scenario differences are measured against in the compare view.
    #[serde(default)]
    pub reference: Option<EntryId>,
    pub next_id: EntryId,
}

/// Entries the workspace shares with the one compared are equal without comparing their
/// scenarios field by field: an edit leaves all but one shared.
impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        // Every field named, so a field added later cannot be left out of the comparison.
        let Workspace {
            version,
            entries,
            active,
            compared,
            reference,
            next_id,
        } = self;
        *version == other.version
            && *active == other.active
            && *compared == other.compared
            && *reference == other.reference
            && *next_id == other.next_id
            && entries.len() == other.entries.len()
            && entries
                .iter()
                .zip(&other.entries)
                .all(|(a, b)| Rc::ptr_eq(a, b) || a == b)
    }
}

impl Workspace {
    /// A workspace holding one scenario.
    pub fn new(scenario: Scenario, preset_id: Option<&str>) -> Self {
        Workspace {
            version: WORKSPACE_VERSION,
            entries: vec![Rc::new(Entry {
                id: 1,
                scenario,
                preset_id: preset_id.map(str::to_string),
            })],
            active: 1,
            compared: Vec::new(),
            reference: None,
            next_id: 2,
        }
    }

    pub fn get(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id).map(|e| &**e)
    }

    fn position(&self, id: EntryId) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// The scenario being edited. Falls back to the first if `active` is stale.
    pub fn active(&self) -> &Entry {
        self.get(self.active).unwrap_or(&*self.entries[0])
    }

    pub fn active_mut(&mut self) -> &mut Entry {
        let i = self.position(self.active).unwrap_or(0);
        Rc::make_mut(&mut self.entries[i])
    }

    /// Adds a scenario after the others, makes it active and returns its id.
    pub fn add(&mut self, scenario: Scenario, preset_id: Option<String>) -> EntryId {
        let id = self.next_id;
        self.next_id += 1;
        self.entries.push(Rc::new(Entry {
            id,
            scenario,
            preset_id,
        }));
        self.active = id;
        id
    }

    /// Copies a scenario beside itself under `name`, makes the copy active.
    pub fn duplicate(&mut self, id: EntryId, name: String) -> Option<EntryId> {
        let source = self.get(id)?.clone();
        let new_id = self.next_id;
        self.next_id += 1;
        let mut copy = source;
        copy.id = new_id;
        copy.scenario.name = name;
        let at = self.position(id)? + 1;
        self.entries.insert(at, Rc::new(copy));
        self.active = new_id;
        Some(new_id)
    }

    pub fn rename(&mut self, id: EntryId, name: String) -> bool {
        match self.position(id) {
            Some(i) => {
                Rc::make_mut(&mut self.entries[i]).scenario.name = name;
                true
            }
            None => false,
        }
    }

    /// Removes a scenario and returns where it was and what it held, for undo. The last
    /// scenario stays: a workspace is never empty.
    pub fn remove(&mut self, id: EntryId) -> Option<(usize, Entry)> {
        if self.entries.len() <= 1 {
            return None;
        }
        let i = self.position(id)?;
        let entry = Rc::unwrap_or_clone(self.entries.remove(i));
        self.compared.retain(|c| *c != id);
        if self.reference == Some(id) {
            self.reference = None;
        }
        if self.active == id {
            self.active = self.entries[i.min(self.entries.len() - 1)].id;
        }
        Some((i, entry))
    }

    /// Puts back what [`remove`](Self::remove) took, at the same place, and makes it active.
    pub fn restore(&mut self, index: usize, entry: Entry) {
        if self.get(entry.id).is_some() {
            return;
        }
        self.next_id = self.next_id.max(entry.id + 1);
        self.active = entry.id;
        let at = index.min(self.entries.len());
        self.entries.insert(at, Rc::new(entry));
    }

    pub fn switch(&mut self, id: EntryId) -> bool {
        let found = self.get(id).is_some();
        if found {
            self.active = id;
        }
        found
    }

    /// Adds or removes a scenario from the comparison; refuses a fifth.
    pub fn set_compared(&mut self, id: EntryId, on: bool) -> bool {
        if self.get(id).is_none() {
            return false;
        }
        let present = self.compared.contains(&id);
        match (on, present) {
            (true, false) if self.compared.len() < MAX_COMPARED => self.compared.push(id),
            (true, false) => return false,
            (false, true) => {
                self.compared.retain(|c| *c != id);
                if self.reference == Some(id) {
                    self.reference = None;
                }
            }
            _ => {}
        }
        true
    }

    pub fn set_reference(&mut self, id: Option<EntryId>) {
        self.reference = id.filter(|id| self.compared.contains(id));
    }

    /// Makes ids and references consistent after loading data from outside: drops stale ids,
    /// fixes `next_id`, and never leaves the workspace empty.
    pub fn repair(mut self) -> Self {
        if self.entries.is_empty() {
            return Workspace::new(Scenario::default(), None);
        }
        let mut seen = std::collections::BTreeSet::new();
        let mut next = self.entries.iter().map(|e| e.id).max().unwrap_or(0) + 1;
        for e in &mut self.entries {
            if !seen.insert(e.id) {
                Rc::make_mut(e).id = next;
                seen.insert(next);
                next += 1;
            }
        }
        self.next_id = self.next_id.max(next);
        if self.get(self.active).is_none() {
            self.active = self.entries[0].id;
        }
        let ids = seen;
        self.compared.retain(|c| ids.contains(c));
        self.compared.dedup();
        self.compared.truncate(MAX_COMPARED);
        if self.reference.is_some_and(|r| !self.compared.contains(&r)) {
            self.reference = None;
        }
        self.version = WORKSPACE_VERSION;
        self
    }

    /// Adds every scenario of `other` (an imported workspace) after the others, under fresh ids
    /// and unused names, so nothing already here is overwritten. Returns the new ids; the first
    /// becomes active.
    pub fn add_all(&mut self, other: Workspace) -> Vec<EntryId> {
        let ids: Vec<EntryId> = other
            .entries
            .into_iter()
            .map(|e| {
                let mut e = Rc::unwrap_or_clone(e);
                e.scenario.name = self.unique_name(&e.scenario.name);
                self.add(e.scenario, e.preset_id)
            })
            .collect();
        if let Some(&first) = ids.first() {
            self.active = first;
        }
        ids
    }

    /// A scenario here with the same content as `s`, names compared without the " (2)" that
    /// [`unique_name`](Self::unique_name) adds, and not one of `taken`.
    pub fn find_same(&self, s: &Scenario, taken: &[EntryId]) -> Option<EntryId> {
        let stem = name_stem(&s.name);
        self.entries
            .iter()
            .filter(|e| !taken.contains(&e.id) && name_stem(&e.scenario.name) == stem)
            .find(|e| {
                let named = Scenario {
                    name: s.name.clone(),
                    ..e.scenario.clone()
                };
                named == *s
            })
            .map(|e| e.id)
    }

    /// Opens scenarios from a share link: each one already here (see
    /// [`find_same`](Self::find_same)) is used as it is, the others are added under unused
    /// names. The first becomes active; a set of two or more becomes the comparison, in its
    /// order, with no reference. Opening the same link twice adds nothing the second time.
    pub fn open_shared(&mut self, scenarios: Vec<Scenario>) -> SharedOutcome {
        let mut ids = Vec::with_capacity(scenarios.len());
        let mut existing = Vec::new();
        for mut s in scenarios {
            match self.find_same(&s, &ids) {
                Some(id) => {
                    existing.push(id);
                    ids.push(id);
                }
                None => {
                    s.name = self.unique_name(&s.name);
                    ids.push(self.add(s, None));
                }
            }
        }
        if let Some(&first) = ids.first() {
            self.active = first;
        }
        if ids.len() >= 2 {
            self.compared = ids.iter().copied().take(MAX_COMPARED).collect();
            self.reference = None;
        }
        SharedOutcome { ids, existing }
    }

    /// A name not yet used in the workspace: `base`, then `base (2)`, `base (3)` …
    pub fn unique_name(&self, base: &str) -> String {
        let taken = |n: &str| self.entries.iter().any(|e| e.scenario.name == n);
        if !taken(base) {
            return base.to_string();
        }
        (2..)
            .map(|i| format!("{base} ({i})"))
            .find(|n| !taken(n))
            .expect("an unused name exists")
    }
}

/// What [`Workspace::open_shared`] did: the scenarios of the link in its order, and those of
/// them that were already here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedOutcome {
    pub ids: Vec<EntryId>,
    pub existing: Vec<EntryId>,
}

impl SharedOutcome {
    pub fn added(&self) -> usize {
        self.ids.len() - self.existing.len()
    }
}

/// A name without the " (2)" that keeps names apart.
pub fn name_stem(name: &str) -> &str {
    match name.rfind(" (") {
        Some(i)
            if name.ends_with(')')
                && name.len() > i + 3
                && name[i + 2..name.len() - 1]
                    .chars()
                    .all(|c| c.is_ascii_digit()) =>
        {
            &name[..i]
        }
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_copies_only_the_scenario_it_changes() {
        let mut w = Workspace::new(named("a"), None);
        w.add(named("b"), None);
        w.add(named("c"), None);
        let before = w.clone();
        w.active_mut().scenario.notes = "edited".into();
        let shared = w
            .entries
            .iter()
            .zip(&before.entries)
            .filter(|(a, b)| Rc::ptr_eq(a, b))
            .count();
        assert_eq!(shared, 2, "the two scenarios not edited are still shared");
        assert_ne!(w, before);
        // Equal content is equal whether shared or copied.
        let mut copied = before.clone();
        copied.entries = copied
            .entries
            .iter()
            .map(|e| Rc::new((**e).clone()))
            .collect();
        assert_eq!(copied, before);
        copied.entries[0] = Rc::new(Entry {
            preset_id: Some("x".into()),
            ..(*copied.entries[0]).clone()
        });
        assert_ne!(copied, before);
    }

    fn named(name: &str) -> Scenario {
        Scenario {
            name: name.into(),
            ..Scenario::default()
        }
    }

    #[test]
    fn add_duplicate_rename_remove_restore() {
        let mut w = Workspace::new(named("A"), Some("yuli_land_transfer"));
        let b = w.add(named("B"), None);
        assert_eq!(w.active, b);
        let c = w.duplicate(1, w.unique_name("A")).unwrap();
        assert_eq!(w.get(c).unwrap().scenario.name, "A (2)");
        assert_eq!(
            w.entries.iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![1, c, b]
        );
        assert!(w.rename(b, "Beta".into()));
        assert!(w.set_compared(1, true) && w.set_compared(b, true));
        w.set_reference(Some(b));
        let (at, entry) = w.remove(b).unwrap();
        assert_eq!(
            w.reference, None,
            "a removed scenario is no longer the reference"
        );
        assert_eq!(w.compared, vec![1]);
        w.restore(at, entry);
        assert_eq!(w.get(b).unwrap().scenario.name, "Beta");
        assert_eq!(w.active, b);
        // The last scenario cannot be removed.
        let mut one = Workspace::new(named("only"), None);
        assert!(one.remove(1).is_none());
    }

    #[test]
    fn at_most_four_compared_and_reference_is_one_of_them() {
        let mut w = Workspace::new(named("1"), None);
        for i in 2..=5 {
            w.add(named(&i.to_string()), None);
        }
        assert!((1..=4).all(|id| w.set_compared(id, true)));
        assert!(!w.set_compared(5, true));
        w.set_reference(Some(5));
        assert_eq!(w.reference, None);
        w.set_reference(Some(3));
        assert_eq!(w.reference, Some(3));
    }

    #[test]
    fn add_all_puts_imports_beside_without_overwriting() {
        let mut w = Workspace::new(named("A"), None);
        let mut other = Workspace::new(named("A"), Some("bohu_courtyard"));
        other.add(named("B"), None);
        let ids = w.add_all(other);
        assert_eq!(ids, vec![2, 3]);
        let names: Vec<_> = w.entries.iter().map(|e| e.scenario.name.as_str()).collect();
        assert_eq!(names, ["A", "A (2)", "B"]);
        assert_eq!(
            w.get(2).unwrap().preset_id.as_deref(),
            Some("bohu_courtyard")
        );
        assert_eq!(w.active, 2);
    }

    #[test]
    fn a_shared_set_opened_twice_adds_nothing_the_second_time() {
        let mut w = Workspace::new(named("A"), None);
        let mut b = named("B");
        b.household.members_persons = 5.0;
        let set = vec![named("A"), b.clone(), b.clone()];
        let first = w.open_shared(set.clone());
        // "A" is already here; the two equal "B"s are two scenarios of the set.
        assert_eq!(first.existing, vec![1]);
        assert_eq!(first.added(), 2);
        let names: Vec<_> = w.entries.iter().map(|e| e.scenario.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "B (2)"]);
        assert_eq!(w.compared, first.ids);
        assert_eq!(w.active, 1);
        let again = w.open_shared(set);
        assert_eq!(again.ids, first.ids);
        assert_eq!(again.added(), 0);
        assert_eq!(w.entries.len(), 3);
        // The same content under a " (2)" name is the same scenario; another name is not.
        let mut renamed = w.get(2).unwrap().scenario.clone();
        renamed.name = "B (7)".into();
        assert_eq!(w.find_same(&renamed, &[]), Some(2));
        renamed.name = "Bee".into();
        assert_eq!(w.find_same(&renamed, &[]), None);
        assert_eq!(name_stem("x (12)"), "x");
        assert_eq!(name_stem("x ()"), "x ()");
        assert_eq!(name_stem("(3)"), "(3)");
    }

    #[test]
    fn repair_fixes_ids_from_outside() {
        let mut w = Workspace::new(named("A"), None);
        w.add(named("B"), None);
        Rc::make_mut(&mut w.entries[1]).id = 1; // duplicate id
        w.active = 99;
        w.compared = vec![1, 42];
        w.reference = Some(42);
        w.next_id = 0;
        let w = w.repair();
        let ids: Vec<_> = w.entries.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), 2);
        assert_ne!(ids[0], ids[1]);
        assert!(w.next_id > *ids.iter().max().unwrap());
        assert_eq!(w.active, ids[0]);
        assert_eq!(w.compared, vec![1]);
        assert_eq!(w.reference, None);
    }
}
