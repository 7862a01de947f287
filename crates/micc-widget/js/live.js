// GENERATED from crates/micc-client/js/{signalr,share,realtime}.js and
// crates/micc-widget/js/live_adapter.js by src/store/live_bundle.rs: do not edit.

// ---- micc-client/js/signalr.js
// Classic ASP.NET SignalR 2 (protocol 1.5), as the Mitel CX SDK serves it under
// `{server}/miccsdk/signalr`: negotiate, connect, start, reconnect, poll, send, abort;
// WebSockets first, long polling when the upgrade fails, times out or is refused.
//
// This is the JavaScript twin of the Rust core (src/realtime/): the same URLs, frames,
// ladder, keep-alive rules, reconnect window and backoff. It exists because the Rust core
// compiled to wasm weighs 88 KB gzipped (crates/micc-client/BENCHMARKS.md), more than the
// package's whole budget; here the browser's own WebSocket, fetch, JSON.parse and timers do
// the heavy lifting. The shared wire facts are pinned by the same captured frames in both
// test suites (tests/npm/signalr.test.mjs).
//
// Timers survive background-tab throttling the way @microsoft/signalr's do: a timer only
// says "look now"; what happened is decided from Date.now() against the last message.

const PROTOCOL = "1.5";
const HUBS = JSON.stringify(["queuehub", "employeehub", "agenthub"].map((name) => ({ name })));
// Bounds on what the server may send (the Rust core's Limits): larger frames are skipped.
const MAX_FRAME = 4 << 20;
const MAX_TOKEN = 4096;

/**
 * Exponential backoff with full jitter and a cap (SignalR's IRetryPolicy shape). The first
 * retry is at once, as @microsoft/signalr's: most drops are a blip (measured: 865 ms → 39 ms
 * to recover, BENCHMARKS.md); the jitter spreads the later ones.
 */
function exponentialBackoff({ baseMs = 1000, capMs = 30000, maxElapsedMs, maxAttempts, random = Math.random } = {}) {
  return {
    nextDelay(attempt, elapsedMs) {
      if (maxAttempts !== undefined && attempt > maxAttempts) return null;
      if (maxElapsedMs !== undefined && elapsedMs >= maxElapsedMs) return null;
      if (attempt < 2) return 0;
      const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt - 1, 30));
      return Math.floor(random() * ceiling);
    },
  };
}

const seconds = (o, name) => {
  const v = o[name];
  const n = typeof v === "string" ? Number(v.trim()) : v;
  if (v === undefined || v === null) return undefined;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 86400) {
    throw new Error(`negotiate: ${name} is not a number of seconds`);
  }
  return n * 1000;
};

/** The negotiate answer, checked. Times in milliseconds. */
function parseNegotiate(text) {
  const o = JSON.parse(text);
  if (o === null || typeof o !== "object" || Array.isArray(o)) throw new Error("negotiate: expected an object");
  const str = (name) => {
    const v = o[name];
    if (typeof v !== "string" || v === "" || v.length > MAX_TOKEN) throw new Error(`negotiate: ${name} missing or invalid`);
    return v;
  };
  if (o.ProtocolVersion !== PROTOCOL) throw new Error(`negotiate: protocol ${String(o.ProtocolVersion).slice(0, 20)}, expected ${PROTOCOL}`);
  const disconnect = seconds(o, "DisconnectTimeout");
  const connection = seconds(o, "ConnectionTimeout");
  if (disconnect === undefined || connection === undefined) throw new Error("negotiate: timeouts missing");
  return {
    token: str("ConnectionToken"),
    id: str("ConnectionId"),
    keepAlive: seconds(o, "KeepAliveTimeout"),
    disconnect,
    connection,
    tryWebSockets: o.TryWebSockets === true || String(o.TryWebSockets).toLowerCase() === "true",
    connectTimeout: seconds(o, "TransportConnectTimeout"),
    longPollDelay: seconds(o, "LongPollDelay") ?? 0,
  };
}

/**
 * One received unit: null (a keep-alive), or { persistent } / { hub } as parsed. Throws on
 * what is not a frame.
 */
function parseFrame(text) {
  if (text.length > MAX_FRAME) throw new Error("frame too large");
  if (text.replace(/^[\s\ufeff]+|[\s\ufeff]+$/g, "") === "") return null;
  const o = JSON.parse(text);
  if (o === null || typeof o !== "object" || Array.isArray(o)) throw new Error("frame: expected an object");
  const keys = Object.keys(o);
  if (keys.length === 0) return null;
  const hubAnswer = "I" in o || "P" in o;
  if (!hubAnswer && (Array.isArray(o.M) || ["C", "S", "G", "T", "L", "D"].some((k) => k in o))) {
    if (o.M !== undefined && !Array.isArray(o.M)) throw new Error("frame: M is not an array");
    const token = (k) => (typeof o[k] === "string" && o[k].length <= MAX_TOKEN ? o[k] : undefined);
    const flag = (k) => o[k] === 1 || o[k] === true || o[k] === "1";
    const L = typeof o.L === "number" && o.L >= 0 && o.L <= 86400000 ? o.L : undefined;
    return {
      persistent: {
        cursor: token("C"), messages: o.M ?? [], init: flag("S"), groups: token("G"),
        reconnect: flag("T"), disconnect: flag("D"), longPollDelay: L,
      },
    };
  }
  return { hub: o };
}

