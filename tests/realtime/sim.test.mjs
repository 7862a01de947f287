// `client.realtime` of the built package (Node entry) against micc-sim: what a page hears
// over WebSockets and long polling, and how it comes back after drops, a simulator restart,
// token renewal and refused transports. Node 20 runs with --experimental-websocket (the
// browser suite covers the same API in Chromium, cross-origin).
import { test } from "node:test";
import assert from "node:assert/strict";
import { startSim } from "../support/sim.mjs";
import { pkg, SUPERVISOR, waitFor, admin, connections, recordStates, stable } from "./support.mjs";

const { MiccClient } = pkg;

// A frozen world: the only changes are the ones a test makes.
const FROZEN = ["--speed", "0"];

// Every real-time channel a test made: stopped at its end, also when it failed.
const live = new Set();

async function withSim(args, f) {
  const sim = await startSim(args);
  try {
    await f(sim);
  } finally {
    await Promise.all([...live].map((rt) => rt.stop()));
    live.clear();
    await sim.stop();
  }
}

function clientOf(sim, realtime) {
  const client = new MiccClient({ server: sim.url, auth: SUPERVISOR, realtime });
  return {
    queues: () => client.queues(),
    employees: () => client.employees(),
    get realtime() {
      live.add(client.realtime);
      return client.realtime;
    },
  };
}

/** The REST view of a queue, read by another client. */
const restQueue = (sim, id) => clientOf(sim).queues().state(id);

/** Subscribes `rt` to queue `key`, keeping the last state heard. */
function lastStateOf(rt, key) {
  const box = { last: undefined, events: 0, snapshots: 0, names: new Set() };
  box.off = rt.onQueueState([key], (q, meta) => {
    box.last = q;
    box.names.add(q.name);
    if (meta.snapshot) box.snapshots++;
    else box.events++;
  });
  return box;
}

test("over WebSockets: a snapshot, then events of the subscribed queue only; unsubscribing removes the monitor", async () => {
  await withSim(FROZEN, async (sim) => {
    const rt = clientOf(sim).realtime;
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    assert.equal(rt.state, "connected");
    assert.equal(rt.transport, "webSockets");
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    assert.deepEqual(stable(sales.last), stable(await restQueue(sim, "Sales")));

    // A change of the subscribed queue arrives as an event; one of another queue does not.
    await admin(sim, "POST", "queues/Support/dnd", { on: true });
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => sales.last?.isInDoNotDisturb === true, 5000, "the Sales event");
    assert.ok(sales.events >= 1);
    assert.deepEqual([...sales.names], ["Sales"]);

    const [conn] = await connections(sim);
    assert.equal(conn.connectionId, rt.connectionId);
    assert.deepEqual(conn.queueStateMonitors, [sales.last.id]);
    sales.off();
    await waitFor(async () => (await connections(sim))[0].queueStateMonitors.length === 0, 5000, "the monitor to go");
    assert.equal(rt.subscribers("queueState", "Sales"), 0);
    await rt.stop();
    assert.equal(rt.state, "disconnected");
    await waitFor(async () => (await connections(sim)).length === 0, 5000, "the abort to end the connection");
  });
});

test("reference counting: the monitor stays while one subscriber is left", async () => {
  await withSim(FROZEN, async (sim) => {
    const rt = clientOf(sim).realtime;
    await rt.start();
    const a = lastStateOf(rt, "Sales");
    const b = lastStateOf(rt, "sales");
    assert.equal(rt.subscribers("queueState", "Sales"), 2);
    await waitFor(async () => (await connections(sim))[0]?.queueStateMonitors.length === 1, 5000, "the monitor");
    a.off();
    a.off(); // twice: nothing more
    assert.equal(rt.subscribers("queueState", "Sales"), 1);
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => b.last?.isInDoNotDisturb === true, 5000, "the event for the subscriber left");
    assert.equal((await connections(sim))[0].queueStateMonitors.length, 1);
    await rt.stop();
  });
});

