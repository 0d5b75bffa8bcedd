//! Keeping scenarios: the workspace of named scenarios, its stored format and migrations,
//! import and export files, CSV of a projection, and share links. Pure Rust, tested natively;
//! the browser side (localStorage, downloads, file pickers) lives in `ui::hooks`.

pub mod workspace;

pub use workspace::{Entry, EntryId, Workspace, WORKSPACE_VERSION};