/** A hub invocation's JSON text, in the jQuery client's member order (H, M, A, I, S). */
function invocationText(hub, method, args, id, state) {
  const S = state && Object.keys(state).length ? `,"S":${JSON.stringify(state)}` : "";
  return `{"H":${JSON.stringify(hub.toLowerCase())},"M":${JSON.stringify(method)},"A":${JSON.stringify(args)},"I":${JSON.stringify(String(id))}${S}}`;
}

/** The URL of `endpoint`; `p`: transport, connectionToken, messageId, groupsToken, tid. */
function signalrUrl(server, endpoint, p, token) {
  let base = `${server.replace(/\/+$/, "")}/miccsdk/signalr`;
  if (p.transport === "webSockets" && (endpoint === "connect" || endpoint === "reconnect")) {
    base = base.replace(/^http/, "ws");
  }
  const q = [];
  const add = (k, v) => v !== undefined && v !== "" && q.push(`${k}=${encodeURIComponent(v)}`);
  add("transport", p.transport);
  add("clientProtocol", PROTOCOL);
  add("connectionToken", p.connectionToken);
  add("messageId", p.messageId);
  add("groupsToken", p.groupsToken);
  if (endpoint !== "ping") add("connectionData", HUBS);
  add("tid", p.tid);
  // Browsers cannot set headers on a WebSocket: the server reads the token here.
  add("sessionid", `Bearer ${token}`);
  return `${base}/${endpoint}?${q.join("&")}`;
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8" };

class HttpError extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/**
 * One SignalR connection. `options`: server, token() → Promise<{token, until?}> (until: ms
 * since the epoch when it should be renewed), refused(token), transports, connectTimeoutMs,
 * reconnectPolicy, WebSocket, fetch, onCall(hub, method, args), onEvent(type, detail).
 * States: "disconnected", "connecting", "connected", "reconnecting".
 */
class SignalrConnection {
  constructor(o) {
    this.o = o;
    this.state = "disconnected";
    this.transport = undefined;
    this.online = true;
    this.s = undefined; // the session: negotiation, cursor, groups token, last message time
    this.pending = new Map();
    this.hubState = {};
    this.nextId = 0;
    this.tid = 0;
    this.gen = 0; // bumped whenever the transport is dropped: late answers are ignored
    this.timers = {};
  }

  #emit(type, detail) {
    try {
      this.o.onEvent?.(type, detail);
    } catch {
      // A listener's failure is the page's; the connection goes on.
    }
  }

  #set(to) {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    this.#emit("state", { from, to });
  }

  #timer(name, ms, f) {
    clearTimeout(this.timers[name]);
    this.timers[name] = ms === undefined ? undefined : setTimeout(f, Math.max(0, ms));
  }

  #clearTimers() {
    for (const k of Object.keys(this.timers)) this.#timer(k);
  }

  async #token() {
    const t = await this.o.token();
    this.token = t.token;
    // Renew before the token lapses: an open WebSocket reconnects with the new one.
    if (t.until !== undefined) {
      this.#timer("token", t.until - Date.now(), () => this.#renew());
    } else {
      this.#timer("token");
    }
  }

  async #renew() {
    try {
      await this.#token();
    } catch (e) {
      this.#emit("tokenFailed", { message: String(e?.message ?? e) });
      return;
    }
    this.#emit("tokenRenewed", {});
    if (this.state === "connected" && this.transport === "webSockets") this.#lose("the access token was renewed", true);
  }

  #url(endpoint, transport) {
    const s = this.s;
    const resume = endpoint === "reconnect" || endpoint === "poll";
    this.tid = (this.tid + 1) % 11;
    return signalrUrl(this.o.server, endpoint, {
      transport,
      connectionToken: s?.n.token,
      messageId: resume ? s?.cursor : undefined,
      groupsToken: resume ? s?.groups : undefined,
      tid: endpoint === "connect" || endpoint === "reconnect" || endpoint === "poll" ? this.tid : undefined,
    }, this.token);
  }

  async #http(method, url, body, signal) {
    const f = this.o.fetch ?? globalThis.fetch;
    let r;
    try {
      r = await f(url, { method, body, headers: method === "POST" ? FORM : undefined, signal, credentials: "omit" });
    } catch (e) {
      if (signal?.aborted) throw e;
      // The URL carries the token: say what failed without it.
      throw new Error("the request failed (network)");
    }
    if ((r.status === 401 || r.status === 403) && this.state !== "disconnected") {
      this.o.refused?.(this.token);
      this.#emit("unauthorized", {});
    }
    if (r.status < 200 || r.status > 299) throw new HttpError(r.status);
    return r.text();
  }

  /** Connects; resolves once connected, rejects when no transport could connect. */
  async start() {
    if (this.state !== "disconnected") throw new Error(`start() needs a disconnected connection (it is ${this.state})`);
    this.#set("connecting");
    this.attempt = 0;
    try {
      await this.#connect();
    } catch (e) {
      this.#down();
      this.#set("disconnected");
      this.#emit("disconnected", { reason: `the connection could not be made: ${e?.message ?? e}`, status: e?.status });
      throw e;
    }
  }

  // Throws when stop() ended the attempt in progress.
  #alive() {
    if (this.state === "disconnected") throw new Error("stopped");
  }

  // Negotiate, then the transport ladder; a new session.
  async #connect() {
    await this.#token();
    const n = parseNegotiate(await this.#http("GET", this.#url("negotiate")));
    this.#alive();
    this.s = { n, cursor: undefined, groups: undefined, last: Date.now(), delay: n.longPollDelay, resumable: true };
    const WS = this.o.WebSocket ?? globalThis.WebSocket;
    const ladder = (this.o.transports ?? ["webSockets", "longPolling"])
      .filter((t) => t !== "webSockets" || (n.tryWebSockets && typeof WS === "function"));
    let why = "no transport to try";
    for (const [i, t] of ladder.entries()) {
      if (i > 0) this.#emit("fallback", { from: ladder[i - 1], to: t, reason: why });
      try {
        await this.#open(t, "connect");
        await this.#started(t);
        this.transport = t;
        this.#emit("transport", { transport: t });
        this.#connected(false);
        return;
      } catch (e) {
        this.#alive();
        this.#drop();
        if (e?.status === 401 || e?.status === 403) throw e;
        why = String(e?.message ?? e);
      }
    }
    this.#emit("exhausted", {});
    throw new Error(`${ladder.at(-1) ?? "transports"}: ${why}`);
  }

  // Opens transport `t` (connect or reconnect); resolves when the server's init frame (or,
  // on a WebSocket reconnect, the open) arrives.
  #open(t, endpoint) {
    const gen = this.gen;
    const timeout = this.s.n.connectTimeout ?? this.o.connectTimeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      let settled = false;
      const done = (e) => {
        if (settled) return;
        settled = true;
        if (this.opening === done) this.opening = undefined;
        this.#timer("open");
        e ? reject(e) : resolve();
      };
      this.opening = done;
      this.#timer("open", timeout, () => done(new Error("timed out")));
      if (t === "webSockets") {
        const WS = this.o.WebSocket ?? globalThis.WebSocket;
        let ws;
        try {
          ws = new WS(this.#url(endpoint, t));
        } catch (e) {
          return done(new Error(`the WebSocket could not be opened: ${e?.message ?? e}`));
        }
        this.ws = ws;
        ws.onopen = () => {
          if (endpoint === "reconnect") done();
        };
        ws.onmessage = (m) => gen === this.gen && this.#text(String(m.data));
        ws.onclose = (ev) => {
          if (gen !== this.gen || ws !== this.ws) return;
          this.ws = undefined;
          if (!settled) return done(new Error(`the WebSocket closed (${ev?.code ?? "?"})`));
          this.#lose(`transport lost: the WebSocket closed (${ev?.code ?? "?"})`);
        };
        // Browsers follow an error with a close; Node's WebSocket may not, when the upgrade
        // is refused.
        ws.onerror = () => {
          if (!settled && gen === this.gen) done(new Error("the WebSocket failed"));
        };
      } else {
        // Long polling: the connect (or reconnect) request is the first poll.
        this.#poll(endpoint, gen, done);
        if (endpoint === "reconnect") {
          // A reconnect poll held open this long means the server took it back.
          this.#timer("grace", 2000, () => done());
        }
      }
    });
  }

  #poll(endpoint, gen, first) {
    const ctl = new AbortController();
    this.poller = ctl;
    this.inflight = true;
    const held = this.s.n.connection + 10000;
    this.#timer("stall", held, () => {
      if (gen !== this.gen) return;
      ctl.abort();
      this.#lose("keep-alive timeout (the poll stalled)");
    });
    this.#http("POST", this.#url(endpoint, "longPolling"), "", ctl.signal).then(
      (text) => {
        if (gen !== this.gen) return;
        this.inflight = false;
        this.#timer("stall");
        this.#text(text);
        first?.();
        this.#nextPoll();
      },
      (e) => {
        if (gen !== this.gen) return;
        this.inflight = false;
        this.#timer("stall");
        if (first && this.opening === first) return first(e);
        const gone = e?.status === 400 || e?.status === 404 || e?.status === 410;
        if (gone && this.s) this.s.resumable = false;
        this.#lose(`transport lost: ${e?.message ?? e}`);
      },
    );
  }

  // Long polling, connected: the next poll after the server's delay (L).
  #nextPoll() {
    if (this.state !== "connected" || this.transport !== "longPolling" || this.inflight) return;
    const gen = this.gen;
    this.#timer("poll", this.s?.delay ?? 0, () => gen === this.gen && this.#poll("poll", gen));
  }

  async #started(t) {
    const text = await this.#http("GET", this.#url("start", t));
    this.#alive();
    let ok = false;
    try {
      const v = JSON.parse(text);
      ok = v && (v.Response ?? v.response) === "started";
    } catch {
      // not JSON: not started
    }
    if (!ok) throw new Error("start: the server did not answer \"started\"");
  }

  #connected(restored) {
    const from = this.state;
    this.#set("connected");
    this.attempt = 0;
    this.s.last = Date.now();
    this.#keepAlive();
    this.#nextPoll();
    this.#emit("connected", { from, restored, reconnect: from === "reconnecting" });
  }

  // Keep-alive (WebSockets): warned at two thirds of the timeout, lost at the timeout.
  #keepAlive() {
    const ka = this.s?.n.keepAlive;
    if (!ka || this.transport !== "webSockets" || this.state !== "connected") return this.#timer("ka");
    const check = () => {
      if (this.state !== "connected") return;
      const quiet = Date.now() - this.s.last;
      if (quiet >= ka) return this.#lose("keep-alive timeout");
      if (quiet >= (ka * 2) / 3 && !this.slow) {
        this.slow = true;
        this.#emit("slow", {});
      }
      this.#timer("ka", (quiet < (ka * 2) / 3 ? (ka * 2) / 3 : ka) - quiet, check);
    };
    this.slow = false;
    this.#timer("ka", (ka * 2) / 3, check);
  }

  #text(text) {
    let frame;
    try {
      frame = parseFrame(text);
    } catch (e) {
      return this.#emit("warning", { message: `a frame did not parse: ${e.message}` });
    }
    if (this.s) this.s.last = Date.now();
    this.slow = false;
    if (!frame) return;
    if (frame.hub) return this.#hub(frame.hub);
    const p = frame.persistent;
    if (this.s) {
      if (p.cursor !== undefined) this.s.cursor = p.cursor;
      if (p.groups !== undefined) this.s.groups = p.groups;
      if (p.longPollDelay !== undefined) this.s.delay = p.longPollDelay;
    }
    for (const m of p.messages) this.#hub(m);
    if (p.init) this.opening?.();
    if (p.disconnect) {
      if (this.s) this.s.resumable = false;
      this.#lose("the server ended the connection");
    } else if (p.reconnect) {
      this.#lose("the server asked to reconnect");
    }
  }

  #hub(m) {
    if (m === null || typeof m !== "object") return;
    if (typeof m.H === "string" && typeof m.M === "string") {
      if (m.S && typeof m.S === "object") Object.assign((this.hubState[m.H.toLowerCase()] ??= {}), m.S);
      try {
        this.o.onCall?.(m.H, m.M, Array.isArray(m.A) ? m.A : []);
      } catch {
        // A listener's failure is the page's.
      }
      return;
    }
    const p = this.pending.get(String(m.I ?? "").trim());
    if (!p || "P" in m) return;
    this.pending.delete(String(m.I).trim());
    if (m.S && typeof m.S === "object") Object.assign((this.hubState[p.hub] ??= {}), m.S);
    if (m.E !== undefined && m.E !== null) {
      const e = new Error(String(m.E).slice(0, 500));
      e.hubException = m.H === true;
      e.data = m.D;
      p.reject(e);
    } else {
      p.resolve(m.R);
    }
  }

  /** Invokes a hub method; resolves with its result. Needs a connected connection. */
  invoke(hub, method, args) {
    if (this.state !== "connected") return Promise.reject(new Error(`not connected (the connection is ${this.state})`));
    if (this.pending.size >= 1024) return Promise.reject(new Error("too many pending invocations (at most 1024)"));
    const id = String(this.nextId++);
    const key = hub.toLowerCase();
    const text = invocationText(hub, method, args, id, this.hubState[key]);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { hub: key, resolve, reject });
      const fail = (e) => {
        if (this.pending.delete(id)) reject(new Error(`the invocation could not be sent: ${e?.message ?? e}`));
      };
      if (this.transport === "webSockets") {
        try {
          this.ws.send(text);
        } catch (e) {
          fail(e);
        }
      } else {
        const gen = this.gen;
        this.#http("POST", this.#url("send", "longPolling"), `data=${encodeURIComponent(text)}`).then(
          (answer) => gen === this.gen && this.#text(answer),
          fail,
        );
      }
    });
  }

  #failPending(why) {
    for (const p of this.pending.values()) p.reject(new Error(why));
    this.pending.clear();
  }

  // Closes the transport and forgets its requests.
  #drop() {
    this.gen++;
    this.opening = undefined;
    const ws = this.ws;
    this.ws = undefined;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close();
      } catch {
        // already closed
      }
    }
    this.poller?.abort();
    this.poller = undefined;
    this.inflight = false;
    for (const k of ["open", "grace", "stall", "poll", "ka"]) this.#timer(k);
  }

  #down() {
    this.#drop();
    this.#clearTimers();
    this.transport = undefined;
    this.s = undefined;
  }

  // The connection was lost: reconnect (now, when `planned`), through the policy.
  #lose(reason, planned = false) {
    if (this.state !== "connected") return;
    this.#set("reconnecting");
    this.#emit("reconnecting", { reason });
    this.#failPending("the connection was lost");
    this.#drop();
    this.lostAt = Date.now();
    this.attempt = 0;
    this.renewedOnce = false;
    if (planned) {
      this.#timer("reconnect", 0, () => this.#reconnect());
    } else {
      this.#schedule(reason);
    }
  }

  #schedule(reason) {
    this.attempt += 1;
    const policy = this.o.reconnectPolicy ?? (this.o.reconnectPolicy = exponentialBackoff());
    const delay = policy.nextDelay(this.attempt, Date.now() - this.lostAt, reason);
    if (delay === null || delay === undefined) {
      this.#down();
      this.#set("disconnected");
      this.#emit("disconnected", { reason: `reconnecting gave up (${reason})` });
      return;
    }
    // Offline: nothing is tried until the browser says it is online again.
    if (this.online) this.#timer("reconnect", delay, () => this.#reconnect());
  }

  /** The browser's network state (`navigator.onLine`): retries wait while offline. */
  setOnline(online) {
    if (this.online === online) return;
    this.online = online;
    this.#emit("network", { online });
    if (!online) return this.#timer("reconnect");
    if (this.state === "reconnecting" && !this.reconnecting) {
      this.lostAt = Date.now();
      this.attempt = 0;
      this.#timer("reconnect", 0, () => this.#reconnect());
    }
  }

  // One attempt: the same connection within the reconnect window, else a new one.
  async #reconnect() {
    if (this.state !== "reconnecting" || this.reconnecting) return;
    this.reconnecting = true;
    const s = this.s;
    const inWindow = s && Date.now() < s.last + s.n.disconnect + (s.n.keepAlive ?? 0);
    try {
      if (s && s.resumable && inWindow && this.transport) {
        // The client's current token (renewed by it when due).
        await this.#token();
        const restored = Boolean(s.groups);
        try {
          await this.#open(this.transport, "reconnect");
        } catch (e) {
          // A refused WebSocket says nothing of why: ask the server over HTTP. A refused
          // token (401) is renewed; a server that answers but took no reconnect (it was
          // restarted, or forgot the connection) gets a new connection at once.
          if (e?.status === undefined && this.transport === "webSockets") {
            await this.#http("GET", signalrUrl(this.o.server, "ping", {}, this.token));
            s.resumable = false;
            this.#drop();
            return this.#timer("reconnect", 0, () => this.#reconnect());
          }
          throw e;
        }
        if (this.state !== "reconnecting") return;
        this.#connected(restored);
      } else {
        this.s = undefined;
        await this.#connect();
      }
    } catch (e) {
      if (this.state !== "reconnecting") return;
      this.#drop();
      const status = e?.status;
      if ((status === 400 || status === 404 || status === 410) && this.s) this.s.resumable = false;
      // The first refusal of a token in an outage is retried at once with a new one (the
      // server is up; its token store was the problem); later ones wait like any failure.
      if ((status === 401 || status === 403) && !this.renewedOnce) {
        this.renewedOnce = true;
        return this.#timer("reconnect", 0, () => this.#reconnect());
      }
      this.#schedule(status === 401 || status === 403 ? "the token was refused" : `reconnect attempt failed: ${e?.message ?? e}`);
    } finally {
      this.reconnecting = false;
    }
  }

  /** Closes cleanly: abort sent, transport closed, pending invocations failed. */
  async stop() {
    if (this.state === "disconnected") return;
    const abort = this.leaveNow();
    this.#failPending("the connection was stopped");
    this.#down();
    this.#set("disconnected");
    this.#emit("disconnected", { reason: "stopped" });
    await abort;
  }

  /**
   * Tells the server the connection ends (abort), without waiting for the answer: also
   * what a page that goes (pagehide) does. The server would forget it after its disconnect
   * timeout anyway, so a failure is ignored.
   */
  leaveNow() {
    const s = this.s;
    if (!s || !this.transport) return;
    const url = signalrUrl(this.o.server, "abort", { transport: this.transport, connectionToken: s.n.token }, this.token);
    try {
      return (this.o.fetch ?? globalThis.fetch)(url, { method: "POST", body: "", headers: FORM, keepalive: true, credentials: "omit" }).catch(() => {});
    } catch {
      // nothing more to do
    }
  }

  get connectionId() {
    return this.s?.n.id;
  }
}

