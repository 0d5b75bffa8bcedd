//! Work that waits for typing to pause: the autosave, the screen-reader announcement, the charts
//! and tables out of view. Each keystroke only moves the due time; the one browser timer, when it
//! fires early, sets itself again for the rest. Setting a new timer on every keystroke (a closure
//! handed to the browser and the old one cleared) was a measurable part of a keystroke's work on
//! a slow PC, times every waiting task.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

pub struct QuietTimer {
    quiet_ms: u32,
    due_at_ms: Cell<f64>,
    timer: RefCell<Option<Timeout>>,
    on_due: Box<dyn Fn()>,
}

impl QuietTimer {
    /// `on_due` runs once `quiet_ms` have passed since the last [`poke`](Self::poke).
    pub fn new(quiet_ms: u32, on_due: impl Fn() + 'static) -> Rc<Self> {
        Rc::new(QuietTimer {
            quiet_ms,
            due_at_ms: Cell::new(0.0),
            timer: RefCell::new(None),
            on_due: Box::new(on_due),
        })
    }

    /// (Re)starts the wait.
    pub fn poke(self: &Rc<Self>) {
        self.due_at_ms
            .set(super::browser::now_ms() + f64::from(self.quiet_ms));
        if self.timer.borrow().is_none() {
            Self::arm(Rc::downgrade(self), self.quiet_ms);
        }
    }

    /// Stops waiting; returns whether something was waiting.
    pub fn cancel(&self) -> bool {
        self.timer.borrow_mut().take().is_some()
    }

    fn arm(me: Weak<Self>, ms: u32) {
        let Some(this) = me.upgrade() else { return };
        let timeout = Timeout::new(ms, move || {
            let Some(this) = me.upgrade() else { return };
            this.timer.borrow_mut().take();
            let left = this.due_at_ms.get() - super::browser::now_ms();
            if left >= 1.0 {
                Self::arm(me, left.ceil() as u32);
            } else {
                (this.on_due)();
            }
        });
        *this.timer.borrow_mut() = Some(timeout);
    }
}
