//! Keeping scenarios: the workspace of named scenarios, its stored format and migrations,
//! import and export files, CSV of a projection, and share links. Pure Rust, tested natively;
//! the browser side (localStorage, downloads, file pickers) lives in `ui::hooks`.

mod base64url;
pub mod course_link;
pub mod csv;
pub mod files;
pub mod migrate;
pub mod reader;
pub mod roster_csv;
#[cfg(feature = "sheets")]
pub mod roster_xlsx;
pub mod share;
pub mod workspace;

pub use csv::projection_csv;
pub use files::{
    export_scenario, export_scenario_dated, export_workspace, export_workspace_compact,
    export_workspace_dated, import_file, safe_file_name, ImportError, Imported, MAX_IMPORT_BYTES,
    MAX_SCENARIOS,
};
pub use migrate::{
    load_workspace, load_workspace_bounded, load_workspace_noting, Bounded, Format, LoadError,
    SetAside, Upgrade,
};
pub use share::{
    decode_link, decode_shared_noting, encode_link, encode_set, encode_values, link_fragment,
    scenario_from_fragment, scenario_values, set_fragment, shared_from_fragment_noting, ShareError,
    FRAGMENT_PREFIX, MAX_SHARED_SET,
};
pub use workspace::{Entry, EntryId, Workspace, WORKSPACE_VERSION};
