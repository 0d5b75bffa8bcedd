//! The county page's side of the roster worker: spawns it, queues requests until it has said
//! it is ready, and hands replies back. A plan's report is passed on only if it answers the
//! newest run (an edit made while a run was going replaces it); every other reply is passed on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent, Worker};
use yew::Callback;

use crate::model::text::OwnedText;
use crate::roster_worker::protocol::{Job, Reply, ReplyBody, Request};

/// Written by trunk next to index.html (`data-loader-shim`).
const LOADER: &str = "roster-worker_loader.js";

/// Requests waiting for the worker: (is a run, the request's JSON).
type Queue = Vec<(bool, String)>;

pub struct RosterClient {
    worker: Worker,
    next_id: Cell<u32>,
    latest_run: Rc<Cell<u32>>,
    latest_risk: Rc<Cell<u32>>,
    /// Requests made while the worker loads; `None` once it is ready.
    waiting: Rc<RefCell<Option<Queue>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl PartialEq for RosterClient {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl RosterClient {
    pub fn spawn(on_reply: Callback<ReplyBody>) -> Result<Self, JsValue> {
        // Against the document's base, so a build served from a sub-path finds its worker.
        let base = gloo::utils::document().base_uri()?.unwrap_or_default();
        let url = web_sys::Url::new_with_base(LOADER, &base)?.href();
        let worker = Worker::new(&url)?;
        let latest_run = Rc::new(Cell::new(0));
        let latest_risk = Rc::new(Cell::new(0));
        let waiting = Rc::new(RefCell::new(Some(Queue::new())));
        let on_message = {
            let (latest_run, latest_risk, waiting, worker) = (
                Rc::clone(&latest_run),
                Rc::clone(&latest_risk),
                Rc::clone(&waiting),
                worker.clone(),
            );
            let on_reply = on_reply.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let Some(text) = event.data().as_string() else {
                    return;
                };
                match Reply::from_json(&text) {
                    Ok(Reply {
                        body: ReplyBody::Ready,
                        ..
                    }) => {
                        for (_, request) in waiting.borrow_mut().take().unwrap_or_default() {
                            post(&worker, &request);
                        }
                    }
                    Ok(Reply {
                        id,
                        body: ReplyBody::Report { .. },
                    }) if id != latest_run.get() => {}
                    Ok(Reply {
                        id,
                        body: ReplyBody::RiskProgress { .. } | ReplyBody::Risk { .. },
                    }) if id != latest_risk.get() => {}
                    Ok(reply) => on_reply.emit(reply.body),
                    Err(e) => on_reply.emit(ReplyBody::Failed(OwnedText {
                        zh: format!("无法读取计算结果：{e}"),
                        en: format!("Unreadable reply: {e}"),
                    })),
                }
            })
        };
        // A plain Event when the worker's script did not load, an ErrorEvent when it threw.
        let on_error = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let failed = match crate::ui::browser::error_words(&event) {
                Some(why) => OwnedText {
                    zh: format!("计算进程出错：{why}"),
                    en: format!("The worker failed: {why}"),
                },
                None => OwnedText {
                    zh: "计算进程未能加载：请联网后重新打开此页".into(),
                    en: "The worker did not load: go online and open this page again".into(),
                },
            };
            on_reply.emit(ReplyBody::Failed(failed));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(RosterClient {
            worker,
            next_id: Cell::new(0),
            latest_run,
            latest_risk,
            waiting,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn send(&self, job: Job) {
        let id = self.next_id.get().wrapping_add(1);
        self.next_id.set(id);
        let is_run = matches!(job, Job::Run { .. });
        if is_run {
            self.latest_run.set(id);
        }
        // A new plan, a new risk run or a cancel: an older risk run's replies are stale.
        if is_run || matches!(job, Job::Risk { .. } | Job::Cancel) {
            self.latest_risk.set(id);
        }
        let text = Request { id, job }.to_json();
        match self.waiting.borrow_mut().as_mut() {
            Some(queue) => {
                // While loading, a newer run replaces an older one still queued.
                if is_run {
                    queue.retain(|(run, _)| !run);
                }
                queue.push((is_run, text));
            }
            None => post(&self.worker, &text),
        }
    }
}

fn post(worker: &Worker, text: &str) {
    if let Err(e) = worker.post_message(&JsValue::from_str(text)) {
        gloo::console::error!("roster worker: post failed", e);
    }
}

impl Drop for RosterClient {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
