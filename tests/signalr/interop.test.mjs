// The official classic client (npm `signalr` 2.4.3 on jQuery 3.7.1) in headless Chromium
// against micc-sim's SignalR 2 server: every transport, hub invocations and their errors,
// events after REST writes and admin actions, the fallback when WebSocket upgrades are
// refused, a dropped socket that reconnects without losing events, and the generated hub
// proxies of /miccsdk/signalr/hubs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { launchBrowser } from "../support/browser.mjs";

let sim;
let browser;
let www;
let queues;
let admin;

// Runs in the page: connects with the official client and records every event.
const HARNESS = `
window.events = [];
window.states = [];
window.tokenFor = async function (user) {
  const res = await fetch("/authorizationserver/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=" + user + "&password=" + user,
  });
  return (await res.json()).access_token;
};
window.connect = async function (transport) {
  const token = await tokenFor("supervisor");
  const conn = $.hubConnection("/miccsdk");
  conn.qs = { sessionid: "Bearer " + token };
  const proxies = {
    queueHub: conn.createHubProxy("queueHub"),
    employeeHub: conn.createHubProxy("employeeHub"),
    // addSelfMonitor also delivers the user's own onAgentStateChanged (agentHub), and the
    // 2.4 client throws on a message for a hub it has no proxy for; without a handler the
    // proxy stays out of connectionData.
    agentHub: conn.createHubProxy("agentHub"),
  };
  const record = (hub, name) => (payload) => events.push({ hub, name, payload });
  proxies.queueHub.on("queueStateChanged", record("queueHub", "queueStateChanged"));
  proxies.employeeHub.on("employeeStateChanged", record("employeeHub", "employeeStateChanged"));
  conn.stateChanged((s) => states.push(s.newState));
  conn.reconnected(() => states.push("reconnected"));
  await conn.start(transport === undefined ? {} : { transport });
  window.conn = conn;
  window.proxies = proxies;
  return { transport: conn.transport.name, token, id: conn.id };
};
window.call = async function (hub, method, ...args) {
  try {
    return { result: await proxies[hub].invoke(method, ...args) ?? null };
  } catch (e) {
    return { error: e.message, source: e.source };
  }
};
`;

const PAGE = (extra = "") => `<!doctype html>
<html><head><meta charset="utf-8"><title>signalr interop</title>
<script src="jquery.js"></script>
<script src="jquery.signalR.js"></script>
${extra}
<script src="harness.js"></script>
</head><body></body></html>`;