test("my state: addSelfMonitor, a snapshot, then my presence changes", async () => {
  await withSim(FROZEN, async (sim) => {
    const rt = clientOf(sim).realtime;
    const mine = [];
    const agents = [];
    rt.onMyState((e, meta) => mine.push([e, meta.snapshot]));
    rt.onAgentState((a) => agents.push(a));
    await rt.start();
    await waitFor(() => mine.length === 1, 5000, "my snapshot");
    assert.equal(mine[0][1], true);
    await admin(sim, "POST", "employees/supervisor/state", { presence: "Busy", reason: "Lunch" });
    await waitFor(() => mine.some(([, snap]) => !snap), 5000, "my state event");
    const me = await clientOf(sim).employees().me().state();
    assert.deepEqual(mine.at(-1)[0], me);
    await waitFor(() => agents.length > 0, 5000, "my agent state event");
    assert.ok((await connections(sim))[0].selfMonitor);
    await rt.stop();
  });
});

test("a dropped WebSocket: reconnected with the groups token, and a change made meanwhile is not missed", async () => {
  await withSim(FROZEN, async (sim) => {
    const rt = clientOf(sim).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    const id = rt.connectionId;
    await admin(sim, "POST", "signalr/drop", {});
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    const t0 = Date.now();
    await waitFor(async () => {
      const served = await restQueue(sim, "Sales");
      return rt.state === "connected" && served.isInDoNotDisturb && sales.last?.isInDoNotDisturb === true;
    }, 5000, "the state to match the simulator's again");
    assert.ok(Date.now() - t0 < 5000);
    assert.equal(rt.connectionId, id, "the same connection came back");
    const back = seen.find((s) => s.state === "connected" && s.detail.reconnect);
    assert.ok(back, JSON.stringify(seen));
    assert.equal(back.detail.restored, true);
    assert.ok(seen.some((s) => s.state === "reconnecting"));
    await rt.stop();
  });
});

test("a simulator restart on the same port: a new connection, monitors re-established, a snapshot", async () => {
  const first = await startSim(FROZEN);
  const port = new URL(first.url).port;
  let second;
  try {
    const rt = clientOf(first).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    const id = rt.connectionId;
    await first.stop();
    second = await startSim([...FROZEN, "--port", port]);
    // The new process knows neither the connection nor the token: the client signs in again.
    await admin(second, "POST", "queues/Sales/dnd", { on: true });
    const up = Date.now();
    await waitFor(async () => rt.state === "connected" && sales.last?.isInDoNotDisturb === true, 10000, "the state after the restart");
    const took = Date.now() - up;
    assert.notEqual(rt.connectionId, id);
    const back = seen.findLast((s) => s.state === "connected");
    assert.equal(back.detail.restored, false);
    const [conn] = await connections(second);
    assert.equal(conn.queueStateMonitors.length, 1);
    assert.deepEqual(stable(sales.last), stable(await restQueue(second, "Sales")));
    assert.ok(took < 5000, `${took} ms to match the simulator after it came back`);
    await rt.stop();
  } finally {
    await Promise.all([...live].map((rt) => rt.stop()));
    live.clear();
    await first.stop();
    await second?.stop();
  }
});

test("WebSockets refused: the fallback to long polling is reported, and events arrive", async () => {
  await withSim([...FROZEN, "--signalr-refuse-websockets"], async (sim) => {
    const rt = clientOf(sim).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    assert.equal(rt.transport, "longPolling");
    const fallback = seen.find((s) => s.detail.fallback);
    assert.deepEqual([fallback.detail.fallback.from, fallback.detail.fallback.to], ["webSockets", "longPolling"]);
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => sales.last?.isInDoNotDisturb === true, 5000, "the event over long polling");
    assert.equal((await connections(sim))[0].transport, "longPolling");
    await rt.stop();
  });
});

test("no SignalR at all (a proxy forwarding only REST): polling, reported as its own state", async () => {
  await withSim(FROZEN, async (sim) => {
    await admin(sim, "PUT", "signalr/faults", { blockSignalr: true });
    const rt = clientOf(sim, { pollingMs: 1000 }).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    assert.equal(rt.state, "polling");
    assert.equal(rt.transport, undefined);
    assert.ok(seen.some((s) => s.state === "polling"));
    await waitFor(() => sales.snapshots >= 1, 5000, "a polled snapshot");
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => sales.last?.isInDoNotDisturb === true, 5000, "the change, polled");
    await rt.stop();
    assert.equal(rt.state, "disconnected");
  });
});

