//! Invocations waiting for their result, by id.

use super::subscriptions::Topic;
use std::collections::BTreeMap;

/// Why an invocation was made: the application's own, or the machine's monitors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Purpose {
    User,
    Monitor { topic: Topic, ids: Vec<String> },
    Unmonitor,
}

#[derive(Debug)]
pub(crate) struct PendingInvocation {
    /// The hub, in lower case (its state is merged from the answer).
    pub hub: String,
    pub purpose: Purpose,
}

#[derive(Debug, Default)]
pub(crate) struct Pending {
    next: u64,
    table: BTreeMap<u64, PendingInvocation>,
}

impl Pending {
    /// Ids start at 0 like the jQuery client's, and are never reused within a machine's life.
    pub fn next_id(&mut self) -> u64 {
        let id = self.next;
        self.next = self.next.wrapping_add(1);
        id
    }

    pub fn insert(&mut self, id: u64, hub: String, purpose: Purpose) {
        self.table.insert(id, PendingInvocation { hub, purpose });
    }

    pub fn remove(&mut self, id: u64) -> Option<PendingInvocation> {
        self.table.remove(&id)
    }

    pub fn contains(&self, id: u64) -> bool {
        self.table.contains_key(&id)
    }

    pub fn purpose(&self, id: u64) -> Option<&Purpose> {
        self.table.get(&id).map(|p| &p.purpose)
    }

    pub fn ids(&self) -> Vec<u64> {
        self.table.keys().copied().collect()
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn has_monitor_changes(&self) -> bool {
        self.table
            .values()
            .any(|p| matches!(p.purpose, Purpose::Monitor { .. } | Purpose::Unmonitor))
    }
}
