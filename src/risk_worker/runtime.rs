//! The worker's side: reads requests, runs the newest one in slices of about one frame, and
//! posts progress and results back. Between slices it returns to the event loop, which is how a
//! newer request (an edit) gets in and replaces the running one.

use std::cell::{Cell, RefCell};

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Job, Reply, ReplyBody, Request, Wire};
use crate::model::risk::{tornado, RiskRun, TornadoRequest};
use crate::model::scenario::Scenario;

/// Work per slice before yielding to the event loop, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// Draws between clock reads inside a slice.
const DRAWS_PER_STEP: u32 = 100;

struct Running {
    id: u32,
    scenario: Box<Scenario>,
    /// The Monte Carlo while it runs; `None` once its result has been sent.
    run: Option<RiskRun>,
    total_draws: u32,
    started_ms: f64,
    /// Run after the Monte Carlo has been sent; `None` once sent.
    tornado: Option<TornadoRequest>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn post(id: u32, body: ReplyBody) {
    let message = match (Reply { id, body }).to_wire() {
        Wire::Numbers(v) => JsValue::from(js_sys::Float64Array::from(v.as_slice())),
        Wire::Text(t) => JsValue::from_str(&t),
    };
    let _ = scope().post_message(&message);
}

/// Installs the message handler; called once from the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match Request::from_json(&text) {
            Ok(request) => accept(request),
            Err(e) => post(0, ReplyBody::Failed(format!("unreadable request: {e}"))),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(0, ReplyBody::Ready);
}

fn accept(request: Request) {
    let id = request.id;
    // Whatever ran before is dropped: the page only wants the newest answer.
    RUNNING.with(|r| *r.borrow_mut() = None);
    match request.job {
        Job::Cancel => {}
        Job::Analyse {
            scenario,
            risk,
            tornado,
        } => match RiskRun::new(&scenario, &risk) {
            Ok(run) => {
                let job = Running {
                    id,
                    scenario,
                    run: Some(run),
                    total_draws: risk.draws,
                    started_ms: now_ms(),
                    tornado: Some(tornado),
                };
                RUNNING.with(|r| *r.borrow_mut() = Some(job));
                schedule();
            }
            Err(e) => post(id, ReplyBody::Failed(format!("invalid scenario: {e:?}"))),
        },
    }
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

/// Runs the current job for about `SLICE_MS`, reports, and yields. The Monte Carlo goes first
/// in as many slices as it needs; the tornado follows in a slice of its own (it takes well under
/// 100 ms on the richest preset, benches/risk.rs), so a newer request can still replace it.
fn slice() {
    let started = now_ms();
    let more = RUNNING.with(|r| {
        let mut running = r.borrow_mut();
        let Some(job) = running.as_mut() else {
            return false;
        };
        if let Some(run) = job.run.as_mut() {
            while !run.is_done() && now_ms() - started < SLICE_MS {
                run.run_chunk(DRAWS_PER_STEP);
            }
            let done_draws = (run.progress() * job.total_draws as f64).round() as u32;
            post(
                job.id,
                ReplyBody::Progress {
                    done_draws,
                    total_draws: job.total_draws,
                },
            );
            if run.is_done() {
                if let Some(run) = job.run.take() {
                    let result = run.finish();
                    let elapsed_ms = now_ms() - job.started_ms;
                    post(
                        job.id,
                        ReplyBody::Risk {
                            result: Box::new(result),
                            elapsed_ms,
                        },
                    );
                }
            }
            return true;
        }
        if let Some(request) = job.tornado.take() {
            let t0 = now_ms();
            let body = match tornado(&job.scenario, &request) {
                Ok(t) => ReplyBody::Tornado {
                    tornado: Box::new(t),
                    elapsed_ms: now_ms() - t0,
                },
                Err(e) => ReplyBody::Failed(format!("tornado: {e:?}")),
            };
            post(job.id, body);
        }
        running.take();
        false
    });
    if more {
        schedule();
    }
}