test("without the polling fallback, start() rejects when no transport works", async () => {
  await withSim(FROZEN, async (sim) => {
    await admin(sim, "PUT", "signalr/faults", { blockSignalr: true });
    const rt = clientOf(sim, { pollingMs: 0 }).realtime;
    await assert.rejects(rt.start(), /could not|HTTP 404/);
    assert.equal(rt.state, "disconnected");
  });
});

test("token renewal mid-connection: the WebSocket reconnects with the new token before the old one lapses", async () => {
  await withSim([...FROZEN, "--token-lifetime", "6"], async (sim) => {
    const rt = clientOf(sim).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    // The client renews at nine tenths of the lifetime (5.4 s): a planned reconnect.
    await waitFor(() => seen.some((s) => s.state === "reconnecting" && /renewed/.test(s.detail.reconnecting?.reason)), 9000, "the renewal");
    // Past the first token's expiry, the connection still carries events.
    await new Promise((r) => setTimeout(r, 2500));
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => sales.last?.isInDoNotDisturb === true, 5000, "an event after the first token lapsed");
    assert.equal(rt.state, "connected");
    await rt.stop();
  });
});

test("a revoked token: the reconnect is refused, a new token is obtained, and the connection comes back", async () => {
  await withSim(FROZEN, async (sim) => {
    const rt = clientOf(sim, { reconnectPolicy: pkg.exponentialBackoff({ baseMs: 200, capMs: 500 }) }).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    await admin(sim, "POST", "tokens/revoke", {});
    await admin(sim, "POST", "signalr/drop", {});
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => rt.state === "connected" && sales.last?.isInDoNotDisturb === true, 10000, "the connection with a new token");
    assert.ok(seen.some((s) => s.detail.unauthorized), "the refusal is reported");
    await rt.stop();
  });
});

test("stalled long polls: the loss is detected and the connection comes back", async () => {
  await withSim([...FROZEN, "--signalr-connection-timeout", "2"], async (sim) => {
    const rt = clientOf(sim, { transports: ["longPolling"] }).realtime;
    const seen = recordStates(rt);
    const sales = lastStateOf(rt, "Sales");
    await rt.start();
    await waitFor(() => sales.snapshots === 1, 5000, "the snapshot");
    await admin(sim, "PUT", "signalr/faults", { stallPolls: true });
    // Held for the connection timeout (2 s) plus 10 s of grace, then counted as lost.
    await waitFor(() => seen.some((s) => s.state === "reconnecting"), 20000, "the stall to be detected");
    await admin(sim, "PUT", "signalr/faults", { stallPolls: false });
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => rt.state === "connected" && sales.last?.isInDoNotDisturb === true, 15000, "the connection back");
    await rt.stop();
  });
});

test("both wire forms: a PascalCase server's events reach the page as the same camelCase models as REST", async () => {
  await withSim([...FROZEN, "--wire", "pascal"], async (sim) => {
    const rt = clientOf(sim).realtime;
    const sales = lastStateOf(rt, "Sales");
    const mine = [];
    rt.onMyState((e, meta) => !meta.snapshot && mine.push(e));
    await rt.start();
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => sales.events >= 1 && sales.last?.isInDoNotDisturb === true, 5000, "the event");
    await admin(sim, "POST", "employees/supervisor/state", { presence: "DoNotDisturb" });
    await waitFor(() => mine.length >= 1, 5000, "my state event");
    // The same converted form as the REST answer of the same moment (enum names, camelCase).
    assert.deepEqual(stable(sales.last), stable(await restQueue(sim, "Sales")));
    assert.deepEqual(mine.at(-1), await clientOf(sim).employees().me().state());
    assert.equal(typeof mine.at(-1).presence?.aggregate?.acdState, "string", "an enum by its name");
  });
});
