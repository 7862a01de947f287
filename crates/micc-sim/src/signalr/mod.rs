//! The real-time channel: classic ASP.NET SignalR 2 (protocol 1.5) at `/miccsdk/signalr`,
//! with the Mitel hubs `queueHub`, `employeeHub` and `agentHub`.
//!
//! The protocol, cursors, buffers, hub resolution, groups and the subscription index are
//! plain Rust without IO ([`protocol`], [`token`], [`buffer`], [`hubs`], [`groups`],
//! [`index`], [`conn`]); [`invoke`] is the hub invocation pipeline; the axum side is
//! [`http`] (endpoints), `transport` (WebSockets, server-sent events, long polling) and
//! [`proxy`] (the generated `/signalr/hubs` script). [`Server`] holds the connections and
//! the index; one fan-out task turns the world's event stream into hub events, encoding
//! each event once and pushing the shared text to every subscriber.
//!
//! Monitors are groups ([`groups`]): their events reach a connection whatever hubs its
//! `connectionData` named, membership travels in the groups token, and a `reconnect`
//! rejoins the groups of the token it sends back, and only those.

pub mod buffer;
pub mod conn;
mod fanout;
pub mod groups;
pub mod http;
pub mod hubs;
pub mod index;
pub mod invoke;
pub mod protocol;
pub mod proxy;
pub mod token;
mod transport;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::watch;

use crate::AppState;
use crate::auth::Principal;
use crate::config::Config;
use crate::events::Event;
use crate::faults::RealtimeFaults;
use crate::wire::WireForm;
use crate::world::{Change, World};
use conn::{Conn, Stop, TransportKind};
pub use http::handle;
use hubs::{Action, AgentScope, HubId, HubSet};
use index::Index;

/// Timeouts and sizes, derived like SignalR 2's `DefaultConfigurationManager`: setting the
/// disconnect timeout sets the keep-alive to a third of it; clients treat two missed
/// keep-alives (`KeepAliveTimeout`) as a lost connection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub disconnect_timeout: Duration,
    pub keep_alive: Duration,
    /// How long a long poll is held open without messages.
    pub connection_timeout: Duration,
    pub transport_connect_timeout: Duration,
    pub long_poll_delay: Duration,
    /// Messages each connection keeps for replay.
    pub buffer: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::new(30.0, 110.0)
    }
}

impl Settings {
    /// From seconds; the disconnect timeout is at least 0.3 s (SignalR insists on 6 s; the
    /// simulator allows less so tests of timing run fast).
    pub fn new(disconnect_secs: f64, connection_secs: f64) -> Self {
        let disconnect = Duration::from_secs_f64(disconnect_secs.max(0.3));
        Settings {
            disconnect_timeout: disconnect,
            keep_alive: disconnect / 3,
            connection_timeout: Duration::from_secs_f64(connection_secs.max(0.1)),
            transport_connect_timeout: Duration::from_secs(5),
            long_poll_delay: Duration::ZERO,
            buffer: buffer::DEFAULT_CAPACITY,
        }
    }

    pub fn from_config(c: &Config) -> Self {
        Settings::new(c.signalr_disconnect_timeout, c.signalr_connection_timeout)
    }

    pub fn keep_alive_timeout(&self) -> Duration {
        self.keep_alive * 2
    }

    /// How often the server checks connections (SignalR: two heartbeats per keep-alive).
    pub fn heartbeat(&self) -> Duration {
        self.keep_alive / 2
    }

    pub fn timing(&self) -> protocol::Timing {
        protocol::Timing {
            keep_alive_timeout: self.keep_alive_timeout().as_secs_f64(),
            disconnect_timeout: self.disconnect_timeout.as_secs_f64(),
            connection_timeout: self.connection_timeout.as_secs_f64(),
            transport_connect_timeout: self.transport_connect_timeout.as_secs_f64(),
            long_poll_delay: self.long_poll_delay.as_secs_f64(),
        }
    }

    /// Grace beyond the disconnect timeout by transport (`DisconnectThreshold`): the long
    /// poll delay for long polling, 5 s for the others (scaled down with short timeouts).
    pub fn disconnect_threshold(&self, kind: TransportKind) -> Duration {
        match kind {
            TransportKind::LongPolling => self.long_poll_delay,
            _ => Duration::from_secs(5).min(self.disconnect_timeout / 6),
        }
    }
}

