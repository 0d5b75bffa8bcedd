//! The roster worker: holds a county's or township's households off the page's thread, reads
//! registers into them, and runs plans (and their risk) over them. Its own wasm, spawned by the
//! county page, so neither the planner's first load nor the page's thread carries a roster.

pub mod protocol;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
pub mod session;