// ---- micc-client/js/share.js
// One real-time connection per browser: tabs of one origin that watch the same server (and
// share key) elect a leader with Web Locks; the leader alone holds the SignalR connection,
// subscribes on the others' behalf and fans every event out over a BroadcastChannel.
//
// - Election: every tab queues for the lock `micc-realtime:<key>`; the holder leads until it
//   stops or its tab goes (the browser releases the lock), then the next in the queue leads,
//   connects, re-establishes every tab's subscriptions and takes snapshots.
// - A tab's liveness: each tab holds the lock `micc-tab:<id>` for its life; the leader queues
//   for it, and is granted it when that tab is gone, so a closed tab's subscriptions go too.
// - Where Web Locks or BroadcastChannel are missing (old browsers, Node, some partitioned
//   third-party iframes), `supported()` is false and each tab connects on its own.
//
// Messages are `{ v: 1, t, tab, ... }`; anything else on the channel is ignored.

const V = 1;

const supported = () =>
  typeof globalThis.BroadcastChannel === "function" && typeof globalThis.navigator?.locks?.request === "function";

const newId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;

class Share {
  /** `on`: { lead() → the tab leads now, message(m) → a message from another tab }. */
  constructor(key, on) {
    this.key = key;
    this.on = on;
    this.tab = newId();
    this.leading = false;
  }

