//! Loading the workspace at start-up and saving it on every change.
//!
//! The stored text is only ever replaced by a workspace that was read successfully or built
//! here: an unreadable store is first copied to a backup key, so no planner's work is lost.

use std::rc::Rc;

use yew::prelude::*;

use crate::storage::files::export_workspace;
use crate::storage::migrate::{load_workspace_noting, Upgrade};
use crate::storage::workspace::Workspace;
use crate::ui::browser;
use crate::ui::notice::StoreStatus;
use crate::ui::state::default_workspace;

pub const STORAGE_KEY: &str = "village-income-planner.workspace";
const BACKUP_PREFIX: &str = "village-income-planner.unreadable-";

/// What start-up found in storage.
pub struct Boot {
    pub workspace: Workspace,
    pub status: StoreStatus,
    /// The stored workspace held scenarios of an older schema, upgraded on loading.
    pub upgrade: Option<Upgrade>,
}

pub fn boot() -> Boot {
    if !browser::storage_works() {
        // Reading may still work (a full store): try, but say changes won't be kept.
        let workspace = browser::read(STORAGE_KEY)
            .ok()
            .flatten()
            .and_then(|raw| load_workspace_noting(&raw).ok());
        return Boot {
            upgrade: workspace.as_ref().and_then(|(_, u)| *u),
            workspace: workspace.map_or_else(default_workspace, |(w, _)| w),
            status: StoreStatus::Unavailable,
        };
    }
    match browser::read(STORAGE_KEY) {
        Ok(Some(raw)) => match load_workspace_noting(&raw) {
            Ok((workspace, upgrade)) => Boot {
                workspace,
                status: StoreStatus::Saving,
                upgrade,
            },
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
                }
            }
        },
        Ok(None) => Boot {
            workspace: default_workspace(),
            status: StoreStatus::Saving,
            upgrade: None,
        },
        Err(_) => Boot {
            workspace: default_workspace(),
            status: StoreStatus::Unavailable,
            upgrade: None,
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
            _ => false,
        };
        if !blocked {
            match browser::write(STORAGE_KEY, &export_workspace(workspace)) {
                Ok(()) if *status == StoreStatus::CouldNotSave => status.set(StoreStatus::Saving),
                Ok(()) => {}
                Err(_) => status.set(StoreStatus::CouldNotSave),
            }
        }
    });
}
