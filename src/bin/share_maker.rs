//! The share maker: a small wasm module of two functions, no app, that the share dialog loads
//! the first time it opens (assets/pages-loader.js, `src/ui/share_maker.rs`). Making a link
//! (diffing against the frozen base, deflate's compressor) and its QR code are needed only when
//! a planner shares, so the page's first load carries neither; opening a link needs only the
//! inflater, which stays in the page.

#[cfg(target_arch = "wasm32")]
mod exports {
    use serde_json::Value;
    use wasm_bindgen::prelude::*;

    /// The share payload (after `#s=`) of the scenarios in `scenarios_json`, a JSON array of
    /// scenarios as they serialise: one is a plain link, several a compared set.
    #[wasm_bindgen]
    pub fn share_payload(scenarios_json: &str) -> Result<String, JsError> {
        let scenarios: Vec<Value> = serde_json::from_str(scenarios_json)?;
        Ok(village_income_planner::storage::encode_values(&scenarios))
    }

    /// The QR code of `text` as `[size in modules, SVG path]`, or `undefined` when the text is
    /// too long for any QR version.
    #[wasm_bindgen]
    pub fn qr_code(text: &str) -> JsValue {
        match village_income_planner::ui::qr::qr_path(text) {
            Some((size, path)) => js_sys::Array::of2(&size.into(), &path.into()).into(),
            None => JsValue::UNDEFINED,
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The share maker runs in the browser; natively see village_income_planner::storage::encode_values."
    );
}
