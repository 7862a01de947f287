//! One SignalR connection as a deterministic state machine, in the manner of `quinn-proto`:
//!
//! - in: [`Connection::handle_http`], [`Connection::handle_socket`],
//!   [`Connection::handle_timeout`], and the API calls (`start`, `stop`, `invoke`,
//!   `subscribe`, `unsubscribe`, `set_token`), each with the current time;
//! - out: [`Connection::poll_io`] (the request or socket operation to carry out next),
//!   [`Connection::poll_event`] (state changes, hub events, results, warnings) and
//!   [`Connection::poll_timeout`] (when to call `handle_timeout`).
//!
//! The flow: negotiate, then the transport ladder (WebSockets, then long polling; a
//! transport that fails, is refused or does not connect within `TransportConnectTimeout`
//! falls back to the next, observably), the init frame, `start`, connected. Keep-alives are
//! monitored from the negotiated timeout (slow at two thirds, lost at the timeout); long
//! polls that the server holds past its connection timeout count as lost too. A lost
//! connection reconnects through `reconnect` (with `messageId` and the groups token, so the
//! server replays what was missed and restores the groups) while the reconnect window
//! (disconnect timeout + keep-alive timeout since the last message) is open, and through a
//! new negotiate after it; the [`ReconnectPolicy`] spaces the attempts and decides when to
//! give up.

mod invocations;
pub mod io;
mod lifecycle;
mod messages;
mod plumbing;
mod polling;
pub mod state;
pub mod subscriptions;
pub mod timers;

use self::invocations::{Pending, Purpose};
use self::messages::ids_arg;
use self::timers::{Timer, TimerTable};
use super::Instant;
use super::hubs::{self, decode_event};
use super::protocol::frame::{Frame, PersistentFrame, parse_frame};
use super::protocol::hub::{HubState, Incoming, Invocation};
use super::protocol::negotiate::{Negotiation, parse_negotiate};
use super::protocol::urls::{BadServerUrl, Endpoint, SignalrUrls, UrlParams, send_body};
use super::protocol::{Limits, Transport};
use super::reconnect::{ExponentialBackoff, ReconnectPolicy, ReconnectReason, SplitMix64};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::Duration;

pub use io::{
    DisconnectReason, Event, HttpFailure, HttpRequest, HttpResponse, InvocationError, Io,
    RealtimeError, RequestId, SnapshotRequest, SocketEvent, SocketId, Warning,
};
pub use state::{IllegalTransition, State, check_transition};
pub use subscriptions::{SubscriptionId, Topic};

/// How a connection is made.
pub struct ConnectionConfig {
    /// `http(s)://host[:port][/prefix]`.
    pub server: String,
    pub access_token: String,
    /// Hubs named in `connectionData` (all of the MiCC's by default).
    pub hubs: Vec<String>,
    /// The transport ladder, in order. WebSockets is skipped when negotiate says
    /// `TryWebSockets: false`.
    pub transports: Vec<Transport>,
    pub limits: Limits,
    /// Used when negotiate gives no `TransportConnectTimeout` (SignalR's own default).
    pub transport_connect_timeout: Duration,
    /// A long-polling `reconnect` still open after this long counts as reconnected.
    pub long_poll_reconnect_grace: Duration,
    /// A long poll may be held for the connection timeout plus this before it counts as
    /// stalled.
    pub poll_stall_grace: Duration,
    /// How long before the token lapses [`Event::TokenExpiring`] is raised.
    pub token_renew_margin: Duration,
    /// Most invocations waiting for a result.
    pub max_pending_invocations: usize,
    /// Most distinct subscribed `(topic, id)`s.
    pub max_subscribed_ids: usize,
    pub reconnect_policy: Box<dyn ReconnectPolicy>,
    /// The fallback when no SignalR transport works (`None`: give up instead).
    pub polling: Option<PollingConfig>,
}

