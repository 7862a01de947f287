//! Per-connection message buffers and the cursors (`C`, `messageId`) that point into them.
//!
//! SignalR 2 keeps messages in bounded per-topic buffers of its message bus and hands every
//! client a cursor; a `reconnect` or `poll` carrying the cursor gets what it missed, as long
//! as it is still buffered (older messages are silently gone, as on a real server). Here each
//! connection has its own buffer: messages are shared (`Arc<str>`, encoded once per event),
//! the buffer holds ids and pointers only.

use std::collections::VecDeque;
use std::sync::Arc;

use super::groups::Group;

/// Messages a connection keeps for replay (SignalR's default `DefaultMessageBufferSize`).
pub const DEFAULT_CAPACITY: usize = 1000;

/// Where a cursor points, relative to the buffer of the connection that presents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CursorRef {
    /// One of ours: resume after message `id`.
    After(u64),
    /// Another buffer's (an earlier connection of the same id, a restarted server): like
    /// SignalR, start from the present.
    Foreign,
    /// Our prefix with garbage after it: SignalR's "Invalid cursor." (a `FormatException`).
    Invalid,
}

/// `d-<epoch>-B,<id>`: the shape of SignalR cursors (a prefix, then `key,hexid`), with the
/// buffer's epoch standing in for the message bus's stream key.
pub fn format_cursor(epoch: u64, id: u64) -> String {
    format!("d-{epoch:X}-B,{id:X}")
}

pub fn parse_cursor(epoch: u64, cursor: &str) -> CursorRef {
    let prefix = format!("d-{epoch:X}-");
    let Some(rest) = cursor.strip_prefix(&prefix) else {
        return CursorRef::Foreign;
    };
    match rest
        .strip_prefix("B,")
        .filter(|h| !h.is_empty() && h.len() <= 16)
        .and_then(|h| u64::from_str_radix(h, 16).ok())
    {
        Some(id) => CursorRef::After(id),
        None => CursorRef::Invalid,
    }
}

/// One buffered message: its id, the text (`None` once forgotten: its group was left by a
/// reconnect, so a replay must skip it), and the group it came through (`None`: to the
/// connection itself, e.g. as an agentHub member).
#[derive(Debug, Clone)]
struct Entry {
    id: u64,
    text: Option<Arc<str>>,
    group: Option<Group>,
}

#[derive(Debug, Clone)]
pub struct MessageBuffer {
    capacity: usize,
    /// Id of the last message pushed (0: none yet).
    last: u64,
    items: VecDeque<Entry>,
}

