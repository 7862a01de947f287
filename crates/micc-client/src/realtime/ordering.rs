//! Snapshot and event ordering: how a store makes sure a stale REST snapshot never
//! overwrites a newer event.
//!
//! The [`Connection`](super::Connection) numbers everything it hands out from one counter:
//! every hub event ([`Event::Hub`](super::Event::Hub)) and every snapshot request
//! ([`Event::SnapshotNeeded`](super::Event::SnapshotNeeded)) gets the next sequence number.
//! A snapshot is requested only once the server-side monitor is (re)established, so every
//! change after the snapshot was taken arrives as an event with a larger number than the
//! request.
//!
//! The rule, per key (queue id, conversation id, employee id):
//!
//! - an event is always applied (events arrive in order), and the key's version becomes the
//!   event's number;
//! - a snapshot's value is applied only when the snapshot's request number is larger than
//!   the key's version, which then becomes the request number.
//!
//! So an event that arrived after a snapshot was requested wins over that snapshot,
//! whichever reaches the store first, and of two snapshots the later-requested one wins.
//! An event that arrived after the request may describe a change older than the snapshot;
//! keeping it is still right because events carry full models: a later change brings a
//! later event. [`Freshness`] implements the rule for any key.

use std::collections::HashMap;
use std::hash::Hash;

/// The per-key versions of a store.
#[derive(Debug, Clone)]
pub struct Freshness<K> {
    versions: HashMap<K, u64>,
}

impl<K> Default for Freshness<K> {
    fn default() -> Self {
        Freshness {
            versions: HashMap::new(),
        }
    }
}

impl<K: Eq + Hash> Freshness<K> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records event `seq` for `key`; an event is always applied, so this returns `true`
    /// unless `seq` is older than what the key already has (a replay).
    pub fn event(&mut self, key: K, seq: u64) -> bool {
        let v = self.versions.entry(key).or_insert(0);
        if seq >= *v {
            *v = seq;
            true
        } else {
            false
        }
    }

    /// Whether the value of a snapshot requested at `request_seq` may overwrite `key`'s;
    /// when it may, the key's version becomes `request_seq`.
    pub fn snapshot(&mut self, key: K, request_seq: u64) -> bool {
        let v = self.versions.entry(key).or_insert(0);
        if request_seq > *v {
            *v = request_seq;
            true
        } else {
            false
        }
    }

    /// Whether a key absent from a snapshot requested at `request_seq` may be removed (no
    /// event or later snapshot touched it since). Forgets the key when it may.
    pub fn absent_in_snapshot(&mut self, key: &K, request_seq: u64) -> bool {
        match self.versions.get(key) {
            Some(v) if *v >= request_seq => false,
            _ => {
                self.versions.remove(key);
                true
            }
        }
    }

    pub fn version(&self, key: &K) -> Option<u64> {
        self.versions.get(key).copied()
    }
}