/// How the polling fallback ([`State::Polling`]) works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollingConfig {
    /// Between rounds of REST snapshots of every subscription (paused while the page is
    /// hidden, see [`Connection::set_visible`]).
    pub interval: Duration,
    /// Between tries of a real-time connection while polling.
    pub retry_realtime_after: Duration,
}

impl Default for PollingConfig {
    /// Every 5 s, as today's hand-written boards poll; SignalR again every minute.
    fn default() -> Self {
        PollingConfig {
            interval: Duration::from_secs(5),
            retry_realtime_after: Duration::from_secs(60),
        }
    }
}

impl ConnectionConfig {
    pub fn new(server: impl Into<String>, access_token: impl Into<String>) -> Self {
        ConnectionConfig {
            server: server.into(),
            access_token: access_token.into(),
            hubs: hubs::hub_names().into_iter().map(str::to_string).collect(),
            transports: vec![Transport::WebSockets, Transport::LongPolling],
            limits: Limits::default(),
            transport_connect_timeout: Duration::from_secs(5),
            long_poll_reconnect_grace: Duration::from_secs(2),
            poll_stall_grace: Duration::from_secs(10),
            token_renew_margin: Duration::from_secs(60),
            max_pending_invocations: 1024,
            max_subscribed_ids: 10_000,
            reconnect_policy: Box::new(ExponentialBackoff::new(SplitMix64(0x5eed))),
            polling: Some(PollingConfig::default()),
        }
    }
}

/// What is in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Nothing (disconnected, or waiting for the reconnect timer).
    Idle,
    Negotiate,
    /// A transport is connecting: waiting for its init frame.
    Connect(Transport),
    Start(Transport),
    /// Connected over this transport.
    Open(Transport),
    /// `reconnect` over this transport in flight.
    Reconnect(Transport),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RequestKind {
    Negotiate,
    Connect,
    Start,
    Poll,
    Reconnect,
    Send(u64),
    Abort,
}

/// One negotiated connection (what `reconnect` needs to resume it).
#[derive(Debug)]
struct Session {
    negotiation: Negotiation,
    /// Transports still to try on this connection.
    ladder: VecDeque<Transport>,
    /// The transport that connected.
    transport: Option<Transport>,
    message_id: Option<String>,
    groups_token: Option<String>,
    last_message_at: Instant,
    long_poll_delay: Duration,
    /// `false` once the server ended it (`D:1`, a refused `reconnect`).
    resumable: bool,
}

pub struct Connection {
    config: ConnectionConfig,
    urls: SignalrUrls,
    state: State,
    step: Step,
    session: Option<Session>,
    socket: Option<SocketId>,
    /// Set once the current socket reported `Opened`.
    socket_open: bool,
    requests: HashMap<RequestId, RequestKind>,
    /// The long poll (or long-polling reconnect) in flight.
    poll: Option<RequestId>,
    timers: TimerTable,
    io: VecDeque<Io>,
    events: VecDeque<Event>,
    next_id: u64,
    /// The one counter of hub events and snapshot requests (see `ordering`).
    seq: u64,
    pending: Pending,
    hub_state: BTreeMap<String, HubState>,
    subs: subscriptions::Subscriptions,
    /// A monitor change was in flight when the connection was lost: re-establish every
    /// subscription even if the reconnect restores the groups.
    resync: bool,
    /// The page is visible: polling runs only then.
    visible: bool,
    /// The browser says it is online (`navigator.onLine`): reconnect attempts wait for it.
    online: bool,
    slow_warned: bool,
    lost_at: Instant,
    attempt: u32,
    last_reason: ReconnectReason,
    /// Whether the reconnect in flight sent a groups token.
    sent_groups_token: bool,
    token_expires_at: Option<Instant>,
}

