//! The browser interface: one reducer over the scenario (`state`), components that receive
//! props and emit actions (`components`), and hooks for language and sizing (`hooks`).

pub mod app;
pub mod browser;
pub mod components;
pub mod county;
pub mod figure_code;
pub mod hooks;
pub mod notice;
pub mod qr;
pub mod quiet_timer;
pub mod risk_client;
pub mod share_maker;
pub mod sheet_client;
pub mod state;
pub mod training;

pub use app::App;

/// Id of `<main>`: the skip link's target, and where focus goes when a dialog's opener is gone.
pub const MAIN_ID: &str = "main";

/// Mounts the planner on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
