//! Loading the workspace at start-up and saving it after every change.
//!
//! The stored text is only ever replaced by a workspace that was read successfully or built
//! here: an unreadable store is first copied to a backup key, so no planner's work is lost.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::storage::files::CompactWriter;
use crate::storage::migrate::{load_workspace_bounded, SetAside, Upgrade};
use crate::storage::workspace::Workspace;
use crate::storage::MAX_SCENARIOS;
use crate::ui::browser;
use crate::ui::notice::StoreStatus;
use crate::ui::quiet_timer::QuietTimer;
use crate::ui::state::default_workspace;

pub const STORAGE_KEY: &str = "village-income-planner.workspace";
const BACKUP_PREFIX: &str = "village-income-planner.unreadable-";
/// Scenarios over the start-up bound are moved here (a bare workspace the importer reads).
pub const SET_ASIDE_PREFIX: &str = "village-income-planner.set-aside-";

/// Moves what was over the bound to its own key. With no room for it beside the full original,
/// the original is removed first (its first part is open and autosave writes it back); if even
/// then it does not fit, the original is restored and `None` says autosave must not overwrite it.
fn keep_aside(raw: &str, aside: &SetAside) -> Option<Rc<str>> {
    let key = format!("{SET_ASIDE_PREFIX}{}", browser::now_ms() as u64);
    let stored = browser::write(&key, &aside.json).or_else(|_| {
        browser::remove(STORAGE_KEY)?;
        browser::write(&key, &aside.json).inspect_err(|_| {
            let _ = browser::write(STORAGE_KEY, raw);
        })
    });
    stored.ok().map(|()| key.into())
}

/// What start-up found in storage.
pub struct Boot {
    pub workspace: Workspace,
    pub status: StoreStatus,
    /// The stored workspace held scenarios of an older schema, upgraded on loading.
    pub upgrade: Option<Upgrade>,
    /// Nothing was stored: a first visit, which opens an example and offers where to start.
    pub first_visit: bool,
}

pub fn boot() -> Boot {
    if !browser::storage_works() {
        // Reading may still work (a full store): try, but say changes won't be kept.
        // Bounded too; what is over the bound cannot be moved aside here and stays stored.
        let bounded = browser::read(STORAGE_KEY)
            .ok()
            .flatten()
            .and_then(|raw| load_workspace_bounded(&raw, MAX_SCENARIOS).ok());
        return Boot {
            upgrade: bounded.as_ref().and_then(|b| b.upgrade),
            workspace: bounded.map_or_else(default_workspace, |b| b.workspace),
            status: StoreStatus::Unavailable,
            first_visit: false,
        };
    }
    match browser::read(STORAGE_KEY) {
        // Bounded like an imported file, so start-up time does not grow with the store.
        Ok(Some(raw)) => match load_workspace_bounded(&raw, MAX_SCENARIOS) {
            Ok(bounded) => {
                let status = match bounded.set_aside {
                    None => StoreStatus::Saving,
                    Some(aside) => StoreStatus::SetAside {
                        // `None`: not moved; the full original stays under STORAGE_KEY.
                        key: keep_aside(&raw, &aside).unwrap_or_else(|| STORAGE_KEY.into()),
                        opened: bounded.workspace.entries.len(),
                        count: aside.count,
                        json: aside.json.into(),
                    },
                };
                Boot {
                    workspace: bounded.workspace,
                    status,
                    upgrade: bounded.upgrade,
                    first_visit: false,
                }
            }
            Err(error) => {
                let backup_key = format!("{BACKUP_PREFIX}{}", browser::now_ms() as u64);
                let status = match browser::write(&backup_key, &raw) {
                    Ok(()) => StoreStatus::Recovered {
                        backup_key: backup_key.into(),
                        raw: raw.into(),
                        error,
                    },
                    // No room for a copy: keep the original where it is and don't autosave
                    // over it.
                    Err(_) => StoreStatus::Recovered {
                        backup_key: STORAGE_KEY.into(),
                        raw: raw.into(),
                        error,
                    },
                };
                Boot {
                    workspace: default_workspace(),
                    status,
                    upgrade: None,
                    first_visit: false,
                }
            }
        },
        Ok(None) => Boot {
            workspace: default_workspace(),
            status: StoreStatus::Saving,
            upgrade: None,
            first_visit: true,
        },
        Err(_) => Boot {
            workspace: default_workspace(),
            status: StoreStatus::Unavailable,
            upgrade: None,
            first_visit: false,
        },
    }
}