  /** Joins: resolves `true` when this tab leads at once, `false` when it follows. */
  async join() {
    const locks = globalThis.navigator.locks;
    this.channel = new BroadcastChannel(`micc-realtime:${this.key}`);
    this.channel.onmessage = (e) => {
      const m = e.data;
      if (m && typeof m === "object" && m.v === V && typeof m.t === "string" && m.tab !== this.tab) this.on.message(m);
    };
    this.ended = new AbortController();
    let release;
    this.released = new Promise((r) => (release = r));
    this.release = release;
    locks.request(`micc-tab:${this.tab}`, { signal: this.ended.signal }, () => this.released).catch(() => {});
    // Lead at once if nobody does; otherwise queue for it. (The request itself settles
    // only when the lock is released: the answer comes from inside the callback.)
    const now = await new Promise((resolve) => {
      locks.request(`micc-realtime:${this.key}`, { ifAvailable: true }, (lock) => {
        if (!lock) return resolve(false);
        this.#lead();
        resolve(true);
        return this.released;
      }).catch(() => resolve(false));
    });
    if (!now) {
      locks.request(`micc-realtime:${this.key}`, { signal: this.ended.signal }, () => {
        this.#lead();
        return this.released;
      }).catch(() => {});
      return false;
    }
    return true;
  }

