//! One SignalR connection: who it is, the hubs it named, its replay buffer, its groups
//! token, and which transport (if any) currently carries it.
//!
//! A connection outlives its transports: a WebSocket dropped by the network or a long poll
//! that ended leaves the connection buffering messages until a `reconnect` or `poll` picks
//! them up with its cursor, or until it expires (no transport for the disconnect timeout).
//! At most one transport is attached; a new one replaces (and stops) the old, as SignalR's
//! heartbeat does.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::{Notify, watch};

use super::buffer::{self, CursorRef, MessageBuffer};
use super::groups::Group;
use super::hubs::HubSet;
use crate::auth::Principal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    WebSockets,
    ServerSentEvents,
    LongPolling,
}

impl TransportKind {
    /// The `transport` query value (case-insensitive, as SignalR's transport table).
    /// `foreverFrame` is not served: browsers with EventSource never pick it.
    pub fn parse(name: &str) -> Option<Self> {
        [
            TransportKind::WebSockets,
            TransportKind::ServerSentEvents,
            TransportKind::LongPolling,
        ]
        .into_iter()
        .find(|t| t.name().eq_ignore_ascii_case(name))
    }

    pub fn name(self) -> &'static str {
        match self {
            TransportKind::WebSockets => "webSockets",
            TransportKind::ServerSentEvents => "serverSentEvents",
            TransportKind::LongPolling => "longPolling",
        }
    }
}

/// Why a transport is told to end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Another request of the same connection took over.
    Replaced,
    /// `/abort`: the client stopped the connection.
    Aborted,
    /// A fault: cut the network connection without a goodbye.
    Dropped,
    /// The server is shutting down (long polls answer `T:1`).
    Shutdown,
}

struct Attached {
    generation: u64,
    kind: TransportKind,
    stop: watch::Sender<Option<Stop>>,
}

struct State {
    principal: Principal,
    hubs: HubSet,
    buffer: MessageBuffer,
    transport: Option<Attached>,
    generations: u64,
    last_kind: Option<TransportKind>,
    /// When the connection last had a transport (or was created).
    last_active: Instant,
    removed: bool,
    /// The groups token of the connection's current groups, as last issued or rejoined.
    groups_token: Option<Arc<str>>,
    /// The groups changed since the last frame: the next frame carries `G` (SignalR's
    /// `DiffSet.DetectChanges`).
    groups_changed: bool,
}

/// What a transport sends next: buffered messages and, when the groups changed, the new
/// groups token.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    pub messages: Vec<Arc<str>>,
    /// The id of the last message taken (or the starting point when none).
    pub last: u64,
    pub groups_token: Option<Arc<str>>,
}

impl Batch {
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.groups_token.is_none()
    }
}

pub struct Conn {
    /// Unique per connection object in this process; also the epoch of its cursors.
    pub key: u64,
    pub id: String,
    /// The user name of the connection token.
    pub user: String,
    state: Mutex<State>,
    notify: Notify,
}

/// A snapshot for the admin listing.
#[derive(Debug, Clone)]
pub struct ConnInfo {
    pub transport: Option<TransportKind>,
    pub hubs: HubSet,
    pub buffered: usize,
    pub last_message_id: u64,
}

impl Conn {
    pub fn new(
        key: u64,
        id: String,
        user: String,
        principal: Principal,
        hubs: HubSet,
        capacity: usize,
    ) -> Self {
        Conn {
            key,
            id,
            user,
            state: Mutex::new(State {
                principal,
                hubs,
                buffer: MessageBuffer::new(capacity),
                transport: None,
                generations: 0,
                last_kind: None,
                last_active: Instant::now(),
                removed: false,
                groups_token: None,
                groups_changed: false,
            }),
            notify: Notify::new(),
        }
    }