impl Connection {
    pub fn new(config: ConnectionConfig) -> Result<Self, BadServerUrl> {
        let urls = SignalrUrls::new(&config.server, &config.hubs)?;
        Ok(Connection {
            config,
            urls,
            state: State::Disconnected,
            step: Step::Idle,
            session: None,
            socket: None,
            socket_open: false,
            requests: HashMap::new(),
            poll: None,
            timers: TimerTable::default(),
            io: VecDeque::new(),
            events: VecDeque::new(),
            next_id: 0,
            seq: 0,
            pending: Pending::default(),
            hub_state: BTreeMap::new(),
            subs: subscriptions::Subscriptions::default(),
            resync: false,
            visible: true,
            online: true,
            slow_warned: false,
            lost_at: Instant::default(),
            attempt: 0,
            last_reason: ReconnectReason::KeepAliveTimeout,
            sent_groups_token: false,
            token_expires_at: None,
        })
    }

    // ----- observation -------------------------------------------------------------------

    pub fn state(&self) -> State {
        self.state
    }

    /// The transport carrying the connection, once connected.
    pub fn transport(&self) -> Option<Transport> {
        match self.step {
            Step::Open(t) => Some(t),
            _ => None,
        }
    }

    pub fn negotiation(&self) -> Option<&Negotiation> {
        self.session.as_ref().map(|s| &s.negotiation)
    }

    /// The last cursor received (sent as `messageId`).
    pub fn message_id(&self) -> Option<&str> {
        self.session.as_ref().and_then(|s| s.message_id.as_deref())
    }

    pub fn groups_token(&self) -> Option<&str> {
        self.session
            .as_ref()
            .and_then(|s| s.groups_token.as_deref())
    }

    /// A hub's state (`S`), merged from invocations' answers and client calls.
    pub fn hub_state(&self, hub: &str) -> Option<&HubState> {
        self.hub_state.get(&hub.to_ascii_lowercase())
    }

    pub fn pending_invocations(&self) -> usize {
        self.pending.len()
    }

    /// How many subscriptions watch `(topic, id)` (`id` is `""` for [`Topic::Me`]).
    pub fn subscribers(&self, topic: Topic, id: &str) -> u32 {
        self.subs.count(topic, id)
    }

    pub fn poll_io(&mut self) -> Option<Io> {
        self.io.pop_front()
    }

    pub fn poll_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    pub fn poll_timeout(&self) -> Option<Instant> {
        self.timers.earliest()
    }

    // ----- API ---------------------------------------------------------------------------

    /// Starts connecting. Only from `Disconnected`.
    pub fn start(&mut self, now: Instant) -> Result<(), RealtimeError> {
        self.set_state(State::Connecting)?;
        self.attempt = 0;
        self.session = None;
        self.begin_negotiate(now);
        Ok(())
    }

    /// Stops: aborts the connection on the server, closes the transport and fails every
    /// pending invocation. Stopping a disconnected connection does nothing.
    pub fn stop(&mut self, now: Instant) {
        if self.state == State::Disconnected {
            return;
        }
        if let Some(session) = &self.session {
            let transport = session
                .transport
                .or(match self.step {
                    Step::Connect(t) | Step::Start(t) | Step::Open(t) | Step::Reconnect(t) => {
                        Some(t)
                    }
                    _ => None,
                })
                .unwrap_or(Transport::LongPolling);
            let token = session.negotiation.connection_token.clone();
            let params = UrlParams {
                transport: Some(transport),
                connection_token: Some(&token),
                ..UrlParams::default()
            };
            let url = self
                .urls
                .url(Endpoint::Abort, &params, &self.config.access_token);
            self.http(
                RequestKind::Abort,
                Endpoint::Abort,
                url,
                Some(String::new()),
            );
        }
        self.disconnect(now, DisconnectReason::Stopped, InvocationError::Stopped);
    }

    /// Invokes a hub method; the result comes as [`Event::InvocationCompleted`] with the
    /// returned id. Only while connected.
    pub fn invoke(
        &mut self,
        now: Instant,
        hub: &str,
        method: &str,
        args: Vec<Value>,
    ) -> Result<u64, RealtimeError> {
        self.invoke_for(now, hub, method, args, Purpose::User)
    }

