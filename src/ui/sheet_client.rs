//! The page's side of the sheet worker: `read_xlsx` and `write_xlsx` as async functions. The
//! worker is spawned on first use (its wasm, with the spreadsheet crates, is not part of the first
//! load) and kept for later calls; if it fails to load (offline before it was ever cached), the
//! calls waiting on it fail with a message and the next call tries again.
//!
//! Also `decode_text`: a CSV's bytes as text, UTF-8 or else GB18030 by the browser's own decoder.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, MessageEvent, Worker};

use crate::model::text::OwnedText;
use crate::sheet_worker::protocol::{Job, Reply, ReplyBody, Request};
use crate::storage::roster_csv::{decode_register_text, CsvTable, SheetTable};

/// The worker's loader, written by trunk next to index.html (`data-loader-shim`).
const LOADER: &str = "sheet-worker_loader.js";

struct Waiting {
    id: u32,
    resolve: Function,
    reject: Function,
}

struct Client {
    worker: Worker,
    next_id: Cell<u32>,
    /// Requests posted before the worker said it was ready; `None` once it has.
    queued: Rc<RefCell<Option<Vec<Uint8Array>>>>,
    waiting: Rc<RefCell<Vec<Waiting>>>,
    /// Set when the worker failed to load or crashed: the next call replaces it.
    broken: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<Client>>> = const { RefCell::new(None) };
}

fn post(worker: &Worker, message: &Uint8Array) {
    let transfer = Array::of1(&message.buffer());
    if let Err(e) = worker.post_message_with_transfer(message, &transfer) {
        gloo::console::error!("sheet worker: post failed", e);
    }
}

impl Client {
    fn spawn() -> Result<Rc<Client>, JsValue> {
        // Resolved against the document's base, so a build served from a sub-path finds it.
        let base = gloo::utils::document().base_uri()?.unwrap_or_default();
        let url = web_sys::Url::new_with_base(LOADER, &base)?.href();
        let worker = Worker::new(&url)?;
        let queued: Rc<RefCell<Option<Vec<Uint8Array>>>> = Rc::new(RefCell::new(Some(Vec::new())));
        let waiting: Rc<RefCell<Vec<Waiting>>> = Rc::new(RefCell::new(Vec::new()));
        let on_message = {
            let queued = Rc::clone(&queued);
            let waiting = Rc::clone(&waiting);
            let worker = worker.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let head = Uint8Array::new(&data).subarray(0, 5).to_vec();
                match Reply::peek(&head) {
                    Some((true, _)) => {
                        for message in queued.borrow_mut().take().unwrap_or_default() {
                            post(&worker, &message);
                        }
                    }
                    Some((false, id)) => {
                        let mut list = waiting.borrow_mut();
                        if let Some(i) = list.iter().position(|w| w.id == id) {
                            let _ = list.swap_remove(i).resolve.call1(&JsValue::NULL, &data);
                        }
                    }
                    None => gloo::console::error!("sheet worker: unreadable reply"),
                }
            })
        };
        let broken = Rc::new(Cell::new(false));
        let on_error = {
            let waiting = Rc::clone(&waiting);
            let broken = Rc::clone(&broken);
            let worker = worker.clone();
            // A plain Event when the worker's script did not load, an ErrorEvent when it threw.
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                let why = JsValue::from(event);
                for w in waiting.borrow_mut().drain(..) {
                    let _ = w.reject.call1(&JsValue::NULL, &why);
                }
                // Not dropped here (this closure belongs to it): the next call replaces it.
                broken.set(true);
                worker.terminate();
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Rc::new(Client {
            worker,
            next_id: Cell::new(0),
            queued,
            waiting,
            broken,
            _on_message: on_message,
            _on_error: on_error,
        }))
    }

    fn get() -> Result<Rc<Client>, JsValue> {
        CLIENT.with(|c| {
            let mut slot = c.borrow_mut();
            if let Some(client) = slot.as_ref().filter(|c| !c.broken.get()) {
                return Ok(Rc::clone(client));
            }
            let client = Client::spawn()?;
            *slot = Some(Rc::clone(&client));
            Ok(client)
        })
    }

    async fn call(job: Job) -> Result<ReplyBody, OwnedText> {
        let unavailable = |e: JsValue| match crate::ui::browser::error_words(&e) {
            Some(why) => OwnedText {
                zh: format!("表格组件未能加载（{why}）：请联网后重试"),
                en: format!(
                    "The spreadsheet component did not load ({why}); go online and try again"
                ),
            },
            None => OwnedText {
                zh: "表格组件未能加载：请联网后重试".into(),
                en: "The spreadsheet component did not load; go online and try again".into(),
            },
        };
        let client = Client::get().map_err(unavailable)?;
        let id = client.next_id.get().wrapping_add(1);
        client.next_id.set(id);
        let message = Uint8Array::from(Request { id, job }.encode().as_slice());
        let promise = Promise::new(&mut |resolve, reject| {
            client.waiting.borrow_mut().push(Waiting {
                id,
                resolve,
                reject,
            });
        });
        match client.queued.borrow_mut().as_mut() {
            Some(queue) => queue.push(message),
            None => post(&client.worker, &message),
        }
        drop(client);
        let data = JsFuture::from(promise).await.map_err(unavailable)?;
        let bytes = Uint8Array::new(&data).to_vec();
        Reply::decode(&bytes)
            .map(|r| r.body)
            .ok_or_else(|| OwnedText {
                zh: "表格组件的回复无法读取".into(),
                en: "Unreadable reply from the spreadsheet component".into(),
            })
    }
}

