// The JavaScript SignalR client's codecs and machine (crates/micc-client/js/signalr.js) on
// their own: the frames captured from micc-sim that the Rust core's tests read too
// (crates/micc-client/tests/fixtures/signalr/), the URLs, the invocation text, the backoff,
// hostile input, and the keep-alive and ladder rules driven by fake transports and clocks.
import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/sim.mjs";

const { parseFrame, parseNegotiate, signalrUrl, invocationText, exponentialBackoff, SignalrConnection } =
  await import(path.join(ROOT, "crates/micc-client/js/signalr.js"));

const FIXTURES = path.join(ROOT, "crates/micc-client/tests/fixtures/signalr");
const lines = (name) => readFileSync(path.join(FIXTURES, name), "utf8").split("\n").filter((l) => l !== "");

test("captured WebSocket frames: init, monitor answers with groups tokens, results, an error, events, keep-alives", () => {
  const frames = lines("ws-frames.jsonl").map(parseFrame);
  assert.equal(frames[0].persistent.init, true);
  assert.equal(frames[0].persistent.cursor, "d-1-B,0");
  const results = frames.filter((f) => f?.hub && "I" in f.hub);
  assert.ok(results.length >= 4);
  assert.ok(results.some((r) => typeof r.hub.E === "string"), "the unknown method's error");
  const groups = frames.filter((f) => f?.persistent?.groups);
  assert.ok(groups.length >= 3, "a groups token after each monitor");
  const calls = frames.flatMap((f) => f?.persistent?.messages ?? []);
  const names = new Set(calls.map((m) => `${m.H}.${m.M}`));
  for (const n of ["queueHub.queueStateChanged", "employeeHub.employeeStateChanged", "agentHub.onAgentStateChanged"]) {
    assert.ok(names.has(n), `${n} in ${[...names]}`);
  }
  assert.ok(frames.includes(null), "a keep-alive");
});

test("captured long-polling bodies, and the negotiate answer", () => {
  const frames = lines("lp-frames.jsonl").map(parseFrame);
  assert.equal(frames[0].persistent.init, true);
  assert.ok(frames.some((f) => f?.persistent?.groups));
  assert.equal(parseFrame(" "), null, "the long-polling keep-alive");
  assert.equal(parseFrame(""), null);
  const n = parseNegotiate(readFileSync(path.join(FIXTURES, "negotiate.json"), "utf8"));
  assert.equal(n.keepAlive, 20000);
  assert.equal(n.disconnect, 30000);
  assert.equal(n.connection, 110000);
  assert.equal(n.connectTimeout, 5000);
  assert.equal(n.tryWebSockets, true);
  assert.throws(() => parseNegotiate(JSON.stringify({ ...JSON.parse(readFileSync(path.join(FIXTURES, "negotiate.json"), "utf8")), ProtocolVersion: "1.3" })), /protocol/);
  assert.throws(() => parseNegotiate("{}"), /negotiate/);
});

test("frame members: cursor, groups token, reconnect and disconnect flags, long-poll delay", () => {
  const p = parseFrame('{"C":"c1","G":"g1","T":1,"L":250,"M":[{"H":"h","M":"m","A":[1]}]}').persistent;
  assert.deepEqual([p.cursor, p.groups, p.reconnect, p.disconnect, p.longPollDelay, p.messages.length], ["c1", "g1", true, false, 250, 1]);
  assert.equal(parseFrame('{"D":1}').persistent.disconnect, true);
  assert.equal(parseFrame('{"L":-5}').persistent.longPollDelay, undefined, "a negative delay is ignored");
  assert.equal(parseFrame('{"I":"3","R":true}').hub.R, true);
  assert.throws(() => parseFrame('{"C":"c","M":{}}'), /M is not an array/);
  assert.throws(() => parseFrame("[1]"), /expected an object/);
});

test("URLs as the Rust core writes them: endpoint, query order, wss for WebSocket connects, the token in sessionid", () => {
  assert.equal(
    signalrUrl("https://micc.example.com/", "negotiate", {}, "abc.def"),
    "https://micc.example.com/miccsdk/signalr/negotiate?clientProtocol=1.5" +
      "&connectionData=%5B%7B%22name%22%3A%22queuehub%22%7D%2C%7B%22name%22%3A%22employeehub%22%7D%2C%7B%22name%22%3A%22agenthub%22%7D%5D" +
      "&sessionid=Bearer%20abc.def",
  );
  const p = { transport: "webSockets", connectionToken: "AQ+/x==", messageId: "d-1,0|A,5", groupsToken: "g+/=", tid: 7 };
  const connect = signalrUrl("https://micc.example.com", "reconnect", p, "t");
  assert.ok(connect.startsWith("wss://micc.example.com/miccsdk/signalr/reconnect?transport=webSockets&clientProtocol=1.5&connectionToken=AQ%2B%2Fx%3D%3D&messageId=d-1%2C0%7CA%2C5&groupsToken=g%2B%2F%3D&connectionData="), connect);
  assert.ok(connect.endsWith("&tid=7&sessionid=Bearer%20t"), connect);
  assert.ok(!signalrUrl("http://h", "ping", {}, "t").includes("connectionData"));
  assert.ok(signalrUrl("http://h:1/prefix", "poll", { transport: "longPolling" }, "t").startsWith("http://h:1/prefix/miccsdk/signalr/poll?transport=longPolling&"));
});

