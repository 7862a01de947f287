//! The async driver: the one loop that feeds the sans-IO [`Connection`] and carries out the
//! IO it asks for, and the typed API on top ([`Realtime`]).
//!
//! The loop is a single local task (browsers have one thread; there is no tokio). It wakes
//! when an input arrives (an HTTP answer, a socket event, a renewed token, a snapshot, an
//! API call) or when the machine's earliest timer is due, hands everything to the machine,
//! then carries out `poll_io` and dispatches `poll_event` until both are empty. HTTP goes
//! through the client's own [`Platform`] (fetch on wasm32), timers through its `sleep`; the
//! two things the platform has no notion of (WebSockets and spawning a task) come from a
//! [`RealtimeIo`], which on wasm32 is `crate::web::WebRealtimeIo`.
//!
//! Tokens: every (re)connect uses the client's current token ([`MiccClient::bearer`], which
//! renews it when due). The machine is told when the client's token stops being fresh, so it
//! asks for a new one ([`Event::TokenExpiring`]) at the moment the client renews, and an open
//! WebSocket reconnects with it before the old one lapses. A refused token is dropped from
//! the client and a new one obtained.
//!
//! Snapshots: when the machine asks for one ([`Event::SnapshotNeeded`]) the driver reads the
//! subscribed ids over REST and delivers the models as [`RealtimeEvent::Hub`] with
//! `snapshot: true`, filtered by [`Freshness`]: a model whose key had an event after the
//! snapshot was requested is dropped, so a stale snapshot never overwrites a newer event.

use super::connection::{
    Event, HttpFailure, HttpRequest, HttpResponse, Io, RequestId, SnapshotRequest, SocketEvent,
    SocketId, SubscriptionId, Topic,
};
use super::ordering::Freshness;
use super::reconnect::seeded_backoff;
use super::{Connection, ConnectionConfig, HubEvent, Instant, RealtimeError, State, Transport};
use crate::http::{Method, Platform, Request};
use crate::{Error, MiccClient};
use futures_util::future::{LocalBoxFuture, poll_fn, select};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::{Rc, Weak};
use std::task::{Poll, Waker};
use std::time::Duration;

/// An open WebSocket. Dropping it closes it and releases its callbacks.
pub trait RealtimeSocket {
    fn send(&self, text: &str) -> Result<(), String>;
}

/// Where a socket's events go (called from the socket's callbacks).
pub type SocketSink = Box<dyn FnMut(SocketEvent)>;

/// What the driver needs beyond the client's [`Platform`].
pub trait RealtimeIo {
    /// Opens a WebSocket to `url`; its `Opened`, `Text` and `Closed` events go to `sink`.
    fn open_socket(&self, url: &str, sink: SocketSink) -> Result<Box<dyn RealtimeSocket>, String>;
    /// Runs `task` to completion in the background.
    fn spawn(&self, task: LocalBoxFuture<'static, ()>);
    /// Calls `on_change` with whether the page is visible now and whenever that changes,
    /// until the returned guard is dropped (`None`: there is no page, e.g. in a worker).
    /// The polling fallback pauses while the page is hidden.
    fn watch_visibility(&self, _on_change: Box<dyn Fn(bool)>) -> Option<Box<dyn std::any::Any>> {
        None
    }
    /// Calls `on_change` with whether the host is online now and whenever that changes
    /// (`navigator.onLine`), until the guard is dropped. Reconnect attempts wait while
    /// offline.
    fn watch_network(&self, _on_change: Box<dyn Fn(bool)>) -> Option<Box<dyn std::any::Any>> {
        None
    }
}

/// What a [`Realtime`] listener hears.
#[derive(Debug, Clone, PartialEq)]
pub enum RealtimeEvent {
    /// A server event (`snapshot: false`) or a model read by a REST snapshot after a
    /// (re)subscription (`snapshot: true`), in the same typed form.
    Hub { event: HubEvent, snapshot: bool },
    /// A REST snapshot could not be taken (the events still arrive).
    SnapshotFailed {
        topic: Topic,
        ids: Vec<String>,
        error: String,
    },
    /// The client could not obtain a token for the connection.
    TokenFailed(String),
    /// Everything the connection reports: state changes, the transport chosen and every
    /// fallback, reconnects, keep-alive warnings, failed monitors.
    Connection(Event),
}

type Listener = Rc<RefCell<dyn FnMut(&RealtimeEvent)>>;

enum Input {
    Http(RequestId, Result<HttpResponse, HttpFailure>),
    Socket(SocketId, SocketEvent),
    /// A token and, when known, the moment (ms since the epoch) the client stops using it.
    Token(String, Option<f64>),
    TokenFailed(String),
    Snapshot(SnapshotRequest, Result<Vec<HubEvent>, String>),
}

/// One wake-up flag and the loop's waker.
#[derive(Default)]
struct Notify {
    pending: Cell<bool>,
    waker: RefCell<Option<Waker>>,
}

impl Notify {
    fn notify(&self) {
        self.pending.set(true);
        if let Some(w) = self.waker.borrow_mut().take() {
            w.wake();
        }
    }