  #lead() {
    if (this.leading || this.ended.signal.aborted) return;
    this.leading = true;
    this.on.lead();
  }

  /** Tells every other tab. */
  post(t, body = {}) {
    try {
      this.channel?.postMessage({ v: V, t, tab: this.tab, ...body });
    } catch {
      // A closed channel (the tab is stopping).
    }
  }

  /** Calls `gone()` once tab `tab` has closed (or stopped sharing). */
  watch(tab, gone) {
    globalThis.navigator.locks
      .request(`micc-tab:${tab}`, { signal: this.ended.signal }, () => gone())
      .catch(() => {});
  }

  /** Leaves: the lock goes to the next tab. */
  leave() {
    this.post("bye");
    this.ended?.abort();
    this.release?.();
    this.channel?.close();
    this.channel = undefined;
    this.leading = false;
  }
}

// ---- micc-client/js/realtime.js
// `client.realtime`: typed, reference-counted subscriptions over one SignalR connection
// (signalr.js), with a REST snapshot after every (re)subscription, and REST polling as the
// fallback when no SignalR transport works. Payloads are converted with the models' table,
// as REST answers are (convert.js).
//
// Ordering (the Rust core's `ordering` rule): events and snapshot requests share one
// counter. Per key (queue, employee, agent, conversation), an event always applies and sets
// the key's version; a snapshot model applies only when its request is newer than the key's
// version. So a stale snapshot never overwrites a newer event.

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

