//! A chart canvas that redraws when its data, or the size of its box, changes.

use yew::prelude::*;

use crate::charts::{DrawError, HiDpiCanvas};
use crate::ui::hooks::use_element_size;

/// Returns refs for the sizing box and the canvas inside it; `draw` runs after every render
/// where `deps` or the box size changed.
#[hook]
pub fn use_chart_canvas<D>(
    deps: D,
    draw: fn(&HiDpiCanvas, &D) -> Result<(), DrawError>,
) -> (NodeRef, NodeRef)
where
    D: PartialEq + 'static,
{
    let boxed = use_node_ref();
    let canvas = use_node_ref();
    let size = use_element_size(boxed.clone());
    {
        let canvas = canvas.clone();
        use_effect_with((deps, size), move |(deps, size)| {
            let Some(element) = canvas.cast::<web_sys::HtmlCanvasElement>() else {
                return;
            };
            // Not laid out yet: the ResizeObserver reports a size and this runs again.
            if let Ok(target) = HiDpiCanvas::prepare(element.clone(), size.0, size.1) {
                match draw(&target, deps) {
                    Ok(()) => count_draw(&element),
                    Err(e) => gloo::console::error!(format!("chart: {e:?}")),
                }
            }
        });
    }
    (boxed, canvas)
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