    async fn notified(&self) {
        poll_fn(|cx| {
            if self.pending.replace(false) {
                Poll::Ready(())
            } else {
                *self.waker.borrow_mut() = Some(cx.waker().clone());
                Poll::Pending
            }
        })
        .await
    }
}

struct Core {
    conn: Connection,
    sockets: HashMap<SocketId, Box<dyn RealtimeSocket>>,
    inputs: VecDeque<Input>,
    freshness: Versions,
    /// The loop task is alive.
    running: bool,
    /// The token the machine has.
    token: Option<String>,
    /// A token request is in flight.
    token_pending: bool,
    /// Tasks waiting for a state change (`start()`).
    waiters: Vec<Waker>,
    last_disconnect: Option<String>,
}

struct Shared<P: Platform + 'static> {
    client: MiccClient<P>,
    io: Box<dyn RealtimeIo>,
    core: RefCell<Core>,
    listeners: RefCell<Vec<(u64, Listener)>>,
    next_listener: Cell<u64>,
    wake: Notify,
    /// Keeps the page-visibility listener (dropped with the last handle).
    visibility: RefCell<Option<Box<dyn std::any::Any>>>,
    /// A visibility change the loop has not applied yet.
    visible: Cell<Option<bool>>,
    /// Keeps the online/offline listeners.
    network: RefCell<Option<Box<dyn std::any::Any>>>,
    /// An online/offline change the loop has not applied yet.
    online: Cell<Option<bool>>,
}

/// The real-time channel of a [`MiccClient`]: one SignalR connection, subscriptions with
/// typed events, snapshots after every (re)subscription. Cheap to clone (a handle).
/// Dropping the last handle stops the connection (the loop task holds the shared state, so
/// without this a forgotten connection would live as long as the page).
pub struct Realtime<P: Platform + 'static> {
    shared: Rc<Shared<P>>,
    _owner: Rc<Owner<P>>,
}

impl<P: Platform + 'static> Clone for Realtime<P> {
    fn clone(&self) -> Self {
        Realtime {
            shared: self.shared.clone(),
            _owner: self._owner.clone(),
        }
    }
}

/// Shared by the [`Realtime`] handles only (not by the loop, subscriptions or listeners).
struct Owner<P: Platform + 'static> {
    shared: Weak<Shared<P>>,
}

impl<P: Platform + 'static> Drop for Owner<P> {
    fn drop(&mut self) {
        let Some(shared) = self.shared.upgrade() else {
            return;
        };
        if let Ok(mut core) = shared.core.try_borrow_mut() {
            let now = shared.now();
            core.conn.stop(now);
        }
        shared.wake.notify();
    }
}

/// The longest the loop sleeps without a timer (it wakes on every input anyway).
const IDLE: Duration = Duration::from_secs(30);

