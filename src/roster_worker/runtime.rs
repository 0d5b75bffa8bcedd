//! The worker's side of the messages: one [`Session`] for the worker's life, each request
//! handled as it arrives (a plan over 10,000 households takes a fraction of a second), and a
//! risk run in slices of about one frame with its progress between them, so a newer request
//! (an edit, a cancel) gets in and replaces it.

use std::cell::{Cell, RefCell};

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Job, Reply, ReplyBody, Request};
use super::session::Session;
use crate::model::text::OwnedText;

/// Work per slice of a risk run before yielding to the event loop, in milliseconds: a cancel or
/// an edit waits at most this long. Nothing draws in this worker, so a slice can be far longer
/// than a frame, and a timer between slices costs at least 4 ms (browsers clamp nested timers).
const SLICE_MS: f64 = 100.0;

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
    /// The risk run's request id and start time.
    static RISK: Cell<(u32, f64)> = const { Cell::new((0, 0.0)) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

fn post(id: u32, body: ReplyBody) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&JsValue::from_str(&Reply { id, body }.to_json()));
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Installs the message handler; called once from the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match Request::from_json(&text) {
            Ok(Request { id, job }) => {
                let started = now_ms();
                let is_risk = matches!(job, Job::Risk { .. });
                let silent = matches!(job, Job::Cancel);
                let mut body = SESSION.with(|s| s.borrow_mut().handle(job));
                if let ReplyBody::Report { elapsed_ms, .. } = &mut body {
                    *elapsed_ms = now_ms() - started;
                }
                if is_risk {
                    RISK.with(|r| r.set((id, started)));
                }
                if !silent {
                    post(id, body);
                }
                if SESSION.with(|s| s.borrow().risk_running()) {
                    schedule();
                }
            }
            Err(e) => post(
                0,
                ReplyBody::Failed(OwnedText {
                    zh: format!("无法读取的请求：{e}"),
                    en: format!("Unreadable request: {e}"),
                }),
            ),
        }
    });
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(0, ReplyBody::Ready);
}

fn schedule() {
    if SCHEDULED.with(|s| s.replace(true)) {
        return;
    }
    Timeout::new(0, || {
        SCHEDULED.with(|s| s.set(false));
        slice();
    })
    .forget();
}

fn slice() {
    let started = now_ms();
    let (id, risk_started) = RISK.with(Cell::get);
    let mut last = None;
    while now_ms() - started < SLICE_MS {
        match SESSION.with(|s| s.borrow_mut().risk_step()) {
            Some(ReplyBody::Risk { summary, .. }) => {
                post(
                    id,
                    ReplyBody::Risk {
                        summary,
                        elapsed_ms: now_ms() - risk_started,
                    },
                );
                return;
            }
            Some(progress) => last = Some(progress),
            None => return,
        }
    }
    if let Some(progress) = last {
        post(id, progress);
    }
    schedule();
}