fn joined(messages: Vec<OwnedText>) -> OwnedText {
    OwnedText {
        zh: messages
            .iter()
            .map(|m| m.zh.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        en: messages
            .iter()
            .map(|m| m.en.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn unexpected() -> OwnedText {
    OwnedText {
        zh: "表格组件回复了意外的内容".into(),
        en: "Unexpected reply from the spreadsheet component".into(),
    }
}

/// An .xlsx register's headers and cells (the first sheet with cells), for the same column
/// mapping and checks as a CSV (`storage::roster_csv::roster_from_table`); or why the file was
/// refused (password, old .xls, damaged, merged cells, too many rows, garbled text).
pub async fn read_xlsx(bytes: &[u8]) -> Result<CsvTable, OwnedText> {
    match Client::call(Job::ReadXlsx(bytes.to_vec())).await? {
        ReplyBody::Table(table) => Ok(table),
        ReplyBody::Failed(messages) => Err(joined(messages)),
        _ => Err(unexpected()),
    }
}

/// The tables as one .xlsx workbook, a sheet each, ready to download.
pub async fn write_xlsx(sheets: Vec<SheetTable>) -> Result<Vec<u8>, OwnedText> {
    match Client::call(Job::WriteXlsx(sheets)).await? {
        ReplyBody::Bytes(bytes) => Ok(bytes),
        ReplyBody::Failed(messages) => Err(joined(messages)),
        _ => Err(unexpected()),
    }
}

/// A CSV file's bytes as text: UTF-8 (byte-order mark or not) when valid, otherwise GB18030 (GBK,
/// what Chinese Excel writes) by the browser's `TextDecoder`, which costs no wasm. Rust's own
/// UTF-8 check is the strict ("fatal") one. Text that comes out garbled is refused later by
/// `roster_csv::read_table`, with its own message.
pub fn decode_text(bytes: &[u8]) -> String {
    decode_register_text(bytes, |b| {
        web_sys::TextDecoder::new_with_label("gb18030")
            .and_then(|d| d.decode_with_u8_array(b))
            .unwrap_or_else(|_| String::from_utf8_lossy(b).into_owned())
    })
}
