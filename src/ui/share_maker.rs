//! The page's side of the share maker (`src/bin/share_maker.rs`): a share link's payload and
//! its QR code, made by a small wasm module that pages-loader.js imports the first time the
//! share dialog opens. Once loaded it is kept, and later dialogs make their link at once.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::Scenario;

/// The module's name: `share-maker.js` beside index.html (trunk, index.html).
const MODULE: &str = "share-maker";

/// The loaded module's functions.
#[derive(Clone)]
pub struct ShareMaker {
    share_payload: Function,
    qr_code: Function,
}

thread_local! {
    static LOADED: RefCell<Option<ShareMaker>> = const { RefCell::new(None) };
}

fn function(module: &JsValue, name: &str) -> Result<Function, JsValue> {
    Reflect::get(module, &name.into())?
        .dyn_into::<Function>()
        .map_err(|_| JsValue::from_str(&format!("{MODULE}.js has no {name}")))
}

/// Why the maker could not be had, in words for the dialog (the browser's own message; empty
/// when it gave none).
fn reason(e: JsValue) -> String {
    crate::ui::browser::error_words(&e).unwrap_or_default()
}

impl ShareMaker {
    /// The maker if it was loaded before.
    pub fn loaded() -> Option<ShareMaker> {
        LOADED.with(|l| l.borrow().clone())
    }

    /// Imports the module (once; a failure is tried again on the next call).
    pub async fn load() -> Result<ShareMaker, String> {
        if let Some(m) = Self::loaded() {
            return Ok(m);
        }
        let window = gloo::utils::window();
        let import = Reflect::get(&window, &"plannerModule".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .ok_or_else(|| "pages-loader.js is not loaded".to_string())?;
        let promise: Promise = import
            .call1(&JsValue::NULL, &MODULE.into())
            .map_err(reason)?
            .dyn_into()
            .map_err(reason)?;
        let module = JsFuture::from(promise).await.map_err(reason)?;
        let maker = ShareMaker {
            share_payload: function(&module, "share_payload").map_err(reason)?,
            qr_code: function(&module, "qr_code").map_err(reason)?,
        };
        LOADED.with(|l| *l.borrow_mut() = Some(maker.clone()));
        Ok(maker)
    }

    /// The payload (after `#s=`) of one scenario, or of a compared set in its order; the same
    /// text as `storage::encode_set`.
    pub fn payload(&self, scenarios: &[&Scenario]) -> Result<String, String> {
        // Not `serde_json::to_string(scenarios)`: a second serialiser of `Scenario`, straight to
        // text, would add about 14 KB to the page.
        let values = crate::storage::scenario_values(scenarios.iter().copied());
        let json = serde_json::Value::Array(values).to_string();
        self.share_payload
            .call1(&JsValue::NULL, &json.into())
            .map_err(reason)?
            .as_string()
            .ok_or_else(|| "share_payload returned no text".to_string())
    }

    /// The QR code of `text`: its size in modules and an SVG path of the dark modules, or `None`
    /// when the text is too long for any QR version (`ui::qr::qr_path`).
    pub fn qr(&self, text: &str) -> Option<(i32, String)> {
        let code = self.qr_code.call1(&JsValue::NULL, &text.into()).ok()?;
        let pair = code.dyn_into::<Array>().ok()?;
        Some((pair.get(0).as_f64()? as i32, pair.get(1).as_string()?))
    }
}
