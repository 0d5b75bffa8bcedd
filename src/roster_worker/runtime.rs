//! The worker's side of the messages: one [`Session`] for the worker's life, each request
//! handled as it arrives (a plan over 10,000 households takes a fraction of a second, so there
//! is nothing to slice yet) and answered with the request's id.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Reply, ReplyBody, Request};
use super::session::Session;
use crate::model::text::OwnedText;

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
}

fn post(id: u32, body: ReplyBody) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&JsValue::from_str(&Reply { id, body }.to_json()));
}

/// Installs the message handler; called once from the worker binary's `main`.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let Some(text) = event.data().as_string() else {
            return;
        };
        match Request::from_json(&text) {
            Ok(Request { id, job }) => {
                let started = js_sys::Date::now();
                let mut body = SESSION.with(|s| s.borrow_mut().handle(job));
                if let ReplyBody::Report { elapsed_ms, .. } = &mut body {
                    *elapsed_ms = js_sys::Date::now() - started;
                }
                post(id, body);
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