test("invocations: H, M, A, I in the jQuery client's order, the hub in lower case, state only when there is some", () => {
  assert.equal(invocationText("queueHub", "addStateMonitor", [["Sales"]], 3), '{"H":"queuehub","M":"addStateMonitor","A":[["Sales"]],"I":"3"}');
  assert.equal(invocationText("h", "m", [], 0, { a: 1 }), '{"H":"h","M":"m","A":[],"I":"0","S":{"a":1}}');
  assert.equal(invocationText("h", "m", [], 0, {}), '{"H":"h","M":"m","A":[],"I":"0"}');
});

test("backoff: the first retry at once, then full jitter under a doubling ceiling, capped; limits give up", () => {
  const top = exponentialBackoff({ random: () => 0.999999, baseMs: 1000, capMs: 8000 });
  assert.deepEqual([1, 2, 3, 4, 5, 9].map((n) => top.nextDelay(n, 0)), [0, 1999, 3999, 7999, 7999, 7999]);
  const low = exponentialBackoff({ random: () => 0 });
  assert.equal(low.nextDelay(3, 0), 0);
  const limited = exponentialBackoff({ maxAttempts: 2, maxElapsedMs: 10000 });
  assert.equal(limited.nextDelay(3, 0), null);
  assert.equal(limited.nextDelay(2, 10000), null);
  assert.notEqual(limited.nextDelay(2, 9999), null);
});

test("hostile input: every byte sequence is a frame, a keep-alive or an Error, never anything else", () => {
  const samples = ["{", "}", "null", "1e999", '"x"', "{\"M\":[null,1,\"s\",{}]}", "{\"C\":{}}", "\ufeff{}", "{\"I\":null}",
    "[".repeat(10000), '{"a":'.repeat(5000), "x".repeat(5 << 20)];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 2000; i++) {
    const len = Math.floor(rnd() * 40);
    samples.push(Array.from({ length: len }, () => String.fromCharCode(Math.floor(rnd() * 128))).join(""));
  }
  for (const s of samples) {
    try {
      const f = parseFrame(s);
      assert.ok(f === null || typeof f === "object");
    } catch (e) {
      assert.ok(e instanceof Error, `${typeof e} for ${JSON.stringify(s.slice(0, 40))}`);
    }
  }
});

/** A fake server behind fetch and WebSocket: negotiate, connect, start as SignalR answers them. */
function fakeServer({ keepAlive = 3, refuseSocket = false } = {}) {
  const seen = [];
  const sockets = [];
  const fetch = async (url) => {
    seen.push(url);
    const endpoint = new URL(url).pathname.split("/").pop();
    const body = {
      negotiate: JSON.stringify({ ConnectionToken: "ct", ConnectionId: "cid", KeepAliveTimeout: keepAlive, DisconnectTimeout: 30, ConnectionTimeout: 110, TryWebSockets: true, ProtocolVersion: "1.5", TransportConnectTimeout: 5 }),
      start: '{"Response":"started"}',
      connect: '{"C":"c0","S":1,"M":[]}',
      poll: '{"C":"c1","M":[]}',
      abort: "",
    }[endpoint];
    return { status: 200, text: async () => body ?? "" };
  };
  class FakeSocket {
    constructor(url) {
      this.url = url;
      seen.push(url);
      sockets.push(this);
      queueMicrotask(() => {
        if (refuseSocket) return this.onerror?.({});
        this.onopen?.();
        this.onmessage?.({ data: '{"C":"c0","S":1,"M":[]}' });
      });
    }
    send() {}
    close() {
      this.closed = true;
    }
  }
  return { seen, sockets, fetch, WebSocket: FakeSocket };
}

const connection = (server, extra = {}) => {
  const events = [];
  const conn = new SignalrConnection({
    server: "http://micc.test",
    token: async () => ({ token: "tok" }),
    fetch: server.fetch,
    WebSocket: server.WebSocket,
    onEvent: (type, detail) => events.push([type, detail]),
    ...extra,
  });
  return { conn, events };
};

