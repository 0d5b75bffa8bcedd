//! The county page (村级与县级规划): a second page app in its own wasm, mounted into
//! `#county-root` (beside `<body>`, so the planner app never sees its events) by
//! assets/pages-loader.js when a planner opens it from the planner's header.
//! It reads the planner's scenarios from this browser's storage and keeps its roster in the
//! roster worker; nothing of it is in the planner's first load.

mod app;
mod client;
mod files;
mod number_input;
mod results;
mod risk;
mod settings;
mod targeting;
mod typical;

pub use app::CountyApp;

/// Where the loader mounts the page.
pub const ROOT_ID: &str = "county-root";

/// Mounts the county page into `#county-root` (the loader creates it before starting us).
pub fn start() {
    let root = crate::ui::browser::app_root(ROOT_ID, false);
    yew::Renderer::<CountyApp>::with_root(root).render();
}

/// Back to the household planner: the loader's class comes off the body and the fragment goes.
pub fn close() {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().remove_1("county-open");
    }
    if crate::ui::browser::location_hash() == "#county" {
        crate::ui::browser::clear_hash();
    }
    if let Some(link) = gloo::utils::document()
        .query_selector("[data-open-county]")
        .ok()
        .flatten()
    {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(link) {
            let _ = el.focus();
        }
    }
}
