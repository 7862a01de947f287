//! Hub events applied in batches: a busy center sends a queue change every few milliseconds,
//! and applying each one to the store on its own re-runs every panel memo (selection,
//! sorting, totals, thresholds) and lays out the page's tables again each time (with a
//! 300-queue and 2,000-agent board, measured in Chromium: 10–20 ms of layout and as much
//! pre-paint per update). Events are held until the next multiple of [`FLUSH_MS`] on the
//! clock and then applied in one store update, which is what the panels render. On whole
//! seconds the page ticker (store/ticker.rs) applies them in its tick's task, so the tick
//! and the events cost one layout.
//!
//! Only the latest event of each queue is kept (a newer state of a queue replaces the older
//! one in place, so a hidden tab, whose timers the browser slows down, holds at most one
//! event per queue, never a backlog); the order of first arrival is kept, so new queues are
//! appended as they would be one by one. Each event is numbered when it arrives
//! ([`QueueStore::number_event`](super::QueueStore::number_event)), so a snapshot requested after it is not undone by it.

#[cfg(target_arch = "wasm32")]
use super::QueueStore;
#[cfg(target_arch = "wasm32")]
use super::cadence::aligned_delay;

/// The longest events are held before they are applied: changes are on screen within this
/// (plus a frame), inside the 1 s a live board allows, and a busy center's 100 changes a
/// second cost the panels two updates a second instead of a hundred. Each update lays out
/// and paints the whole table however few rows changed, so the cadence, not the number of
/// changes, sets the cost (the load run, crates/micc-widget/BENCHMARKS.md: about 35 % of
/// the main thread at 250 ms, 26 % at 500 ms).
pub const FLUSH_MS: u32 = 500;

/// The events waiting to be applied: the latest per key, in the order keys first came.
#[derive(Debug)]
pub struct Batch<T> {
    items: Vec<(String, T)>,
}

impl<T> Default for Batch<T> {
    fn default() -> Self {
        Batch { items: Vec::new() }
    }
}

impl<T> Batch<T> {
    /// Adds the latest item of `key`, replacing an older one of the same key in its place.
    /// Returns whether the batch was empty (the caller then schedules a flush).
    pub fn push(&mut self, key: String, item: T) -> bool {
        let was_empty = self.items.is_empty();
        match self.items.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = item,
            None => self.items.push((key, item)),
        }
        was_empty
    }

    /// Everything held, in order; the batch is empty afterwards.
    pub fn take(&mut self) -> Vec<(String, T)> {
        std::mem::take(&mut self.items)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The store's `queueStateChanged` handler: each event is numbered and held, and at the next
/// multiple of [`FLUSH_MS`] all of them are applied to `rows` in one update, which also
/// counts as an update of `link` ("updated N s ago"). On whole seconds, while the page
/// ticker runs, the ticker applies them ([`before_tick`](super::ticker::before_tick), in its own task, so the tick and the
/// events cost one layout even when its timer fires late); if it has not by the next
/// multiple, the handler does. The waits are tasks of their own (`TimeoutFuture`, freed when
/// they fire; a forgotten `Timeout` would leak its closure on every flush of a board that
/// runs for weeks).
#[cfg(target_arch = "wasm32")]
pub fn queue_events(
    rows: crate::reactive::ArcRwSignal<QueueStore>,
    link: crate::reactive::ArcRwSignal<super::link::LinkState>,
) -> impl FnMut(micc_client::models::QueueState) + 'static {
    use std::cell::RefCell;
    use std::rc::Rc;

    use crate::reactive::*;

    use super::{StoreEvent, queue_key};

    /// An event as held: its state, when it arrived (its ticking counts from then) and its
    /// number.
    type Held = (micc_client::models::QueueState, f64, u64);
    let pending: Rc<RefCell<Batch<Held>>> = Rc::default();
    let flush: Rc<dyn Fn()> = {
        let (pending, rows) = (pending.clone(), rows.clone());
        Rc::new(move || {
            let held = pending.borrow_mut().take();
            if held.is_empty() {
                return;
            }
            rows.maybe_update(|s| {
                let mut changed = false;
                for (_, (q, at, number)) in held {
                    changed |= s.apply_numbered_event(StoreEvent::QueueStateChanged(q), at, number);
                }
                changed
            });
            link.update(|l| l.on_event(js_sys::Date::now()));
        })
    };
    super::ticker::before_tick(Rc::downgrade(&flush));
    move |q| {
        let Some(key) = queue_key(&q) else {
            return;
        };
        // Numbering is no change anyone sees: no notification.
        let number = rows.try_update_untracked(|s| s.number_event()).unwrap_or(0);
        let first = pending
            .borrow_mut()
            .push(key, (q, js_sys::Date::now(), number));
        if !first {
            return;
        }
        let (pending, flush) = (pending.clone(), flush.clone());
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let now = js_sys::Date::now();
                let delay = aligned_delay(now, FLUSH_MS);
                let on_second = ((now + f64::from(delay)) / 1000.0).round() * 1000.0;
                let on_second = (now + f64::from(delay) - on_second).abs() < 1.0;
                gloo_timers::future::TimeoutFuture::new(delay).await;
                if pending.borrow().is_empty() {
                    return;
                }
                if !(on_second && super::ticker::ticker_running()) {
                    flush();
                    return;
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys<T>(b: &mut Batch<T>) -> Vec<String> {
        b.take().into_iter().map(|(k, _)| k).collect()
    }

    #[test]
    fn the_first_item_asks_for_a_flush_and_later_ones_do_not() {
        let mut b = Batch::default();
        assert!(b.push("a".into(), 1));
        assert!(!b.push("b".into(), 2));
        assert!(!b.push("a".into(), 3));
        assert_eq!(b.len(), 2);
        b.take();
        assert!(b.is_empty());
        assert!(
            b.push("a".into(), 4),
            "after a flush the next item asks again"
        );
    }

    #[test]
    fn the_latest_item_of_a_key_wins_in_the_place_its_key_first_came() {
        let mut b = Batch::default();
        b.push("a".into(), 1);
        b.push("b".into(), 2);
        b.push("a".into(), 3);
        b.push("c".into(), 4);
        b.push("b".into(), 5);
        assert_eq!(
            b.take(),
            [("a".into(), 3), ("b".into(), 5), ("c".into(), 4)]
        );
        assert!(b.take().is_empty());
    }

    #[test]
    fn a_long_spell_without_flushes_holds_one_item_per_key() {
        // A hidden tab: the browser delays the flush, a busy center keeps sending.
        let mut b = Batch::default();
        for i in 0..100_000u32 {
            b.push(format!("q{}", i % 300), i);
        }
        assert_eq!(b.len(), 300);
        let items = b.take();
        assert_eq!(items[0], ("q0".into(), 99_900));
        assert_eq!(items[299], ("q299".into(), 99_899));
        assert_eq!(keys(&mut b), Vec::<String>::new());
    }
}
