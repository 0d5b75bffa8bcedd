//! A chart canvas that redraws when its data, or the size of its box, changes, and for paper
//! when the page is printed. A chart out of view is not redrawn on every keystroke: it is drawn
//! when it scrolls into view, or once typing pauses — so an edit redraws only what can be seen.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::{DrawError, HiDpiCanvas};
use crate::ui::hooks::use_element_size;

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
    // A redraw put off while the chart was out of view, and the timer that does it anyway.
    let deferred = use_mut_ref(|| None::<Timeout>);
    {
        let (canvas, boxed, latest, deferred) = (
            canvas.clone(),
            boxed.clone(),
            latest.clone(),
            deferred.clone(),
        );
        use_effect_with((deps, size), move |(deps, size)| {
            *latest.borrow_mut() = Some(deps.clone());
            // Under print media (a test's emulation) the observed box is the printed one.
            let print = print_query().is_some_and(|q| q.matches());
            if print || in_view(&boxed) {
                deferred.borrow_mut().take();
                render(&canvas, *size, print, &|t| draw(t, deps));
            } else {
                let redraw = redraw_latest(canvas, boxed, latest, draw);
                let pending = deferred.clone();
                *deferred.borrow_mut() = Some(Timeout::new(IDLE_REDRAW_MS, move || {
                    pending.borrow_mut().take();
                    redraw();
                }));
            }
        });
    }
    // Scrolled into view with a redraw put off: draw it now.
    {
        let (canvas, boxed, latest, deferred) = (
            canvas.clone(),
            boxed.clone(),
            latest.clone(),
            deferred.clone(),
        );
        use_effect_with((), move |_| {
            let redraw = redraw_latest(canvas, boxed.clone(), latest, draw);
            // Capture: scrolling any container (a phone's page, a narrow panel) can bring it into view.
            let options = EventListenerOptions::run_in_capture_phase();
            let listener = EventListener::new_with_options(
                &gloo::utils::window(),
                "scroll",
                options,
                move |_| {
                    if deferred.borrow().is_some() && in_view(&boxed) {
                        deferred.borrow_mut().take();
                        redraw();
                    }
                },
            );
            move || drop(listener)
        });
    }
    // Printing lays the page out for paper and captures it with no ResizeObserver callback in
    // between; the print query's change event does fire in that window, before the capture. So
    // the chart is drawn there for its printed box, and again for the screen when printing ends.
    {
        let (canvas, boxed) = (canvas.clone(), boxed.clone());
        use_effect_with((), move |_| {
            let query = print_query();
            let on_change = {
                let query = query.clone();
                Closure::<dyn Fn()>::new(move || {
                    let (Some(b), Some(q)) = (boxed.cast::<web_sys::Element>(), &query) else {
                        return;
                    };
                    if let Some(deps) = latest.borrow().as_ref() {
                        let size = (
                            b.client_width().max(0) as u32,
                            b.client_height().max(0) as u32,
                        );
                        render(&canvas, size, q.matches(), &|t| draw(t, deps));
                    }
                })
            };
            if let Some(q) = &query {
                let _ = q
                    .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
            }
            move || {
                if let Some(q) = query {
                    let _ = q.remove_event_listener_with_callback(
                        "change",
                        on_change.as_ref().unchecked_ref(),
                    );
                }
                drop(on_change);
            }
        });
    }
    (boxed, canvas)
}

/// How long after the last change a chart out of view is drawn anyway (typing has paused).
const IDLE_REDRAW_MS: u32 = 300;

/// Whether any of the chart's box is on screen (or near it): a chart below the fold is not
/// redrawn on every keystroke.
fn in_view(boxed: &NodeRef) -> bool {
    let Some(b) = boxed.cast::<web_sys::Element>() else {
        return false;
    };
    let r = b.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    const MARGIN_PX: f64 = 40.0;
    r.bottom() > -MARGIN_PX && r.top() < height + MARGIN_PX
}

/// Draws the newest data for the box's current size.
fn redraw_latest<D: 'static>(
    canvas: NodeRef,
    boxed: NodeRef,
    latest: Rc<RefCell<Option<D>>>,
    draw: fn(&HiDpiCanvas, &D) -> Result<(), DrawError>,
) -> impl Fn() {
    move || {
        let Some(b) = boxed.cast::<web_sys::Element>() else {
            return;
        };
        if let Some(deps) = latest.borrow().as_ref() {
            let size = (
                b.client_width().max(0) as u32,
                b.client_height().max(0) as u32,
            );
            render(&canvas, size, false, &|t| draw(t, deps));
        }
    }
}

fn print_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("print").ok().flatten()
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
