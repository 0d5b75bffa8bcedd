//! Tracks an element's CSS size with a ResizeObserver, so charts redraw when their box changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// Width and height in CSS pixels, rounded; (0, 0) until first measured.
#[hook]
pub fn use_element_size(node: NodeRef) -> (u32, u32) {
    let size = use_state_eq(|| (0u32, 0u32));
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let element = node.cast::<web_sys::Element>();
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                        let rect = entry.content_rect();
                        size.set((rect.width().round() as u32, rect.height().round() as u32));
                    }
                });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, &element) {
                observer.observe(element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *size
}