impl<P: Platform + 'static> Realtime<P> {
    /// A real-time channel on `client`'s server with the default [`ConnectionConfig`].
    pub fn new(client: &MiccClient<P>, io: impl RealtimeIo + 'static) -> crate::Result<Self> {
        Self::with_config(client, io, |_| {})
    }

    /// Like [`Realtime::new`], with `configure` adjusting the connection's configuration
    /// (transports, limits, reconnect policy). Its server and token are the client's.
    pub fn with_config(
        client: &MiccClient<P>,
        io: impl RealtimeIo + 'static,
        configure: impl FnOnce(&mut ConnectionConfig),
    ) -> crate::Result<Self> {
        let mut config = ConnectionConfig::new(client.server(), "");
        // The default policy's jitter from the platform's randomness (the core's default has
        // a fixed seed, for tests); a policy set by `configure` wins.
        config.reconnect_policy = Box::new(seeded_backoff(client.platform().random()));
        configure(&mut config);
        config.server = client.server().to_string();
        // The driver tells the machine when the client's token stops being fresh (see
        // `token_deadline`), so no margin on top.
        config.token_renew_margin = Duration::ZERO;
        let conn = Connection::new(config).map_err(|e| Error::invalid(e.to_string()))?;
        let shared = Rc::new(Shared {
            client: client.clone(),
            io: Box::new(io),
            core: RefCell::new(Core {
                conn,
                sockets: HashMap::new(),
                inputs: VecDeque::new(),
                freshness: Freshness::new(),
                running: false,
                token: None,
                token_pending: false,
                waiters: Vec::new(),
                last_disconnect: None,
            }),
            listeners: RefCell::new(Vec::new()),
            next_listener: Cell::new(0),
            wake: Notify::default(),
            visibility: RefCell::new(None),
            visible: Cell::new(None),
            network: RefCell::new(None),
            online: Cell::new(None),
        });
        let weak = Rc::downgrade(&shared);
        let guard = shared.io.watch_visibility(Box::new(move |visible| {
            if let Some(shared) = weak.upgrade() {
                // Applied by the loop's next step: the page's callback may come at any time.
                shared.visible.set(Some(visible));
                shared.wake.notify();
            }
        }));
        *shared.visibility.borrow_mut() = guard;
        let weak = Rc::downgrade(&shared);
        let guard = shared.io.watch_network(Box::new(move |online| {
            if let Some(shared) = weak.upgrade() {
                shared.online.set(Some(online));
                shared.wake.notify();
            }
        }));
        *shared.network.borrow_mut() = guard;
        Ok(Realtime {
            _owner: Rc::new(Owner {
                shared: Rc::downgrade(&shared),
            }),
            shared,
        })
    }

    pub fn state(&self) -> State {
        self.shared.core.borrow().conn.state()
    }

    /// Whether the page is visible (`document.visibilityState`): the polling fallback
    /// pauses while it is hidden and takes a round of snapshots when it is shown again.
    /// In browsers the driver follows `document.visibilityState` by itself
    /// ([`RealtimeIo::watch_visibility`]); this is for other hosts.
    pub fn set_visible(&self, visible: bool) {
        self.shared.visible.set(Some(visible));
        self.shared.wake.notify();
    }

    /// The transport carrying the connection, once connected.
    pub fn transport(&self) -> Option<Transport> {
        self.shared.core.borrow().conn.transport()
    }

    /// The server's id of the current connection (as the simulator's admin listing and
    /// server logs name it), once negotiated.
    pub fn connection_id(&self) -> Option<String> {
        let core = self.shared.core.borrow();
        core.conn.negotiation().map(|n| n.connection_id.clone())
    }

    /// Calls `listener` with every event until the returned handle is dropped.
    pub fn on_event(&self, listener: impl FnMut(&RealtimeEvent) + 'static) -> ListenerHandle<P> {
        let id = self.shared.next_listener.get() + 1;
        self.shared.next_listener.set(id);
        self.shared
            .listeners
            .borrow_mut()
            .push((id, Rc::new(RefCell::new(listener))));
        ListenerHandle {
            shared: Rc::downgrade(&self.shared),
            id,
        }
    }

    /// Connects with the client's current token; resolves once connected, or with why the
    /// connection could not be made. Subscriptions made before are established on connect.
    pub async fn start(&self) -> crate::Result<()> {
        if self.state() != State::Disconnected {
            return Err(Error::invalid(format!(
                "start() needs a disconnected connection (it is {})",
                self.state()
            )));
        }
        let token = self
            .shared
            .client
            .bearer()
            .await?
            .ok_or_else(|| Error::invalid("real-time needs credentials that give a token"))?;
        let deadline = self.shared.token_deadline();
        {
            let mut core = self.shared.core.borrow_mut();
            let now = self.shared.now();
            core.conn.set_token(now, token.clone(), deadline);
            core.token = Some(token);
            core.last_disconnect = None;
            core.conn
                .start(now)
                .map_err(|e| Error::invalid(e.to_string()))?;
        }
        self.shared.ensure_loop();
        self.shared.wake.notify();
        self.shared
            .wait_state(|s| matches!(s, State::Connected | State::Polling | State::Disconnected))
            .await;
        match self.state() {
            // Polling: no SignalR transport works, and the subscriptions are served by REST
            // snapshots meanwhile (`Event::PollingFallback` says why).
            State::Connected | State::Polling => Ok(()),
            _ => Err(Error::Network {
                message: self
                    .shared
                    .core
                    .borrow()
                    .last_disconnect
                    .clone()
                    .unwrap_or_else(|| "the real-time connection could not be made".into()),
            }),
        }
    }

    /// Closes the connection (the server is told with `abort`) and fails pending
    /// invocations. Subscriptions stay: a later `start()` re-establishes them.
    pub async fn stop(&self) {
        {
            let mut core = self.shared.core.borrow_mut();
            let now = self.shared.now();
            core.conn.stop(now);
        }
        self.shared.wake.notify();
        // Until the loop carried out the abort and closed the socket.
        self.shared
            .wait(|core| core.conn.state() == State::Disconnected && !core.running)
            .await;
    }

    /// Queue state (`queueStateChanged`) of queues given by id, name or reporting number.
    pub fn subscribe_queue_state<S: AsRef<str>>(
        &self,
        ids: &[S],
    ) -> Result<Subscription<P>, RealtimeError> {
        self.subscribe(Topic::QueueState, ids)
    }

    /// The conversations of queues (`queueConversationChanged`/`…Removed`).
    pub fn subscribe_queue_conversations<S: AsRef<str>>(
        &self,
        ids: &[S],
    ) -> Result<Subscription<P>, RealtimeError> {
        self.subscribe(Topic::QueueConversations, ids)
    }

    /// The signed-in employee (`addSelfMonitor`): `employeeStateChanged`,
    /// `employeeConversation…` and their own `onAgentStateChanged`.
    pub fn subscribe_me(&self) -> Result<Subscription<P>, RealtimeError> {
        self.subscribe::<&str>(Topic::Me, &[])
    }

    /// The signed-in employee's agent state (`onAgentStateChanged`). The server delivers it
    /// through the self monitor, so this is a [`Realtime::subscribe_me`] subscription:
    /// listeners tell the events apart by their [`HubEvent`] variant.
    pub fn subscribe_agent_state(&self) -> Result<Subscription<P>, RealtimeError> {
        self.subscribe_me()
    }

    fn subscribe<S: AsRef<str>>(
        &self,
        topic: Topic,
        ids: &[S],
    ) -> Result<Subscription<P>, RealtimeError> {
        let id = {
            let mut core = self.shared.core.borrow_mut();
            let now = self.shared.now();
            core.conn.subscribe(now, topic, ids)?
        };
        self.shared.ensure_loop();
        self.shared.wake.notify();
        Ok(Subscription {
            shared: Rc::downgrade(&self.shared),
            id: Some(id),
            topic,
        })
    }

    /// How many subscriptions watch `(topic, id)` (`id` is `""` for [`Topic::Me`]).
    pub fn subscribers(&self, topic: Topic, id: &str) -> u32 {
        self.shared.core.borrow().conn.subscribers(topic, id)
    }
}