    /// Subscribes to `topic` for `ids` (none for [`Topic::Me`]). The server-side monitor
    /// is added for ids nobody watched yet (now when connected, on connecting otherwise);
    /// once it is, [`Event::SnapshotNeeded`] asks for their REST snapshot.
    pub fn subscribe<S: AsRef<str>>(
        &mut self,
        now: Instant,
        topic: Topic,
        ids: &[S],
    ) -> Result<SubscriptionId, RealtimeError> {
        let mut list: Vec<String> = Vec::new();
        if topic.takes_ids() {
            for id in ids {
                let id = id.as_ref().trim();
                if id.is_empty() || id.len() > self.config.limits.max_token_bytes {
                    return Err(RealtimeError::InvalidArgument(
                        "a subscribed id must be a non-empty string of at most 4 KiB".into(),
                    ));
                }
                if !list.iter().any(|x| x == id) {
                    list.push(id.to_string());
                }
            }
            if list.is_empty() {
                return Err(RealtimeError::InvalidArgument(format!(
                    "{topic:?} needs at least one id"
                )));
            }
        } else {
            list.push(String::new());
        }
        let new_total = self.subs.total_ids()
            + list
                .iter()
                .filter(|id| self.subs.count(topic, id) == 0)
                .count();
        if new_total > self.config.max_subscribed_ids {
            return Err(RealtimeError::TooMany {
                what: "subscribed ids",
                limit: self.config.max_subscribed_ids,
            });
        }
        let (handle, fresh) = self.subs.add(topic, list);
        if !fresh.is_empty() {
            if self.state == State::Polling {
                // No monitor to add: the next real-time connection adds every one.
                self.request_snapshot(topic, fresh);
            } else if self.state == State::Connected {
                self.add_monitor(now, topic, fresh);
            } else {
                // A reconnect that restores the groups would not know of these.
                self.subs.defer_addition(topic, fresh);
            }
        }
        Ok(handle)
    }

    /// Ends a subscription; the server-side monitor goes for ids nobody watches any more.
    pub fn unsubscribe(
        &mut self,
        now: Instant,
        handle: SubscriptionId,
    ) -> Result<(), RealtimeError> {
        let (topic, gone) = self
            .subs
            .remove(handle)
            .ok_or(RealtimeError::UnknownSubscription)?;
        if gone.is_empty() {
            return Ok(());
        }
        if let Some((hub, method)) = topic.remove_method() {
            if self.state == State::Connected {
                let args = vec![ids_arg(&gone)];
                if self
                    .invoke_for(now, hub, method, args, Purpose::Unmonitor)
                    .is_err()
                {
                    self.subs.defer_removal(topic, gone);
                }
            } else {
                self.subs.defer_removal(topic, gone);
            }
        }
        Ok(())
    }

    /// A new access token, valid until `expires_at` when known. Every later request uses
    /// it. A WebSocket carries its token in the URL it was opened with, so a connected
    /// WebSocket reconnects with the new one at once (resuming with `messageId` and the
    /// groups token: nothing is missed), before the old one lapses.
    pub fn set_token(
        &mut self,
        now: Instant,
        token: impl Into<String>,
        expires_at: Option<Instant>,
    ) {
        self.config.access_token = token.into();
        self.token_expires_at = expires_at;
        match expires_at {
            Some(at) => {
                let margin = self.config.token_renew_margin;
                let due = Instant::from_millis(
                    at.as_millis()
                        .saturating_sub(u64::try_from(margin.as_millis()).unwrap_or(u64::MAX)),
                );
                self.timers.set(Timer::TokenExpiring, due.max(now));
            }
            None => self.timers.clear(Timer::TokenExpiring),
        }
        match (self.state, self.step) {
            (State::Connected, Step::Open(Transport::WebSockets)) => {
                self.lose(now, ReconnectReason::TokenRenewed, true);
            }
            // A reconnect refused for the old token: try again now.
            (State::Reconnecting, Step::Idle)
                if self.last_reason == ReconnectReason::Unauthorized =>
            {
                self.timers.set(Timer::Reconnect, now);
            }
            _ => {}
        }
    }

