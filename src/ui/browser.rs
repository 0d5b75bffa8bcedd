//! Thin, failure-tolerant wrappers over browser APIs the planner needs: storage that may be
//! missing or full, file downloads, the URL fragment, printing. None of them panics.

use wasm_bindgen::JsCast;

/// A browser API refused: storage missing or full, a download that could not start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// What the browser said went wrong, in its own words: a thrown string, an `Error`'s message, an
/// `ErrorEvent`'s message. `None` when it gave none — a worker whose script did not load gets a
/// plain `error` event, with no message at all.
pub fn error_words(e: &wasm_bindgen::JsValue) -> Option<String> {
    let words = if let Some(text) = e.as_string() {
        text
    } else if let Some(error) = e.dyn_ref::<js_sys::Error>() {
        error.message().into()
    } else if let Some(event) = e.dyn_ref::<web_sys::ErrorEvent>() {
        event.message()
    } else if e.is_instance_of::<web_sys::Event>() {
        String::new()
    } else {
        format!("{e:?}")
    };
    let words = words.trim();
    (!words.is_empty()).then(|| words.to_string())
}

fn storage() -> Option<web_sys::Storage> {
    // Private modes and sandboxed frames throw on the getter itself.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether localStorage exists and accepts a write.
pub fn storage_works() -> bool {
    const PROBE: &str = "village-income-planner.probe";
    storage().is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok())
}

/// `Err` when storage is unavailable or reading throws; `Ok(None)` when the key is absent.
pub fn read(key: &str) -> Result<Option<String>, Refused> {
    storage().ok_or(Refused)?.get_item(key).map_err(|_| Refused)
}

/// `Err` when storage is unavailable or full.
pub fn write(key: &str, value: &str) -> Result<(), Refused> {
    storage()
        .ok_or(Refused)?
        .set_item(key, value)
        .map_err(|_| Refused)
}

/// `Err` when storage is unavailable or refuses.
pub fn remove(key: &str) -> Result<(), Refused> {
    storage()
        .ok_or(Refused)?
        .remove_item(key)
        .map_err(|_| Refused)
}

/// Offers `content` as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), Refused> {
    download_part(file_name, mime, &wasm_bindgen::JsValue::from_str(content))
}

/// Offers `bytes` as a file download (an .xlsx workbook).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), Refused> {
    download_part(file_name, mime, &js_sys::Uint8Array::from(bytes))
}

fn download_part(file_name: &str, mime: &str, part: &wasm_bindgen::JsValue) -> Result<(), Refused> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options).map_err(|_| Refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| Refused)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| Refused)?
        .dyn_into()
        .map_err(|_| Refused)?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Let the click start the download before the URL goes.
    let url_for_later = url.clone();
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url_for_later);
    })
    .forget();
    Ok(())
}

/// The URL fragment, with its '#'.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment without reloading or adding a history entry, so a reload does not add
/// a shared scenario twice.
pub fn clear_hash() {
    if let Some(w) = web_sys::window() {
        let path = w.location().pathname().unwrap_or_default()
            + &w.location().search().unwrap_or_default();
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }
}

/// The page address without its fragment, for building share links.
pub fn page_url_without_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Takes the planner to an input: opens the sections around it, brings it into view and focuses
/// it. `id` names the input itself or a block holding inputs (its invalid one is chosen first).
pub fn go_to_input(id: &str) {
    let Some(target) = gloo::utils::document().get_element_by_id(id) else {
        return;
    };
    let mut details = target.closest("details").ok().flatten();
    while let Some(d) = details {
        let _ = d.set_attribute("open", "");
        details = d
            .parent_element()
            .and_then(|p| p.closest("details").ok().flatten());
    }
    let input = if target.tag_name().eq_ignore_ascii_case("input") {
        Some(target)
    } else {
        let first = |selector: &str| target.query_selector(selector).ok().flatten();
        first("[aria-invalid=true]").or_else(|| first("input"))
    };
    if let Some(input) = input.and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok()) {
        // Aligned to the top, below the narrow screens' sticky summary (CSS scroll-margin).
        input.scroll_into_view();
        let _ = input.focus();
    }
}

/// Whether the window is narrow (a phone, a split window): the layout's one-column width.
pub fn is_narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(max-width: 900px)").ok().flatten())
        .is_some_and(|m| m.matches())
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Today's date as YYYY-MM-DD in local time.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Milliseconds since the epoch, for unique backup keys.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The element a second page app mounts into (the county page, the training panel): `#id`, made
/// beside `<body>` if its loader has not made it — never inside it, where the planner's app
/// listens for events. Before `<body>` when `first`, else after it.
pub fn app_root(id: &str, first: bool) -> web_sys::Element {
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id(id) {
        return root;
    }
    let root = document.create_element("div").expect("a div");
    root.set_id(id);
    if let Some(html) = document.document_element() {
        let before = if first { document.body() } else { None };
        let _ = html.insert_before(&root, before.as_ref().map(|b| b.as_ref()));
    }
    root
}