class Realtime {
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

// ---- micc-widget/js/live_adapter.js
// The widget's side of micc-client's JavaScript real-time client (signalr.js + realtime.js,
// bundled before this file into js/live.js): one SignalR connection per widget store, and
// the store's REST requests (`RestLink`). Answers and payloads stay JavaScript objects
// (JSON.parse); Rust reads only the members it shows, through `pluck`, so no JSON decoder and
// no HTTP client are compiled into the wasm (crates/micc-widget/BENCHMARKS.md, size).
// Snapshots are the store's own REST polls: realtime.js asks for one (`rest`) once a monitor
// is in place, and the adapter only tells the store (`onSnapshot`) and answers nothing.

// A member of a wire object by name, in any case, as a string (JSON.NET writes PascalCase by
// default).
const member = (v, name) => {
  const m = field(v, name);
  return typeof m === "string" || typeof m === "number" ? String(m) : undefined;
};

// realtime.js matches and orders models by `id`, `name` and `reporting`; the payload
// itself travels untouched in `raw`.
const wrap = (v) => ({ id: member(v, "id"), name: member(v, "name"), reporting: member(v, "reporting"), raw: v });

// The embedder's auth (a token string, a callback, or nothing) as signalr.js asks for it
// (`until`: when to ask again).
async function tokenOf(auth) {
  const v = typeof auth === "function" ? await auth() : auth;
  if (typeof v === "string") return { token: v };
  if (v && typeof v.token === "string") {
    const s = Number(v.expiresIn);
    return { token: v.token, until: s > 0 ? Date.now() + Math.max(5, s - 30) * 1000 : undefined };
  }
  if (v === undefined || v === null) return { token: "" };
  throw new TypeError("the token callback must resolve to a string or {token, expiresIn}");
}

export class LiveLink {
  #rt;
  #stopped = false;
  #queues = new Map(); // queue key → unsubscribe
  #me;
  #onQueue;
  #onMe;

  /** `onState(state)`: realtime.js's states, and "failed" when it cannot start at all. The
   * token is the store's `RestLink`'s: one callback answer serves REST and SignalR. */
  constructor(server, rest, shareKey, onState, onQueue, onMe, onSnapshot) {
    // Rust frees its callbacks when the store goes: nothing is called after stop().
    const guard = (f) => (...a) => {
      if (!this.#stopped) f(...a);
    };
    const state = guard(onState);
    this.#onQueue = guard(onQueue);
    this.#onMe = guard(onMe);
    const snapshot = guard(onSnapshot);
    this.#rt = new Realtime({
      server,
      token: () => rest.token(),
      refused: (token) => rest.refused(token),
      rest: () => {
        snapshot();
        return Promise.resolve([]);
      },
      convert: wrap,
      // Its polling rounds are no-ops (the store polls); it keeps retrying real time.
      // Tabs share a connection per server and `shareKey` (share.js).
      options: { pollingMs: 5000, retryRealtimeMs: 30000, ...(shareKey ? { shareKey } : {}) },
    });
    this.#rt.onStateChange((s) => state(s));
    this.#rt.start().catch(() => state("failed"));
  }

