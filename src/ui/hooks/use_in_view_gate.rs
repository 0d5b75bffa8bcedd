//! What is out of view is not brought up to date on every keystroke: a chart or table below the
//! fold is updated when it scrolls into view, when printing starts, or once typing pauses — so
//! an edit does the work of what can be seen. Whether a box is in view comes from an
//! IntersectionObserver: measuring it during an edit would force a layout of the page in the
//! middle of yew's DOM writes, on every keystroke. Not generic: one copy in the wasm serves every
//! chart and table.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::ui::hooks::use_printing::print_media;
use crate::ui::quiet_timer::QuietTimer;

/// How long after the last change something out of view is updated anyway (typing has paused).
const IDLE_MS: u32 = 300;

/// How near the screen's edge a box counts as in view.
const MARGIN_PX: f64 = 40.0;

/// Brings `on_due` (given whether the page is printing) when an update put off comes due.
pub type OnDue = Rc<dyn Fn(bool)>;

/// One box watched for being in view, and the update put off while it was not (the timer that
/// does it anyway once typing pauses).
pub struct InViewGate {
    boxed: NodeRef,
    on_due: OnDue,
    deferred: Rc<QuietTimer>,
    /// As the observer last reported; `None` before its first report.
    visible: Cell<Option<bool>>,
}

impl InViewGate {
    /// Whether a change can be shown now: printing, or the box in view (measured, before the
    /// observer's first report). Showing it now cancels an update put off.
    pub fn now(&self) -> Option<Shown> {
        let print = print_media().is_some_and(|q| q.matches());
        let now = print
            || self
                .visible
                .get()
                .unwrap_or_else(|| measured_in_view(&self.boxed));
        if now {
            self.deferred.cancel();
        }
        now.then_some(Shown { print })
    }

    /// Puts an update off until the box comes into view or typing pauses.
    pub fn later(&self) {
        self.deferred.poke();
    }

    /// Scrolled into view with an update put off: done then. Printing lays the page out for
    /// paper and captures it with no ResizeObserver callback in between; the print query's
    /// change event does fire in that window, before the capture. So the update is done there,
    /// and again for the screen when printing ends.
    fn listen(self: &Rc<Self>) -> Listeners {
        let me = Rc::downgrade(self);
        let on_view = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(me) = me.upgrade() else { return };
            // Several reports may be queued: the newest is the box's state now.
            let last = entries.get(entries.length().saturating_sub(1));
            if let Ok(entry) = last.dyn_into::<IntersectionObserverEntry>() {
                let visible = entry.is_intersecting();
                me.visible.set(Some(visible));
                if visible && me.deferred.cancel() {
                    (me.on_due)(false);
                }
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_root_margin(&format!("{MARGIN_PX}px 0px"));
        let observer =
            IntersectionObserver::new_with_options(on_view.as_ref().unchecked_ref(), &init).ok();
        if let (Some(observer), Some(boxed)) = (&observer, self.boxed.cast::<web_sys::Element>()) {
            observer.observe(&boxed);
        }
        let me = Rc::downgrade(self);
        let print = print_media().map(|q| {
            let query = q.clone();
            EventListener::new(&q, "change", move |_| {
                if let Some(me) = me.upgrade() {
                    me.deferred.cancel();
                    (me.on_due)(query.matches());
                }
            })
        });
        Listeners {
            observer,
            _on_view: on_view,
            _print: print,
        }
    }
}

/// A change shown now, and whether for paper.
pub struct Shown {
    pub print: bool,
}

/// What a gate listens to while mounted; dropping it stops observing.
struct Listeners {
    observer: Option<IntersectionObserver>,
    _on_view: Closure<dyn FnMut(js_sys::Array)>,
    _print: Option<EventListener>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// A gate for the box `boxed` (observed from mount on); `on_due` is fixed at the first render.
#[hook]
pub fn use_in_view_gate(boxed: NodeRef, on_due: OnDue) -> Rc<InViewGate> {
    let gate = use_memo((), move |()| {
        let due = on_due.clone();
        Rc::new(InViewGate {
            boxed,
            on_due,
            deferred: QuietTimer::new(IDLE_MS, move || due(false)),
            visible: Cell::new(None),
        })
    });
    {
        let gate = (*gate).clone();
        use_effect_with((), move |_| {
            let listeners = gate.listen();
            move || drop(listeners)
        });
    }
    (*gate).clone()
}

/// Whether any of the box is on screen (or near it), measured: only before the observer's first
/// report (during a component's very first render the box is not in the page yet: false).
fn measured_in_view(boxed: &NodeRef) -> bool {
    let Some(b) = boxed.cast::<web_sys::Element>() else {
        return false;
    };
    let r = b.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    r.bottom() > -MARGIN_PX && r.top() < height + MARGIN_PX
}
