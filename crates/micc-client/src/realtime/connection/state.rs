//! The connection states and which changes between them are legal.

use std::fmt;

/// The state of a connection as its users see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Negotiating and opening a transport for the first time after `start()`.
    Connecting,
    Connected,
    /// Lost, and trying to get back (the same connection through `reconnect` while the
    /// server may still know it, a new one after).
    Reconnecting,
    /// No SignalR transport works (a proxy refuses them, the start failed, or reconnecting
    /// gave up): subscriptions are served by REST snapshots every poll interval, and a
    /// real-time connection is tried again now and then.
    Polling,
    Disconnected,
}

impl State {
    pub const fn name(self) -> &'static str {
        match self {
            State::Connecting => "connecting",
            State::Connected => "connected",
            State::Reconnecting => "reconnecting",
            State::Polling => "polling",
            State::Disconnected => "disconnected",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A state change the machine does not allow (e.g. `start()` while connected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IllegalTransition {
    pub from: State,
    pub to: State,
}

impl fmt::Display for IllegalTransition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "illegal state change {} -> {}", self.from, self.to)
    }
}

impl std::error::Error for IllegalTransition {}

/// Whether `from -> to` is allowed: connecting leads to connected or (the start failed)
/// disconnected or polling; a connected connection can be lost (reconnecting) or stopped; a
/// reconnecting one comes back, falls back to polling or gives up; polling ends when a
/// real-time connection is made again or on `stop()`. Only `start()` leaves disconnected.
pub fn check_transition(from: State, to: State) -> Result<(), IllegalTransition> {
    use State::*;
    let legal = matches!(
        (from, to),
        (Disconnected, Connecting)
            | (Connecting, Connected)
            | (Connecting, Disconnected)
            | (Connecting, Polling)
            | (Reconnecting, Polling)
            | (Polling, Connected)
            | (Polling, Disconnected)
            | (Connected, Reconnecting)
            | (Connected, Disconnected)
            | (Reconnecting, Connected)
            | (Reconnecting, Disconnected)
    );
    if legal {
        Ok(())
    } else {
        Err(IllegalTransition { from, to })
    }
}
