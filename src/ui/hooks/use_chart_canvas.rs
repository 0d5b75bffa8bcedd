//! A chart canvas that redraws when its data, or the size of its box, changes, and for paper
//! when the page is printed. A chart out of view is not redrawn on every keystroke
//! ([`use_in_view_gate`](super::use_in_view_gate)): it is drawn when it scrolls into view, or
//! once typing pauses — so an edit redraws only what can be seen.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::{DrawError, HiDpiCanvas};
use crate::ui::hooks::use_element_size;
use crate::ui::hooks::use_in_view_gate::{use_in_view_gate, OnDue};

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
    let on_due: OnDue = {
        let (canvas, boxed, paint) = (canvas.clone(), boxed.clone(), paint.clone());
        Rc::new(move |print| redraw(&canvas, &boxed, print, &*paint))
    };
    let gate = use_in_view_gate(boxed.clone(), on_due);
    {
        let canvas = canvas.clone();
        use_effect_with((deps, size), move |(deps, size)| {
            *latest.borrow_mut() = Some(deps.clone());
            match gate.now() {
                Some(shown) => render(&canvas, *size, shown.print, &*paint),
                None => gate.later(),
            }
        });
    }
    (boxed, canvas)
}

type Paint = Rc<dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>>;

/// Draws the newest data for the box's current size, for paper or for the screen.
fn redraw(
    canvas: &NodeRef,
    boxed: &NodeRef,
    print: bool,
    draw: &dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>,
) {
    let Some(b) = boxed.cast::<web_sys::Element>() else {
        return;
    };
    let size = (
        b.client_width().max(0) as u32,
        b.client_height().max(0) as u32,
    );
    render(canvas, size, print, draw);
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