/// A subscription; dropping it (or [`Subscription::unsubscribe`]) releases it, and the
/// server-side monitor goes when its last subscriber leaves.
pub struct Subscription<P: Platform + 'static> {
    shared: Weak<Shared<P>>,
    id: Option<SubscriptionId>,
    topic: Topic,
}

impl<P: Platform + 'static> Subscription<P> {
    pub fn topic(&self) -> Topic {
        self.topic
    }

    pub fn unsubscribe(mut self) {
        self.release();
    }

    fn release(&mut self) {
        let (Some(id), Some(shared)) = (self.id.take(), self.shared.upgrade()) else {
            return;
        };
        // Dropped inside a listener while the core is busy: the loop is not re-entered
        // (listeners run with the core released), so this borrow succeeds.
        if let Ok(mut core) = shared.core.try_borrow_mut() {
            let now = shared.now();
            let _ = core.conn.unsubscribe(now, id);
        }
        shared.wake.notify();
    }
}

impl<P: Platform + 'static> Drop for Subscription<P> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Keeps a listener registered; dropping it removes the listener.
pub struct ListenerHandle<P: Platform + 'static> {
    shared: Weak<Shared<P>>,
    id: u64,
}

impl<P: Platform + 'static> Drop for ListenerHandle<P> {
    fn drop(&mut self) {
        if let Some(shared) = self.shared.upgrade()
            && let Ok(mut listeners) = shared.listeners.try_borrow_mut()
        {
            listeners.retain(|(id, _)| *id != self.id);
        }
    }
}

