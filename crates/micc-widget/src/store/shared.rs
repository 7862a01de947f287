//! The stores of the page: one per (server, auth), shared by every panel that names the same
//! pair, each with one client and one polling loop. A store lives while some panel holds it;
//! dropping the last holder aborts its loop (and the request in flight) at once.
//!
//! Each store also holds one real-time connection (store/live.rs) feeding the same `rows`
//! and `me` by hub events; while it is connected the loop polls only what has no hub
//! subscription (agent states), and polling is the fallback otherwise.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::reactive::*;
use futures_util::future::{AbortHandle, abortable};
use gloo_timers::future::TimeoutFuture;
use js_sys::Function;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;

use super::QueueStore;
use super::agents::AgentStore;
use super::link::{LinkState, Realtime, next_poll_delay_ms, polled_feeds};
use super::live::{Handlers, Live};
use super::me::{MeState, Shown};
use super::rest::{self, RestLink};
use super::skew::Skew;

/// How the embedder authenticates. A callback is compared by identity (`===`), so panels
/// given the same function share a store.
#[derive(Clone, PartialEq)]
pub enum Auth {
    None,
    Token(String),
    Callback(Function),
}

pub struct Shared {
    pub rows: ArcRwSignal<QueueStore>,
    pub link: ArcRwSignal<LinkState>,
    /// Agent rows and groups: polled only while an agent panel holds an [`Interest`].
    pub agents: ArcRwSignal<AgentStore>,
    /// Server − local clock, from `status` (see store/skew.rs), while agents are polled.
    pub skew: ArcRwSignal<Skew>,
    /// The signed-in employee's presence and reason codes: polled only while a my-presence
    /// control holds an [`Interest`].
    pub me: ArcRwSignal<MeState>,
    /// The store's REST requests, also those a panel makes itself (a presence change).
    rest: Option<RestLink>,
    /// Panels per feed ([`Interest`]): the loop asks only for what some panel shows.
    queue_panels: Cell<u32>,
    agent_panels: Cell<u32>,
    me_panels: Cell<u32>,
    poll_ms: Cell<u32>,
    poll_now: Cell<bool>,
    /// Requests started, for tests ("after unmount, no further requests").
    requests: Rc<Cell<u64>>,
    abort: Option<AbortHandle>,
    /// The store's one SignalR connection (`None` for a detached store, or when it could not
    /// start); dropped with the store, which stops it.
    live: RefCell<Option<Live>>,
    /// Whether `live` is connected: queues and my state then come as events.
    connected: Cell<bool>,
    /// A monitor was (re)established: the next round fetches queues and my state once.
    snapshot_due: Cell<bool>,
    server: String,
    auth: Auth,
    share_key: Option<String>,
}

impl Drop for Shared {
    fn drop(&mut self) {
        if let Some(a) = &self.abort {
            a.abort();
        }
        if let Some(r) = &self.rest {
            r.stop();
        }
    }
}

impl Shared {
    /// A store fed by hand (tests, and the realtime path later): no client, no loop.
    pub fn detached() -> Rc<Shared> {
        Rc::new(Shared {
            rows: ArcRwSignal::new(QueueStore::default()),
            link: ArcRwSignal::new(LinkState::default()),
            agents: ArcRwSignal::new(AgentStore::default()),
            skew: ArcRwSignal::new(Skew::default()),
            me: ArcRwSignal::new(MeState::default()),
            rest: None,
            queue_panels: Cell::new(0),
            agent_panels: Cell::new(0),
            me_panels: Cell::new(0),
            poll_ms: Cell::new(5000),
            poll_now: Cell::new(false),
            requests: Rc::new(Cell::new(0)),
            abort: None,
            live: RefCell::new(None),
            connected: Cell::new(false),
            snapshot_due: Cell::new(false),
            server: String::new(),
            auth: Auth::None,
            share_key: None,
        })
    }

    pub fn poll_ms(&self) -> u32 {
        self.poll_ms.get()
    }

    /// The shortest interval any of its panels asked for wins.
    pub fn want_poll_ms(&self, ms: u32) {
        if ms < self.poll_ms.get() {
            self.poll_ms.set(ms);
            self.poll_now.set(true);
        }
    }

    /// Polls now (the retry button), not at the end of the back-off.
    pub fn retry(&self) {
        self.poll_now.set(true);
    }

    /// The store's request counter; it outlives the store (a handle keeps it to show that
    /// nothing polls after unmount).
    pub fn request_counter(&self) -> Rc<Cell<u64>> {
        self.requests.clone()
    }

    /// The REST link of this store (`None` for a detached one).
    pub fn rest(&self) -> Option<&RestLink> {
        self.rest.as_ref()
    }

