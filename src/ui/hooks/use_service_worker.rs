//! Registers the service worker (`sw.js`, generated at build time next to `index.html`) and
//! reports when a new build has been installed and is waiting. The page never reloads by itself:
//! [`ServiceWorkerUpdate::apply`] activates the waiting build and reloads only when the user asks.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::prelude::*;

/// How often an open planner asks the server for a new build (besides on `online` and on
/// becoming visible again).
const UPDATE_CHECK_MS: u32 = 30 * 60 * 1000;

#[derive(Clone, PartialEq)]
pub struct ServiceWorkerUpdate {
    /// A new build is installed and waits for the user.
    pub ready: bool,
    /// Switches to the waiting build, then reloads the page once it controls it.
    pub apply: Callback<()>,
}

/// The page's service-worker container, or `None` where there is none (plain HTTP on a LAN
/// address is not a secure context, so there `navigator.serviceWorker` is undefined).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    let sw = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    sw.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Everything an effect run owns; dropping it removes every listener and the timer.
#[derive(Default)]
struct Watch {
    listeners: Vec<EventListener>,
    interval: Option<Interval>,
    stopped: bool,
}

type Shared = Rc<RefCell<Watch>>;

#[hook]
pub fn use_service_worker() -> ServiceWorkerUpdate {
    let waiting = use_state(|| None::<ServiceWorker>);
    // Set when the user pressed reload: only then does a controller change reload the page.
    let user_asked = use_mut_ref(|| Rc::new(Cell::new(false)));

    {
        let waiting = waiting.clone();
        let user_asked = Rc::clone(&user_asked.borrow());
        use_effect_with((), move |_| {
            let watch: Shared = Rc::default();
            if let Some(container) = container() {
                start(container, watch.clone(), waiting, user_asked);
            }
            move || {
                let mut w = watch.borrow_mut();
                w.stopped = true;
                w.listeners.clear();
                w.interval = None;
            }
        });
    }

    let apply = {
        let waiting = waiting.clone();
        let user_asked = Rc::clone(&user_asked.borrow());
        Callback::from(move |()| {
            user_asked.set(true);
            match &*waiting {
                // The worker switches over, then `controllerchange` reloads the page.
                Some(worker) if worker.state() == ServiceWorkerState::Installed => {
                    let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
                }
                // Already switched over (the reload was pressed in another tab): just reload.
                _ => reload(),
            }
        })
    };
    ServiceWorkerUpdate {
        ready: waiting.is_some(),
        apply,
    }
}

fn reload() {
    let _ = gloo::utils::window().location().reload();
}

fn start(
    container: ServiceWorkerContainer,
    watch: Shared,
    waiting: UseStateHandle<Option<ServiceWorker>>,
    user_asked: Rc<Cell<bool>>,
) {
    let on_change = EventListener::new(&container, "controllerchange", move |_| {
        if user_asked.get() {
            reload();
        }
    });
    watch.borrow_mut().listeners.push(on_change);

    // Resolve against <base>, so the worker and its scope follow whatever sub-path serves the app.
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    let Ok(url) = web_sys::Url::new_with_base("sw.js", &base) else {
        return;
    };
    let registering = container.register(&url.href());
    yew::platform::spawn_local(async move {
        // A missing sw.js (a dev server, the component tests) just means no offline support.
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        // Tools and extensions that block service workers resolve with nothing at all.
        if !registration.is_object() {
            return;
        }
        if watch.borrow().stopped {
            return;
        }
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        watch_registration(&container, registration, &watch, waiting);
    });
}

fn watch_registration(
    container: &ServiceWorkerContainer,
    registration: ServiceWorkerRegistration,
    watch: &Shared,
    waiting: UseStateHandle<Option<ServiceWorker>>,
) {
    // A worker waiting while another controls the page is a new build. With no controller it is
    // the first install, which needs no notice.
    let offer = {
        let container = container.clone();
        move |worker: ServiceWorker| {
            if container.controller().is_some() {
                waiting.set(Some(worker));
            }
        }
    };
    if let Some(worker) = registration.waiting() {
        offer(worker.clone());
    }

    let on_found = {
        let registration = registration.clone();
        let weak = Rc::downgrade(watch);
        EventListener::new(&registration.clone(), "updatefound", move |_| {
            let (Some(worker), Some(watch)) = (registration.installing(), weak.upgrade()) else {
                return;
            };
            let offer = offer.clone();
            let installing = worker.clone();
            let on_state = EventListener::new(&worker, "statechange", move |_| {
                if installing.state() == ServiceWorkerState::Installed {
                    offer(installing.clone());
                }
            });
            watch.borrow_mut().listeners.push(on_state);
        })
    };

    // Ask for a new build when the network comes back, when the planner returns to the tab, and
    // now and then while it stays open.
    let check = {
        let registration = registration.clone();
        move || {
            let update = registration.update();
            // Offline, update() rejects: await it so the rejection is handled, not logged.
            if let Ok(update) = update {
                yew::platform::spawn_local(async move {
                    let _ = JsFuture::from(update).await;
                });
            }
        }
    };
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let on_online = {
        let check = check.clone();
        EventListener::new(&window, "online", move |_| check())
    };
    let on_visible = {
        let check = check.clone();
        let doc = document.clone();
        EventListener::new(&document, "visibilitychange", move |_| {
            if doc.visibility_state() == web_sys::VisibilityState::Visible {
                check();
            }
        })
    };
    let mut w = watch.borrow_mut();
    w.listeners.extend([on_found, on_online, on_visible]);
    w.interval = Some(Interval::new(UPDATE_CHECK_MS, check));
}
