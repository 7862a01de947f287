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
pub mod state;
pub mod subscriptions;
pub mod timers;

use self::invocations::{Pending, Purpose};
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
            if self.state == State::Connected {
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

    // ----- the flow ----------------------------------------------------------------------

    fn begin_negotiate(&mut self, _now: Instant) {
        self.step = Step::Negotiate;
        let url = self.urls.url(
            Endpoint::Negotiate,
            &UrlParams::default(),
            &self.config.access_token,
        );
        self.http(RequestKind::Negotiate, Endpoint::Negotiate, url, None);
    }

    fn on_negotiated(&mut self, now: Instant, answer: Result<String, (Option<u16>, String)>) {
        if self.step != Step::Negotiate {
            return;
        }
        let negotiation = match answer {
            Ok(body) => match parse_negotiate(&body, &self.config.limits) {
                Ok(n) => n,
                Err(e) => return self.attempt_failed(now, format!("negotiate: {e}"), None),
            },
            Err((status, why)) => {
                return self.attempt_failed(now, format!("negotiate: {why}"), status);
            }
        };
        let ladder = self
            .config
            .transports
            .iter()
            .copied()
            .filter(|t| *t != Transport::ServerSentEvents)
            .filter(|t| *t != Transport::WebSockets || negotiation.try_web_sockets)
            .collect();
        self.session = Some(Session {
            long_poll_delay: negotiation.long_poll_delay,
            negotiation,
            ladder,
            transport: None,
            message_id: None,
            groups_token: None,
            last_message_at: now,
            resumable: true,
        });
        self.try_next_transport(now, None);
    }

    /// Tries the next transport of the ladder; `failed` is the one that just failed and why.
    fn try_next_transport(&mut self, now: Instant, failed: Option<(Transport, String)>) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let Some(next) = session.ladder.pop_front() else {
            self.events.push_back(Event::TransportsExhausted);
            let why = failed.map_or_else(
                || "no transport to try".to_string(),
                |(t, why)| format!("{t}: {why}"),
            );
            return self.attempt_failed(now, why, None);
        };
        if let Some((from, reason)) = failed {
            self.events.push_back(Event::TransportFallback {
                from,
                to: next,
                reason,
            });
        }
        let timeout = session
            .negotiation
            .transport_connect_timeout
            .unwrap_or(self.config.transport_connect_timeout);
        self.timers.set(Timer::TransportConnect, now + timeout);
        self.step = Step::Connect(next);
        let url = self.transport_url(Endpoint::Connect, next);
        match next {
            Transport::WebSockets => self.open_socket(url),
            _ => {
                let id = self.http(
                    RequestKind::Connect,
                    Endpoint::Connect,
                    url,
                    Some(String::new()),
                );
                self.poll = Some(id);
            }
        }
    }

    fn transport_failed(&mut self, now: Instant, why: String) {
        let Step::Connect(t) = self.step else {
            return;
        };
        self.timers.clear(Timer::TransportConnect);
        self.drop_transport();
        self.try_next_transport(now, Some((t, why)));
    }

    fn begin_start(&mut self, now: Instant, t: Transport) {
        self.timers.clear(Timer::TransportConnect);
        self.step = Step::Start(t);
        let url = self.transport_url(Endpoint::Start, t);
        self.http(RequestKind::Start, Endpoint::Start, url, None);
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
    }

    fn on_started(&mut self, now: Instant, answer: Result<String, (Option<u16>, String)>) {
        let Step::Start(t) = self.step else {
            return;
        };
        let started = match &answer {
            Ok(body) => serde_json::from_str::<Value>(body)
                .ok()
                .and_then(|v| {
                    v.as_object()
                        .and_then(|o| super::protocol::member(o, "Response").cloned())
                })
                .is_some_and(|r| r == "started"),
            Err(_) => false,
        };
        if !started {
            let (why, status) = match answer {
                Ok(_) => (
                    "start: the server did not answer \"started\"".to_string(),
                    None,
                ),
                Err((status, why)) => (format!("start: {why}"), status),
            };
            self.drop_transport();
            return self.attempt_failed(now, why, status);
        }
        if let Some(s) = self.session.as_mut() {
            s.transport = Some(t);
        }
        self.step = Step::Open(t);
        self.events.push_back(Event::TransportSelected(t));
        self.connected(now, false);
    }

    /// Connected, over a new connection (`restored` false) or a resumed one.
    fn connected(&mut self, now: Instant, restored: bool) {
        let from = self.state;
        if self.set_state(State::Connected).is_err() {
            return;
        }
        if from == State::Reconnecting {
            self.events.push_back(Event::Reconnected { restored });
        }
        self.attempt = 0;
        self.slow_warned = false;
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
        self.arm_keep_alive(now);
        if self.transport() == Some(Transport::LongPolling) && self.poll.is_none() {
            self.timers.set(Timer::NextPoll, now);
        }
        // Monitors nobody watches any more, removed while no connection could say so.
        for (topic, ids) in self.subs.take_removals() {
            if let Some((hub, method)) = topic.remove_method() {
                let _ = self.invoke_for(now, hub, method, vec![ids_arg(&ids)], Purpose::Unmonitor);
            }
        }
        let additions = self.subs.take_additions();
        if !restored || std::mem::take(&mut self.resync) {
            for (topic, ids) in self.subs.active() {
                self.add_monitor(now, topic, ids);
            }
        } else {
            for (topic, ids) in additions {
                self.add_monitor(now, topic, ids);
            }
        }
    }

    fn reconnected(&mut self, now: Instant) {
        let Step::Reconnect(t) = self.step else {
            return;
        };
        self.step = Step::Open(t);
        let restored = self.sent_groups_token;
        self.connected(now, restored);
    }

    /// The connection is lost (or, `planned`, replaced for a new token): reconnect.
    fn lose(&mut self, now: Instant, reason: ReconnectReason, planned: bool) {
        if self.state != State::Connected {
            return;
        }
        if self.set_state(State::Reconnecting).is_err() {
            return;
        }
        self.events.push_back(Event::Reconnecting(reason.clone()));
        if self.pending.has_monitor_changes() {
            self.resync = true;
        }
        self.fail_pending(now, InvocationError::ConnectionLost);
        self.drop_transport();
        self.timers.clear_connection_timers();
        self.step = Step::Idle;
        self.lost_at = now;
        self.attempt = 0;
        if matches!(reason, ReconnectReason::ServerDisconnected)
            && let Some(s) = self.session.as_mut()
        {
            s.resumable = false;
        }
        if planned {
            // No wait: the old transport worked a moment ago.
            self.last_reason = reason;
            self.timers.set(Timer::Reconnect, now);
        } else {
            self.schedule_reconnect(now, reason);
        }
    }

    /// Asks the policy for the next attempt's delay, or gives up.
    fn schedule_reconnect(&mut self, now: Instant, reason: ReconnectReason) {
        self.attempt = self.attempt.saturating_add(1);
        let elapsed = now.saturating_since(self.lost_at);
        match self
            .config
            .reconnect_policy
            .next_delay(self.attempt, elapsed, &reason)
        {
            Some(delay) => {
                self.step = Step::Idle;
                self.last_reason = reason;
                self.timers.set(Timer::Reconnect, now + delay);
            }
            None => self.disconnect(
                now,
                DisconnectReason::GaveUp(reason),
                InvocationError::Disconnected,
            ),
        }
    }

    fn begin_reconnect(&mut self, now: Instant) {
        let resumable = self.session.as_ref().and_then(|s| {
            let window = s.negotiation.reconnect_window();
            let in_window = now < s.last_message_at + window;
            s.transport.filter(|_| s.resumable && in_window)
        });
        let Some(t) = resumable else {
            // The server has forgotten the connection: a new one.
            self.session = None;
            return self.begin_negotiate(now);
        };
        self.step = Step::Reconnect(t);
        self.sent_groups_token = self.groups_token().is_some_and(|g| !g.is_empty());
        let url = self.transport_url(Endpoint::Reconnect, t);
        match t {
            Transport::WebSockets => {
                let timeout = self
                    .negotiation()
                    .and_then(|n| n.transport_connect_timeout)
                    .unwrap_or(self.config.transport_connect_timeout);
                self.timers.set(Timer::TransportConnect, now + timeout);
                self.open_socket(url);
            }
            _ => {
                let id = self.http(
                    RequestKind::Reconnect,
                    Endpoint::Reconnect,
                    url,
                    Some(String::new()),
                );
                self.poll = Some(id);
                self.timers.set(
                    Timer::ReconnectGrace,
                    now + self.config.long_poll_reconnect_grace,
                );
            }
        }
    }

    fn reconnect_failed(&mut self, now: Instant, status: Option<u16>, why: String) {
        if !matches!(self.step, Step::Reconnect(_)) {
            return;
        }
        self.timers.clear(Timer::ReconnectGrace);
        self.drop_transport();
        let reason = match status {
            Some(401 | 403) => ReconnectReason::Unauthorized,
            // The server does not know the connection any more (restarted, or it expired).
            Some(400 | 404 | 410) => {
                if let Some(s) = self.session.as_mut() {
                    s.resumable = false;
                }
                ReconnectReason::ServerDisconnected
            }
            _ => ReconnectReason::AttemptFailed(why),
        };
        self.schedule_reconnect(now, reason);
    }

    /// A negotiate, connect or start failed.
    fn attempt_failed(&mut self, now: Instant, why: String, status: Option<u16>) {
        self.drop_transport();
        self.timers.clear(Timer::TransportConnect);
        match self.state {
            State::Connecting => {
                self.session = None;
                self.disconnect(
                    now,
                    DisconnectReason::StartFailed(why),
                    InvocationError::Disconnected,
                );
            }
            State::Reconnecting => {
                self.session = None;
                let reason = match status {
                    Some(401 | 403) => ReconnectReason::Unauthorized,
                    _ => ReconnectReason::AttemptFailed(why),
                };
                self.schedule_reconnect(now, reason);
            }
            _ => {}
        }
    }

    fn disconnect(&mut self, now: Instant, reason: DisconnectReason, error: InvocationError) {
        self.fail_pending(now, error);
        self.drop_transport();
        self.timers.clear_connection_timers();
        self.step = Step::Idle;
        if self.set_state(State::Disconnected).is_ok() {
            self.events.push_back(Event::Disconnected(reason));
        }
        self.session = None;
    }

    fn on_timer(&mut self, now: Instant, timer: Timer) {
        match timer {
            Timer::TransportConnect => match self.step {
                Step::Connect(_) => self.transport_failed(now, "timed out".to_string()),
                Step::Reconnect(_) => self.reconnect_failed(now, None, "timed out".to_string()),
                _ => {}
            },
            Timer::KeepAliveWarning => {
                if self.state == State::Connected && !self.slow_warned {
                    self.slow_warned = true;
                    self.events.push_back(Event::SlowConnection);
                }
            }
            Timer::KeepAliveLost => self.lose(now, ReconnectReason::KeepAliveTimeout, false),
            Timer::NextPoll => self.begin_poll(now),
            Timer::PollDeadline => {
                if let Some(id) = self.poll.take() {
                    self.requests.remove(&id);
                    self.io.push_back(Io::CancelHttp(id));
                }
                self.lose(now, ReconnectReason::KeepAliveTimeout, false);
            }
            Timer::Reconnect => {
                if self.state == State::Reconnecting && self.step == Step::Idle {
                    self.begin_reconnect(now);
                }
            }
            Timer::ReconnectGrace => {
                if self.step == Step::Reconnect(Transport::LongPolling) {
                    // The reconnect poll is being held: it is the current poll now.
                    if let Some(id) = self.poll {
                        self.requests.insert(id, RequestKind::Poll);
                        self.arm_poll_deadline(now);
                    }
                    self.reconnected(now);
                }
            }
            Timer::TokenExpiring => {
                if let Some(expires_at) = self.token_expires_at {
                    self.events.push_back(Event::TokenExpiring { expires_at });
                }
            }
        }
    }

    /// Everything a transport delivered: frames on a socket, long-poll bodies, send answers.
    fn on_transport_text(&mut self, now: Instant, text: &str) {
        let frame = match parse_frame(text, &self.config.limits) {
            Ok(f) => f,
            Err(e) => {
                self.events.push_back(Event::Warning(Warning::Protocol(e)));
                return;
            }
        };
        if let Some(s) = self.session.as_mut() {
            s.last_message_at = now;
        }
        self.slow_warned = false;
        self.arm_keep_alive(now);
        match frame {
            Frame::KeepAlive | Frame::SseInitialized => {}
            Frame::Hub(incoming) => self.dispatch(now, incoming),
            Frame::Persistent(p) => self.on_persistent(now, p),
        }
    }

    fn on_persistent(&mut self, now: Instant, p: PersistentFrame) {
        if let Some(s) = self.session.as_mut() {
            if let Some(c) = p.cursor {
                s.message_id = Some(c);
            }
            if let Some(g) = p.groups_token {
                s.groups_token = Some(g);
            }
            if let Some(l) = p.long_poll_delay {
                s.long_poll_delay = l;
            }
        }
        for m in p.messages {
            self.dispatch(now, m);
        }
        if p.initialized
            && let Step::Connect(t) = self.step
        {
            self.begin_start(now, t);
        }
        if p.disconnect {
            self.lose(now, ReconnectReason::ServerDisconnected, false);
        } else if p.reconnect {
            self.lose(now, ReconnectReason::ServerRequested, false);
        }
    }

    fn dispatch(&mut self, now: Instant, incoming: Incoming) {
        match incoming {
            Incoming::Call(call) => {
                if let Some(state) = &call.state {
                    merge_state(
                        self.hub_state
                            .entry(call.hub.to_ascii_lowercase())
                            .or_default(),
                        state,
                    );
                }
                match decode_event(&call) {
                    Ok(event) => {
                        self.seq += 1;
                        self.events.push_back(Event::Hub {
                            seq: self.seq,
                            event,
                        });
                    }
                    Err(e) => self
                        .events
                        .push_back(Event::Warning(Warning::EventDecode(e))),
                }
            }
            Incoming::Result(r) => {
                let Ok(id) = r.id.trim().parse::<u64>() else {
                    return;
                };
                let result = r.outcome.map_err(InvocationError::Hub);
                self.complete(now, id, result, r.state);
            }
            Incoming::Progress { id, data } => {
                if let Some(id) = id
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|id| self.pending.contains(*id))
                {
                    self.events
                        .push_back(Event::InvocationProgress { id, data });
                }
            }
            Incoming::Other(_) => {}
        }
    }

    /// Ends invocation `id`.
    fn complete(
        &mut self,
        _now: Instant,
        id: u64,
        result: Result<Option<Value>, InvocationError>,
        state: Option<HubState>,
    ) {
        let Some(p) = self.pending.remove(id) else {
            return;
        };
        if let Some(state) = &state {
            merge_state(self.hub_state.entry(p.hub.clone()).or_default(), state);
        }
        match p.purpose {
            Purpose::User => self
                .events
                .push_back(Event::InvocationCompleted { id, result }),
            Purpose::Monitor { topic, ids } => match result {
                Ok(_) => {
                    // Only ids still watched: a subscriber may have left meanwhile.
                    let ids: Vec<String> = ids
                        .into_iter()
                        .filter(|i| self.subs.count(topic, i) > 0)
                        .collect();
                    if !ids.is_empty() {
                        self.seq += 1;
                        let ids = if topic.takes_ids() { ids } else { Vec::new() };
                        self.events
                            .push_back(Event::SnapshotNeeded(SnapshotRequest {
                                seq: self.seq,
                                topic,
                                ids,
                            }));
                    }
                }
                Err(error) => {
                    self.events
                        .push_back(Event::SubscriptionFailed { topic, ids, error })
                }
            },
            Purpose::Unmonitor => {}
        }
    }

    fn fail_pending(&mut self, now: Instant, error: InvocationError) {
        for id in self.pending.ids() {
            match self.pending.purpose(id) {
                // Monitors are re-established by the next connection (subscriptions outlive
                // connections): nothing to report.
                Some(Purpose::Monitor { .. }) | Some(Purpose::Unmonitor) => {
                    self.pending.remove(id);
                }
                _ => self.complete(now, id, Err(error.clone()), None),
            }
        }
    }

    fn add_monitor(&mut self, now: Instant, topic: Topic, ids: Vec<String>) {
        let (hub, method) = topic.add_method();
        let args = if topic.takes_ids() {
            vec![ids_arg(&ids)]
        } else {
            Vec::new()
        };
        if let Err(e) = self.invoke_for(
            now,
            hub,
            method,
            args,
            Purpose::Monitor {
                topic,
                ids: ids.clone(),
            },
        ) {
            let error = match e {
                RealtimeError::NotConnected(_) => InvocationError::Disconnected,
                other => InvocationError::Transport(other.to_string()),
            };
            self.events
                .push_back(Event::SubscriptionFailed { topic, ids, error });
        }
    }

    fn invoke_for(
        &mut self,
        _now: Instant,
        hub: &str,
        method: &str,
        args: Vec<Value>,
        purpose: Purpose,
    ) -> Result<u64, RealtimeError> {
        let Step::Open(t) = self.step else {
            return Err(RealtimeError::NotConnected(self.state));
        };
        if self.state != State::Connected {
            return Err(RealtimeError::NotConnected(self.state));
        }
        if self.pending.len() >= self.config.max_pending_invocations {
            return Err(RealtimeError::TooMany {
                what: "pending invocations",
                limit: self.config.max_pending_invocations,
            });
        }
        if args.len() > self.config.limits.max_args {
            return Err(RealtimeError::TooMany {
                what: "arguments",
                limit: self.config.limits.max_args,
            });
        }
        let hub_key = hub.to_ascii_lowercase();
        let id = self.pending.next_id();
        let invocation = Invocation {
            hub: hub_key.clone(),
            method: method.to_string(),
            args,
            id,
            state: self.hub_state.get(&hub_key).cloned().unwrap_or_default(),
        };
        let text = invocation.to_json();
        self.pending.insert(id, hub_key, purpose);
        match (t, self.socket) {
            (Transport::WebSockets, Some(socket)) => {
                self.io.push_back(Io::SendSocket { id: socket, text })
            }
            _ => {
                let url = self.transport_url(Endpoint::Send, t);
                self.http(
                    RequestKind::Send(id),
                    Endpoint::Send,
                    url,
                    Some(send_body(&text)),
                );
            }
        }
        Ok(id)
    }

    // ----- helpers -----------------------------------------------------------------------

    fn set_state(&mut self, to: State) -> Result<(), IllegalTransition> {
        let from = self.state;
        check_transition(from, to)?;
        self.state = to;
        self.events.push_back(Event::StateChanged { from, to });
        Ok(())
    }

    fn arm_keep_alive(&mut self, now: Instant) {
        let ka = self.negotiation().and_then(|n| n.keep_alive_timeout);
        // Long polling has no keep-alives: its polls are watched by the poll deadline.
        match (ka, self.step) {
            (Some(ka), Step::Open(Transport::WebSockets)) if !ka.is_zero() => {
                self.timers
                    .set(Timer::KeepAliveWarning, now + ka.mul_f64(2.0 / 3.0));
                self.timers.set(Timer::KeepAliveLost, now + ka);
            }
            _ => {
                self.timers.clear(Timer::KeepAliveWarning);
                self.timers.clear(Timer::KeepAliveLost);
            }
        }
    }

    fn schedule_poll(&mut self, now: Instant) {
        if self.step != Step::Open(Transport::LongPolling) || self.poll.is_some() {
            return;
        }
        let delay = self
            .session
            .as_ref()
            .map(|s| s.long_poll_delay)
            .unwrap_or_default();
        self.timers.set(Timer::NextPoll, now + delay);
    }

    fn begin_poll(&mut self, now: Instant) {
        if self.step != Step::Open(Transport::LongPolling) || self.poll.is_some() {
            return;
        }
        let url = self.transport_url(Endpoint::Poll, Transport::LongPolling);
        let id = self.http(RequestKind::Poll, Endpoint::Poll, url, Some(String::new()));
        self.poll = Some(id);
        self.arm_poll_deadline(now);
    }

    fn arm_poll_deadline(&mut self, now: Instant) {
        let held = self
            .negotiation()
            .map(|n| n.connection_timeout)
            .unwrap_or_default();
        self.timers.set(
            Timer::PollDeadline,
            now + held.saturating_add(self.config.poll_stall_grace),
        );
    }

    /// The URL of `endpoint` over `t` for the current session.
    fn transport_url(&mut self, endpoint: Endpoint, t: Transport) -> String {
        self.next_id += 1;
        let tid = (self.next_id % 11) as u32;
        let s = self.session.as_ref();
        let resume = matches!(endpoint, Endpoint::Reconnect | Endpoint::Poll);
        let params = UrlParams {
            transport: Some(t),
            connection_token: s.map(|s| s.negotiation.connection_token.as_str()),
            message_id: s.and_then(|s| s.message_id.as_deref()).filter(|_| resume),
            groups_token: s.and_then(|s| s.groups_token.as_deref()).filter(|_| resume),
            tid: matches!(
                endpoint,
                Endpoint::Connect | Endpoint::Reconnect | Endpoint::Poll
            )
            .then_some(tid),
        };
        self.urls.url(endpoint, &params, &self.config.access_token)
    }

    fn http(
        &mut self,
        kind: RequestKind,
        endpoint: Endpoint,
        url: String,
        body: Option<String>,
    ) -> RequestId {
        self.next_id += 1;
        let id = RequestId(self.next_id);
        self.requests.insert(id, kind);
        self.io.push_back(Io::Http(HttpRequest {
            id,
            method: endpoint.method(),
            url,
            body,
        }));
        id
    }

    fn open_socket(&mut self, url: String) {
        self.next_id += 1;
        let id = SocketId(self.next_id);
        self.socket = Some(id);
        self.socket_open = false;
        self.io.push_back(Io::OpenSocket { id, url });
    }

    /// Closes the socket and abandons the poll (and any other transport request).
    fn drop_transport(&mut self) {
        if let Some(id) = self.socket.take() {
            self.io.push_back(Io::CloseSocket { id });
        }
        self.socket_open = false;
        if let Some(id) = self.poll.take() {
            self.requests.remove(&id);
            self.io.push_back(Io::CancelHttp(id));
        }
        let stale: Vec<RequestId> = self
            .requests
            .iter()
            .filter(|(_, k)| {
                matches!(
                    k,
                    RequestKind::Connect | RequestKind::Start | RequestKind::Reconnect
                )
            })
            .map(|(id, _)| *id)
            .collect();
        for id in stale {
            self.requests.remove(&id);
            self.io.push_back(Io::CancelHttp(id));
        }
    }
}

/// The ids argument of a monitor method: a JSON array of strings.
fn ids_arg(ids: &[String]) -> Value {
    Value::Array(ids.iter().map(|i| Value::String(i.clone())).collect())
}

/// Merges a hub state change into the state (members replace members).
fn merge_state(into: &mut HubState, changes: &HubState) {
    for (k, v) in changes {
        into.insert(k.clone(), v.clone());
    }
}
