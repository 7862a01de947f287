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
