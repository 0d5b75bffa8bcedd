//! Whether the page is being printed: print-only parts are built only then, not re-rendered
//! unseen on every keystroke.

use gloo::events::EventListener;
use yew::prelude::*;

thread_local! {
    // One query for the page: every chart asks on every redraw, and each `matchMedia` call
    // makes a new list for the browser to keep evaluating.
    static PRINT: Option<web_sys::MediaQueryList> =
        web_sys::window().and_then(|w| w.match_media("print").ok().flatten());
}

/// The page's `print` media query (`None` where the browser has none).
pub fn print_media() -> Option<web_sys::MediaQueryList> {
    PRINT.with(Clone::clone)
}

/// True from `beforeprint` (or the print media query turning on, which is what a test's
/// emulation and Chromium's print both fire before laying the page out) until printing ends.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| print_media().is_some_and(|q| q.matches()));
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let window = gloo::utils::window();
            let set = |on: bool| {
                let printing = printing.clone();
                move |_: &web_sys::Event| printing.set(on)
            };
            let before = EventListener::new(&window, "beforeprint", set(true));
            let after = EventListener::new(&window, "afterprint", set(false));
            let media = print_media().map(|q| {
                let printing = printing.clone();
                let query = q.clone();
                EventListener::new(&q, "change", move |_| printing.set(query.matches()))
            });
            move || drop((before, after, media))
        });
    }
    *printing
}