test("keep-alive: a slow-connection warning at two thirds of the timeout, loss at the timeout", async () => {
  mock.timers.enable({ apis: ["setTimeout", "Date"] });
  try {
    const server = fakeServer({ keepAlive: 3 });
    const { conn, events } = connection(server, { reconnectPolicy: { nextDelay: () => 60000 } });
    const started = conn.start();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await started;
    assert.equal(conn.state, "connected");
    assert.equal(conn.transport, "webSockets");
    mock.timers.tick(1999);
    assert.ok(!events.some(([t]) => t === "slow"));
    mock.timers.tick(1);
    assert.ok(events.some(([t]) => t === "slow"), "warned at 2 s of 3");
    assert.equal(conn.state, "connected");
    mock.timers.tick(1000);
    assert.equal(conn.state, "reconnecting", "lost at 3 s");
    assert.ok(events.some(([t, d]) => t === "reconnecting" && /keep-alive/.test(d.reason)));
    await conn.stop();
  } finally {
    mock.timers.reset();
  }
});

test("a message resets the keep-alive: no loss while the server speaks", async () => {
  mock.timers.enable({ apis: ["setTimeout", "Date"] });
  try {
    const server = fakeServer({ keepAlive: 3 });
    const { conn } = connection(server);
    const started = conn.start();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    await started;
    for (let i = 0; i < 5; i++) {
      mock.timers.tick(1500);
      server.sockets.at(-1).onmessage({ data: "{}" });
    }
    assert.equal(conn.state, "connected");
    await conn.stop();
  } finally {
    mock.timers.reset();
  }
});

test("the ladder: a refused WebSocket falls back to long polling, reported", async () => {
  const server = fakeServer({ refuseSocket: true });
  const { conn, events } = connection(server);
  await conn.start();
  assert.equal(conn.transport, "longPolling");
  const fallback = events.find(([t]) => t === "fallback");
  assert.deepEqual([fallback[1].from, fallback[1].to], ["webSockets", "longPolling"]);
  assert.ok(server.seen.some((u) => u.includes("/connect?transport=longPolling")));
  await conn.stop();
  assert.ok(server.seen.some((u) => u.includes("/abort?transport=longPolling&clientProtocol=1.5&connectionToken=ct")));
});

test("a reconnect sends back the cursor and the groups token", async () => {
  const server = fakeServer();
  const { conn, events } = connection(server, { reconnectPolicy: { nextDelay: () => 0 } });
  await conn.start();
  const ws = server.sockets.at(-1);
  ws.onmessage({ data: '{"C":"c9","G":"grp","M":[]}' });
  ws.onclose({ code: 1006 });
  await new Promise((r) => setTimeout(r, 20));
  const again = server.sockets.at(-1);
  assert.notEqual(again, ws);
  assert.match(again.url, /\/reconnect\?transport=webSockets&clientProtocol=1\.5&connectionToken=ct&messageId=c9&groupsToken=grp&/);
  assert.equal(conn.state, "connected");
  const back = events.findLast(([t]) => t === "connected");
  assert.deepEqual([back[1].restored, back[1].reconnect], [true, true]);
  await conn.stop();
});

test("stop() fails pending invocations and sends the abort; invoking while not connected is refused", async () => {
  const server = fakeServer();
  const { conn } = connection(server);
  await assert.rejects(conn.invoke("queueHub", "addStateMonitor", [["Sales"]]), /not connected/);
  await conn.start();
  const pending = conn.invoke("queueHub", "addStateMonitor", [["Sales"]]);
  await conn.stop();
  await assert.rejects(pending, /stopped/);
  assert.equal(conn.state, "disconnected");
  assert.ok(server.seen.some((u) => u.includes("/abort?transport=webSockets&clientProtocol=1.5&connectionToken=ct")));
  assert.ok(server.sockets.at(-1).closed, "the WebSocket is closed");
});

test("an invocation's result and a hub error reach the caller", async () => {
  const server = fakeServer();
  const { conn } = connection(server);
  await conn.start();
  const ws = server.sockets.at(-1);
  const ok = conn.invoke("queueHub", "addStateMonitor", [["Sales"]]);
  const bad = conn.invoke("queueHub", "noSuchMethod", []);
  ws.onmessage({ data: '{"I":"0","R":true}' });
  ws.onmessage({ data: '{"I":"1","E":"There was an error invoking Hub method","H":true}' });
  assert.equal(await ok, true);
  await assert.rejects(bad, (e) => e.hubException === true && /error invoking/.test(e.message));
  await conn.stop();
});

test("offline: reconnect attempts wait until the browser is online, then one is made at once", async () => {
  const server = fakeServer();
  const { conn, events } = connection(server, { reconnectPolicy: { nextDelay: () => 50 } });
  await conn.start();
  conn.setOnline(false);
  assert.ok(events.some(([t, d]) => t === "network" && d.online === false));
  const before = server.sockets.length;
  server.sockets.at(-1).onclose({ code: 1006 });
  assert.equal(conn.state, "reconnecting");
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(server.sockets.length, before, "no attempt while offline");
  conn.setOnline(true);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(server.sockets.length, before + 1, "one attempt as soon as online");
  assert.equal(conn.state, "connected");
  await conn.stop();
});