impl<P: Platform + 'static> Shared<P> {
    fn now(&self) -> Instant {
        Instant::from_millis(self.client.platform().now_ms().max(0.0) as u64)
    }

    /// When the client stops using its current token (it renews then), as the machine's
    /// `expires_at`.
    fn token_deadline(&self) -> Option<Instant> {
        self.client
            .token_fresh_until_ms()
            .map(|ms| Instant::from_millis(ms.max(0.0) as u64 + 1))
    }

    fn push(&self, input: Input) {
        self.core.borrow_mut().inputs.push_back(input);
        self.wake.notify();
    }

    fn ensure_loop(self: &Rc<Self>) {
        {
            let mut core = self.core.borrow_mut();
            if core.running {
                return;
            }
            core.running = true;
        }
        let me = self.clone();
        self.io.spawn(Box::pin(async move { me.run().await }));
    }

    async fn wait_state(&self, done: impl Fn(State) -> bool) {
        self.wait(|core| done(core.conn.state())).await
    }

    /// Waits until `done` holds (checked after every step of the loop).
    async fn wait(&self, done: impl Fn(&Core) -> bool) {
        poll_fn(|cx| {
            let mut core = self.core.borrow_mut();
            if done(&core) {
                Poll::Ready(())
            } else {
                core.waiters.push(cx.waker().clone());
                Poll::Pending
            }
        })
        .await
    }

    /// The loop. It ends once the connection is disconnected with nothing left to do, and
    /// is started again by the next `start()` or subscription.
    async fn run(self: Rc<Self>) {
        loop {
            let (events, finished) = self.step();
            self.deliver(events);
            if finished {
                return;
            }
            let wait = {
                let core = self.core.borrow();
                let now = self.now();
                core.conn
                    .poll_timeout()
                    .map_or(IDLE, |t| t.saturating_since(now).min(IDLE))
            };
            if wait.is_zero() {
                continue;
            }
            let sleep = std::pin::pin!(self.client.platform().sleep(wait));
            let notified = std::pin::pin!(self.wake.notified());
            // Whichever comes first: the next step looks at inputs and timers alike.
            let _ = select(notified, sleep).await;
        }
    }

    /// Feeds every input and due timer to the machine, carries out its IO and collects what
    /// the listeners hear. Returns whether the loop may end.
    fn step(self: &Rc<Self>) -> (Vec<RealtimeEvent>, bool) {
        let mut out = Vec::new();
        let mut core = self.core.borrow_mut();
        let core = &mut *core;
        let now = self.now();
        if let Some(visible) = self.visible.take() {
            core.conn.set_visible(now, visible);
        }
        if let Some(online) = self.online.take() {
            core.conn.set_online(now, online);
        }
        while let Some(input) = core.inputs.pop_front() {
            match input {
                Input::Http(id, answer) => core.conn.handle_http(now, id, answer),
                Input::Socket(id, event) => {
                    if matches!(event, SocketEvent::Closed { .. }) {
                        core.sockets.remove(&id);
                    }
                    core.conn.handle_socket(now, id, event);
                }
                Input::Token(token, until) => {
                    core.token_pending = false;
                    // The same token (a fixed one, or the client still thinks it fresh):
                    // telling the machine would reconnect an open WebSocket for nothing. A
                    // refusal of it (401) asks again, and the client then renews.
                    if core.token.as_deref() != Some(token.as_str()) {
                        let deadline = until.map(|ms| Instant::from_millis(ms.max(0.0) as u64 + 1));
                        core.conn.set_token(now, token.clone(), deadline);
                        core.token = Some(token);
                    }
                }
                Input::TokenFailed(why) => {
                    core.token_pending = false;
                    out.push(RealtimeEvent::TokenFailed(why));
                }
                Input::Snapshot(request, result) => match result {
                    Ok(models) => {
                        for event in admit_snapshot(&mut core.freshness, request.seq, models) {
                            out.push(RealtimeEvent::Hub {
                                event,
                                snapshot: true,
                            });
                        }
                    }
                    Err(error) => out.push(RealtimeEvent::SnapshotFailed {
                        topic: request.topic,
                        ids: request.ids,
                        error,
                    }),
                },
            }
        }
        core.conn.handle_timeout(now);
        let mut state_changed = false;
        loop {
            let mut busy = false;
            while let Some(io) = core.conn.poll_io() {
                busy = true;
                self.carry_out(core, io);
            }
            while let Some(event) = core.conn.poll_event() {
                busy = true;
                match event {
                    Event::Hub { seq, event } => {
                        record_event(&mut core.freshness, seq, &event);
                        out.push(RealtimeEvent::Hub {
                            event,
                            snapshot: false,
                        });
                    }
                    Event::SnapshotNeeded(request) => self.snapshot(request),
                    Event::TokenExpiring { .. } | Event::Unauthorized => {
                        if matches!(event, Event::Unauthorized)
                            && let Some(t) = &core.token
                        {
                            self.client.token_refused(t);
                        }
                        if !core.token_pending {
                            core.token_pending = true;
                            self.renew_token();
                        }
                        out.push(RealtimeEvent::Connection(event));
                    }
                    Event::StateChanged { .. } => {
                        state_changed = true;
                        out.push(RealtimeEvent::Connection(event));
                    }
                    Event::Disconnected(reason) => {
                        core.last_disconnect = Some(format!("{reason:?}"));
                        out.push(RealtimeEvent::Connection(Event::Disconnected(reason)));
                    }
                    other => out.push(RealtimeEvent::Connection(other)),
                }
            }
            if !busy {
                break;
            }
        }
        let finished = core.conn.state() == State::Disconnected
            && core.inputs.is_empty()
            && !core.token_pending;
        if finished {
            core.running = false;
            core.sockets.clear();
        }
        if state_changed || finished {
            for w in core.waiters.drain(..) {
                w.wake();
            }
        }
        (out, finished)
    }

    fn carry_out(self: &Rc<Self>, core: &mut Core, io: Io) {
        match io {
            Io::Http(request) => self.http(request),
            // The answer of an abandoned request is ignored by the machine; the fetch
            // itself ends when the server answers or the page goes.
            Io::CancelHttp(_) => {}
            Io::OpenSocket { id, url } => {
                let weak = Rc::downgrade(self);
                let sink: SocketSink = Box::new(move |event| {
                    if let Some(shared) = weak.upgrade() {
                        shared.push(Input::Socket(id, event));
                    }
                });
                match self.io.open_socket(&url, sink) {
                    Ok(socket) => {
                        core.sockets.insert(id, socket);
                    }
                    Err(reason) => core.inputs.push_back(Input::Socket(
                        id,
                        SocketEvent::Closed { code: None, reason },
                    )),
                }
            }
            Io::SendSocket { id, text } => {
                let failed = match core.sockets.get(&id) {
                    Some(s) => s.send(&text).err(),
                    None => Some("the WebSocket is gone".to_string()),
                };
                if let Some(reason) = failed {
                    core.sockets.remove(&id);
                    core.inputs.push_back(Input::Socket(
                        id,
                        SocketEvent::Closed { code: None, reason },
                    ));
                    self.wake.notify();
                }
            }
            Io::CloseSocket { id } => {
                core.sockets.remove(&id);
            }
        }
    }

    fn http(self: &Rc<Self>, request: HttpRequest) {
        let HttpRequest {
            id,
            method,
            url,
            body,
        } = request;
        let mut headers = Vec::new();
        if method == Method::Post {
            headers.push((
                "Content-Type".to_string(),
                "application/x-www-form-urlencoded; charset=UTF-8".to_string(),
            ));
        }
        let request = Request {
            method,
            url,
            headers,
            body: Some(body.unwrap_or_default()).filter(|_| method == Method::Post),
            // Long polls are held by the server; the machine times everything itself.
            timeout: None,
        };
        let weak = Rc::downgrade(self);
        let client = self.client.clone();
        self.io.spawn(Box::pin(async move {
            let answer = client
                .platform()
                .send(request)
                .await
                .map(|r| HttpResponse {
                    status: r.status,
                    body: r.body,
                })
                // The URL carries the token: say what failed without it.
                .map_err(|e| HttpFailure(describe_send_error(&e)));
            if let Some(shared) = weak.upgrade() {
                shared.push(Input::Http(id, answer));
            }
        }));
    }

    fn renew_token(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        let client = self.client.clone();
        self.io.spawn(Box::pin(async move {
            let input = match client.bearer().await {
                Ok(Some(token)) => Input::Token(token, client.token_fresh_until_ms()),
                Ok(None) => Input::TokenFailed("the client has no credentials".into()),
                Err(e) => Input::TokenFailed(e.to_string()),
            };
            if let Some(shared) = weak.upgrade() {
                shared.push(input);
            }
        }));
    }

    fn snapshot(self: &Rc<Self>, request: SnapshotRequest) {
        let weak = Rc::downgrade(self);
        let client = self.client.clone();
        self.io.spawn(Box::pin(async move {
            let result = read_snapshot(&client, request.topic, &request.ids).await;
            if let Some(shared) = weak.upgrade() {
                shared.push(Input::Snapshot(request, result));
            }
        }));
    }

    fn deliver(&self, events: Vec<RealtimeEvent>) {
        if events.is_empty() {
            return;
        }
        let listeners: Vec<Listener> = self
            .listeners
            .borrow()
            .iter()
            .map(|(_, l)| l.clone())
            .collect();
        for event in &events {
            for l in &listeners {
                if let Ok(mut l) = l.try_borrow_mut() {
                    l(event);
                }
            }
        }
    }
}

