//! The worker's side: reads a request, does it and posts the reply (one job at a time; reading a
//! 10,000-household register takes well under a second, benches/roster_import.rs, so there is no
//! need to slice it). Buffers cross both ways as transferred `ArrayBuffer`s.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Job, Reply, ReplyBody, Request};
use crate::model::text::OwnedText;
use crate::storage::roster_xlsx::{read_xlsx_table, write_xlsx};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(id: u32, body: ReplyBody) {
    let bytes = Reply { id, body }.encode();
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    let transfer = js_sys::Array::of1(&array.buffer());
    if scope()
        .post_message_with_transfer(&array, &transfer)
        .is_err()
    {
        let _ = scope().post_message(&array);
    }
}

fn failed(why: String) -> ReplyBody {
    ReplyBody::Failed(vec![OwnedText {
        zh: format!("表格处理失败：{why}"),
        en: format!("The spreadsheet could not be processed: {why}"),
    }])
}

/// Installs the message handler; called once from the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        let Some(Request { id, job }) = Request::decode(&bytes) else {
            post(0, failed("unreadable request".to_string()));
            return;
        };
        let body = match job {
            Job::ReadXlsx(file) => match read_xlsx_table(&file) {
                Ok(table) => ReplyBody::Table(table),
                Err(errors) => ReplyBody::Failed(errors.iter().map(|e| e.message()).collect()),
            },
            Job::WriteXlsx(sheets) => match write_xlsx(&sheets) {
                Ok(bytes) => ReplyBody::Bytes(bytes),
                Err(e) => failed(e),
            },
        };
        post(id, body);
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(0, ReplyBody::Ready);
}
