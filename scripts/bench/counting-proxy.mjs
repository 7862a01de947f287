// A TCP proxy in front of the simulator that counts what one page puts on the wire: bytes in
// each direction (TCP payload: HTTP request and response heads and bodies, WebSocket frames
// with their framing), HTTP requests by method (CORS preflights included, a WebSocket upgrade
// is one GET) and WebSocket messages each way. It forwards bytes unchanged, so the page sees
// the simulator as it is; each page gets its own proxy, so the counts are that page's alone.
import net from "node:net";

const HEAD_END = Buffer.from("\r\n\r\n");
// A head larger than this is not HTTP we understand: stop parsing, keep counting bytes.
const MAX_HEAD = 64 * 1024;

/** Counts WebSocket frames in a byte stream (RFC 6455 framing, masked or not). */
class FrameCounter {
  #buf = Buffer.alloc(0);
  #skip = 0;
  constructor(onMessage) {
    this.onMessage = onMessage;
  }
  push(chunk) {
    if (this.#skip >= chunk.length) {
      this.#skip -= chunk.length;
      return;
    }
    this.#buf = Buffer.concat([this.#buf, chunk.subarray(this.#skip)]);
    this.#skip = 0;
    for (;;) {
      const b = this.#buf;
      if (b.length < 2) return;
      const fin = (b[0] & 0x80) !== 0;
      const opcode = b[0] & 0x0f;
      let len = b[1] & 0x7f;
      let at = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        at = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        len = Number(b.readBigUInt64BE(2));
        at = 10;
      }
      if (b[1] & 0x80) at += 4;
      if (b.length < at) return;
      // Data frames that end a message (text, binary or the last continuation).
      if (fin && opcode <= 2) this.onMessage();
      const total = at + len;
      if (b.length >= total) {
        this.#buf = b.subarray(total);
      } else {
        this.#skip = total - b.length;
        this.#buf = Buffer.alloc(0);
        return;
      }
    }
  }
}

/** Parses the client's side of one connection: HTTP/1.1 requests, then WebSocket frames after an upgrade. */
class UpstreamParser {
  #buf = Buffer.alloc(0);
  #body = 0;
  #frames;
  #gaveUp = false;
  constructor(counts, onUpgrade) {
    this.counts = counts;
    this.onUpgrade = onUpgrade;
  }
  push(chunk) {
    if (this.#gaveUp) return;
    if (this.#frames) return this.#frames.push(chunk);
    if (this.#body >= chunk.length) {
      this.#body -= chunk.length;
      return;
    }
    this.#buf = Buffer.concat([this.#buf, chunk.subarray(this.#body)]);
    this.#body = 0;
    for (;;) {
      const end = this.#buf.indexOf(HEAD_END);
      if (end < 0) {
        if (this.#buf.length > MAX_HEAD) this.#gaveUp = true;
        return;
      }
      const head = this.#buf.subarray(0, end).toString("latin1");
      const rest = this.#buf.subarray(end + 4);
      const method = head.slice(0, head.indexOf(" "));
      this.counts.requests += 1;
      this.counts.byMethod[method] = (this.counts.byMethod[method] ?? 0) + 1;
      const header = (name) => head.match(new RegExp(`\\r\\n${name}:[ \\t]*([^\\r]*)`, "i"))?.[1];
      if (/websocket/i.test(header("upgrade") ?? "")) {
        this.counts.wsUpgrades += 1;
        this.#frames = new FrameCounter(() => (this.counts.wsMessagesUp += 1));
        this.onUpgrade();
        this.#buf = Buffer.alloc(0);
        if (rest.length) this.#frames.push(rest);
        return;
      }
      const length = Number(header("content-length") ?? 0) || 0;
      if (rest.length >= length) {
        this.#buf = rest.subarray(length);
      } else {
        this.#body = length - rest.length;
        this.#buf = Buffer.alloc(0);
        return;
      }
    }
  }
}

/** The server's side after an upgrade: the 101 head, then frames. */
class DownstreamParser {
  #buf = Buffer.alloc(0);
  #frames;
  #active = false;
  constructor(counts) {
    this.counts = counts;
  }
  upgrade() {
    this.#active = true;
  }
  push(chunk) {
    if (!this.#active) return;
    if (this.#frames) return this.#frames.push(chunk);
    this.#buf = Buffer.concat([this.#buf, chunk]);
    const end = this.#buf.indexOf(HEAD_END);
    if (end < 0) return;
    this.#frames = new FrameCounter(() => (this.counts.wsMessagesDown += 1));
    const rest = this.#buf.subarray(end + 4);
    this.#buf = Buffer.alloc(0);
    if (rest.length) this.#frames.push(rest);
  }
}

const zero = () => ({
  connections: 0,
  requests: 0,
  byMethod: {},
  wsUpgrades: 0,
  wsMessagesUp: 0,
  wsMessagesDown: 0,
  bytesUp: 0,
  bytesDown: 0,
});

/**
 * Starts a proxy on 127.0.0.1 (free port) to `target` ("http://127.0.0.1:PORT"). Resolves to
 * { url, counts() (a copy), stop() }.
 */
export async function startCountingProxy(target) {
  const { hostname, port } = new URL(target);
  const counts = zero();
  const sockets = new Set();
  const server = net.createServer((client) => {
    counts.connections += 1;
    const upstream = net.connect({ host: hostname, port: Number(port) });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    const down = new DownstreamParser(counts);
    const up = new UpstreamParser(counts, () => down.upgrade());
    client.on("data", (d) => {
      counts.bytesUp += d.length;
      up.push(d);
      upstream.write(d);
    });
    upstream.on("data", (d) => {
      counts.bytesDown += d.length;
      down.push(d);
      client.write(d);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    counts: () => structuredClone(counts),
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** b - a for two counts() copies. */
export function diff(a, b) {
  const out = zero();
  for (const k of Object.keys(out)) if (typeof out[k] === "number") out[k] = b[k] - a[k];
  for (const m of new Set([...Object.keys(a.byMethod), ...Object.keys(b.byMethod)])) {
    out.byMethod[m] = (b.byMethod[m] ?? 0) - (a.byMethod[m] ?? 0);
  }
  return out;
}