before(async () => {
  www = mkdtempSync(path.join(tmpdir(), "micc-signalr-"));
  copyFileSync(path.join(ROOT, "tests/node_modules/jquery/dist/jquery.js"), path.join(www, "jquery.js"));
  copyFileSync(
    path.join(ROOT, "tests/node_modules/signalr/jquery.signalR.js"),
    path.join(www, "jquery.signalR.js"),
  );
  writeFileSync(path.join(www, "harness.js"), HARNESS);
  writeFileSync(path.join(www, "index.html"), PAGE());
  writeFileSync(path.join(www, "proxies.html"), PAGE('<script src="/miccsdk/signalr/hubs"></script>'));
  // A frozen clock: events carry exactly what the REST API then serves.
  sim = await startSim(["--www", www, "--speed", "0"]);
  browser = await launchBrowser();
  const token = await restToken();
  queues = (await rest("GET", "/queues/state", token))._embedded.items;
  admin = async (method, p, body) => {
    const res = await fetch(`${sim.url}/admin${p}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(res.ok, `${method} /admin${p}: ${res.status}`);
    return res.status === 204 ? null : res.json();
  };
});

after(async () => {
  await browser?.close();
  await sim?.stop();
  if (www) rmSync(www, { recursive: true, force: true });
});

async function restToken() {
  const res = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  return (await res.json()).access_token;
}

async function rest(method, p, token, body) {
  const res = await fetch(`${sim.url}/miccsdk/api/v1${p}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(res.status, 200, `${method} ${p}`);
  return res.json();
}

async function openPage(file = "index.html") {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${sim.url}/${file}`);
  return { page, errors };
}

/** Waits until the page recorded `count` events named `name`; returns them. */
async function eventsNamed(page, name, count = 1) {
  await page.waitForFunction(
    ([n, c]) => window.events.filter((e) => e.name === n).length >= c,
    [name, count],
    { timeout: 15000 },
  );
  return page.evaluate((n) => window.events.filter((e) => e.name === n), name);
}

for (const [transport, queueIndex] of [
  ["webSockets", 0],
  ["serverSentEvents", 1],
  ["longPolling", 2],
]) {
  test(`${transport}: the official client monitors a queue and itself and gets REST-equal payloads`, async () => {
    const { page, errors } = await openPage();
    const info = await page.evaluate((t) => window.connect(t), transport);
    assert.equal(info.transport, transport);
    const queue = queues[queueIndex];

    assert.deepEqual(await page.evaluate((id) => call("queueHub", "addStateMonitor", [id]), queue.id), {
      result: null,
    });
    assert.deepEqual(await page.evaluate(() => call("employeeHub", "addSelfMonitor")), { result: null });

    // An admin action moves the queue.
    await admin("POST", `/queues/${queue.id}/dnd`, { on: true });
    const [queueEvent] = await eventsNamed(page, "queueStateChanged");
    assert.equal(queueEvent.hub, "queueHub");
    const served = await rest("GET", `/queues/${queue.id}/state`, info.token);
    assert.deepEqual(queueEvent.payload, served);
    assert.equal(queueEvent.payload.isInDoNotDisturb, true);

    // A REST write moves the user.
    await rest("PUT", "/employees/me/state", info.token, { state: "Busy", reason: "Lunch" });
    const [employeeEvent] = await eventsNamed(page, "employeeStateChanged");
    assert.deepEqual(employeeEvent.payload, await rest("GET", "/employees/me/state", info.token));
    assert.equal(employeeEvent.payload.presence.aggregate.acdState, "Busy");

    await admin("POST", `/queues/${queue.id}/dnd`, { on: false });
    await page.evaluate(() => window.conn.stop());
    await page.close();
    assert.deepEqual(errors, []);
  });
}

test("hub errors reject the invocation like a real server's", async () => {
  const { page } = await openPage();
  await page.evaluate(() => window.connect("webSockets"));
  assert.deepEqual(await page.evaluate(() => call("queueHub", "addStateMonitor", ["no such queue"])), {
    error: "Queue 'no such queue' was not found.",
    source: "HubException",
  });
  assert.deepEqual(await page.evaluate(() => call("queueHub", "fly")), {
    error: "There was an error invoking Hub method 'queuehub.fly'.",
    source: "Exception",
  });
  await page.close();
});

test("refused WebSocket upgrades fall back like behind a proxy without WebSockets", async () => {
  await admin("PUT", "/signalr/faults", { refuseWebSockets: true });
  try {
    const { page } = await openPage();
    // Auto selection falls back to the next transport the real server offers...
    assert.equal((await page.evaluate(() => window.connect())).transport, "serverSentEvents");
    await page.evaluate(() => window.conn.stop());
    // ...and a client that lists only these two ends on long polling.
    const info = await page.evaluate(() => window.connect(["webSockets", "longPolling"]));
    assert.equal(info.transport, "longPolling");
    const queue = queues[3];
    await page.evaluate((id) => call("queueHub", "addStateMonitor", [id]), queue.id);
    await admin("POST", `/queues/${queue.id}/dnd`, { on: true });
    const [event] = await eventsNamed(page, "queueStateChanged");
    assert.deepEqual(event.payload, await rest("GET", `/queues/${queue.id}/state`, info.token));
    await page.close();
  } finally {
    await admin("DELETE", "/faults");
  }
});

test("a dropped WebSocket reconnects with its cursor and loses no event", async () => {
  const { page } = await openPage();
  const info = await page.evaluate(() => window.connect("webSockets"));
  const queue = queues[4];
  await page.evaluate((id) => call("queueHub", "addStateMonitor", [id]), queue.id);
  const { dropped } = await admin("POST", "/signalr/drop", { connectionId: info.id });
  assert.equal(dropped, 1);
  // The client waits 2 s before reconnecting; these happen meanwhile.
  for (const on of [true, false, true]) {
    await admin("POST", `/queues/${queue.id}/dnd`, { on });
  }
  const events = await eventsNamed(page, "queueStateChanged", 3);
  assert.deepEqual(
    events.map((e) => e.payload.isInDoNotDisturb),
    [true, false, true],
  );
  const states = await page.evaluate(() => window.states);
  assert.ok(states.includes("reconnected"), JSON.stringify(states));
  assert.equal(await page.evaluate(() => window.conn.transport.name), "webSockets");
  await admin("POST", `/queues/${queue.id}/dnd`, { on: false });
  await page.close();
});

test("the generated proxies of /miccsdk/signalr/hubs work as $.connection.hub", async () => {
  const { page, errors } = await openPage("proxies.html");
  const queue = queues[5];
  const token = await page.evaluate(() => window.tokenFor("supervisor"));
  const transport = await page.evaluate(async (t) => {
    $.connection.hub.qs = { sessionid: "Bearer " + t };
    $.connection.queueHub.client.queueStateChanged = (s) =>
      window.events.push({ hub: "queueHub", name: "queueStateChanged", payload: s });
    await $.connection.hub.start({ transport: "longPolling" });
    return $.connection.hub.transport.name;
  }, token);
  assert.equal(transport, "longPolling");
  await page.evaluate((id) => $.connection.queueHub.server.addStateMonitor([id]), queue.id);
  await admin("POST", `/queues/${queue.id}/dnd`, { on: true });
  const [event] = await eventsNamed(page, "queueStateChanged");
  assert.deepEqual(event.payload, await rest("GET", `/queues/${queue.id}/state`, token));
  assert.deepEqual(errors, []);
  await page.close();
});
