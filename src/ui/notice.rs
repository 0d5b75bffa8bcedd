//! Messages to the planner about their work: imports, share links, storage. Kept as reasons,
//! rendered in the current language.

use std::rc::Rc;

use crate::i18n::Lang;
use crate::model::Text;
use crate::storage::files::ImportError;
use crate::storage::migrate::{LoadError, Upgrade};
use crate::storage::share::ShareError;
use crate::storage::workspace::Entry;
use crate::ui::state::display_name;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Imported {
        scenarios: usize,
        upgrade: Option<Upgrade>,
    },
    ImportFailed {
        file: Rc<str>,
        error: ImportError,
    },
    /// A share link was opened: `total` scenarios, of which `existing` were already in the
    /// workspace and switched to rather than added again.
    Shared {
        total: usize,
        existing: Rc<[Entry]>,
        upgrade: Option<Upgrade>,
    },
    /// The autosaved workspace held scenarios of an older schema.
    Upgraded(Upgrade),
    ShareFailed(ShareError),
    LinkCopied,
}

impl Notice {
    pub fn is_error(&self) -> bool {
        matches!(self, Notice::ImportFailed { .. } | Notice::ShareFailed(_))
    }

    pub fn message(&self, lang: Lang) -> String {
        let en = lang.is_en();
        match self {
            Notice::Imported { scenarios, upgrade } => {
                let said = if en {
                    format!("Imported {scenarios} scenario(s); they were added beside your own.")
                } else {
                    format!("已导入 {scenarios} 个方案，已添加在现有方案之后。")
                };
                with_upgrade(said, upgrade, en)
            }
            Notice::ImportFailed { file, error } => {
                let reason = error.message(en);
                if en {
                    format!("“{file}” was not imported, and nothing changed: {reason}")
                } else {
                    format!("未导入“{file}”，工作区未作任何改动：{reason}")
                }
            }
            Notice::Shared {
                total,
                existing,
                upgrade,
            } => with_upgrade(shared_message(*total, existing, lang), upgrade, en),
            Notice::Upgraded(upgrade) => upgrade.message(en),
            Notice::ShareFailed(error) => {
                let reason = error.message(en);
                if en {
                    format!("The share link could not be opened, and nothing changed: {reason}")
                } else {
                    format!("无法打开分享链接，工作区未作任何改动：{reason}")
                }
            }
            Notice::LinkCopied => lang.tr(Text::new("链接已复制", "Link copied")).to_string(),
        }
    }
}

/// What opening a share link did, in the current language.
fn shared_message(total: usize, existing: &[Entry], lang: Lang) -> String {
    let en = lang.is_en();
    let names: Vec<String> = existing
        .iter()
        .map(|e| format!("“{}”", display_name(e, lang)))
        .collect();
    let names = crate::i18n::strings::list_names(&names, en);
    let added = total - existing.len();
    match (total, existing.len(), en) {
        (1, 0, _) => lang
            .tr(Text::new(
                "已从分享链接添加方案，原有方案未改动。",
                "The shared scenario was added; your own scenarios are unchanged.",
            ))
            .to_string(),
        (1, _, false) => format!("分享链接中的方案已在工作区中（{names}），已切换到该方案，未重复添加。"),
        (1, _, true) => format!("The shared scenario is already in your workspace ({names}): switched to it rather than adding a copy."),
        (_, 0, false) => format!("已从分享链接添加 {total} 个方案并打开对比，原有方案未改动。"),
        (_, 0, true) => format!("The {total} shared scenarios were added and are compared; your own scenarios are unchanged."),
        (_, n, false) if n == total => {
            format!("分享链接中的 {total} 个方案都已在工作区中（{names}），已切换到对比，未重复添加。")
        }
        (_, n, true) if n == total => format!("The {total} shared scenarios are all in your workspace already ({names}): they are compared, and no copy was added."),
        (_, _, false) => format!("已打开分享链接中 {total} 个方案的对比：新添加 {added} 个；{names} 已在工作区中，未重复添加。"),
        (_, _, true) => format!("The {total} shared scenarios are compared: {added} added; {names} already in your workspace, not added again."),
    }
}

/// A message followed by what changed, when an older scenario was upgraded.
fn with_upgrade(said: String, upgrade: &Option<Upgrade>, en: bool) -> String {
    match upgrade {
        Some(u) => format!("{said} {}", u.message(en)),
        None => said,
    }
}

/// The state of the browser storage behind autosave.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreStatus {
    Saving,
    /// No storage at all (private mode, blocked): changes won't survive a reload.
    Unavailable,
    /// Storage exists but the last write failed (quota): changes won't survive a reload.
    CouldNotSave,
    /// The stored workspace could not be read; it was copied to `backup_key` and left intact.
    Recovered {
        backup_key: Rc<str>,
        raw: Rc<str>,
        error: LoadError,
    },
    /// The stored workspace held more scenarios than start-up opens: `opened` are open, the other
    /// `count` (as a bare workspace, `json`) were moved to `key`, or left where they were when
    /// `key` is the workspace's own key (no room to move them; autosave then stays off).
    SetAside {
        key: Rc<str>,
        opened: usize,
        count: usize,
        json: Rc<str>,
    },
}

impl StoreStatus {
    pub fn message(&self, lang: Lang) -> Option<String> {
        let en = lang.is_en();
        Some(match self {
            StoreStatus::Saving => return None,
            StoreStatus::Unavailable => lang
                .tr(Text::new(
                    "浏览器存储不可用（如无痕模式）：测算照常进行，但刷新后改动不会保留。请用“导出”保存。",
                    "Browser storage is unavailable (e.g. private mode): everything works, but changes won't survive a reload. Use Export to keep them.",
                ))
                .to_string(),
            StoreStatus::CouldNotSave => lang
                .tr(Text::new(
                    "无法写入浏览器存储（空间已满？）：刷新后最近的改动不会保留。请用“导出”保存。",
                    "Could not write to browser storage (full?): recent changes won't survive a reload. Use Export to keep them.",
                ))
                .to_string(),
            StoreStatus::SetAside { opened, count, .. } => {
                let total = opened + count;
                if en {
                    format!("The saved workspace holds {total} scenarios, more than the {opened} opened at once. The first {opened} are open; the other {count} were kept aside in this browser, unchanged and not deleted. Download them to import later.")
                } else {
                    format!("已保存的工作区有 {total} 个方案，超过一次打开的上限 {opened} 个。已打开前 {opened} 个；其余 {count} 个原样另存在本浏览器中，未删除，可下载后再导入。")
                }
            }
            StoreStatus::Recovered { error, .. } => {
                let reason = error.message(en);
                if en {
                    format!("The saved workspace could not be read ({reason}). It was kept aside unchanged; you can download it. A fresh workspace was opened.")
                } else {
                    format!("无法读取已保存的工作区（{reason}）。原数据已另存、未被覆盖，可下载保留。已打开新的工作区。")
                }
            }
        })
    }
}