/// The moment `token` stops being fresh for the client ([`AccessToken::fresh_at`] turns
/// false), when it expires: the renewal margin is a tenth of its lifetime, at most a minute.
/// A unit test keeps this in step with `fresh_at`.
///
/// [`AccessToken::fresh_at`]: crate::auth::AccessToken::fresh_at
pub(crate) fn fresh_until_ms(token: &crate::auth::AccessToken) -> Option<f64> {
    token.expires_at_ms.map(|exp| {
        let margin = ((exp - token.obtained_at_ms) / 10.0).clamp(0.0, 60_000.0);
        exp - margin
    })
}

fn describe_send_error(e: &crate::http::SendError) -> String {
    match e {
        crate::http::SendError::Timeout => "the request timed out".into(),
        crate::http::SendError::Network(_) => "the request failed (network)".into(),
    }
}

/// The REST reads of a snapshot, as the events they stand for.
async fn read_snapshot<P: Platform + 'static>(
    client: &MiccClient<P>,
    topic: Topic,
    ids: &[String],
) -> Result<Vec<HubEvent>, String> {
    let mut out = Vec::new();
    match topic {
        Topic::QueueState => {
            for id in ids {
                let state = client
                    .queues()
                    .state(id)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                out.push(HubEvent::QueueStateChanged(Box::new(state)));
            }
        }
        Topic::QueueConversations => {
            for id in ids {
                let page = client
                    .queues()
                    .conversations(id)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                let items = page.into_items();
                if !items.is_empty() {
                    out.push(HubEvent::QueueConversationChanged(items));
                }
            }
        }
        Topic::Me => {
            let me = client.employees().me();
            let state = me.state().send().await.map_err(|e| e.to_string())?;
            out.push(HubEvent::EmployeeStateChanged(Box::new(state)));
            let page = me.conversations().send().await.map_err(|e| e.to_string())?;
            let items = page.into_items();
            if !items.is_empty() {
                out.push(HubEvent::EmployeeConversationChanged(items));
            }
        }
    }
    Ok(out)
}