  /** Queue state events for exactly these queue keys (ids, else reporting numbers or names). */
  setQueues(keys) {
    const want = new Set(keys);
    // New ones first, so a queue kept keeps its server-side monitor.
    for (const k of want) {
      if (!this.#queues.has(k)) this.#queues.set(k, this.#rt.onQueueState([k], (v) => this.#onQueue(v.raw)));
    }
    for (const [k, off] of this.#queues) {
      if (!want.has(k)) {
        off();
        this.#queues.delete(k);
      }
    }
  }

  /** The signed-in employee's state events, while `on`. */
  setMe(on) {
    if (on && !this.#me) this.#me = this.#rt.onMyState((v) => this.#onMe(v.raw));
    if (!on && this.#me) {
      this.#me();
      this.#me = undefined;
    }
  }

  /** The SignalR connection's id while connected (diagnostics). */
  get connectionId() {
    return this.#rt.connectionId;
  }

  stop() {
    this.#stopped = true;
    this.#rt.stop().catch(() => {});
  }
}

// ---- REST: the store's requests ----------------------------------------------------------

const API_BASE = "/miccsdk/api/v1";
const TIMEOUT_MS = 30000;
// Transient answers a GET is retried after (twice, waits 0.5 s and 1 s, or the server's
// Retry-After up to 10 s); anything else fails the request, and the store's loop backs off.
const TRANSIENT = new Set([429, 502, 503, 504]);
const RETRIES = 2;
const EXCERPT = 200;
const MAX_PAGES = 100;

// `text` without `secret` (redacted before it is cut, so a cut inside it cannot leak its
// start), at most EXCERPT characters.
function excerpt(text, secret) {
  let t = String(text ?? "");
  if (secret) t = t.split(secret).join("[redacted]");
  return t.length > EXCERPT ? t.slice(0, EXCERPT) + "…" : t;
}

const sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), reject(new Error("stopped"))), { once: true });
  });

// The key of member `name` (lower case) of `o` in any case, the exact name first (the wire's
// casing differs, wire-facts.md "JSON shape"); undefined when `o` has none or is no object.
function keyOf(o, name) {
  if (!o || typeof o !== "object" || Array.isArray(o)) return undefined;
  if (Object.hasOwn(o, name)) return name;
  return Object.keys(o).find((k) => k.toLowerCase() === name);
}

// A member by name in any case.
function field(o, name) {
  const k = keyOf(o, name);
  return k === undefined ? undefined : o[k];
}

// `$skip` and `$top` of a HAL `next` link; only these are taken from it (the link's host and
// path are the server's to choose, the token goes only where the widget was configured).
function nextPaging(href) {
  if (typeof href !== "string") return undefined;
  const q = new URLSearchParams(href.split("#")[0].split("?")[1] ?? "");
  const skip = Number(q.get("$skip"));
  const top = q.has("$top") ? Number(q.get("$top")) : undefined;
  if (!Number.isSafeInteger(skip) || skip < 0) return undefined;
  return { skip, top: Number.isSafeInteger(top) && top > 0 ? top : undefined };
}

export class RestLink {
  #base;
  #auth;
  #token; // { token, until } of a callback's last answer, until a 401 or `until`
  #stop = new AbortController();

  /** `server` is already normalised by the store (micc-client's `normalize_server`). */
  constructor(server, auth) {
    this.#base = server + API_BASE;
    this.#auth = auth;
  }

  async #bearer(fresh) {
    if (typeof this.#auth !== "function") return (await tokenOf(this.#auth)).token;
    const t = this.#token;
    if (!fresh && t && (t.until === undefined || Date.now() < t.until)) return t.token;
    this.#token = await tokenOf(this.#auth);
    return this.#token.token;
  }

