// `client.realtime`: typed, reference-counted subscriptions over one SignalR connection
// (signalr.js), with a REST snapshot after every (re)subscription, and REST polling as the
// fallback when no SignalR transport works. Payloads are converted with the models' table,
// as REST answers are (convert.js).
//
// Ordering (the Rust core's `ordering` rule): events and snapshot requests share one
// counter. Per key (queue, employee, agent, conversation), an event always applies and sets
// the key's version; a snapshot model applies only when its request is newer than the key's
// version. So a stale snapshot never overwrites a newer event.
import { SignalrConnection, exponentialBackoff } from "./signalr.js";
import { Share, supported } from "./share.js";

// Hub, add method, remove method of each topic (wire-facts.md).
const TOPICS = {
  queueState: ["queueHub", "addStateMonitor", "removeStateMonitor"],
  queueConversations: ["queueHub", "addConversationMonitor", "removeConversationMonitor"],
  me: ["employeeHub", "addSelfMonitor"],
};

// Client events (lower-cased: SignalR matches names ignoring case) → [topic, model, form].
const EVENTS = {
  queuestatechanged: ["queueState", "QueueState", "one"],
  queueconversationchanged: ["queueConversations", "ConversationModel", "changed"],
  queueconversationremoved: ["queueConversations", "ConversationModel", "removed"],
  employeestatechanged: ["me", "EmployeeState", "one"],
  onagentstatechanged: ["agent", "AgentState", "one"],
};