/// The argument of the hub event of `event`, in the wire form: one model for the state
/// events; an array of conversation models for `…ConversationChanged` and an array of
/// conversation id strings for `…ConversationRemoved`, as real servers send them
/// (wire-facts: "Hub event payloads").
fn event_argument(event: &Event, form: WireForm) -> Value {
    match &event.change {
        Change::QueueConversationRemoved { id, .. }
        | Change::EmployeeConversationRemoved { id, .. } => json!([id]),
        change => {
            let schema = json!({ "$ref": format!("#/components/schemas/{}", event.schema) });
            let model = crate::wire::encode(&event.payload, &schema, form);
            match change {
                Change::QueueConversation { .. } | Change::EmployeeConversation { .. } => {
                    Value::Array(vec![model])
                }
                _ => model,
            }
        }
    }
}

/// The user name a principal's connection tokens carry (SignalR: `Identity.Name`).
pub fn identity(p: &Principal) -> &str {
    match p {
        Principal::User { username, .. } => username,
        Principal::System { client_id } => client_id,
    }
}

pub struct Server {
    pub settings: Settings,
    keys: token::TokenKeys,
    connections: Mutex<HashMap<String, Arc<Conn>>>,
    index: RwLock<Index<Arc<Conn>>>,
    /// Agent -> employee, fixed for the life of the world (routing agentHub events needs it
    /// without locking the world).
    agent_employee: Vec<usize>,
    next_key: AtomicU64,
    faults: watch::Sender<RealtimeFaults>,
    started: AtomicBool,
    shutting_down: AtomicBool,
    /// Times the fan-out lagged behind the event stream and re-sent current states.
    resyncs: AtomicU64,
}

impl Server {
    pub fn new(settings: Settings, faults: RealtimeFaults, world: &World) -> Self {
        Server {
            settings,
            keys: token::TokenKeys::new(),
            connections: Mutex::new(HashMap::new()),
            index: RwLock::new(Index::default()),
            agent_employee: world.agents.iter().map(|a| a.employee).collect(),
            next_key: AtomicU64::new(1),
            faults: watch::channel(faults).0,
            started: AtomicBool::new(false),
            shutting_down: AtomicBool::new(false),
            resyncs: AtomicU64::new(0),
        }
    }