    /// Which feeds to poll (queues, agents, me): agents and me while a panel of theirs
    /// holds an interest; queues while a queue panel does, or when no panel said (the
    /// behaviour before feeds were counted).
    fn feeds(&self) -> (bool, bool, bool) {
        let agents = self.agent_panels.get() > 0;
        let me = self.me_panels.get() > 0;
        (self.queue_panels.get() > 0 || !(agents || me), agents, me)
    }

    /// The real-time subscriptions follow the panels: queue state for the store's queues
    /// (its row keys) while queues are read, my state while a my-presence control is shown.
    fn sync_live(&self) {
        let Ok(mut live) = self.live.try_borrow_mut() else {
            return;
        };
        let Some(live) = live.as_mut() else {
            return;
        };
        let (queues, _, me) = self.feeds();
        let keys = if queues {
            self.rows
                .with_untracked(|r| r.rows().iter().map(|row| row.key.clone()).collect())
        } else {
            Vec::new()
        };
        live.set_queues(keys);
        live.set_me(me);
    }

    /// What the connection reports, applied to the link status and the loop.
    fn on_realtime(&self, realtime: Realtime) {
        self.link.update(|l| l.on_realtime(realtime));
        let connected = realtime == Realtime::Connected;
        if connected != self.connected.replace(connected) {
            // Lost: poll at once, not at the end of an interval. Back: the monitors' snapshot
            // is asked for by `on_snapshot`.
            self.poll_now.set(true);
        }
    }
}

/// What a panel reads from a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feed {
    Queues,
    Agents,
    /// The signed-in employee's state (`employees/me/state`) and reason codes.
    Me,
}

/// A panel's claim on a feed of a store: while one is held the loop polls that feed. It
/// holds the store, so a panel can keep just this.
pub struct Interest {
    shared: Rc<Shared>,
    feed: Feed,
}

impl Interest {
    /// Claims `feed`; a feed nobody read yet is polled at once, not after the interval.
    pub fn new(shared: Rc<Shared>, feed: Feed) -> Interest {
        let count = shared.panels(feed);
        if count.get() == 0 && feed != Feed::Queues {
            shared.poll_now.set(true);
        }
        count.set(count.get().saturating_add(1));
        shared.sync_live();
        Interest { shared, feed }
    }

    pub fn shared(&self) -> &Rc<Shared> {
        &self.shared
    }
}

impl Shared {
    fn panels(&self, feed: Feed) -> &Cell<u32> {
        match feed {
            Feed::Queues => &self.queue_panels,
            Feed::Agents => &self.agent_panels,
            Feed::Me => &self.me_panels,
        }
    }
}

impl Drop for Interest {
    fn drop(&mut self) {
        let count = self.shared.panels(self.feed);
        count.set(count.get().saturating_sub(1));
        self.shared.sync_live();
    }
}

thread_local! {
    static STORES: RefCell<Vec<Weak<Shared>>> = const { RefCell::new(Vec::new()) };
}

/// The store of (`server`, `auth`, `share_key`), made (with its client and loop) if no panel
/// holds one.
/// Errors are the client's refusals of the configuration (a bad server URL, ...).
pub fn acquire(
    server: &str,
    auth: &Auth,
    poll_ms: u32,
    share_key: Option<&str>,
) -> Result<Rc<Shared>, String> {
    let existing = STORES.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|w| w.strong_count() > 0);
        s.iter()
            .filter_map(Weak::upgrade)
            .find(|x| x.server == server && x.auth == *auth && x.share_key.as_deref() == share_key)
    });
    if let Some(shared) = existing {
        shared.want_poll_ms(poll_ms);
        return Ok(shared);
    }
    let normalized = micc_client::normalize_server(server).map_err(|e| e.to_string())?;
    let rest = RestLink::new(&normalized, &auth_value(auth));
    let requests = Rc::new(Cell::new(0));
    let shared = Rc::new_cyclic(|weak: &Weak<Shared>| {
        let rows = ArcRwSignal::new(QueueStore::default());
        let link = ArcRwSignal::new(LinkState::default());
        let agents = ArcRwSignal::new(AgentStore::default());
        let skew = ArcRwSignal::new(Skew::default());
        let me = ArcRwSignal::new(MeState::default());
        let (task, abort) = abortable(poll_loop(
            weak.clone(),
            rest.clone(),
            Signals {
                rows: rows.clone(),
                link: link.clone(),
                agents: agents.clone(),
                skew: skew.clone(),
                me: me.clone(),
            },
            requests.clone(),
        ));
        spawn_local(async move {
            let _ = task.await;
        });
        Shared {
            rows,
            link,
            agents,
            skew,
            me,
            rest: Some(rest),
            queue_panels: Cell::new(0),
            agent_panels: Cell::new(0),
            me_panels: Cell::new(0),
            poll_ms: Cell::new(poll_ms),
            poll_now: Cell::new(false),
            requests,
            abort: Some(abort),
            live: RefCell::new(None),
            connected: Cell::new(false),
            snapshot_due: Cell::new(false),
            server: server.to_owned(),
            auth: auth.clone(),
            share_key: share_key.map(str::to_owned),
        }
    });
    let live = start_live(&normalized, share_key, &shared);
    *shared.live.borrow_mut() = live;
    STORES.with(|s| s.borrow_mut().push(Rc::downgrade(&shared)));
    Ok(shared)
}

