//! Reference-counted subscriptions: many parts of a page may watch the same queue; the
//! server-side monitor is added for the first and removed when the last one leaves.

use crate::realtime::hubs::{EMPLOYEE_HUB, QUEUE_HUB};
use std::collections::{BTreeMap, BTreeSet};

/// What a subscription watches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    /// `queueStateChanged` of some queues (ids, names or reporting numbers).
    QueueState,
    /// `queueConversationChanged`/`queueConversationRemoved` of some queues.
    QueueConversations,
    /// The signed-in employee: `employeeStateChanged`, `employeeConversation*` and their
    /// own `onAgentStateChanged` (all follow `addSelfMonitor`). Takes no ids.
    Me,
}

impl Topic {
    /// `(hub, method)` that adds the server-side monitor.
    pub const fn add_method(self) -> (&'static str, &'static str) {
        match self {
            Topic::QueueState => (QUEUE_HUB, "addStateMonitor"),
            Topic::QueueConversations => (QUEUE_HUB, "addConversationMonitor"),
            Topic::Me => (EMPLOYEE_HUB, "addSelfMonitor"),
        }
    }

    /// `(hub, method)` that removes it. The employee hub has no `removeSelfMonitor`: that
    /// monitor lasts as long as the connection.
    pub const fn remove_method(self) -> Option<(&'static str, &'static str)> {
        match self {
            Topic::QueueState => Some((QUEUE_HUB, "removeStateMonitor")),
            Topic::QueueConversations => Some((QUEUE_HUB, "removeConversationMonitor")),
            Topic::Me => None,
        }
    }

    pub const fn takes_ids(self) -> bool {
        !matches!(self, Topic::Me)
    }
}

/// A subscription's handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubscriptionId(pub u64);

/// The subscriptions and the reference count of every `(topic, id)`.
#[derive(Debug, Default)]
pub(crate) struct Subscriptions {
    next: u64,
    subs: BTreeMap<SubscriptionId, (Topic, Vec<String>)>,
    counts: BTreeMap<(Topic, String), u32>,
    /// Ids whose last subscriber left while no connection could carry the removal.
    removals: BTreeSet<(Topic, String)>,
    /// Ids whose first subscriber came while no connection could carry the addition.
    additions: BTreeSet<(Topic, String)>,
}

impl Subscriptions {
    /// Adds a subscription; returns it and the ids that had no subscriber before.
    pub fn add(&mut self, topic: Topic, ids: Vec<String>) -> (SubscriptionId, Vec<String>) {
        self.next += 1;
        let id = SubscriptionId(self.next);
        let mut fresh = Vec::new();
        for key in &ids {
            let count = self.counts.entry((topic, key.clone())).or_insert(0);
            *count = count.saturating_add(1);
            if *count == 1 {
                self.removals.remove(&(topic, key.clone()));
                self.additions.remove(&(topic, key.clone()));
                fresh.push(key.clone());
            }
        }
        self.subs.insert(id, (topic, ids));
        (id, fresh)
    }

    /// Removes a subscription; returns its topic and the ids that have no subscriber left,
    /// or `None` for an unknown handle.
    pub fn remove(&mut self, id: SubscriptionId) -> Option<(Topic, Vec<String>)> {
        let (topic, ids) = self.subs.remove(&id)?;
        let mut gone = Vec::new();
        for key in ids {
            let k = (topic, key);
            if let Some(count) = self.counts.get_mut(&k) {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    self.counts.remove(&k);
                    self.additions.remove(&k);
                    gone.push(k.1);
                }
            }
        }
        Some((topic, gone))
    }

    /// Every id with a subscriber, by topic (each topic once, ids sorted).
    pub fn active(&self) -> Vec<(Topic, Vec<String>)> {
        let mut out: Vec<(Topic, Vec<String>)> = Vec::new();
        for (topic, key) in self.counts.keys() {
            match out.last_mut() {
                Some((t, ids)) if t == topic => ids.push(key.clone()),
                _ => out.push((*topic, vec![key.clone()])),
            }
        }
        out
    }

    pub fn count(&self, topic: Topic, key: &str) -> u32 {
        self.counts
            .get(&(topic, key.to_string()))
            .copied()
            .unwrap_or(0)
    }

    pub fn total_ids(&self) -> usize {
        self.counts.len()
    }

    pub fn defer_removal(&mut self, topic: Topic, ids: Vec<String>) {
        for id in ids {
            self.removals.insert((topic, id));
        }
    }

    pub fn defer_addition(&mut self, topic: Topic, ids: Vec<String>) {
        for id in ids {
            self.additions.insert((topic, id));
        }
    }

    /// The deferred removals, grouped by topic, emptied.
    pub fn take_removals(&mut self) -> Vec<(Topic, Vec<String>)> {
        group(std::mem::take(&mut self.removals))
    }

    /// The deferred additions, grouped by topic, emptied.
    pub fn take_additions(&mut self) -> Vec<(Topic, Vec<String>)> {
        group(std::mem::take(&mut self.additions))
    }
}

fn group(keys: BTreeSet<(Topic, String)>) -> Vec<(Topic, Vec<String>)> {
    let mut out: Vec<(Topic, Vec<String>)> = Vec::new();
    for (topic, key) in keys {
        match out.last_mut() {
            Some((t, ids)) if *t == topic => ids.push(key),
            _ => out.push((topic, vec![key])),
        }
    }
    out
}
