// The widget's side of micc-client's JavaScript real-time client (signalr.js + realtime.js,
// bundled before this file into js/live.js): one SignalR connection per widget store.
// Payloads go to Rust as JSON text (decoded there by micc-client's decoder, as REST answers
// are). Snapshots are the store's own REST polls: realtime.js asks for one (`rest`) once a
// monitor is in place, and the adapter only tells the store (`onSnapshot`) and answers nothing.

// A member of a wire object by name, in any case (JSON.NET writes PascalCase by default).
const member = (v, name) => {
  if (!v || typeof v !== "object") return undefined;
  const k = Object.keys(v).find((key) => key.toLowerCase() === name);
  const m = k === undefined ? undefined : v[k];
  return typeof m === "string" || typeof m === "number" ? String(m) : undefined;
};

// realtime.js matches and orders models by `id`, `name` and `reporting`; the payload
// itself travels untouched in `raw`.
const wrap = (v) => ({ id: member(v, "id"), name: member(v, "name"), reporting: member(v, "reporting"), raw: v });

// The embedder's auth (a token string, a callback, or nothing) as signalr.js asks for it.
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

  /** `onState(state)`: realtime.js's states, and "failed" when it cannot start at all. */
  constructor(server, auth, onState, onQueue, onMe, onSnapshot) {
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
      token: () => tokenOf(auth),
      rest: () => {
        snapshot();
        return Promise.resolve([]);
      },
      convert: wrap,
      // Its polling rounds are no-ops (the store polls); it keeps retrying real time.
      options: { pollingMs: 5000, retryRealtimeMs: 30000 },
    });
    this.#rt.onStateChange((s) => state(s));
    this.#rt.start().catch(() => state("failed"));
  }

  /** Queue state events for exactly these queue keys (ids, else reporting numbers or names). */
  setQueues(keys) {
    const want = new Set(keys);
    // New ones first, so a queue kept keeps its server-side monitor.
    for (const k of want) {
      if (!this.#queues.has(k)) this.#queues.set(k, this.#rt.onQueueState([k], (v) => this.#onQueue(JSON.stringify(v.raw))));
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
    if (on && !this.#me) this.#me = this.#rt.onMyState((v) => this.#onMe(JSON.stringify(v.raw)));
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