/// The embedder's auth as the JavaScript side takes it: a token string, a callback
/// (`() => string | {token, expiresIn} | Promise of either`), or undefined.
fn auth_value(auth: &Auth) -> JsValue {
    match auth {
        Auth::None => JsValue::UNDEFINED,
        Auth::Token(t) => JsValue::from_str(t),
        Auth::Callback(f) => f.clone().into(),
    }
}

/// The store's connection, its events applied to the store's signals. The callbacks hold
/// the store weakly (it owns the connection) and the signals; an event counts as an update.
fn start_live(server: &str, share_key: Option<&str>, shared: &Rc<Shared>) -> Option<Live> {
    // The connection takes its tokens from the store's REST link (one token cache).
    let rest = shared.rest.as_ref()?;
    let weak = Rc::downgrade(shared);
    let on_state = {
        let weak = weak.clone();
        move |state: String| {
            if let Some(s) = weak.upgrade() {
                s.on_realtime(Realtime::from_js(&state));
            }
        }
    };
    let (rows, link) = (shared.rows.clone(), shared.link.clone());
    // Held and applied in batches (store/batch.rs), not one store update per event.
    let on_queue = super::batch::queue_events(rows, link);
    let (me, link) = (shared.me.clone(), shared.link.clone());
    let on_me = move |e| {
        let shown = Shown::of(&e);
        me.maybe_update(|m| m.on_event(shown));
        link.update(|l| l.on_event(js_sys::Date::now()));
    };
    let on_snapshot = move || {
        if let Some(s) = weak.upgrade() {
            s.snapshot_due.set(true);
            s.poll_now.set(true);
        }
    };
    Live::start(
        server,
        rest,
        share_key,
        Handlers {
            state: Box::new(on_state),
            queue: Box::new(on_queue),
            me: Box::new(on_me),
            snapshot: Box::new(on_snapshot),
        },
    )
}

fn document_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// The signals the loop writes.
struct Signals {
    rows: ArcRwSignal<QueueStore>,
    link: ArcRwSignal<LinkState>,
    agents: ArcRwSignal<AgentStore>,
    skew: ArcRwSignal<Skew>,
    me: ArcRwSignal<MeState>,
}

/// Agent groups and the clock skew change rarely: they are fetched with the first agent
/// poll and then every this many rounds.
const SLOW_EVERY: u32 = 12;

/// The most agent states a panel reads (far above the 2,000-agent load run), and
/// the most queues, agent groups and reason codes.
const MAX_AGENTS: u32 = 20_000;
const MAX_QUEUES: u32 = 5_000;
const MAX_GROUPS: u32 = 5_000;
const MAX_REASONS: u32 = 1_000;