type Versions = Freshness<(&'static str, String)>;

/// Records a pushed event's `seq` for every key it touches (it is always delivered).
fn record_event(versions: &mut Versions, seq: u64, event: &HubEvent) {
    for k in event_keys(event) {
        versions.event(k, seq);
    }
}

/// The models of a snapshot requested at `request_seq` that may be delivered: those whose
/// keys had no event (or later snapshot) since the request. A conversation list is split
/// so one newer conversation does not hold back the others.
fn admit_snapshot(
    versions: &mut Versions,
    request_seq: u64,
    models: Vec<HubEvent>,
) -> Vec<HubEvent> {
    let mut out = Vec::new();
    for event in models {
        match event {
            HubEvent::QueueConversationChanged(list) => {
                let kept = admit_conversations(versions, request_seq, "queue-conversation", list);
                if !kept.is_empty() {
                    out.push(HubEvent::QueueConversationChanged(kept));
                }
            }
            HubEvent::EmployeeConversationChanged(list) => {
                let kept =
                    admit_conversations(versions, request_seq, "employee-conversation", list);
                if !kept.is_empty() {
                    out.push(HubEvent::EmployeeConversationChanged(kept));
                }
            }
            other => {
                // Every key is checked (and recorded) even after one is refused.
                let fresh = event_keys(&other)
                    .into_iter()
                    .filter(|k| !versions.snapshot(k.clone(), request_seq))
                    .count()
                    == 0;
                if fresh {
                    out.push(other);
                }
            }
        }
    }
    out
}

fn admit_conversations(
    versions: &mut Versions,
    request_seq: u64,
    kind: &'static str,
    list: Vec<crate::models::ConversationModel>,
) -> Vec<crate::models::ConversationModel> {
    list.into_iter()
        .filter(|c| {
            c.conversation_id
                .as_ref()
                .is_none_or(|id| versions.snapshot((kind, id.to_ascii_lowercase()), request_seq))
        })
        .collect()
}

/// The store keys an event touches (see [`crate::realtime::ordering`]).
fn event_keys(event: &HubEvent) -> Vec<(&'static str, String)> {
    let id = |kind: &'static str, id: &Option<String>| {
        id.as_ref()
            .map(|i| (kind, i.to_ascii_lowercase()))
            .into_iter()
            .collect::<Vec<_>>()
    };
    let convs = |kind: &'static str, list: &[crate::models::ConversationModel]| {
        list.iter()
            .filter_map(|c| c.conversation_id.as_ref())
            .map(|i| (kind, i.to_ascii_lowercase()))
            .collect::<Vec<_>>()
    };
    match event {
        HubEvent::QueueStateChanged(q) => id("queue", &q.id),
        HubEvent::EmployeeStateChanged(e) => id("employee", &e.id),
        HubEvent::AgentStateChanged(a) => id("agent", &a.id),
        HubEvent::QueueConversationChanged(c) => convs("queue-conversation", c),
        HubEvent::EmployeeConversationChanged(c) => convs("employee-conversation", c),
        HubEvent::QueueConversationRemoved(ids) => ids
            .iter()
            .map(|i| ("queue-conversation", i.to_ascii_lowercase()))
            .collect(),
        HubEvent::EmployeeConversationRemoved(ids) => ids
            .iter()
            .map(|i| ("employee-conversation", i.to_ascii_lowercase()))
            .collect(),
        HubEvent::Unknown { .. } => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{ConversationModel, QueueState};

    fn queue(id: &str, name: &str) -> HubEvent {
        HubEvent::QueueStateChanged(Box::new(QueueState {
            id: Some(id.into()),
            name: Some(name.into()),
            ..Default::default()
        }))
    }

    fn conv(id: &str) -> ConversationModel {
        ConversationModel {
            conversation_id: Some(id.into()),
            ..Default::default()
        }
    }

    #[test]
    fn fresh_until_is_where_the_client_stops_using_the_token() {
        use crate::auth::{AccessToken, Secret};
        for (obtained, exp) in [(0.0, 10_000.0), (1_000.0, 3_601_000.0), (5.0, 5.0)] {
            let t = AccessToken {
                token: Secret::new("t"),
                expires_at_ms: Some(exp),
                obtained_at_ms: obtained,
            };
            let until = fresh_until_ms(&t).unwrap();
            assert!(!t.fresh_at(until), "{obtained} {exp}");
            assert!(
                until <= obtained || t.fresh_at(until - 1.0),
                "{obtained} {exp}"
            );
        }
        let forever = AccessToken {
            token: Secret::new("t"),
            expires_at_ms: None,
            obtained_at_ms: 0.0,
        };
        assert_eq!(fresh_until_ms(&forever), None);
    }

    #[test]
    fn a_snapshot_requested_before_an_event_does_not_overwrite_it() {
        let mut v = Versions::new();
        // Snapshot requested at 3; the event of q1 (seq 5) arrives before its answer.
        record_event(&mut v, 5, &queue("Q1", "pushed"));
        let kept = admit_snapshot(&mut v, 3, vec![queue("q1", "stale"), queue("q2", "snap")]);
        assert_eq!(kept, vec![queue("q2", "snap")]);
        // A snapshot requested after the event wins.
        let kept = admit_snapshot(&mut v, 7, vec![queue("q1", "newer")]);
        assert_eq!(kept, vec![queue("q1", "newer")]);
        // An older snapshot answering late does not overwrite the newer one.
        assert!(admit_snapshot(&mut v, 6, vec![queue("q1", "older")]).is_empty());
    }

    #[test]
    fn conversation_snapshots_keep_the_conversations_without_newer_events() {
        let mut v = Versions::new();
        record_event(
            &mut v,
            4,
            &HubEvent::QueueConversationRemoved(vec!["C1".into()]),
        );
        let kept = admit_snapshot(
            &mut v,
            2,
            vec![HubEvent::QueueConversationChanged(vec![
                conv("c1"),
                conv("c2"),
            ])],
        );
        assert_eq!(
            kept,
            vec![HubEvent::QueueConversationChanged(vec![conv("c2")])]
        );
        assert!(
            admit_snapshot(
                &mut v,
                3,
                vec![HubEvent::QueueConversationChanged(vec![conv("c1")])]
            )
            .is_empty()
        );
    }
}