    // The registry and the index are plain data that stay consistent across a panic
    // elsewhere, so a poisoned lock is still usable.
    fn connections(&self) -> MutexGuard<'_, HashMap<String, Arc<Conn>>> {
        self.connections
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn index_read(&self) -> RwLockReadGuard<'_, Index<Arc<Conn>>> {
        self.index
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn index_write(&self) -> RwLockWriteGuard<'_, Index<Arc<Conn>>> {
        self.index
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Starts the fan-out and expiry tasks on first use (inside the runtime serving the
    /// request), so an unused channel costs nothing and tests need no extra call.
    pub fn ensure_started(&self, state: &Arc<AppState>) {
        if self.started.swap(true, Ordering::AcqRel) {
            return;
        }
        // Subscribe before returning: events after the first connection must not be lost.
        let events = state.events.subscribe();
        tokio::spawn(fanout::run(Arc::downgrade(state), events));
        tokio::spawn(fanout::expire(
            Arc::downgrade(state),
            self.settings.heartbeat(),
        ));
    }

    /// Whether the fan-out listens to the event stream (it holds one receiver).
    pub fn listens(&self) -> bool {
        self.started.load(Ordering::Acquire)
    }

    pub fn faults(&self) -> RealtimeFaults {
        self.faults.borrow().clone()
    }

    pub fn set_faults(&self, f: RealtimeFaults) {
        self.faults.send_replace(f);
    }

    pub fn watch_faults(&self) -> watch::Receiver<RealtimeFaults> {
        self.faults.subscribe()
    }

    pub fn new_connection_token(&self, principal: &Principal) -> (String, String) {
        let id = self.keys.new_connection_id();
        let token = self.keys.issue(&id, identity(principal));
        (id, token)
    }

    pub fn verify_token(&self, token: &str) -> Option<token::TokenClaims> {
        self.keys.verify(token)
    }

    pub fn find(&self, connection_id: &str) -> Option<Arc<Conn>> {
        self.connections().get(connection_id).cloned()
    }

    /// The connection of a verified token, created if this server does not know it (a
    /// first request, or one after the connection expired: SignalR accepts any token it
    /// issued, and the new connection starts without monitors or buffered messages).
    /// `receiving` carries the hubs of a connect, reconnect or poll: as in SignalR, the
    /// hubs a connection receives from are those its receiving request named.
    pub fn connection(
        &self,
        state: &AppState,
        claims: &token::TokenClaims,
        principal: &Principal,
        receiving: Option<HubSet>,
    ) -> Arc<Conn> {
        let hubs = receiving.unwrap_or_default();
        let conn = {
            let mut all = self.connections();
            match all.get(&claims.connection_id) {
                Some(c) => {
                    if let Some(h) = receiving {
                        c.refresh(principal, h);
                    }
                    c.clone()
                }
                None => {
                    let key = self.next_key.fetch_add(1, Ordering::Relaxed);
                    let c = Arc::new(Conn::new(
                        key,
                        claims.connection_id.clone(),
                        claims.user.clone(),
                        principal.clone(),
                        hubs,
                        self.settings.buffer,
                    ));
                    all.insert(claims.connection_id.clone(), c.clone());
                    c
                }
            }
        };
        if let Some(h) = receiving {
            self.update_agent_hub(state, &conn, principal, h);
        }
        conn
    }

    fn update_agent_hub(&self, state: &AppState, conn: &Arc<Conn>, p: &Principal, hubs: HubSet) {
        let member = self.index_read().subscriptions(conn.key).agent_hub;
        let wanted = hubs.contains(HubId::Agent);
        if member == wanted {
            return;
        }
        if !wanted {
            self.index_write().set_agent_hub(conn.key, None);
            return;
        }
        // The world lock is never held together with the index lock (see `interested`).
        let scope = match state.world.lock() {
            Ok(w) => AgentScope::of(p, &w),
            Err(_) => return,
        };
        self.index_write()
            .set_agent_hub(conn.key, Some((conn, scope)));
    }

    /// Applies a hub method's action; `true` when the connection's groups changed.
    pub fn apply(&self, conn: &Arc<Conn>, action: &Action) -> bool {
        self.index_write().apply(conn.key, conn, action)
    }

    /// The group names of a connection's current groups (for its token and the listing).
    fn group_names(&self, state: &AppState, conn: &Conn) -> Vec<String> {
        // The index lock is released before the world's (never both held).
        let current = self.index_read().groups_of(conn.key);
        match state.world.lock() {
            Ok(w) => groups::names(&current, &w),
            Err(_) => Vec::new(),
        }
    }

    /// Issues the groups token of the connection's groups; its next frame carries it.
    pub fn announce_groups(&self, state: &AppState, conn: &Arc<Conn>) {
        let names = self.group_names(state, conn);
        let token = self.keys.issue_groups(&conn.id, &names);
        conn.announce_groups(Arc::from(token));
    }

    /// A `reconnect`: the connection's groups become those of the groups token it sent
    /// back, if the token is ours and names this connection; without one it has none.
    pub fn rejoin(&self, state: &AppState, conn: &Arc<Conn>, groups_token: Option<&str>) {
        let names = groups_token
            .filter(|t| !t.is_empty())
            .map(|t| self.keys.verify_groups(t, &conn.id))
            .unwrap_or_default();
        let rejoined = match state.world.lock() {
            Ok(w) => groups::parse_all(&names, &w),
            Err(_) => Vec::new(),
        };
        tracing::debug!(connection = %conn.id, groups = rejoined.len(), "rejoined from the groups token");
        self.index_write().rejoin(conn.key, conn, &rejoined);
        let kept = groups_token.filter(|_| !rejoined.is_empty());
        conn.rejoined_groups(kept.map(Arc::from), &rejoined);
    }

    /// Forgets a connection (abort, expiry): no more buffering, its transport ends.
    fn remove(&self, conn: &Arc<Conn>, reason: Stop) {
        {
            let mut all = self.connections();
            if all.get(&conn.id).is_some_and(|c| c.key == conn.key) {
                all.remove(&conn.id);
            }
        }
        self.index_write().remove_connection(conn.key);
        conn.close(reason);
    }

    pub fn abort(&self, connection_id: &str) {
        if let Some(c) = self.find(connection_id) {
            tracing::debug!(connection = %connection_id, "aborted");
            self.remove(&c, Stop::Aborted);
        }
    }

    /// Removes the connections that have had no transport for the disconnect timeout.
    pub fn expire(&self, now: Instant) -> usize {
        let candidates: Vec<Arc<Conn>> = self.connections().values().cloned().collect();
        let mut n = 0;
        for c in candidates {
            if c.expired(now, self.settings.disconnect_timeout, |k| {
                self.settings.disconnect_threshold(k)
            }) {
                tracing::debug!(connection = %c.id, "expired");
                self.remove(&c, Stop::Aborted);
                n += 1;
            }
        }
        n
    }

    /// Whether a change would reach anyone (the event stream skips rendering it if not).
    pub fn interested(&self, change: &Change) -> bool {
        self.index_read().interested(change, &self.agent_employee)
    }

    /// Turns one world event into a hub event for its subscribers: encoded once, shared.
    pub fn deliver(&self, event: &Event, form: WireForm) -> usize {
        let Some((hub, method)) = index::route(&event.change) else {
            return 0;
        };
        let targets = self
            .index_read()
            .targets(&event.change, &self.agent_employee);
        if targets.is_empty() {
            return 0;
        }
        let message: Arc<str> = Arc::from(protocol::client_invocation(
            hub.name(),
            method,
            &event_argument(event, form),
        ));
        targets
            .iter()
            .filter(|(c, group)| c.push(&message, *group))
            .count()
    }

    pub fn resyncs(&self) -> u64 {
        self.resyncs.load(Ordering::Relaxed)
    }

    fn count_resync(&self) {
        self.resyncs.fetch_add(1, Ordering::Relaxed);
    }

    /// What is monitored (queue states, employees, whether anyone is on agentHub).
    pub fn monitored(&self) -> (Vec<usize>, Vec<usize>, bool) {
        self.index_read().monitored()
    }

    /// Ends the transports of one connection or of all: `Dropped` cuts them off the
    /// network (a fault), other reasons end them cleanly.
    pub fn stop_transports(
        &self,
        connection_id: Option<&str>,
        reason: Stop,
        kinds: &[TransportKind],
    ) -> usize {
        let conns: Vec<Arc<Conn>> = match connection_id {
            Some(id) => self.find(id).into_iter().collect(),
            None => self.connections().values().cloned().collect(),
        };
        conns
            .iter()
            .filter(|c| c.stop_transport(reason, kinds))
            .count()
    }

    /// Host shutdown: long polls answer `T:1` (reconnect), streams and sockets end.
    pub fn shutdown(&self) {
        self.shutting_down.store(true, Ordering::Release);
        let all = [
            TransportKind::WebSockets,
            TransportKind::ServerSentEvents,
            TransportKind::LongPolling,
        ];
        self.stop_transports(None, Stop::Shutdown, &all);
    }

    pub fn shutting_down(&self) -> bool {
        self.shutting_down.load(Ordering::Acquire)
    }

    /// The admin listing: every connection, its transport, hubs and monitors (by id).
    pub fn describe(&self, world: &World) -> Value {
        let conns: Vec<Arc<Conn>> = self.connections().values().cloned().collect();
        let subs: Vec<index::Subscriptions> = {
            let ix = self.index_read();
            conns.iter().map(|c| ix.subscriptions(c.key)).collect()
        };
        let group_names = |s: &index::Subscriptions| {
            let list: Vec<groups::Group> = s.groups.iter().copied().collect();
            groups::names(&list, world)
        };
        let queue_ids = |qs: &std::collections::BTreeSet<usize>| -> Vec<Value> {
            qs.iter()
                .filter_map(|&q| world.queues.get(q))
                .map(|q| json!(q.id))
                .collect()
        };
        let list: Vec<Value> = conns
            .iter()
            .zip(subs)
            .map(|(c, s)| {
                let info = c.info();
                json!({
                    "connectionId": c.id,
                    "user": c.user,
                    "transport": info.transport.map(TransportKind::name),
                    "hubs": info.hubs.names(),
                    "queueStateMonitors": queue_ids(&s.queue_state),
                    "queueConversationMonitors": queue_ids(&s.queue_conversations),
                    "selfMonitor": s.employee.and_then(|e| world.employees.get(e)).map(|e| e.id.clone()),
                    "agentHub": s.agent_hub,
                    "groups": group_names(&s),
                    "buffered": info.buffered,
                    "lastMessageId": info.last_message_id,
                })
            })
            .collect();
        Value::Array(list)
    }
}
