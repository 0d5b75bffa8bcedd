//! Heavy computation off the page's thread: the Monte Carlo and the sensitivity (tornado) run in a
//! web worker. `protocol` is the messages both sides exchange (plain serde, tested natively);
//! `runtime` is the worker's side, built only for the browser. The page's side is
//! `ui::risk_client`.

pub mod codec;
pub mod protocol;
#[cfg(target_arch = "wasm32")]
pub mod runtime;
