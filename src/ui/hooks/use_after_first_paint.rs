//! Whether the page has painted once since this component mounted: what is below the fold and
//! costly to build (the yearly tables, two fifths of the page's elements; the open form sections
//! under the first) waits for it, so the start-up work before the first chart is shown is smaller.

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// False on the first render; true from a task after the next frame (the frame that draws the
/// first chart). In a tab that is hidden, frames wait until it is shown. With `wait` false, true
/// at once (and nothing scheduled).
#[hook]
pub fn use_after_first_paint(wait: bool) -> bool {
    let painted = use_state_eq(|| !wait);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            let pending = std::rc::Rc::new(std::cell::RefCell::new(None::<Timeout>));
            let after_frame = {
                let pending = pending.clone();
                Closure::once(move || {
                    // rAF runs before the frame's layout and paint; the task after it, after.
                    *pending.borrow_mut() = Some(Timeout::new(0, move || painted.set(true)));
                })
            };
            let frame = web_sys::window().filter(|_| wait).and_then(|w| {
                w.request_animation_frame(after_frame.as_ref().unchecked_ref())
                    .ok()
            });
            move || {
                if let (Some(w), Some(id)) = (web_sys::window(), frame) {
                    let _ = w.cancel_animation_frame(id);
                }
                pending.borrow_mut().take();
                drop(after_frame);
            }
        });
    }
    *painted
}
