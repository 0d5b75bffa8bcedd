//! Focus for dialogs: when one opens, focus moves into it; Tab and Shift+Tab wrap inside it;
//! when it closes, focus goes back to whatever opened it (or to the main content when that is
//! gone), so a keyboard or screen-reader user never lands at the top of the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// What can take focus inside a dialog, in document order.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";

fn active_element() -> Option<HtmlElement> {
    gloo::utils::document()
        .active_element()?
        .dyn_into::<HtmlElement>()
        .ok()
}

fn focusables(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        // Hidden (e.g. inside a closed <details>) elements cannot take focus.
        .filter(|e| e.offset_parent().is_some())
        .collect()
}

/// Gives focus back to `opener` if it is still on the page, else to the main content.
fn restore(opener: Option<HtmlElement>) {
    let target = opener.filter(|o| o.is_connected()).or_else(|| {
        gloo::utils::document()
            .get_element_by_id(crate::ui::MAIN_ID)?
            .dyn_into::<HtmlElement>()
            .ok()
    });
    if let Some(t) = target {
        let _ = t.focus();
    }
}

/// While `open`, keeps focus in the element behind `dialog`: on opening it remembers the
/// focused element and focuses `initial` (or the first focusable element); on closing or
/// unmounting it restores focus to what was remembered.
#[hook]
pub fn use_dialog_focus(dialog: NodeRef, initial: NodeRef, open: bool) {
    let opener = use_mut_ref(|| None::<HtmlElement>);
    use_effect_with(open, move |&open| {
        let mut cleanup: Option<Box<dyn FnOnce()>> = None;
        if open {
            *opener.borrow_mut() = active_element();
            let first = initial.cast::<HtmlElement>().or_else(|| {
                dialog
                    .cast::<Element>()
                    .and_then(|d| focusables(&d).into_iter().next())
            });
            if let Some(first) = first {
                let _ = first.focus();
            }
            let opener = opener.clone();
            cleanup = Some(Box::new(move || restore(opener.borrow_mut().take())));
        }
        move || {
            if let Some(c) = cleanup {
                c();
            }
        }
    });
}

/// A keydown handler for a dialog: Tab and Shift+Tab wrap around its focusable elements, and
/// Escape calls `on_escape`.
pub fn dialog_keys(dialog: NodeRef, on_escape: Callback<()>) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            on_escape.emit(());
        }
        "Tab" => {
            let Some(d) = dialog.cast::<Element>() else {
                return;
            };
            let items = focusables(&d);
            let (Some(first), Some(last)) = (items.first(), items.last()) else {
                e.prevent_default();
                return;
            };
            let current = active_element();
            let inside = current.as_ref().is_some_and(|c| d.contains(Some(c)));
            let at = |x: &HtmlElement| current.as_ref() == Some(x);
            let next = if e.shift_key() && (at(first) || !inside) {
                Some(last)
            } else if !e.shift_key() && (at(last) || !inside) {
                Some(first)
            } else {
                None
            };
            if let Some(n) = next {
                e.prevent_default();
                let _ = n.focus();
            }
        }
        _ => {}
    })
}