  // One exchange: the status, the body's text and Retry-After, within TIMEOUT_MS (headers
  // and body) or until the store stops. Rejects with an Error: no answer at all.
  async #exchange(method, path, body, token) {
    const headers = { Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const one = new AbortController();
    const stop = () => one.abort();
    const signal = this.#stop.signal;
    signal.addEventListener("abort", stop, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), one.abort()), TIMEOUT_MS);
    try {
      const r = await fetch(this.#base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "omit",
        signal: one.signal,
      });
      return { status: r.status, text: await r.text(), retryAfter: r.headers.get("Retry-After") };
    } catch (e) {
      throw new Error(timedOut ? `no answer within ${TIMEOUT_MS} ms` : `network error: ${excerpt(e?.message ?? e, token)}`);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", stop);
    }
  }

  // One request until it succeeds or fails for good: a 401 renews a callback's token once;
  // transient failures of a GET are retried. Resolves with the body's text; rejects with the
  // message the panel shows (a string).
  async #send(method, path, body) {
    const signal = this.#stop.signal;
    let renewed = false;
    for (let attempt = 0; ; attempt++) {
      if (signal.aborted) throw "stopped";
      let token;
      try {
        token = await this.#bearer(false);
      } catch (e) {
        throw `authentication failed: ${excerpt(e?.message ?? e)}`;
      }
      let r;
      try {
        r = await this.#exchange(method, path, body, token);
      } catch (e) {
        if (signal.aborted) throw "stopped";
        if (method === "GET" && attempt < RETRIES) {
          await sleep(500 << attempt, signal);
          continue;
        }
        throw e.message;
      }
      if (r.status >= 200 && r.status < 300) return r.text;
      if (r.status === 401 && typeof this.#auth === "function" && !renewed) {
        renewed = true;
        this.#token = undefined;
        attempt--;
        continue;
      }
      if (r.status === 401) {
        throw typeof this.#auth === "function"
          ? "authentication failed: the server refused a freshly renewed token (401)"
          : "authentication failed: the server refused the token (401) and these credentials cannot renew it";
      }
      // A PUT is retried only where the server says it did not act on it.
      if (TRANSIENT.has(r.status) && (method === "GET" || r.status === 429 || r.status === 503) && attempt < RETRIES) {
        const after = Number(r.retryAfter);
        await sleep(r.retryAfter && after >= 0 && after <= 10 ? after * 1000 : 500 << attempt, signal);
        continue;
      }
      throw `HTTP ${r.status}: ${excerpt(r.text, token)}`;
    }
  }

  async #json(path) {
    const text = await this.#send("GET", path);
    try {
      return JSON.parse(text);
    } catch {
      throw `cannot decode the answer: not JSON (body starts: ${excerpt(text)})`;
    }
  }

  /** The token for the store's SignalR connection, `{token, until}`: the one requests use. */
  async token() {
    const token = await this.#bearer(false);
    return { token, until: typeof this.#auth === "function" ? this.#token?.until : undefined };
  }

  /** SignalR refused `token`: the next request or connection asks the callback again. */
  refused(token) {
    if (this.#token?.token === token) this.#token = undefined;
  }

  /** The answer of GET `path`, parsed. */
  get(path) {
    return this.#json(path);
  }

  /** The items of a HAL collection (or a bare array), every page up to `max` items. */
  async items(path, max) {
    const out = [];
    let url = path;
    for (let page = 0; page < MAX_PAGES; page++) {
      const v = await this.#json(url);
      const items = Array.isArray(v) ? v : field(field(v, "_embedded"), "items");
      if (!Array.isArray(items)) {
        if (v && typeof v === "object" && !Array.isArray(v) && field(v, "_embedded") === undefined) return out;
        throw "cannot decode the answer: no _embedded.items";
      }
      for (const x of items) if (out.length < max) out.push(x);
      const next = Array.isArray(v) ? undefined : nextPaging(field(field(field(v, "_links"), "next"), "href"));
      if (!next || items.length === 0 || out.length >= max || next.skip < out.length) return out;
      url = `${path}?$skip=${next.skip}` + (next.top ? `&$top=${next.top}` : "");
    }
    return out;
  }

  /** PUT `body` (a plain object) to `path`; resolves on any 2xx, whatever its body. */
  async put(path, body) {
    await this.#send("PUT", path, body);
  }

  /** Aborts every request in flight; the store is gone. */
  stop() {
    this.#stop.abort();
  }
}

// What Rust reads of a list of wire objects: for each object, the value at each path, in one
// flat array (`paths.length` values per object). A path is a kind letter, `:`, and
// lower-case member names joined by `.`, looked up in any case. Kinds: `s` a string (a
// number is written as one), `t` a text only (a TimeSpan or a date-time: a bare number would
// read as days), `i` an integer, `f` a finite number (both also from a numeric string), `b`
// a boolean, `a` an array of strings, `e` an enum (a name, or an integer).
// Anything else is `null`: Rust never sees a value of another type than it asked for.
export function pluck(items, paths) {
  // Each member's spelling as the last object had it: the objects of one answer share their
  // keys, so the case-insensitive search runs once per member, not once per object.
  const plan = paths.split(",").map((p) => [p[0], p.slice(2).split(".").map((name) => ({ name, seen: name }))]);
  const out = [];
  for (const item of Array.isArray(items) ? items : []) {
    for (const [kind, names] of plan) {
      let v = item;
      for (const n of names) v = spelled(v, n);
      out.push(typed(kind, v));
    }
  }
  return out;
}

// `field`, trying the spelling found last time first.
function spelled(o, n) {
  if (o && typeof o === "object" && !Array.isArray(o) && Object.hasOwn(o, n.seen)) return o[n.seen];
  const k = keyOf(o, n.name);
  if (k === undefined) return undefined;
  n.seen = k;
  return o[k];
}

function typed(kind, v) {
  const num = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  switch (kind) {
    case "s":
      return typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : null;
    case "t":
      return typeof v === "string" ? v : null;
    case "i":
      return Number.isSafeInteger(num) ? num : null;
    case "f":
      return Number.isFinite(num) ? num : null;
    case "b":
      return typeof v === "boolean" ? v : v === "true" ? true : v === "false" ? false : null;
    case "a":
      return Array.isArray(v) ? v.filter((x) => typeof x === "string") : null;
    case "e":
      return typeof v === "string" ? v : Number.isSafeInteger(v) ? v : null;
    default:
      return null;
  }
}