    /// The state survives a panic elsewhere: it is plain data, always consistent.
    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Buffers a hub event that reached this connection through `group` (`None`: as an
    /// agentHub member) and wakes its transport. The index decides who receives what,
    /// whatever `connectionData` said.
    pub fn push(&self, message: &Arc<str>, group: Option<Group>) -> bool {
        {
            let mut s = self.state();
            if s.removed {
                return false;
            }
            s.buffer.push_from(message.clone(), group);
        }
        self.notify.notify_one();
        true
    }

    /// The groups changed: `token` is the new groups token, which the next frame carries.
    pub fn announce_groups(&self, token: Arc<str>) {
        {
            let mut s = self.state();
            s.groups_token = Some(token);
            s.groups_changed = true;
        }
        self.notify.notify_one();
    }

    /// The groups were rejoined from the token a reconnect sent (or lost without one):
    /// nothing changed from the client's point of view, so no `G` follows.
    /// Buffered messages of groups it is no longer in are forgotten: a replay by cursor
    /// does not bring them.
    pub fn rejoined_groups(&self, token: Option<Arc<str>>, groups: &[Group]) {
        let mut s = self.state();
        s.groups_token = token;
        s.groups_changed = false;
        let forgotten = s.buffer.forget_groups(|g| groups.contains(&g));
        if forgotten > 0 {
            tracing::debug!(connection = %self.id, forgotten, "buffered messages of groups not rejoined");
        }
    }

    pub fn groups_token(&self) -> Option<Arc<str>> {
        self.state().groups_token.clone()
    }

    /// Resolves when something was pushed since the last wake-up (a stored permit makes a
    /// push between a buffer check and this call count).
    pub async fn notified(&self) {
        self.notify.notified().await;
    }

    pub fn principal(&self) -> Principal {
        self.state().principal.clone()
    }

    /// The latest request's principal and hubs (a renewed token, another `connectionData`).
    pub fn refresh(&self, principal: &Principal, hubs: HubSet) {
        let mut s = self.state();
        s.principal = principal.clone();
        s.hubs = hubs;
    }

    pub fn hubs(&self) -> HubSet {
        self.state().hubs
    }

    pub fn cursor(&self, id: u64) -> String {
        buffer::format_cursor(self.key, id)
    }

    /// Where a transport presenting `cursor` starts; `None` for an invalid cursor.
    pub fn resume_point(&self, cursor: Option<&str>) -> Option<u64> {
        let s = self.state();
        let at = match cursor.filter(|c| !c.is_empty()) {
            None => CursorRef::Foreign,
            Some(c) => buffer::parse_cursor(self.key, c),
        };
        if at == CursorRef::Invalid {
            return None;
        }
        if let CursorRef::After(id) = at {
            let lost = s.buffer.lost_since(id);
            if lost > 0 {
                tracing::info!(connection = %self.id, lost, "reconnect cursor older than the replay buffer");
            }
        }
        Some(s.buffer.resume_point(at))
    }

    /// Buffered messages after `after` (at most `max`) and the groups token if the groups
    /// changed since the last batch.
    pub fn take(&self, after: u64, max: usize) -> Batch {
        let mut s = self.state();
        let (messages, last) = s.buffer.since(after, max);
        let groups_token = if std::mem::take(&mut s.groups_changed) {
            s.groups_token.clone()
        } else {
            None
        };
        Batch {
            messages,
            last,
            groups_token,
        }
    }

    /// Makes a transport of `kind` the connection's carrier, stopping the previous one.
    pub fn attach(self: &Arc<Self>, kind: TransportKind) -> Lease {
        let (tx, rx) = watch::channel(None);
        let generation = {
            let mut s = self.state();
            s.generations += 1;
            let generation = s.generations;
            if let Some(old) = s.transport.replace(Attached {
                generation,
                kind,
                stop: tx,
            }) {
                let _ = old.stop.send(Some(Stop::Replaced));
            }
            s.last_kind = Some(kind);
            if s.removed {
                // Aborted or expired meanwhile: the new transport ends at once.
                if let Some(t) = &s.transport {
                    let _ = t.stop.send(Some(Stop::Aborted));
                }
            }
            generation
        };
        Lease {
            conn: self.clone(),
            generation,
            stop: rx,
        }
    }

    fn detach(&self, generation: u64) {
        let mut s = self.state();
        if s.transport.as_ref().map(|t| t.generation) == Some(generation) {
            s.transport = None;
            s.last_active = Instant::now();
        }
    }

    /// Tells the attached transport (if any, and if of one of `kinds`) to end.
    pub fn stop_transport(&self, reason: Stop, kinds: &[TransportKind]) -> bool {
        let s = self.state();
        match &s.transport {
            Some(t) if kinds.contains(&t.kind) => t.stop.send(Some(reason)).is_ok(),
            _ => false,
        }
    }

    /// Marks the connection gone (abort or expiry) and ends its transport.
    pub fn close(&self, reason: Stop) {
        let mut s = self.state();
        s.removed = true;
        if let Some(t) = &s.transport {
            let _ = t.stop.send(Some(reason));
        }
    }

    /// Whether the connection has been without a transport for longer than the disconnect
    /// timeout plus the threshold of the transport it last had.
    pub fn expired(
        &self,
        now: Instant,
        disconnect: Duration,
        threshold: impl Fn(TransportKind) -> Duration,
    ) -> bool {
        let s = self.state();
        if s.transport.is_some() {
            return false;
        }
        let extra = s.last_kind.map_or(Duration::ZERO, threshold);
        now.saturating_duration_since(s.last_active) >= disconnect + extra
    }

    pub fn info(&self) -> ConnInfo {
        let s = self.state();
        ConnInfo {
            transport: s.transport.as_ref().map(|t| t.kind),
            hubs: s.hubs,
            buffered: s.buffer.len(),
            last_message_id: s.buffer.last_id(),
        }
    }
}

/// A transport's hold on its connection; dropping it (however the transport ends) detaches
/// the transport and starts the disconnect clock.
pub struct Lease {
    conn: Arc<Conn>,
    generation: u64,
    pub stop: watch::Receiver<Option<Stop>>,
}

impl Lease {
    pub fn conn(&self) -> &Arc<Conn> {
        &self.conn
    }

