//! Timers as data: the machine says when it wants to be woken ([`TimerTable::earliest`]),
//! the driver calls `handle_timeout(now)` then, and the table says which timers expired.
//! Timers are set from network events (a frame arrived, a request was sent), so a driver
//! whose timers are throttled (a background tab) only wakes late, never misses one.

use crate::realtime::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// The transport being tried has not connected in `TransportConnectTimeout`.
    TransportConnect,
    /// Two thirds of the keep-alive timeout without a message: the connection is slow.
    KeepAliveWarning,
    /// The keep-alive timeout without a message: the connection is lost.
    KeepAliveLost,
    /// Time for the next long poll.
    NextPoll,
    /// A long poll has been held longer than the server's connection timeout allows.
    PollDeadline,
    /// Time for the next reconnect attempt.
    Reconnect,
    /// A long-polling `reconnect` that has not failed for this long counts as reconnected
    /// (the poll itself may be held by the server until a message arrives).
    ReconnectGrace,
    /// The access token lapses soon: ask the driver for a new one.
    TokenExpiring,
    /// Polling: time for the next round of REST snapshots.
    PollSnapshot,
    /// Polling: time to try a real-time connection again.
    RetryRealtime,
}

const ALL: [Timer; 10] = [
    Timer::TransportConnect,
    Timer::KeepAliveWarning,
    Timer::KeepAliveLost,
    Timer::NextPoll,
    Timer::PollDeadline,
    Timer::Reconnect,
    Timer::ReconnectGrace,
    Timer::TokenExpiring,
    Timer::PollSnapshot,
    Timer::RetryRealtime,
];

const fn slot(t: Timer) -> usize {
    match t {
        Timer::TransportConnect => 0,
        Timer::KeepAliveWarning => 1,
        Timer::KeepAliveLost => 2,
        Timer::NextPoll => 3,
        Timer::PollDeadline => 4,
        Timer::Reconnect => 5,
        Timer::ReconnectGrace => 6,
        Timer::TokenExpiring => 7,
        Timer::PollSnapshot => 8,
        Timer::RetryRealtime => 9,
    }
}

/// One deadline per [`Timer`].
#[derive(Debug, Clone, Default)]
pub struct TimerTable {
    deadlines: [Option<Instant>; 10],
}

impl TimerTable {
    pub fn set(&mut self, timer: Timer, at: Instant) {
        self.deadlines[slot(timer)] = Some(at);
    }

    pub fn clear(&mut self, timer: Timer) {
        self.deadlines[slot(timer)] = None;
    }

    pub fn get(&self, timer: Timer) -> Option<Instant> {
        self.deadlines[slot(timer)]
    }

    /// Clears every timer but the token's, which belongs to the token, not the connection.
    pub fn clear_connection_timers(&mut self) {
        for t in ALL {
            if t != Timer::TokenExpiring {
                self.clear(t);
            }
        }
    }

    pub fn earliest(&self) -> Option<Instant> {
        self.deadlines.iter().flatten().min().copied()
    }

    /// The earliest timer due at `now`, cleared; call until `None`.
    pub fn pop_expired(&mut self, now: Instant) -> Option<Timer> {
        let due = ALL
            .into_iter()
            .filter_map(|t| self.get(t).filter(|at| *at <= now).map(|at| (at, t)))
            .min_by_key(|(at, _)| *at)?;
        self.clear(due.1);
        Some(due.1)
    }
}