const lower = (v) => (typeof v === "string" ? v.toLowerCase() : undefined);
const list = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Does a queue model (or a conversation's queue) match one of a listener's ids? */
const queueMatch = (ids, id, name, reporting) =>
  ids.size === 0 || [id, name, reporting].some((v) => v !== undefined && ids.has(lower(String(v))));

export class Realtime {
  #o;
  #conn;
  #counts = new Map(); // "topic\nid" → subscribers
  #listeners = new Set();
  #stateListeners = new Set();
  #seq = 0;
  #versions = new Map();
  #polling = false;
  #pollTimer;
  #retryTimer;
  #visible = true;
  #unwatch = [];
  // Sharing one connection between tabs (share.js): "solo" (not shared), "leader" (holds the
  // connection for every tab) or "follower" (mirrors the leader's state and events).
  #role = "solo";
  #share;
  #leading;
  #mirror = { state: "disconnected" };
  #local = new Map(); // this tab's subscriptions: number → [topic, ids]
  #nextLocal = 0;
  #remote = new Map(); // the leader's: tab → Map(number → unsubscribe)

  /**
   * `o`: server, token(), refused(token), rest(topic, id) → Promise<model(s)>, convert(value,
   * model), options (transports, pollingMs, retryRealtimeMs, connectTimeoutMs,
   * reconnectPolicy, WebSocket).
   */
  constructor(o) {
    this.#o = o;
    const opt = o.options ?? {};
    this.#conn = new SignalrConnection({
      server: o.server,
      token: o.token,
      refused: o.refused,
      transports: opt.transports,
      connectTimeoutMs: opt.connectTimeoutMs,
      reconnectPolicy: opt.reconnectPolicy ?? exponentialBackoff(),
      WebSocket: opt.WebSocket,
      onCall: (hub, method, args) => this.#call(method, args),
      onEvent: (type, detail) => this.#event(type, detail),
    });
  }

  /** "disconnected", "connecting", "connected", "reconnecting" or "polling". */
  get state() {
    if (this.#role === "follower") return this.#mirror.state;
    return this.#polling ? "polling" : this.#conn.state;
  }

  /** "solo", "leader" or "follower" (one connection per browser: see share.js). */
  get role() {
    return this.#role;
  }

  /** "webSockets" or "longPolling" while connected. */
  get transport() {
    if (this.#role === "follower") return this.#mirror.transport;
    return this.#polling ? undefined : this.#conn.transport;
  }

  get connectionId() {
    return this.#role === "follower" ? this.#mirror.connectionId : this.#conn.connectionId;
  }

  /** `cb(state, detail)` on every state change; returns the unsubscribe function. */
  onStateChange(cb) {
    this.#stateListeners.add(cb);
    return () => this.#stateListeners.delete(cb);
  }

  #tell(state, detail) {
    if (this.#role === "leader") this.#postState(state, detail);
    for (const cb of [...this.#stateListeners]) {
      try {
        cb(state, detail);
      } catch {
        // the page's listener
      }
    }
  }

  /** Connects (or, when no SignalR transport works, starts polling); resolves then. */
  async start() {
    if (this.state !== "disconnected" || this.#share) throw new Error(`start() needs a disconnected connection (it is ${this.state})`);
    this.#watch();
    const opt = this.#o.options ?? {};
    if (opt.share !== false && supported()) {
      this.#share = new Share(`${this.#o.server}\n${opt.shareKey ?? ""}`, {
        lead: () => this.#lead(),
        message: (m) => this.#message(m),
      });
      if (await this.#share.join()) return this.#leading;
      this.#role = "follower";
      this.#mirror = { state: "connecting" };
      this.#share.post("hello", { subs: [...this.#local] });
      // The leader answers with its state; a leader still connecting tells more later.
      await new Promise((resolve) => {
        const done = () => (clearTimeout(t), off(), resolve());
        const t = setTimeout(done, 5000);
        const off = this.onStateChange((st) => (st === "connected" || st === "polling") && done());
      });
      return;
    }
    await this.#connect();
  }

  async #connect() {
    try {
      await this.#conn.start();
    } catch (e) {
      if (e?.status === 401 || e?.status === 403 || !this.#pollFallback(String(e?.message ?? e))) {
        this.#unwatchAll();
        throw e;
      }
    }
  }

  // This tab leads now (at start, or when the leader's tab went): connect for every tab.
  #lead() {
    this.#role = "leader";
    this.#versions.clear();
    this.#share.post("leader");
    this.#leading = this.#connect().catch((e) => {
      this.#tell("disconnected", { reason: String(e?.message ?? e) });
      throw e;
    });
    this.#leading.catch(() => {});
  }

  #postState(state, detail) {
    this.#share.post("state", { state, detail, transport: this.transport, connectionId: this.connectionId });
  }

  #message(m) {
    if (this.#role === "leader") {
      const subs = this.#remote.get(m.tab);
      if (m.t === "hello") {
        this.#postState(this.state, {});
        if (!subs) this.#share.watch(m.tab, () => this.#forget(m.tab));
        for (const [n, [topic, ids]] of Array.isArray(m.subs) ? m.subs : []) this.#remoteSub(m.tab, n, topic, ids);
      } else if (m.t === "sub") {
        if (!subs) this.#share.watch(m.tab, () => this.#forget(m.tab));
        this.#remoteSub(m.tab, m.n, m.topic, m.ids);
      } else if (m.t === "unsub") {
        subs?.get(m.n)?.();
        subs?.delete(m.n);
      } else if (m.t === "bye") {
        this.#forget(m.tab);
      }
    } else if (this.#role === "follower") {
      if (m.t === "leader") {
        // A new leader counts from scratch: so does the ordering of what it sends.
        this.#versions.clear();
        this.#share.post("hello", { subs: [...this.#local] });
      } else if (m.t === "state" && typeof m.state === "string") {
        const was = this.#mirror.state;
        this.#mirror = { state: m.state, transport: m.transport, connectionId: m.connectionId };
        if (was !== m.state || Object.keys(m.detail ?? {}).length) this.#tell(m.state, m.detail ?? {});
      } else if (m.t === "ev" && EVENTS[lower(m.name)]) {
        this.#deliver(m.name, m.payload, m.seq, m.snapshot === true);
      }
    }
  }

  // A subscription of another tab, held by the leader (its events reach that tab by the
  // broadcast); it always gets a snapshot, since the monitor may be there already.
  #remoteSub(tab, n, topic, ids) {
    if (!TOPICS[topic] || !Array.isArray(ids) || !ids.every((i) => typeof i === "string")) return;
    let subs = this.#remote.get(tab);
    if (!subs) this.#remote.set(tab, (subs = new Map()));
    if (subs.has(n)) return;
    subs.set(n, this.#subscribe(topic, topic === "me" ? [] : ids, () => {}, topic, true));
  }

  #forget(tab) {
    for (const off of this.#remote.get(tab)?.values() ?? []) off();
    this.#remote.delete(tab);
  }

  /** Stops real time and polling; pending invocations fail. */
  async stop() {
    this.#leavePolling();
    this.#unwatchAll();
    const was = this.state;
    const role = this.#role;
    this.#share?.leave();
    this.#share = undefined;
    this.#role = "solo";
    this.#mirror = { state: "disconnected" };
    for (const tab of [...this.#remote.keys()]) this.#forget(tab);
    await this.#conn.stop();
    if (was === "polling" || (role === "follower" && was !== "disconnected")) {
      this.#tell("disconnected", { from: was, reason: "stopped" });
    }
  }

  /** Queue state events (QueueState) for queues by id, name or reporting number. */
  onQueueState(ids, cb) {
    return this.#subscribe("queueState", ids, cb);
  }

  /**
   * Conversations waiting in these queues: cb({ changed: [ConversationModel] } or
   * { removed: [conversation ids] }, meta).
   */
  onQueueConversations(ids, cb) {
    return this.#subscribe("queueConversations", ids, cb);
  }

  /** The signed-in employee's state (EmployeeState). */
  onMyState(cb) {
    return this.#subscribe("me", [], cb);
  }

  /** The signed-in employee's agent states (AgentState), one per media. */
  onAgentState(cb) {
    return this.#subscribe("me", [], cb, "agent");
  }

  /** Subscribers of a topic and id (diagnostics, tests). */
  subscribers(topic, id = "") {
    return this.#counts.get(`${topic}\n${lower(id)}`) ?? 0;
  }

  #subscribe(topic, rawIds, cb, kind = topic, snapshotAlways = false) {
    if (typeof cb !== "function") throw new TypeError("the callback must be a function");
    const ids = topic === "me" ? [""] : [...new Set(list(rawIds).map((i) => String(i).trim()).filter(Boolean))];
    if (ids.length === 0) throw new TypeError(`${topic} needs at least one id`);
    const listener = { kind, topic, ids: new Set(ids.map(lower).filter(Boolean)), cb };
    this.#listeners.add(listener);
    const fresh = [];
    for (const id of ids) {
      const k = `${topic}\n${lower(id)}`;
      const n = (this.#counts.get(k) ?? 0) + 1;
      this.#counts.set(k, n);
      if (n === 1) fresh.push(id);
    }
    if (fresh.length) {
      if (this.#polling) this.#snapshot(topic, fresh);
      else if (this.#conn.state === "connected") this.#monitor(topic, fresh);
      // Otherwise every active subscription is established once connected.
    }
    const known = ids.filter((id) => !fresh.includes(id));
    if (snapshotAlways && known.length && (this.#polling || this.#conn.state === "connected")) this.#snapshot(topic, known);
    // This tab's own subscriptions, announced to the leader when another tab leads.
    const n = ++this.#nextLocal;
    if (!snapshotAlways) {
      this.#local.set(n, [topic, ids]);
      if (this.#role === "follower") this.#share.post("sub", { n, topic, ids });
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#listeners.delete(listener);
      if (this.#local.delete(n) && this.#role === "follower") this.#share.post("unsub", { n });
      const gone = [];
      for (const id of ids) {
        const k = `${topic}\n${lower(id)}`;
        const n = (this.#counts.get(k) ?? 1) - 1;
        if (n <= 0) {
          this.#counts.delete(k);
          gone.push(id);
        } else {
          this.#counts.set(k, n);
        }
      }
      const remove = TOPICS[topic][2];
      // The server-side monitor goes with the last subscriber; a connection made later
      // does not add it again. (When not connected, the server forgets it with the
      // connection's groups.)
      if (gone.length && remove && this.#conn.state === "connected") {
        this.#conn.invoke(TOPICS[topic][0], remove, [gone]).catch(() => {});
      }
    };
  }

  // Adds the server-side monitor, then takes the snapshot of what it covers.
  #monitor(topic, ids) {
    const [hub, add] = TOPICS[topic];
    this.#conn.invoke(hub, add, topic === "me" ? [] : [ids]).then(
      () => {
        const still = ids.filter((id) => this.#counts.has(`${topic}\n${lower(id)}`));
        if (still.length) this.#snapshot(topic, still);
      },
      (e) => this.#tell(this.state, { subscriptionFailed: topic, message: String(e?.message ?? e) }),
    );
  }

  #active() {
    const by = new Map();
    for (const k of this.#counts.keys()) {
      const [topic, id] = k.split("\n");
      if (!by.has(topic)) by.set(topic, []);
      by.get(topic).push(id);
    }
    return by;
  }

  // A REST snapshot of `ids`, ordered against events by the one counter.
  #snapshot(topic, ids) {
    const seq = ++this.#seq;
    for (const id of topic === "me" ? [""] : ids) {
      this.#o.rest(topic, id).then(
        (models) => {
          for (const [method, payload] of models) this.#deliver(method, payload, seq);
        },
        (e) => this.#tell(this.state, { snapshotFailed: topic, message: String(e?.message ?? e) }),
      );
    }
  }

  #fresh(key, seq, snapshot) {
    if (key === undefined) return true;
    const v = this.#versions.get(key) ?? 0;
    if (snapshot ? seq <= v : seq < v) return false;
    this.#versions.set(key, seq);
    return true;
  }

  #call(method, args) {
    const name = lower(method);
    if (!EVENTS[name] || args[0] === undefined || args[0] === null) return;
    this.#deliver(name, args[0], ++this.#seq, false);
  }

  // One event or snapshot model: converted, filtered by freshness, handed to listeners.
  #deliver(name, payload, seq, snapshot = true) {
    const [topic, model, form] = EVENTS[lower(name)];
    // The leader hears for every tab that subscribes (a lone tab posts nothing: a busy
    // center's events, cloned for nobody, cost the page a share of its main thread).
    if (this.#role === "leader" && this.#remote.size > 0) this.#share.post("ev", { name, payload, seq, snapshot });
    let value;
    try {
      value = form === "removed" ? list(payload).map((c) => (typeof c === "string" ? c : c?.ConversationId ?? c?.conversationId)).filter((c) => typeof c === "string")
        : form === "changed" ? list(payload).map((c) => this.#o.convert(c, model))
        : this.#o.convert(payload, model);
    } catch (e) {
      return this.#tell(this.state, { warning: `${name}: ${e?.message ?? e}` });
    }
    const meta = { snapshot };
    if (form === "one") {
      const kind = model === "QueueState" ? "queue" : model === "EmployeeState" ? "employee" : "agent";
      if (!this.#fresh(value?.id && `${kind}:${lower(value.id)}`, seq, snapshot)) return;
      const tk = topic === "agent" ? "agent" : topic;
      for (const l of [...this.#listeners]) {
        if (l.kind !== tk) continue;
        if (tk === "queueState" && !queueMatch(l.ids, value?.id, value?.name, value?.reporting)) continue;
        try {
          l.cb(value, meta);
        } catch {
          // the page's listener
        }
      }
      return;
    }
    // Conversations: each keyed by its id; a stale snapshot item is dropped, the rest kept.
    const items = form === "removed" ? value : value.filter(Boolean);
    const kept = items.filter((c) => this.#fresh(`conversation:${lower(form === "removed" ? c : c.conversationId)}`, seq, snapshot));
    if (!kept.length) return;
    for (const l of [...this.#listeners]) {
      if (l.kind !== "queueConversations") continue;
      const mine = form === "removed" ? kept : kept.filter((c) => queueMatch(l.ids, c.queueId, c.queueName, c.queueReporting));
      if (!mine.length) continue;
      try {
        l.cb(form === "removed" ? { removed: mine } : { changed: mine }, meta);
      } catch {
        // the page's listener
      }
    }
  }

  #event(type, d) {
    if (type === "state") {
      // "connected" is told with its details by the "connected" event that follows.
      if (!this.#polling && d.to !== "connected") this.#tell(d.to, { from: d.from });
    } else if (type === "connected") {
      this.#leavePolling();
      // A new connection (or one back without its groups): every monitor again, then
      // snapshots, so a change made meanwhile is not missed.
      if (!d.restored) for (const [topic, ids] of this.#active()) this.#monitor(topic, topic === "me" ? [""] : ids);
      this.#tell("connected", { from: d.from, transport: this.#conn.transport, restored: d.restored, reconnect: d.reconnect });
    } else if (type === "disconnected" && /gave up/.test(d.reason)) {
      this.#pollFallback(d.reason);
    } else {
      this.#tell(this.state, { [type]: d });
    }
  }

  // No SignalR transport works: poll REST snapshots of every subscription, and try real
  // time again now and then. False when polling is off (`pollingMs: 0`).
  #pollFallback(reason) {
    const every = this.#o.options?.pollingMs ?? 5000;
    if (!every) return false;
    if (!this.#polling) {
      this.#polling = true;
      this.#tell("polling", { reason });
    }
    const round = () => {
      if (!this.#polling) return;
      if (this.#visible) for (const [topic, ids] of this.#active()) this.#snapshot(topic, ids);
      this.#pollTimer = setTimeout(round, Math.max(1000, every));
    };
    clearTimeout(this.#pollTimer);
    round();
    const retry = () => {
      if (!this.#polling) return;
      this.#conn.start().catch(() => {
        this.#retryTimer = setTimeout(retry, this.#o.options?.retryRealtimeMs ?? 60000);
      });
    };
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(retry, this.#o.options?.retryRealtimeMs ?? 60000);
    return true;
  }

  #leavePolling() {
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#retryTimer);
    this.#polling = false;
  }

  // The page's visibility (polling pauses while hidden) and network state (reconnects
  // wait while offline).
  #watch() {
    const doc = globalThis.document;
    if (doc?.addEventListener) {
      const f = () => {
        const was = this.#visible;
        this.#visible = doc.visibilityState !== "hidden";
        if (this.#visible && !was && this.#polling) {
          for (const [topic, ids] of this.#active()) this.#snapshot(topic, ids);
        }
      };
      f();
      doc.addEventListener("visibilitychange", f);
      this.#unwatch.push(() => doc.removeEventListener("visibilitychange", f));
    }
    const win = globalThis.window;
    if (win?.addEventListener) {
      // A closing tab aborts its connection, so the server need not keep it for its
      // disconnect timeout (and a new leader's is the only one).
      const bye = () => this.#conn.leaveNow();
      win.addEventListener("pagehide", bye);
      this.#unwatch.push(() => win.removeEventListener("pagehide", bye));
    }
    if (win?.addEventListener && globalThis.navigator && "onLine" in globalThis.navigator) {
      const f = () => this.#conn.setOnline(globalThis.navigator.onLine !== false);
      f();
      win.addEventListener("online", f);
      win.addEventListener("offline", f);
      this.#unwatch.push(() => {
        win.removeEventListener("online", f);
        win.removeEventListener("offline", f);
      });
    }
  }

  #unwatchAll() {
    for (const f of this.#unwatch.splice(0)) f();
  }
}
