// `client.realtime` in Chromium as deployed: the page on one origin (a static server on
// localhost), the Mitel server (micc-sim) on another (127.0.0.1). One connection per
// browser: two tabs share one WebSocket, and closing the leader hands over without a lost
// change. Needs the built package (target/pkg/micc-client).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { waitFor, admin, connections } from "./support.mjs";

let sim;
let site;
let browser;

before(async () => {
  sim = await startSim(["--speed", "0", "--demo-token-user", "supervisor"]);
  site = await startStatic({ "/": path.join(ROOT, "tests/realtime/page"), "/pkg/": path.join(ROOT, "target/pkg") });
  browser = await launchBrowser();
  assert.notEqual(new URL(site.url).origin, new URL(sim.url).origin);
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
});

/** A tab with the test page, its board started on `queues`. */
async function tab(queues, realtime = {}) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${site.url}/index.html`);
  await page.waitForFunction(() => window.board !== undefined);
  const info = await page.evaluate(([server, q, r]) => window.board.start(server, q, r), [sim.url, queues, realtime]);
  return { page, info, errors };
}

const dndOf = (page, name) => page.evaluate((n) => window.board.queues[n]?.isInDoNotDisturb, name);
const reset = async () => {
  await admin(sim, "POST", "queues/Sales/dnd", { on: false });
  await admin(sim, "POST", "queues/Support/dnd", { on: false });
};

test("cross-origin: a snapshot, then the subscribed queue's events only; a dropped WebSocket comes back", async () => {
  await reset();
  const a = await tab(["Sales"], { share: false });
  try {
    assert.deepEqual([a.info.state, a.info.role, a.info.transport], ["connected", "solo", "webSockets"]);
    await waitFor(() => a.page.evaluate(() => window.board.snapshots === 1), 5000, "the snapshot");
    await admin(sim, "POST", "queues/Support/dnd", { on: true });
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(async () => (await dndOf(a.page, "Sales")) === true, 3000, "the Sales event");
    assert.deepEqual(await a.page.evaluate(() => Object.keys(window.board.queues)), ["Sales"]);

    // My state: the snapshot, then a change of my presence.
    await waitFor(() => a.page.evaluate(() => window.board.me !== undefined), 5000, "my state");
    await admin(sim, "POST", "employees/supervisor/state", { presence: "Busy", reason: "Lunch" });
    await waitFor(async () => (await a.page.evaluate(() => window.board.me?.presence?.aggregate?.acdState)) === "Busy", 3000, "my presence event");

    await admin(sim, "POST", "signalr/drop", {});
    await admin(sim, "POST", "queues/Sales/dnd", { on: false });
    await waitFor(async () => (await dndOf(a.page, "Sales")) === false, 5000, "the change made while dropped");
    const states = await a.page.evaluate(() => window.board.states.map((s) => s.state));
    assert.ok(states.includes("reconnecting"), states.join());
    assert.deepEqual(a.errors, []);
  } finally {
    await a.page.evaluate(() => window.board.stop());
    await a.page.close();
  }
});

test("two tabs make one WebSocket; closing the leader hands over within 3 s without a lost change", async () => {
  await reset();
  await waitFor(async () => (await connections(sim)).length === 0, 5000, "no connection left from before");
  const a = await tab(["Sales"]);
  const b = await tab(["Sales", "Support"]);
  try {
    assert.equal(a.info.role, "leader");
    assert.equal(b.info.role, "follower");
    assert.equal(b.info.state, "connected");
    const conns = await connections(sim);
    assert.equal(conns.length, 1, "one SignalR connection for two tabs");
    // The leader monitors what both tabs want.
    await waitFor(async () => (await connections(sim))[0].queueStateMonitors.length === 2, 5000, "both tabs' monitors");
    await waitFor(() => b.page.evaluate(() => window.board.snapshots >= 2), 5000, "the follower's snapshots");

    await admin(sim, "POST", "queues/Support/dnd", { on: true });
    await waitFor(async () => (await dndOf(b.page, "Support")) === true, 3000, "the event fanned out to the follower");
    assert.equal(await a.page.evaluate(() => window.board.queues.Support), undefined, "the leader's own board stays its own");

    // The leader's tab closes; a change happens before anyone reconnects.
    const old = conns[0].connectionId;
    await a.page.close();
    const closed = Date.now();
    await admin(sim, "POST", "queues/Sales/dnd", { on: true });
    await waitFor(() => b.page.evaluate(() => window.board.info().role === "leader" && window.board.info().state === "connected"), 3000, "the follower to lead");
    const took = Date.now() - closed;
    await waitFor(async () => (await dndOf(b.page, "Sales")) === true, 3000, "the change made during the handover");
    assert.ok(took < 3000, `handover took ${took} ms`);
    const after = await connections(sim);
    const mine = after.filter((c) => c.connectionId !== old);
    assert.equal(mine.length, 1, JSON.stringify(after.map((c) => c.connectionId)));
    assert.deepEqual(b.errors, []);
  } finally {
    if (!a.page.isClosed()) await a.page.close();
    await b.page.evaluate(() => window.board.stop());
    await b.page.close();
  }
});

test("a closed tab's connection is aborted; sharing off: each tab connects on its own", async () => {
  // The leader of the test before closed its tab: its pagehide sent the abort, so the
  // server did not keep the connection for its disconnect timeout.
  await waitFor(async () => (await connections(sim)).length === 0, 3000, "no connection left from before");
  const a = await tab(["Sales"], { share: false });
  const b = await tab(["Sales"], { share: false });
  try {
    assert.deepEqual([a.info.role, b.info.role], ["solo", "solo"]);
    assert.equal((await connections(sim)).length, 2);
  } finally {
    for (const t of [a, b]) {
      await t.page.evaluate(() => window.board.stop());
      await t.page.close();
    }
  }
});

test("a simulator restart on the same port: the page reconnects, re-subscribes, and matches it within 5 s", async () => {
  const first = await startSim(["--speed", "0", "--demo-token-user", "supervisor"]);
  const port = new URL(first.url).port;
  let second;
  const page = await browser.context.newPage();
  try {
    await page.goto(`${site.url}/index.html`);
    await page.waitForFunction(() => window.board !== undefined);
    await page.evaluate(([server]) => window.board.start(server, ["Sales"], { share: false }), [first.url]);
    await waitFor(() => page.evaluate(() => window.board.snapshots === 1), 5000, "the snapshot");
    await first.stop();
    second = await startSim(["--speed", "0", "--demo-token-user", "supervisor", "--port", port]);
    await admin(second, "POST", "queues/Sales/dnd", { on: true });
    const up = Date.now();
    await waitFor(async () => (await dndOf(page, "Sales")) === true, 5000, "the state after the restart");
    assert.ok(Date.now() - up < 5000);
    assert.equal((await connections(second)).length, 1);
  } finally {
    await page.evaluate(() => window.board.stop()).catch(() => {});
    await page.close();
    await first.stop();
    await second?.stop();
  }
});

test("polling (no SignalR) pauses while the page is hidden and takes a round as soon as it is shown", async () => {
  await admin(sim, "PUT", "signalr/faults", { blockSignalr: true });
  const page = await browser.context.newPage();
  try {
    await page.goto(`${site.url}/index.html`);
    await page.waitForFunction(() => window.board !== undefined);
    // The page's visibility as the browser reports it, switchable by the test.
    await page.evaluate(() => {
      window.hidden = false;
      Object.defineProperty(document, "visibilityState", { get: () => (window.hidden ? "hidden" : "visible") });
    });
    const info = await page.evaluate(([server]) => window.board.start(server, ["Sales"], { share: false, pollingMs: 1000 }), [sim.url]);
    assert.equal(info.state, "polling");
    await waitFor(() => page.evaluate(() => window.board.snapshots >= 2), 5000, "polling rounds");
    await page.evaluate(() => {
      window.hidden = true;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const hiddenAt = await page.evaluate(() => window.board.snapshots);
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(await page.evaluate(() => window.board.snapshots), hiddenAt, "no round while hidden");
    await page.evaluate(() => {
      window.hidden = false;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await waitFor(() => page.evaluate((n) => window.board.snapshots > n, hiddenAt), 500, "a round as soon as shown");
  } finally {
    await page.evaluate(() => window.board.stop()).catch(() => {});
    await page.close();
    await admin(sim, "PUT", "signalr/faults", { blockSignalr: false });
  }
});
