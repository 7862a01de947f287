//! The one page-wide ticker: a signal holding `Date.now()`, set once a second, that every
//! ticking duration and "updated N s ago" reads. It runs while some panel holds it and stops
//! (its interval cleared) when the last one drops it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Interval;
use leptos::prelude::*;

pub struct Ticker {
    pub now: ArcRwSignal<f64>,
    _interval: Interval,
}

thread_local! {
    static TICKER: RefCell<Weak<Ticker>> = const { RefCell::new(Weak::new()) };
}

/// The page's ticker, started if no panel runs it yet.
pub fn ticker() -> Rc<Ticker> {
    TICKER.with(|cell| {
        if let Some(t) = cell.borrow().upgrade() {
            return t;
        }
        let now = ArcRwSignal::new(js_sys::Date::now());
        let tick = now.clone();
        let interval = Interval::new(1000, move || tick.set(js_sys::Date::now()));
        let t = Rc::new(Ticker {
            now,
            _interval: interval,
        });
        *cell.borrow_mut() = Rc::downgrade(&t);
        t
    })
}

/// Whether a ticker is running (for tests: after the last unmount it must not be).
pub fn ticker_running() -> bool {
    TICKER.with(|cell| cell.borrow().strong_count() > 0)
}