    /// The reason to stop, once there is one.
    pub fn stopping(&self) -> Option<Stop> {
        *self.stop.borrow()
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.conn.detach(self.generation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::signalr::hubs::HubId;

    fn conn(hubs: &[HubId]) -> Arc<Conn> {
        Arc::new(Conn::new(
            5,
            "id".into(),
            "u".into(),
            Principal::System {
                client_id: "c".into(),
            },
            hubs.iter().copied().collect(),
            10,
        ))
    }

    #[test]
    fn events_reach_any_hub_until_the_connection_closes() {
        // Group messages reach members whatever `connectionData` named.
        let c = conn(&[HubId::Queue]);
        let m: Arc<str> = Arc::from("{}");
        assert!(c.push(&m, None));
        assert!(c.push(&m, None));
        assert_eq!(c.take(0, 10).last, 2);
        c.close(Stop::Aborted);
        assert!(!c.push(&m, None));
    }

    #[test]
    fn a_groups_change_rides_the_next_batch_once() {
        let c = conn(&[]);
        assert!(c.take(0, 10).is_empty());
        c.announce_groups(Arc::from("g1"));
        let b = c.take(0, 10);
        assert_eq!(b.groups_token.as_deref(), Some("g1"));
        assert!(b.messages.is_empty() && !b.is_empty());
        assert!(c.take(0, 10).is_empty(), "announced once");
        let m: Arc<str> = Arc::from("{}");
        c.push(&m, Some(Group::QueueState(1)));
        c.push(&m, Some(Group::QueueState(2)));
        c.rejoined_groups(Some(Arc::from("g0")), &[Group::QueueState(2)]);
        let b = c.take(0, 10);
        assert_eq!(
            (b.messages.len(), b.groups_token),
            (1, None),
            "a rejoin is no change"
        );
        assert_eq!(c.groups_token().as_deref(), Some("g0"));
    }

    #[test]
    fn a_new_transport_replaces_the_old_and_expiry_waits_for_detach() {
        let c = conn(&[]);
        let first = c.attach(TransportKind::LongPolling);
        assert_eq!(first.stopping(), None);
        let second = c.attach(TransportKind::WebSockets);
        assert_eq!(first.stopping(), Some(Stop::Replaced));
        // The replaced lease's drop must not detach the new transport.
        drop(first);
        let later = Instant::now() + Duration::from_secs(3600);
        let threshold = |_| Duration::from_secs(5);
        assert!(!c.expired(later, Duration::from_secs(30), threshold));
        assert!(c.stop_transport(Stop::Dropped, &[TransportKind::WebSockets]));
        assert_eq!(second.stopping(), Some(Stop::Dropped));
        drop(second);
        assert!(!c.expired(Instant::now(), Duration::from_secs(30), threshold));
        assert!(c.expired(later, Duration::from_secs(30), threshold));
    }

    #[test]
    fn cursors_resume_or_start_over() {
        let c = conn(&[HubId::Queue]);
        let m: Arc<str> = Arc::from("{}");
        for _ in 0..3 {
            c.push(&m, None);
        }
        assert_eq!(c.resume_point(Some(&c.cursor(1))), Some(1));
        assert_eq!(c.resume_point(None), Some(3));
        assert_eq!(c.resume_point(Some("d-77-B,1")), Some(3));
        assert_eq!(c.resume_point(Some("d-5-B,xyz")), None);
    }
}
