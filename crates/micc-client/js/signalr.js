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
export function exponentialBackoff({ baseMs = 1000, capMs = 30000, maxElapsedMs, maxAttempts, random = Math.random } = {}) {
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
export function parseNegotiate(text) {
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
export function parseFrame(text) {
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
export function invocationText(hub, method, args, id, state) {
  const S = state && Object.keys(state).length ? `,"S":${JSON.stringify(state)}` : "";
  return `{"H":${JSON.stringify(hub.toLowerCase())},"M":${JSON.stringify(method)},"A":${JSON.stringify(args)},"I":${JSON.stringify(String(id))}${S}}`;
}

/** The URL of `endpoint`; `p`: transport, connectionToken, messageId, groupsToken, tid. */
export function signalrUrl(server, endpoint, p, token) {
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
export class SignalrConnection {
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
