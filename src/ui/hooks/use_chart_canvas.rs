//! A chart canvas that redraws when its data, or the size of its box, changes, and for paper
//! when the page is printed. A chart out of view is not redrawn on every keystroke
//! ([`use_in_view_gate`](super::use_in_view_gate)): it is drawn when it scrolls into view, or
//! once typing pauses — so an edit redraws only what can be seen.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::charts::{DrawError, HiDpiCanvas};
use crate::ui::hooks::use_element_size;
use crate::ui::hooks::use_in_view_gate::{use_in_view_gate, InViewGate, OnDue};

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
    let changed = latest.borrow().as_ref() != Some(&deps);
    if changed {
        *latest.borrow_mut() = Some(deps);
    }
    let (chart, size) = use_chart_box(paint, changed);
    use_redraw_on_resize(chart.clone(), size);
    (chart.boxed.clone(), chart.canvas.clone())
}

type Paint = Rc<dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>>;

/// A chart's box, canvas and in-view gate, with what it was last drawn at.
struct ChartBox {
    boxed: NodeRef,
    canvas: NodeRef,
    gate: Rc<InViewGate>,
    paint: Paint,
    /// The size measured for a draw before the ResizeObserver's first report.
    early: Cell<Option<(u32, u32)>>,
}

impl ChartBox {
    /// New data, drawn in a microtask queued by the render rather than in an effect: yew runs
    /// effects after it has yielded to the browser once an update takes over 16 ms (on a slow
    /// PC, most keystrokes), so a frame would show the new figures beside the old chart, and
    /// the chart a frame later. A microtask runs before that frame. The first render's box is
    /// measured (the ResizeObserver reports a frame later).
    fn data_changed(self: &Rc<Self>, size: (u32, u32)) {
        let me = Rc::clone(self);
        let task = Closure::once_into_js(move || me.early.set(me.show(size)));
        if let Some(w) = web_sys::window() {
            w.queue_microtask(task.unchecked_ref());
        }
    }

    fn size_changed(&self, size: (u32, u32)) {
        // (0, 0): not reported yet. The first report of the size already drawn at: nothing new.
        if size != (0, 0) && self.early.take() != Some(size) {
            self.show(size);
        }
    }

    /// Draws now if the box is in view (or the page printing), else puts it off. Before the
    /// ResizeObserver's first report (`size` (0, 0)) the box is measured instead: that report
    /// comes a frame later, and on a slow PC the first chart would wait a frame for it. Returns
    /// the size so measured.
    fn show(&self, size: (u32, u32)) -> Option<(u32, u32)> {
        let Some(shown) = self.gate.now() else {
            self.gate.later();
            return None;
        };
        if size == (0, 0) {
            redraw(&self.canvas, &self.boxed, shown.print, &*self.paint)
        } else {
            render(&self.canvas, size, shown.print, &*self.paint);
            None
        }
    }
}

/// Not generic: one copy in the wasm serves every kind of chart. `changed`: this render brings
/// new data (the first render always does).
#[hook]
fn use_chart_box(paint: Paint, changed: bool) -> (Rc<ChartBox>, (u32, u32)) {
    let boxed = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(boxed.clone());
    let on_due: OnDue = {
        let (canvas, boxed, paint) = (canvas.clone(), boxed.clone(), paint.clone());
        Rc::new(move |print| {
            redraw(&canvas, &boxed, print, &*paint);
        })
    };
    let gate = use_in_view_gate(boxed.clone(), on_due);
    let chart = use_memo((), move |()| {
        Rc::new(ChartBox {
            boxed,
            canvas,
            gate,
            paint,
            early: Cell::new(None),
        })
    });
    let chart = (*chart).clone();
    if changed {
        chart.data_changed(size);
    }
    (chart, size)
}

#[hook]
fn use_redraw_on_resize(chart: Rc<ChartBox>, size: (u32, u32)) {
    use_effect_with(size, move |size| chart.size_changed(*size));
}

/// Draws the newest data for the box's current size, for paper or for the screen; returns the
/// size drawn at.
fn redraw(
    canvas: &NodeRef,
    boxed: &NodeRef,
    print: bool,
    draw: &dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>,
) -> Option<(u32, u32)> {
    let b = boxed.cast::<web_sys::Element>()?;
    let size = (
        b.client_width().max(0) as u32,
        b.client_height().max(0) as u32,
    );
    render(canvas, size, print, draw).then_some(size)
}

/// Whether it drew.
fn render(
    canvas: &NodeRef,
    (width, height): (u32, u32),
    print: bool,
    draw: &dyn Fn(&HiDpiCanvas) -> Result<(), DrawError>,
) -> bool {
    let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
        return false;
    };
    // Not laid out yet: the ResizeObserver reports a size and this runs again.
    let Ok(target) = HiDpiCanvas::prepare(element.clone(), width, height, print) else {
        return false;
    };
    match draw(&target) {
        Ok(()) => {
            count_draw(&element);
            true
        }
        Err(e) => {
            gloo::console::error!(format!("chart: {e:?}"));
            false
        }
    }
}

/// Counts finished draws on the canvas (`data-draws`). A chart is drawn after the render that
/// brought its data (in a microtask), after its box resized (in an effect, which yew may run a
/// task later), or once typing pauses while out of view: tests and the keystroke benchmark wait
/// on this count rather than on a guess about when drawing is done.
fn count_draw(canvas: &web_sys::HtmlCanvasElement) {
    let done = canvas
        .get_attribute("data-draws")
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(done + 1).to_string());
}
