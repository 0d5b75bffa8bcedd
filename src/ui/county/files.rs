//! Files a planner brings to the county page: CSV text in whichever encoding Chinese Excel wrote
//! it, and .xlsx workbooks, which the sheet worker reads (its code loads on first use).

use yew::prelude::*;

use crate::model::roster::tables::SheetTable;
use crate::model::text::OwnedText;
use crate::roster_worker::protocol::Job;
use crate::ui::browser;
use crate::ui::sheet_client;

pub use sheet_client::decode_text;

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Reads an .xlsx in the sheet worker and passes its cells on to the roster worker.
pub fn read_spreadsheet(
    bytes: Vec<u8>,
    file_name: String,
    send: Callback<Job>,
    fail: Callback<OwnedText>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        match sheet_client::read_xlsx(&bytes).await {
            Ok(table) => send.emit(Job::ImportTable {
                headers: table.headers,
                rows: table.rows,
                file_name,
            }),
            Err(message) => fail.emit(message),
        }
    });
}

/// Writes `sheets` as one .xlsx workbook in the sheet worker and offers it for download.
pub fn download_xlsx(stem: String, sheets: Vec<SheetTable>, fail: Callback<OwnedText>) {
    wasm_bindgen_futures::spawn_local(async move {
        match sheet_client::write_xlsx(sheets).await {
            Ok(bytes) => {
                let name = crate::storage::files::safe_file_name(&stem, "xlsx");
                if browser::download_bytes(&name, XLSX_MIME, &bytes).is_err() {
                    fail.emit(OwnedText {
                        zh: "无法下载文件。".into(),
                        en: "The download could not start.".into(),
                    });
                }
            }
            Err(message) => fail.emit(message),
        }
    });
}
