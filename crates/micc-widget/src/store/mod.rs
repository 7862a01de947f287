//! The page's data: one store per (server, auth), shared by every panel that reads it.
//!
//! The rows and the link status are plain data changed by pure `apply_*` functions, so the
//! same store can be fed by a REST snapshot (polling, today) and by hub events (real time,
//! once micc-client's driver lands) and both paths are tested natively.

pub mod agents;
pub mod batch;
pub mod cadence;
pub mod link;
#[cfg(target_arch = "wasm32")]
pub mod live;
#[cfg(test)]
mod live_bundle;
pub mod me;
#[cfg(target_arch = "wasm32")]
pub mod rest;
#[cfg(target_arch = "wasm32")]
pub mod shared;
pub mod skew;
#[cfg(target_arch = "wasm32")]
pub mod ticker;

use std::sync::Arc;

use micc_client::models::QueueState;

/// One queue as the panels see it. `revision` changes whenever `state` does, so a panel
/// changes only the rows whose revision moved on (panels/live_rows.rs). The state is shared
/// (`Arc`, as cheap as `Rc` in single-threaded wasm; Leptos memos want `Send + Sync`): the
/// panels' memos copy the row list on every change, and a queue's state has some 66 fields,
/// many of them strings, so a copy must not clone it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: String,
    pub state: Arc<QueueState>,
    pub revision: u64,
    /// Local clock (ms since the epoch) when this state arrived: ticking durations count from
    /// here, so a skewed server clock does not shift them.
    pub received_ms: f64,
}

/// The queue rows in the server's order, keyed by queue id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueStore {
    rows: Vec<Row>,
    /// Whether a snapshot has arrived yet (an empty store is "loading" until then).
    loaded: bool,
    next_revision: u64,
    /// Hub events applied so far, and per queue the number of its latest one: a snapshot
    /// requested before an event must not overwrite that event's row.
    events: u64,
    evented: Vec<(String, u64)>,
    /// The mark of the newest snapshot applied: an event numbered at or below it arrived
    /// before that snapshot was requested, so the snapshot is at least as new (an event held
    /// back by store/batch.rs and applied after it must not undo it).
    applied_mark: u64,
}

/// A real-time event in the form the store applies. The realtime driver's `HubEvent`
/// (micc-client, not landed yet) will be mapped onto this: `queueStateChanged` carries one
/// QueueState model (wire-facts.md, "Hub event payloads").
#[derive(Debug, Clone, PartialEq)]
pub enum StoreEvent {
    QueueStateChanged(QueueState),
}

/// The key of a queue: its id, else its reporting number, else its name; `None` when the
/// server sent none of them (such a row cannot be tracked, so it is skipped).
pub fn queue_key(q: &QueueState) -> Option<String> {
    [&q.id, &q.reporting, &q.name]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty())
        .cloned()
}

impl QueueStore {
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    fn revision(&mut self) -> u64 {
        self.next_revision += 1;
        self.next_revision
    }

    /// Replaces the rows with a full snapshot (`queues/state`): unchanged queues keep their
    /// revision (and `received_ms`, so their ticking does not jump), changed ones get a new
    /// one, missing ones are removed. Duplicate keys keep the first. Returns whether anything
    /// changed.
    pub fn apply_snapshot(&mut self, items: Vec<QueueState>, now_ms: f64) -> bool {
        self.apply_snapshot_since(items, now_ms, u64::MAX)
    }

    /// Taken when a snapshot is requested, handed to [`Self::apply_snapshot_since`].
    pub fn event_mark(&self) -> u64 {
        self.events
    }

    /// A snapshot requested at `mark`: a queue whose latest hub event came after that keeps
    /// its row (the event is newer than what the snapshot read); everything else is as
    /// [`Self::apply_snapshot`].
    pub fn apply_snapshot_since(&mut self, items: Vec<QueueState>, now_ms: f64, mark: u64) -> bool {
        self.applied_mark = self.applied_mark.max(mark.min(self.events));
        let newer = |key: &str, evented: &[(String, u64)]| {
            evented.iter().any(|(k, n)| k == key && *n > mark)
        };
        // Linear lookups, not a HashMap: a few hundred queues cost microseconds, and each
        // hash-map instantiation costs kilobytes of wasm.
        let mut old: Vec<Row> = std::mem::take(&mut self.rows);
        let had = old.len();
        let mut changed = !self.loaded;
        self.loaded = true;
        for state in items {
            let Some(key) = queue_key(&state) else {
                continue;
            };
            if self.rows.iter().any(|r| r.key == key) {
                continue;
            }
            let prev = old
                .iter()
                .position(|r| r.key == key)
                .map(|i| old.swap_remove(i));
            let row = match prev {
                Some(prev) if *prev.state == state || newer(&prev.key, &self.evented) => prev,
                _ => {
                    changed = true;
                    Row {
                        key,
                        state: Arc::new(state),
                        revision: self.revision(),
                        received_ms: now_ms,
                    }
                }
            };
            self.rows.push(row);
        }
        changed || !old.is_empty() || had != self.rows.len()
    }

