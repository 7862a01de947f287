//! The one page-wide ticker: a signal holding `Date.now()`, set once a second (on whole
//! seconds of the clock, so that the queue events' flushes, store/batch.rs, fall into the
//! same frames), that every ticking duration and "updated N s ago" reads. It runs while some
//! panel holds it and stops (its task aborted) when the last one drops it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::reactive::*;
use futures_util::future::{AbortHandle, abortable};
use gloo_timers::future::TimeoutFuture;

use super::cadence::aligned_delay;

pub struct Ticker {
    pub now: ArcRwSignal<f64>,
    abort: AbortHandle,
}

impl Drop for Ticker {
    fn drop(&mut self) {
        self.abort.abort();
    }
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
        let (task, abort) = abortable(async move {
            loop {
                TimeoutFuture::new(aligned_delay(js_sys::Date::now(), 1000)).await;
                // The queue events held for this second, in the same task: one layout.
                run_before_tick();
                tick.set(js_sys::Date::now());
            }
        });
        wasm_bindgen_futures::spawn_local(async move {
            let _ = task.await;
        });
        let t = Rc::new(Ticker { now, abort });
        *cell.borrow_mut() = Rc::downgrade(&t);
        t
    })
}

thread_local! {
    /// What runs just before each tick: every store's flush of its held hub events
    /// (store/batch.rs). Weak: a store's event handler owns its flush.
    static BEFORE_TICK: RefCell<Vec<Weak<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` just before every tick, in the tick's task, for as long as it lives, so that
/// what it changes and the tick cost the page one layout.
pub fn before_tick(f: Weak<dyn Fn()>) {
    BEFORE_TICK.with(|hooks| {
        let mut hooks = hooks.borrow_mut();
        hooks.retain(|w| w.strong_count() > 0);
        hooks.push(f);
    });
}

fn run_before_tick() {
    // Collected first: a hook may register another one (a store created by an update).
    let live: Vec<Rc<dyn Fn()>> = BEFORE_TICK.with(|hooks| {
        let mut hooks = hooks.borrow_mut();
        hooks.retain(|w| w.strong_count() > 0);
        hooks.iter().filter_map(Weak::upgrade).collect()
    });
    for f in live {
        f();
    }
}

/// Whether a ticker is running (for tests: after the last unmount it must not be).
pub fn ticker_running() -> bool {
    TICKER.with(|cell| cell.borrow().strong_count() > 0)
}

/// How many memos a panel spreads its ticking cells over (see [`Ticks`]).
pub const TICK_BUCKETS: usize = 64;

/// A panel's clock, as its ticking cells read it, spread over [`TICK_BUCKETS`] memos of the
/// same value, each cell reading the one of its row's key. Every effect re-run unsubscribes
/// from its sources and subscribes again, and Leptos removes a subscriber from a source's
/// set by shifting the rest; with 2,000 timers on one memo each tick cost 2,000 such
/// removals of a 2,000-entry set (~12 % of the main thread under load). Spread out, each set
/// holds a few dozen.
pub struct Ticks<T: Send + Sync + 'static>([Memo<T>; TICK_BUCKETS]);

impl<T: Send + Sync + 'static> Clone for Ticks<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Ticks<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Ticks<T> {
    /// Buckets of `source` (read reactively by each bucket).
    pub fn new(source: impl Fn() -> T + Copy + Send + Sync + 'static) -> Ticks<T> {
        Ticks(std::array::from_fn(|_| Memo::new(move |_| source())))
    }

    /// The bucket of a row's key (the same key, the same bucket).
    pub fn of(&self, key: &str) -> Memo<T> {
        self.0[bucket(key)]
    }
}

/// FNV-1a of the key, modulo the bucket count.
fn bucket(key: &str) -> usize {
    let hash = key.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash as usize % TICK_BUCKETS
}
