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

export const supported = () =>
  typeof globalThis.BroadcastChannel === "function" && typeof globalThis.navigator?.locks?.request === "function";

const newId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;

export class Share {
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