/// The loop never holds the store itself across an await (only its signals and a weak
/// reference), so the last panel's drop frees it mid-wait.
async fn poll_loop(weak: Weak<Shared>, rest: RestLink, sig: Signals, requests: Rc<Cell<u64>>) {
    const SLICE_MS: u32 = 200;
    let mut agent_rounds: u32 = 0;
    let mut groups_loaded = false;
    let mut me_rounds: u32 = 0;
    loop {
        // Page Visibility: a hidden tab does not poll; it polls at once when shown again.
        while document_hidden() {
            TimeoutFuture::new(SLICE_MS).await;
        }
        let Some((wanted, connected, snapshot_due)) = weak
            .upgrade()
            .map(|s| (s.feeds(), s.connected.get(), s.snapshot_due.take()))
        else {
            return;
        };
        let loaded = (
            sig.rows.with_untracked(|r| r.is_loaded()),
            sig.me.with_untracked(|m| m.is_loaded()),
        );
        let (queues, agents, me) = polled_feeds(wanted, connected, snapshot_due, loaded);
        let count = || requests.set(requests.get() + 1);
        // Groups and skew are extras, fetched on the first agent round and then every
        // SLOW_EVERY rounds (every third while still missing): without them the filter has
        // no choices and durations use the local clock, so their failures do not fail the
        // round.
        let due = |missing: bool| {
            agents
                && (agent_rounds.is_multiple_of(SLOW_EVERY)
                    || (missing && agent_rounds.is_multiple_of(3)))
        };
        let skew_due = due(!sig.skew.with_untracked(|s| s.is_measured()));
        let groups_due = due(!groups_loaded);
        if agents {
            agent_rounds = agent_rounds.wrapping_add(1);
        }
        let reasons_due = me
            && (me_rounds.is_multiple_of(SLOW_EVERY)
                || !sig.me.with_untracked(|m| m.reasons_loaded()));
        if me {
            me_rounds = me_rounds.wrapping_add(1);
        }
        // The skew before the agents, so their first rows show corrected times at once.
        if skew_due {
            count();
            let sent = js_sys::Date::now();
            if let Ok(status) = rest.get_json("/status").await {
                let received = js_sys::Date::now();
                if let Some(t) = rest::server_time(&status) {
                    let server = t.unix_millis() as f64;
                    sig.skew.maybe_update(|s| s.measure(sent, received, server));
                }
            }
        }
        // Events that arrive while the snapshot is in flight are newer than it.
        let mark = sig.rows.with_untracked(|r| r.event_mark());
        let queue_result = if queues {
            count();
            Some(
                rest.all("/queues/state", MAX_QUEUES)
                    .await
                    .map(|items| rest::queue_states(&items)),
            )
        } else {
            None
        };
        let agent_result = if agents && !matches!(queue_result, Some(Err(_))) {
            count();
            // Every page: a site has more agent states (one per agent per media) than a
            // server page holds (the simulator's default page is 500).
            Some(
                rest.all("/agents/states", MAX_AGENTS)
                    .await
                    .map(|items| rest::agent_states(&items)),
            )
        } else {
            None
        };
        // The employee's own state is its control's business: a failure shows there and
        // fails the round only when nothing else is polled (a wallboard's token may have no
        // `me`; its queue panel is not in error for that).
        let mut me_failure: Option<String> = None;
        if me {
            if reasons_due {
                count();
                if let Ok(items) = rest.all("/employees/me/busyreasoncodes", MAX_REASONS).await {
                    let codes = rest::reason_codes(&items);
                    sig.me.maybe_update(|m| m.apply_reasons(&codes));
                }
            }
            count();
            let ticket = sig.me.with_untracked(|m| m.ticket());
            let state = rest
                .get_json("/employees/me/state")
                .await
                .and_then(|v| rest::employee_state(&v).ok_or_else(|| "no employee state".into()));
            match state {
                Ok(state) => sig
                    .me
                    .maybe_update(|m| m.on_poll(ticket, Shown::of(&state))),
                Err(e) => {
                    sig.me.maybe_update(|m| m.on_poll_error(e.clone()));
                    if !queues && !agents {
                        me_failure = Some(e);
                    }
                }
            }
        }
        // Rows and link status change together (no await between), so a panel never shows
        // new rows under a stale "loading".
        let now = js_sys::Date::now();
        let mut failure: Option<String> = me_failure;
        match queue_result {
            Some(Ok(items)) => {
                sig.rows
                    .maybe_update(|s| s.apply_snapshot_since(items, now, mark));
            }
            Some(Err(e)) => failure = Some(e),
            None => {}
        }
        match agent_result {
            Some(Ok(items)) => {
                sig.agents.maybe_update(|s| s.apply_snapshot(items));
            }
            Some(Err(e)) => failure = Some(e),
            None => {}
        }
        let ok = failure.is_none();
        // A round that asked for nothing (real time carries it all) is no update.
        let asked = queues || agents || me;
        match failure {
            None if asked => sig.link.update(|l| l.on_success(now)),
            None => {}
            Some(e) => sig.link.update(|l| l.on_failure(e, online())),
        }
        if groups_due && ok {
            count();
            if let Ok(items) = rest.all("/agentgroups", MAX_GROUPS).await {
                groups_loaded = true;
                sig.agents
                    .maybe_update(|s| s.apply_groups(rest::agent_groups(&items)));
            }
        }
        let Some(shared) = weak.upgrade() else {
            return;
        };
        // New queues in the snapshot get their subscriptions, vanished ones lose theirs.
        shared.sync_live();
        let delay = next_poll_delay_ms(shared.poll_ms(), sig.link.with_untracked(|l| l.failures));
        drop(shared);
        let mut waited = 0;
        while waited < delay {
            TimeoutFuture::new(SLICE_MS.min(delay - waited)).await;
            waited += SLICE_MS;
            match weak.upgrade() {
                Some(s) if s.poll_now.take() => break,
                Some(_) => {}
                None => return,
            }
        }
    }
}