impl MessageBuffer {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity: capacity.max(1),
            last: 0,
            items: VecDeque::new(),
        }
    }

    /// Appends a message; returns its id. The oldest is dropped when full.
    pub fn push(&mut self, message: Arc<str>) -> u64 {
        self.push_from(message, None)
    }

    /// Appends a message that came through `group`.
    pub fn push_from(&mut self, message: Arc<str>, group: Option<Group>) -> u64 {
        self.last += 1;
        if self.items.len() >= self.capacity {
            self.items.pop_front();
        }
        self.items.push_back(Entry {
            id: self.last,
            text: Some(message),
            group,
        });
        self.last
    }

    /// Forgets the buffered messages of the groups `kept` rejects: after a reconnect that
    /// did not rejoin them, SignalR's subscription no longer covers their topics, so a
    /// replay by cursor does not bring them. Ids stay, so cursors keep their meaning.
    pub fn forget_groups(&mut self, kept: impl Fn(Group) -> bool) -> usize {
        let mut n = 0;
        for e in &mut self.items {
            if let Some(g) = e.group
                && e.text.is_some()
                && !kept(g)
            {
                e.text = None;
                n += 1;
            }
        }
        n
    }

    pub fn last_id(&self) -> u64 {
        self.last
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Where a transport starts: after the presented cursor if it is ours and not ahead of
    /// us, else at the present.
    pub fn resume_point(&self, cursor: CursorRef) -> u64 {
        match cursor {
            CursorRef::After(id) if id <= self.last => id,
            _ => self.last,
        }
    }

    /// Up to `max` messages after id `after`, and the id of the last one returned (or
    /// `after` itself when there is none). Messages pushed out of the buffer are skipped.
    pub fn since(&self, after: u64, max: usize) -> (Vec<Arc<str>>, u64) {
        if after >= self.last {
            return (Vec::new(), after);
        }
        // Ids are consecutive, so the first wanted message's position is arithmetic.
        let first_id = self.items.front().map_or(self.last + 1, |e| e.id);
        let skip = (after + 1).saturating_sub(first_id) as usize;
        let mut out = Vec::new();
        let mut last = after;
        for e in self.items.iter().skip(skip) {
            if out.len() >= max {
                break;
            }
            // A forgotten message moves the cursor past it without being sent.
            last = e.id;
            if let Some(m) = &e.text {
                out.push(m.clone());
            }
        }
        (out, last)
    }

    /// Whether a resume from `after` lost messages (they fell out of the buffer).
    pub fn lost_since(&self, after: u64) -> u64 {
        let first_id = self.items.front().map_or(self.last + 1, |e| e.id);
        first_id.saturating_sub(after + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(s: &str) -> Arc<str> {
        Arc::from(s)
    }

    #[test]
    fn cursors_round_trip_and_recognise_strangers() {
        let c = format_cursor(0x1F, 0x2A);
        assert_eq!(c, "d-1F-B,2A");
        assert_eq!(parse_cursor(0x1F, &c), CursorRef::After(42));
        assert_eq!(parse_cursor(0x20, &c), CursorRef::Foreign);
        assert_eq!(parse_cursor(0x1F, "d-1F-B,zz"), CursorRef::Invalid);
        assert_eq!(parse_cursor(0x1F, "d-1F-"), CursorRef::Invalid);
        assert_eq!(parse_cursor(0x1F, ""), CursorRef::Foreign);
    }

    #[test]
    fn replay_returns_what_came_after_the_cursor_in_order() {
        let mut b = MessageBuffer::new(10);
        assert_eq!(b.since(0, 10), (vec![], 0));
        for s in ["a", "b", "c"] {
            b.push(msg(s));
        }
        assert_eq!(b.since(1, 10), (vec![msg("b"), msg("c")], 3));
        assert_eq!(b.since(0, 2), (vec![msg("a"), msg("b")], 2));
        assert_eq!(b.since(3, 10), (vec![], 3));
        assert_eq!(b.resume_point(CursorRef::After(2)), 2);
        assert_eq!(b.resume_point(CursorRef::After(99)), 3);
        assert_eq!(b.resume_point(CursorRef::Foreign), 3);
    }

    #[test]
    fn a_full_buffer_forgets_the_oldest() {
        let mut b = MessageBuffer::new(3);
        for i in 0..5 {
            b.push(msg(&i.to_string()));
        }
        assert_eq!(b.len(), 3);
        assert_eq!(b.since(0, 10), (vec![msg("2"), msg("3"), msg("4")], 5));
        assert_eq!(b.lost_since(0), 2);
        assert_eq!(b.lost_since(2), 0);
        assert_eq!(b.since(3, 1), (vec![msg("3")], 4));
    }

    #[test]
    fn forgotten_groups_are_skipped_by_replay_but_keep_their_ids() {
        let mut b = MessageBuffer::new(10);
        b.push_from(msg("q"), Some(Group::QueueState(1)));
        b.push_from(msg("e"), Some(Group::Employee(2)));
        b.push(msg("direct"));
        assert_eq!(b.forget_groups(|g| g == Group::Employee(2)), 1);
        assert_eq!(b.since(0, 10), (vec![msg("e"), msg("direct")], 3));
        // The skipped message does not count against `max`.
        assert_eq!(b.since(0, 1), (vec![msg("e")], 2));
        assert_eq!(b.forget_groups(|_| false), 1);
        assert_eq!(b.since(0, 10), (vec![msg("direct")], 3));
    }
}
