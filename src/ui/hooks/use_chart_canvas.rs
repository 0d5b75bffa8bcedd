//! A chart canvas that redraws when its data, or the size of its box, changes, and for paper
//! when the page is printed. A chart out of view is not redrawn on every keystroke: it is drawn
//! when it scrolls into view, or once typing pauses — so an edit redraws only what can be seen.
//! Whether it is in view comes from an IntersectionObserver: measuring the box during an edit
//! would force a layout of the page in the middle of yew's DOM writes, on every keystroke.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::charts::{DrawError, HiDpiCanvas};
use crate::ui::hooks::use_element_size;
use crate::ui::hooks::use_printing::print_media;

/// Returns refs for the sizing box and the canvas inside it; `draw` runs after every render
/// where `deps` or the box size changed, and when the page enters or leaves print.
#[hook]
pub fn use_chart_canvas<D>(
    deps: D,
    draw: fn(&HiDpiCanvas, &D) -> Result<(), DrawError>,
) -> (NodeRef, NodeRef)
where
    D: PartialEq + Clone + 'static,
{
    let boxed = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(boxed.clone());
    let latest = use_mut_ref(|| None::<D>);
    // The only generic part: draws the newest data; everything else is shared by every chart.
    let paint: Paint = {
        let latest = latest.clone();
        use_memo((), move |()| -> Paint {
            Rc::new(move |t| match latest.borrow().as_ref() {
                Some(deps) => draw(t, deps),
                None => Ok(()),
            })
        })
    }
    .as_ref()
    .clone();
    let chart = use_memo((), {
        let (canvas, boxed) = (canvas.clone(), boxed.clone());
        move |()| {
            Rc::new(ChartCanvas {
                canvas,
                boxed,
                paint,
                deferred: RefCell::new(None),
                visible: Cell::new(None),
            })
        }
    });
    {
        let chart = (*chart).clone();
        use_effect_with((deps, size), move |(deps, size)| {
            *latest.borrow_mut() = Some(deps.clone());
            chart.changed(*size);
        });
    }
    {
        let chart = (*chart).clone();
        use_effect_with((), move |_| {
            let listeners = chart.listen();
            move || drop(listeners)
        });
    }
    (boxed, canvas)
}

type Paint = Rc<dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>>;

/// One chart's canvas, its box, how to draw its newest data, a redraw put off while it was
/// out of view (with the timer that does it anyway), and whether the box is in view as the
/// observer last reported (`None` before its first report). Not generic, so the page's wasm
/// holds this once for every kind of chart.
struct ChartCanvas {
    canvas: NodeRef,
    boxed: NodeRef,
    paint: Paint,
    deferred: RefCell<Option<Timeout>>,
    visible: Cell<Option<bool>>,
}

impl ChartCanvas {
    /// New data or a new size: drawn now if on screen (or printing), else put off.
    fn changed(self: &Rc<Self>, size: (u32, u32)) {
        // Under print media (a test's emulation) the observed box is the printed one.
        let print = print_media().is_some_and(|q| q.matches());
        // Before the observer's first report (the first render) the box is measured once.
        let visible = self
            .visible
            .get()
            .unwrap_or_else(|| measured_in_view(&self.boxed));
        if print || visible {
            self.deferred.borrow_mut().take();
            render(&self.canvas, size, print, &*self.paint);
        } else {
            let me = Rc::downgrade(self);
            *self.deferred.borrow_mut() = Some(Timeout::new(IDLE_REDRAW_MS, move || {
                if let Some(me) = me.upgrade() {
                    me.deferred.borrow_mut().take();
                    me.redraw(false);
                }
            }));
        }
    }

    /// Draws the newest data for the box's current size, for paper or for the screen.
    fn redraw(&self, print: bool) {
        let Some(b) = self.boxed.cast::<web_sys::Element>() else {
            return;
        };
        let size = (
            b.client_width().max(0) as u32,
            b.client_height().max(0) as u32,
        );
        render(&self.canvas, size, print, &*self.paint);
    }

    /// Scrolled into view with a redraw put off: drawn then. Printing lays the page out for
    /// paper and captures it with no ResizeObserver callback in between; the print query's
    /// change event does fire in that window, before the capture. So the chart is drawn there
    /// for its printed box, and again for the screen when printing ends.
    fn listen(self: &Rc<Self>) -> Listeners {
        let me = Rc::downgrade(self);
        let on_view = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(me) = me.upgrade() else { return };
            // Several reports may be queued: the newest is the box's state now.
            let last = entries.get(entries.length().saturating_sub(1));
            if let Ok(entry) = last.dyn_into::<IntersectionObserverEntry>() {
                let visible = entry.is_intersecting();
                me.visible.set(Some(visible));
                if visible && me.deferred.borrow().is_some() {
                    me.deferred.borrow_mut().take();
                    me.redraw(false);
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
                    me.deferred.borrow_mut().take();
                    me.redraw(query.matches());
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

/// What a chart listens to while mounted; dropping it stops observing.
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

/// How long after the last change a chart out of view is drawn anyway (typing has paused).
const IDLE_REDRAW_MS: u32 = 300;

/// How near the screen's edge a box counts as in view.
const MARGIN_PX: f64 = 40.0;

/// Whether any of the chart's box is on screen (or near it), measured: only before the
/// observer's first report.
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

/// Not generic, so the page's wasm holds it once for every kind of chart.
fn render(
    canvas: &NodeRef,
    (width, height): (u32, u32),
    print: bool,
    draw: &dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>,
) {
    let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
        return;
    };
    // Not laid out yet: the ResizeObserver reports a size and this runs again.
    if let Ok(target) = HiDpiCanvas::prepare(element.clone(), width, height, print) {
        match draw(&target) {
            Ok(()) => count_draw(&element),
            Err(e) => gloo::console::error!(format!("chart: {e:?}")),
        }
    }
}

/// Counts finished draws on the canvas (`data-draws`). yew yields to the browser when an update
/// runs past 16 ms, so a chart can be drawn a task later than the render: tests and the
/// keystroke benchmark wait on this count rather than on a guess about when drawing is done.
fn count_draw(canvas: &web_sys::HtmlCanvasElement) {
    let done = canvas
        .get_attribute("data-draws")
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(done + 1).to_string());
}
