//! What goes in and out of the [`Connection`](super::Connection): IO requests for the
//! driver, answers from it, and the events for the application.

use super::state::{IllegalTransition, State};
use super::subscriptions::Topic;
use crate::realtime::Instant;
use crate::realtime::hubs::{EventDecodeError, HubEvent};
use crate::realtime::protocol::hub::HubError;
use crate::realtime::protocol::{Method, ProtocolError, Transport};
use crate::realtime::reconnect::ReconnectReason;
use serde_json::Value;
use std::fmt;

/// Names an HTTP request, so its answer can be matched (answers of requests the machine no
/// longer waits for are ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

/// Names a WebSocket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SocketId(pub u64);

/// An HTTP request to make (cross-origin with credentials, as the jQuery client does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub id: RequestId,
    pub method: Method,
    pub url: String,
    /// A form body (`Content-Type: application/x-www-form-urlencoded; charset=UTF-8`), for
    /// POSTs; `None` means an empty body.
    pub body: Option<String>,
}

/// The IO the machine asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Io {
    Http(HttpRequest),
    /// Abandon a request (a stalled poll, a transport given up): its answer, if any, is
    /// ignored anyway.
    CancelHttp(RequestId),
    OpenSocket {
        id: SocketId,
        url: String,
    },
    SendSocket {
        id: SocketId,
        text: String,
    },
    CloseSocket {
        id: SocketId,
    },
}

/// The answer to an [`HttpRequest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    pub body: String,
}

/// An HTTP request that got no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpFailure(pub String);

/// What happened on a socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SocketEvent {
    Opened,
    Text(String),
    /// Closed or failed (browsers do not say why an upgrade failed: a refused upgrade is a
    /// close without an `Opened` first).
    Closed {
        code: Option<u16>,
        reason: String,
    },
}

/// Why an invocation has no result.
#[derive(Debug, Clone, PartialEq)]
pub enum InvocationError {
    /// The hub method failed on the server.
    Hub(HubError),
    /// The connection was lost before the answer came.
    ConnectionLost,
    /// `stop()` was called.
    Stopped,
    /// The connection gave up reconnecting or failed to start.
    Disconnected,
    /// The request carrying it failed (long polling's `send`).
    Transport(String),
}

impl fmt::Display for InvocationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvocationError::Hub(e) => f.write_str(&e.message),
            InvocationError::ConnectionLost => {
                f.write_str("the connection was lost before the invocation's result arrived")
            }
            InvocationError::Stopped => f.write_str("the connection was stopped"),
            InvocationError::Disconnected => f.write_str("the connection is disconnected"),
            InvocationError::Transport(why) => write!(f, "the invocation could not be sent: {why}"),
        }
    }
}

/// A REST snapshot the driver should take now: the monitor for these ids is established,
/// so every later change arrives as an event. `seq` orders it against the events (see
/// [`crate::realtime::ordering`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotRequest {
    pub seq: u64,
    pub topic: Topic,
    pub ids: Vec<String>,
}

/// Why the connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DisconnectReason {
    Stopped,
    /// The first connection could not be made.
    StartFailed(String),
    /// The reconnect policy gave up.
    GaveUp(ReconnectReason),
}

/// Something the machine noticed but could live with.
#[derive(Debug, Clone, PartialEq)]
pub enum Warning {
    /// A frame or message that did not parse (it was skipped).
    Protocol(ProtocolError),
    /// A known event whose payload did not decode (it was skipped).
    EventDecode(EventDecodeError),
    /// An internal state change was refused (a bug; the machine stays where it was).
    Illegal(IllegalTransition),
}

/// What the application hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    StateChanged {
        from: State,
        to: State,
    },
    /// Connected (or reconnected through a new connection) over this transport.
    TransportSelected(Transport),
    /// `from` could not connect, `to` is tried next.
    TransportFallback {
        from: Transport,
        to: Transport,
        reason: String,
    },
    /// No transport could connect.
    TransportsExhausted,
    /// The connection was lost; reconnecting follows.
    Reconnecting(ReconnectReason),
    /// Back. `restored`: the same connection came back with its groups (the server replays
    /// what was missed); otherwise every subscription was re-established and snapshots are
    /// requested.
    Reconnected {
        restored: bool,
    },
    Disconnected(DisconnectReason),
    /// No SignalR transport works (`reason`): the connection polls over REST now
    /// ([`State::Polling`]) and tries real time again now and then.
    PollingFallback {
        reason: String,
    },
    /// The browser went offline (reconnect attempts wait) or online again (one is made at
    /// once).
    NetworkChanged {
        online: bool,
    },
    /// Two thirds of the keep-alive timeout passed without a message.
    SlowConnection,
    /// A server event; `seq` orders it against snapshots.
    Hub {
        seq: u64,
        event: HubEvent,
    },
    InvocationCompleted {
        id: u64,
        result: Result<Option<Value>, InvocationError>,
    },
    InvocationProgress {
        id: u64,
        data: Value,
    },
    SnapshotNeeded(SnapshotRequest),
    /// Adding a server-side monitor failed.
    SubscriptionFailed {
        topic: Topic,
        ids: Vec<String>,
        error: InvocationError,
    },
    /// The access token lapses at `expires_at`: give the machine a new one
    /// ([`Connection::set_token`](super::Connection::set_token)).
    TokenExpiring {
        expires_at: Instant,
    },
    /// The server refused the token (401/403 on a SignalR request).
    Unauthorized,
    Warning(Warning),
}

/// Why a call of the machine's API was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RealtimeError {
    Illegal(IllegalTransition),
    /// Invocations need a connected connection.
    NotConnected(State),
    /// Over a bound (pending invocations, subscribed ids).
    TooMany {
        what: &'static str,
        limit: usize,
    },
    InvalidArgument(String),
    UnknownSubscription,
}

impl fmt::Display for RealtimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RealtimeError::Illegal(e) => e.fmt(f),
            RealtimeError::NotConnected(s) => write!(f, "not connected (the connection is {s})"),
            RealtimeError::TooMany { what, limit } => {
                write!(f, "too many {what} (at most {limit})")
            }
            RealtimeError::InvalidArgument(m) => f.write_str(m),
            RealtimeError::UnknownSubscription => f.write_str("unknown subscription"),
        }
    }
}

impl std::error::Error for RealtimeError {}

impl From<IllegalTransition> for RealtimeError {
    fn from(e: IllegalTransition) -> Self {
        RealtimeError::Illegal(e)
    }
}
