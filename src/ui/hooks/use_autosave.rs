//! Loading the workspace at start-up and saving it on every change.
//!
//! The stored text is only ever replaced by a workspace that was read successfully or built
//! here: an unreadable store is first copied to a backup key, so no planner's work is lost.

use std::rc::Rc;

use yew::prelude::*;

use crate::storage::files::export_workspace_compact;
use crate::storage::migrate::{load_workspace_bounded, SetAside, Upgrade};
use crate::storage::workspace::Workspace;
use crate::storage::MAX_SCENARIOS;
use crate::ui::browser;
use crate::ui::notice::StoreStatus;
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

/// Saves `workspace` whenever it changes; updates `status` when saving fails or recovers.
#[hook]
pub fn use_autosave(workspace: Rc<Workspace>, status: UseStateHandle<StoreStatus>) {
    use_effect_with(workspace, move |workspace| {
        let blocked = match &*status {
            StoreStatus::Unavailable => true,
            // The unreadable original could not be copied aside: never write over it.
            StoreStatus::Recovered { backup_key, .. } => &**backup_key == STORAGE_KEY,
            StoreStatus::SetAside { key, .. } => &**key == STORAGE_KEY,
            _ => false,
        };
        if !blocked {
            match browser::write(STORAGE_KEY, &export_workspace_compact(workspace)) {
                Ok(()) if *status == StoreStatus::CouldNotSave => status.set(StoreStatus::Saving),
                Ok(()) => {}
                Err(_) => status.set(StoreStatus::CouldNotSave),
            }
        }
    });
}