    // ----- inputs ------------------------------------------------------------------------

    /// The answer to request `id` (or why there was none).
    pub fn handle_http(
        &mut self,
        now: Instant,
        id: RequestId,
        answer: Result<HttpResponse, HttpFailure>,
    ) {
        let Some(kind) = self.requests.remove(&id) else {
            return; // a request given up on
        };
        if self.poll == Some(id) {
            self.poll = None;
        }
        let answer = match answer {
            Ok(r) if (200..300).contains(&r.status) => Ok(r.body),
            Ok(r) => Err((Some(r.status), format!("HTTP {}", r.status))),
            Err(HttpFailure(why)) => Err((None, why)),
        };
        if let Err((Some(401 | 403), _)) = &answer
            && kind != RequestKind::Abort
        {
            self.events.push_back(Event::Unauthorized);
        }
        match kind {
            RequestKind::Abort => {}
            RequestKind::Negotiate => self.on_negotiated(now, answer),
            RequestKind::Connect => match answer {
                Ok(body) => self.on_transport_text(now, &body),
                Err((_, why)) => self.transport_failed(now, why),
            },
            RequestKind::Start => self.on_started(now, answer),
            RequestKind::Poll => match answer {
                Ok(body) => {
                    self.timers.clear(Timer::PollDeadline);
                    self.on_transport_text(now, &body);
                    self.schedule_poll(now);
                }
                Err((_, why)) => self.lose(now, ReconnectReason::TransportLost(why), false),
            },
            RequestKind::Reconnect => match answer {
                Ok(body) => {
                    self.timers.clear(Timer::ReconnectGrace);
                    if self.step == Step::Reconnect(Transport::LongPolling) {
                        self.reconnected(now);
                    }
                    self.on_transport_text(now, &body);
                    self.schedule_poll(now);
                }
                Err((status, why)) => self.reconnect_failed(now, status, why),
            },
            RequestKind::Send(inv) => match answer {
                Ok(body) => self.on_transport_text(now, &body),
                Err((_, why)) => {
                    self.complete(now, inv, Err(InvocationError::Transport(why)), None)
                }
            },
        }
    }

    pub fn handle_socket(&mut self, now: Instant, id: SocketId, event: SocketEvent) {
        if self.socket != Some(id) {
            return; // a socket already given up on
        }
        match event {
            SocketEvent::Opened => {
                self.socket_open = true;
                if self.step == Step::Reconnect(Transport::WebSockets) {
                    // SignalR sends no init frame on reconnect: the open socket is the success.
                    self.timers.clear(Timer::TransportConnect);
                    self.reconnected(now);
                }
            }
            SocketEvent::Text(text) => self.on_transport_text(now, &text),
            SocketEvent::Closed { code, reason } => {
                self.socket = None;
                let opened = std::mem::replace(&mut self.socket_open, false);
                let why = match (opened, code) {
                    (false, _) => "the WebSocket upgrade failed or was refused".to_string(),
                    (true, Some(c)) => format!(
                        "the WebSocket closed ({c}{}{reason})",
                        if reason.is_empty() { "" } else { ": " }
                    ),
                    (true, None) => "the WebSocket closed".to_string(),
                };
                match self.step {
                    Step::Connect(Transport::WebSockets) => self.transport_failed(now, why),
                    Step::Reconnect(Transport::WebSockets) => {
                        self.timers.clear(Timer::TransportConnect);
                        self.reconnect_failed(now, None, why)
                    }
                    // Closed between the init frame and `start`'s answer: this attempt failed.
                    Step::Start(Transport::WebSockets) => self.attempt_failed(now, why, None),
                    Step::Open(Transport::WebSockets) => {
                        self.lose(now, ReconnectReason::TransportLost(why), false)
                    }
                    _ => {}
                }
            }
        }
    }

    /// Fires every timer due at `now`.
    pub fn handle_timeout(&mut self, now: Instant) {
        while let Some(timer) = self.timers.pop_expired(now) {
            self.on_timer(now, timer);
        }
    }
}