    /// Applies one hub event: an update of a known queue replaces its row in place, an
    /// unknown queue is appended. Returns whether anything changed.
    pub fn apply_event(&mut self, event: StoreEvent, now_ms: f64) -> bool {
        let number = self.number_event();
        self.apply_numbered_event(event, now_ms, number)
    }

    /// Numbers a hub event as it arrives, before it is applied (store/batch.rs holds events
    /// back to apply them together): a snapshot requested after this counts it as older.
    pub fn number_event(&mut self) -> u64 {
        self.events += 1;
        self.events
    }

    /// Applies an event numbered by [`Self::number_event`] when it arrived: as
    /// [`Self::apply_event`], except that an event older than the newest snapshot applied
    /// (it arrived before that snapshot was requested) is dropped.
    pub fn apply_numbered_event(&mut self, event: StoreEvent, now_ms: f64, number: u64) -> bool {
        if number <= self.applied_mark {
            return false;
        }
        match event {
            StoreEvent::QueueStateChanged(state) => {
                let Some(key) = queue_key(&state) else {
                    return false;
                };
                match self.evented.iter_mut().find(|(k, _)| *k == key) {
                    Some(e) => e.1 = e.1.max(number),
                    None => self.evented.push((key.clone(), number)),
                }
                let revision = self.revision();
                match self.rows.iter_mut().find(|r| r.key == key) {
                    Some(row) if *row.state == state => false,
                    Some(row) => {
                        *row = Row {
                            key,
                            state: Arc::new(state),
                            revision,
                            received_ms: now_ms,
                        };
                        true
                    }
                    None => {
                        self.rows.push(Row {
                            key,
                            state: Arc::new(state),
                            revision,
                            received_ms: now_ms,
                        });
                        true
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn queue(id: &str, name: &str, waiting: i64) -> QueueState {
        QueueState {
            id: Some(id.into()),
            name: Some(name.into()),
            waiting_conversations: Some(waiting),
            ..QueueState::default()
        }
    }

    #[test]
    fn a_first_snapshot_loads_rows_in_server_order() {
        let mut s = QueueStore::default();
        assert!(!s.is_loaded());
        assert!(s.apply_snapshot(vec![queue("b", "B", 1), queue("a", "A", 2)], 10.0));
        assert!(s.is_loaded());
        let keys: Vec<_> = s.rows().iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(s.rows()[0].received_ms, 10.0);
    }

    #[test]
    fn an_empty_first_snapshot_still_counts_as_loaded_and_changed() {
        let mut s = QueueStore::default();
        assert!(s.apply_snapshot(vec![], 0.0));
        assert!(s.is_loaded());
        assert!(!s.apply_snapshot(vec![], 1.0));
    }

    #[test]
    fn only_changed_rows_get_a_new_revision() {
        let mut s = QueueStore::default();
        s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 1)], 0.0);
        let before: Vec<_> = s.rows().iter().map(|r| r.revision).collect();
        assert!(s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 5)], 1000.0));
        assert_eq!(s.rows()[0].revision, before[0]);
        assert_eq!(
            s.rows()[0].received_ms,
            0.0,
            "unchanged row keeps its clock"
        );
        assert_ne!(s.rows()[1].revision, before[1]);
        assert_eq!(s.rows()[1].received_ms, 1000.0);
        assert!(!s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 5)], 2000.0));
    }

    #[test]
    fn queues_missing_from_a_snapshot_are_removed() {
        let mut s = QueueStore::default();
        s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 1)], 0.0);
        assert!(s.apply_snapshot(vec![queue("b", "B", 1)], 0.0));
        assert_eq!(s.rows().len(), 1);
        assert_eq!(s.rows()[0].key, "b");
    }

    #[test]
    fn rows_without_any_key_and_duplicates_are_skipped() {
        let mut s = QueueStore::default();
        let nameless = QueueState::default();
        s.apply_snapshot(vec![nameless, queue("a", "A", 1), queue("a", "A2", 9)], 0.0);
        assert_eq!(s.rows().len(), 1);
        assert_eq!(s.rows()[0].state.name.as_deref(), Some("A"));
    }

    #[test]
    fn the_key_falls_back_to_reporting_then_name() {
        let mut q = QueueState {
            name: Some("Sales".into()),
            ..QueueState::default()
        };
        assert_eq!(queue_key(&q).as_deref(), Some("Sales"));
        q.reporting = Some("P100".into());
        assert_eq!(queue_key(&q).as_deref(), Some("P100"));
        q.id = Some(String::new());
        assert_eq!(
            queue_key(&q).as_deref(),
            Some("P100"),
            "an empty id is no key"
        );
    }

    #[test]
    fn a_snapshot_requested_before_an_event_does_not_undo_it() {
        let mut s = QueueStore::default();
        s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 1)], 0.0);
        let mark = s.event_mark();
        // The snapshot is in flight when an event for `a` arrives.
        s.apply_event(StoreEvent::QueueStateChanged(queue("a", "A", 9)), 1.0);
        let stale = vec![queue("a", "A", 1), queue("b", "B", 4)];
        assert!(s.apply_snapshot_since(stale, 2.0, mark));
        assert_eq!(
            s.rows()[0].state.waiting_conversations,
            Some(9),
            "the event wins"
        );
        assert_eq!(s.rows()[1].state.waiting_conversations, Some(4));
        // A snapshot requested after the event applies.
        let mark = s.event_mark();
        s.apply_snapshot_since(vec![queue("a", "A", 3), queue("b", "B", 4)], 3.0, mark);
        assert_eq!(s.rows()[0].state.waiting_conversations, Some(3));
    }

    #[test]
    fn an_event_held_back_past_a_newer_snapshot_is_dropped() {
        let mut s = QueueStore::default();
        s.apply_snapshot(vec![queue("a", "A", 1)], 0.0);
        // The event arrives (numbered), then a snapshot is requested and applied before the
        // event is: the snapshot read the server after the event, so it wins.
        let n = s.number_event();
        let mark = s.event_mark();
        s.apply_snapshot_since(vec![queue("a", "A", 4)], 1.0, mark);
        let event = StoreEvent::QueueStateChanged(queue("a", "A", 2));
        assert!(!s.apply_numbered_event(event, 0.5, n));
        assert_eq!(s.rows()[0].state.waiting_conversations, Some(4));
        // A snapshot requested before the event arrived does not drop it.
        let mark = s.event_mark();
        let n = s.number_event();
        s.apply_snapshot_since(vec![queue("a", "A", 5)], 2.0, mark);
        let event = StoreEvent::QueueStateChanged(queue("a", "A", 6));
        assert!(s.apply_numbered_event(event, 1.5, n));
        assert_eq!(s.rows()[0].state.waiting_conversations, Some(6));
        // ... and a later snapshot from before that event keeps its row.
        s.apply_snapshot_since(vec![queue("a", "A", 5)], 3.0, mark);
        assert_eq!(s.rows()[0].state.waiting_conversations, Some(6));
    }

    #[test]
    fn a_hub_event_updates_one_row_in_place_or_appends() {
        let mut s = QueueStore::default();
        s.apply_snapshot(vec![queue("a", "A", 1), queue("b", "B", 1)], 0.0);
        let rev_a = s.rows()[0].revision;
        assert!(s.apply_event(StoreEvent::QueueStateChanged(queue("b", "B", 7)), 5.0));
        assert_eq!(s.rows()[1].state.waiting_conversations, Some(7));
        assert_eq!(s.rows()[0].revision, rev_a);
        assert!(!s.apply_event(StoreEvent::QueueStateChanged(queue("b", "B", 7)), 6.0));
        assert!(s.apply_event(StoreEvent::QueueStateChanged(queue("c", "C", 0)), 7.0));
        assert_eq!(s.rows().len(), 3);
        assert!(!s.apply_event(StoreEvent::QueueStateChanged(QueueState::default()), 8.0));
    }
}
