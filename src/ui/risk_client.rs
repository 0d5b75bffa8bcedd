//! The page's side of the risk worker: spawns it on first use (its code is not part of the first
//! load), sends the newest request and hands replies to the newest request back to a callback.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent, Worker};
use yew::Callback;

use crate::risk_worker::protocol::{Job, Reply, ReplyBody, Request, Wire};

/// What `ReplyBody::Failed` carries when the worker's code did not load (offline before the
/// service worker had cached it); the panel says so in the planner's language.
pub const NOT_LOADED: &str = "worker code not loaded";

/// The worker's loader, written by trunk next to index.html (`data-loader-shim`).
const LOADER: &str = "risk-worker_loader.js";

pub struct RiskClient {
    worker: Worker,
    latest: Rc<Cell<u32>>,
    /// The newest request while the worker is still loading; `None` once it has said it is ready.
    waiting: Rc<RefCell<Option<String>>>,
    /// Set when the worker failed to load or threw.
    broken: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl RiskClient {
    /// Starts the worker. Replies to anything but the latest request are dropped here, so the
    /// callback only ever sees the answer to the scenario on screen.
    pub fn spawn(on_reply: Callback<ReplyBody>) -> Result<Self, JsValue> {
        // Resolved against the document's base, not the page URL, so a build served from a
        // sub-path finds its worker.
        let base = gloo::utils::document().base_uri()?.unwrap_or_default();
        let url = web_sys::Url::new_with_base(LOADER, &base)?.href();
        let worker = Worker::new(&url)?;
        let latest = Rc::new(Cell::new(0));
        let waiting = Rc::new(RefCell::new(Some(String::new())));
        let on_message = {
            let latest = Rc::clone(&latest);
            let waiting = Rc::clone(&waiting);
            let worker = worker.clone();
            let on_reply = on_reply.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let wire = match data.as_string() {
                    Some(text) => Wire::Text(text),
                    None => Wire::Numbers(js_sys::Float64Array::new(&data).to_vec()),
                };
                match Reply::from_wire(&wire).ok_or("unreadable reply") {
                    Ok(Reply {
                        body: ReplyBody::Ready,
                        ..
                    }) => {
                        if let Some(request) = waiting.borrow_mut().take().filter(|r| !r.is_empty())
                        {
                            post(&worker, &request);
                        }
                    }
                    Ok(reply) if reply.id == latest.get() => on_reply.emit(reply.body),
                    Ok(_) => {}
                    Err(e) => on_reply.emit(ReplyBody::Failed(format!("unreadable reply: {e}"))),
                }
            })
        };
        let broken = Rc::new(Cell::new(false));
        // A plain Event when the worker's script did not load, an ErrorEvent when it threw:
        // either way it answers nothing more, and the next request starts a new one.
        let on_error = {
            let broken = Rc::clone(&broken);
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                broken.set(true);
                on_reply.emit(ReplyBody::Failed(
                    crate::ui::browser::error_words(&event)
                        .map_or_else(|| NOT_LOADED.into(), |why| format!("worker error: {why}")),
                ));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(RiskClient {
            worker,
            latest,
            waiting,
            broken,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Whether the worker failed (its code did not load, or it threw): replace it.
    pub fn is_broken(&self) -> bool {
        self.broken.get()
    }

    /// Sends a job; earlier jobs' replies are ignored from now on.
    pub fn send(&self, job: Job) {
        let id = self.latest.get().wrapping_add(1);
        self.latest.set(id);
        let text = Request { id, job }.to_json();
        match self.waiting.borrow_mut().as_mut() {
            // Still loading: keep only the newest request.
            Some(slot) => *slot = text,
            None => post(&self.worker, &text),
        }
    }
}

fn post(worker: &Worker, text: &str) {
    if let Err(e) = worker.post_message(&JsValue::from_str(text)) {
        gloo::console::error!("risk worker: post failed", e);
    }
}

impl Drop for RiskClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