/// Quiet time after a change before the workspace is written: a burst of typing is one write.
/// Serialising and storing the whole workspace on every keystroke was about a tenth of a
/// keystroke's work on a slow PC, and grows with the number of scenarios.
const SAVE_AFTER_MS: u32 = 400;

/// Dispatched on `window` by whoever reads the stored workspace while the planner is open (the
/// training panel checking an exercise): the planner writes what is waiting at once, since
/// `dispatchEvent` runs listeners before it returns.
pub const SAVE_NOW_EVENT: &str = "village-income-planner-save-now";

/// The write waiting for typing to pause, and the writer that remembers what it wrote.
#[derive(Default)]
struct Pending {
    next: RefCell<Option<(Rc<Workspace>, UseStateHandle<StoreStatus>)>>,
    writer: RefCell<CompactWriter>,
}

impl Pending {
    fn flush(&self) {
        let next = self.next.borrow_mut().take();
        if let Some((workspace, status)) = next {
            self.save(&workspace, &status);
        }
    }

    fn save(&self, workspace: &Workspace, status: &UseStateHandle<StoreStatus>) {
        let blocked = match &**status {
            StoreStatus::Unavailable => true,
            // The unreadable original could not be copied aside: never write over it.
            StoreStatus::Recovered { backup_key, .. } => &**backup_key == STORAGE_KEY,
            StoreStatus::SetAside { key, .. } => &**key == STORAGE_KEY,
            _ => false,
        };
        if blocked {
            return;
        }
        let text = self.writer.borrow_mut().write(workspace);
        match browser::write(STORAGE_KEY, &text) {
            Ok(()) if **status == StoreStatus::CouldNotSave => status.set(StoreStatus::Saving),
            Ok(()) => {}
            Err(_) => status.set(StoreStatus::CouldNotSave),
        }
    }
}

/// Saves `workspace` when it changes: at once on start-up, then once typing pauses — and at once
/// when the page is hidden or left, or when asked ([`SAVE_NOW_EVENT`]). Updates `status` when
/// saving fails or recovers.
#[hook]
pub fn use_autosave(workspace: Rc<Workspace>, status: UseStateHandle<StoreStatus>) {
    let (pending, timer) = (*use_memo((), |()| {
        let pending = Rc::new(Pending::default());
        let waiting = Rc::downgrade(&pending);
        let timer = QuietTimer::new(SAVE_AFTER_MS, move || {
            if let Some(p) = waiting.upgrade() {
                p.flush();
            }
        });
        (pending, timer)
    }))
    .clone();
    {
        let (pending, timer) = (pending.clone(), timer.clone());
        use_effect_with((), move |()| {
            let now: Rc<dyn Fn()> = Rc::new(move || {
                timer.cancel();
                pending.flush();
            });
            let on = |now: &Rc<dyn Fn()>, only_hidden: bool| {
                let now = now.clone();
                move |_: &web_sys::Event| {
                    if !only_hidden || gloo::utils::document().hidden() {
                        now();
                    }
                }
            };
            let window = gloo::utils::window();
            let listeners = [
                EventListener::new(&window, "pagehide", on(&now, false)),
                EventListener::new(&window, SAVE_NOW_EVENT, on(&now, false)),
                EventListener::new(&gloo::utils::document(), "visibilitychange", on(&now, true)),
            ];
            move || {
                drop(listeners);
                now();
            }
        });
    }
    let first = use_mut_ref(|| true);
    use_effect_with(workspace, move |workspace| {
        if std::mem::take(&mut *first.borrow_mut()) {
            pending.save(workspace, &status);
        } else {
            *pending.next.borrow_mut() = Some((workspace.clone(), status));
            timer.poke();
        }
    });
}
