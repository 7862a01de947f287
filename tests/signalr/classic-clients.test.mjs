// Both official classic clients in headless Chromium, deployed as real users deploy them:
// the page is served from another origin (http://localhost:P1) than the simulator
// (http://127.0.0.1:P2), and, like much public code, it creates its hub proxies and
// registers its handlers only AFTER start(), so connectionData names no hub. Events still
// arrive, because monitors are SignalR groups (wire-facts).
//
// Generations: jQuery SignalR 2.0.1 (npm `ms-signalr`, on jQuery 2.2: clientProtocol 1.3,
// no /start) and 2.4.3 (npm `signalr`, on jQuery 3.7: clientProtocol 2.1). Transports:
// webSockets, serverSentEvents, longPolling. Covered for each: queue state, queue
// conversations (arrays), the self monitor (employeeStateChanged and its own
// onAgentStateChanged), a drop that reconnects with the groups token and keeps the events
// coming, and a reconnect without the token, which loses them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

let sim;
let site;
let browser;
let www;
let queues;
let supervisorToken;

const GENERATIONS = {
  "2.0.1": { jquery: "jquery-2.js", signalr: "signalr-2.0.js", version: "2.0.1" },
  "2.4.3": { jquery: "jquery-3.js", signalr: "signalr-2.4.js", version: "2.4.3" },
};
const TRANSPORTS = ["webSockets", "serverSentEvents", "longPolling"];

// Runs in the page. Only after start() does it create proxies and register handlers.
const HARNESS = `
window.events = [];
window.states = [];
const SIM = new URLSearchParams(location.search).get("sim");
window.tokenFor = async function (user) {
  const res = await fetch(SIM + "/authorizationserver/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=" + user + "&password=" + user,
  });
  return (await res.json()).access_token;
};
window.connect = async function (transport, user) {
  const token = await tokenFor(user || "supervisor");
  const conn = $.hubConnection(SIM + "/miccsdk");
  conn.qs = { sessionid: "Bearer " + token };
  conn.stateChanged((s) => states.push(s.newState));
  conn.reconnected(() => states.push("reconnected"));
  await new Promise((resolve, reject) => conn.start({ transport }).done(resolve).fail(reject));
  // After start: connectionData had no hub.
  const proxies = {
    queueHub: conn.createHubProxy("queueHub"),
    employeeHub: conn.createHubProxy("employeeHub"),
    agentHub: conn.createHubProxy("agentHub"),
  };
  const record = (hub, name) => (payload) => events.push({ hub, name, payload, at: Date.now() });
  for (const name of ["queueStateChanged", "queueConversationChanged", "queueConversationRemoved"]) {
    proxies.queueHub.on(name, record("queueHub", name));
  }
  for (const name of ["employeeStateChanged", "employeeConversationChanged", "employeeConversationRemoved"]) {
    proxies.employeeHub.on(name, record("employeeHub", name));
  }
  proxies.agentHub.on("onAgentStateChanged", record("agentHub", "onAgentStateChanged"));
  window.conn = conn;
  window.proxies = proxies;
  return { transport: conn.transport.name, token, id: conn.id, version: $.signalR.version, data: conn.data ?? null };
};
window.call = function (hub, method, ...args) {
  return new Promise((resolve) => {
    proxies[hub].invoke(method, ...args)
      .done((r) => resolve({ result: r ?? null }))
      .fail((e) => resolve({ error: e.message }));
  });
};
`;

const PAGE = (g) => `<!doctype html>
<html><head><meta charset="utf-8"><title>SignalR ${g.version} from another origin</title>
<script src="${g.jquery}"></script>
<script src="${g.signalr}"></script>
<script src="harness.js"></script>
</head><body></body></html>`;

before(async () => {
  www = mkdtempSync(path.join(tmpdir(), "micc-classic-"));
  const nm = path.join(ROOT, "tests/node_modules");
  copyFileSync(path.join(nm, "jquery/dist/jquery.js"), path.join(www, "jquery-3.js"));
  copyFileSync(path.join(nm, "ms-signalr/node_modules/jquery/dist/jquery.js"), path.join(www, "jquery-2.js"));
  copyFileSync(path.join(nm, "signalr/jquery.signalR.js"), path.join(www, "signalr-2.4.js"));
  copyFileSync(path.join(nm, "ms-signalr/jquery.signalR.js"), path.join(www, "signalr-2.0.js"));
  writeFileSync(path.join(www, "harness.js"), HARNESS);
  for (const [name, g] of Object.entries(GENERATIONS)) writeFileSync(path.join(www, `${name}.html`), PAGE(g));
  // A frozen clock: events carry exactly what the REST API then serves. The default CORS
  // mode (any origin, with credentials) is what these standalone pages need.
  sim = await startSim(["--speed", "0"]);
  site = await startStatic({ "/": www });
  assert.notEqual(new URL(site.url).host, new URL(sim.url).host);
  browser = await launchBrowser();
  supervisorToken = await token("supervisor");
  queues = (await rest("GET", "/queues/state", supervisorToken))._embedded.items;
  // The supervisor never takes work during the clock advances below.
  await rest("PUT", "/employees/me/state", supervisorToken, { state: "Busy", reason: "Lunch" });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
  if (www) rmSync(www, { recursive: true, force: true });
});

async function token(user) {
  const res = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `grant_type=password&username=${user}&password=${user}`,
  });
  return (await res.json()).access_token;
}

async function rest(method, p, bearer, body) {
  const res = await fetch(`${sim.url}/miccsdk/api/v1${p}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.equal(res.status, 200, `${method} ${p}`);
  return res.json();
}

async function admin(method, p, body) {
  const res = await fetch(`${sim.url}/admin${p}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(res.ok, `${method} /admin${p}: ${res.status}`);
  return res.status === 204 ? null : res.json();
}

async function openPage(generation) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${site.url}/${generation}.html?sim=${encodeURIComponent(sim.url)}`);
  return { page, errors };
}

/** Waits until the page recorded `count` events named `name` after time `since`. */
async function eventsNamed(page, name, { count = 1, since = 0, timeout = 15000 } = {}) {
  await page.waitForFunction(
    ([n, c, s]) => window.events.filter((e) => e.name === n && e.at >= s).length >= c,
    [name, count, since],
    { timeout },
  );
  return page.evaluate(([n, s]) => window.events.filter((e) => e.name === n && e.at >= s), [name, since]);
}

async function pageNow(page) {
  return page.evaluate(() => Date.now());
}

/** Cuts every transport of the connection and waits for the client to report reconnected. */
async function dropAndReconnect(page, id) {
  // A long-polling client has no transport to cut between the end of one poll and the start
  // of the next, so the cut is tried again until it finds the held poll.
  let dropped = 0;
  for (let attempt = 0; attempt < 50 && dropped === 0; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 100));
    ({ dropped } = await admin("POST", "/signalr/drop", { connectionId: id, allTransports: true }));
  }
  assert.equal(dropped, 1);
  await page.waitForFunction(() => window.states.includes("reconnected"), null, { timeout: 20000 });
}

/** Moves the user between two presences that are never offered work (so a clock advance
 * never puts it on a conversation, which would keep its agent state from changing). */
async function togglePresence(bearer) {
  const now = await rest("GET", "/employees/me/state", bearer);
  const body =
    now.presence.aggregate.acdState === "Busy"
      ? { state: "DoNotDisturb", reason: "Focus time" }
      : { state: "Busy", reason: "Lunch" };
  await rest("PUT", "/employees/me/state", bearer, body);
  return body.state;
}

async function groupsOf(id) {
  const list = await admin("GET", "/signalr/connections");
  return list.find((c) => c.connectionId === id)?.groups;
}

let nextQueue = 0;
const freshQueue = () => queues[nextQueue++ % queues.length];

for (const generation of Object.keys(GENERATIONS)) {
  for (const transport of TRANSPORTS) {
    test(`${generation} ${transport}: proxies made after start get every monitor's events, also after a drop`, async () => {
      const { page, errors } = await openPage(generation);
      const info = await page.evaluate((t) => window.connect(t), transport);
      assert.equal(info.version, generation);
      assert.equal(info.transport, transport);
      assert.ok(info.data === null || info.data === "[]", `connectionData names no hub: ${info.data}`);
      const queue = freshQueue();

      // Queue state.
      assert.deepEqual(await page.evaluate((id) => call("queueHub", "addStateMonitor", [id]), queue.id), {
        result: null,
      });
      await admin("POST", `/queues/${queue.id}/dnd`, { on: true });
      const [stateEvent] = await eventsNamed(page, "queueStateChanged");
      assert.equal(stateEvent.hub.toLowerCase(), "queuehub");
      assert.deepEqual(stateEvent.payload, await rest("GET", `/queues/${queue.id}/state`, info.token));

      // Queue conversations: arrays of models, and arrays of ids when they leave.
      const all = queues.map((q) => q.id);
      assert.deepEqual(await page.evaluate((ids) => call("queueHub", "addConversationMonitor", ids), all), {
        result: null,
      });
      await admin("POST", "/clock/advance", { seconds: 1200 });
      const [changed] = await eventsNamed(page, "queueConversationChanged");
      assert.ok(Array.isArray(changed.payload) && changed.payload.length > 0, JSON.stringify(changed.payload));
      assert.ok(changed.payload.every((c) => typeof c.conversationId === "string"));
      const [removed] = await eventsNamed(page, "queueConversationRemoved");
      assert.ok(Array.isArray(removed.payload) && removed.payload.every((id) => typeof id === "string"));
      assert.deepEqual(
        await page.evaluate((ids) => call("queueHub", "removeConversationMonitor", ids), all),
        { result: null },
      );

      // Self monitor: the employee's state, and its own agent state on agentHub.
      assert.deepEqual(await page.evaluate(() => call("employeeHub", "addSelfMonitor")), { result: null });
      let since = await pageNow(page);
      const presence = await togglePresence(info.token);
      const [me] = await eventsNamed(page, "employeeStateChanged", { since });
      assert.deepEqual(me.payload, await rest("GET", "/employees/me/state", info.token));
      assert.equal(me.payload.presence.aggregate.acdState, presence);
      const [agent] = await eventsNamed(page, "onAgentStateChanged", { since });
      assert.equal(agent.hub.toLowerCase(), "agenthub");
      assert.deepEqual(agent.payload, await rest("GET", `/agents/${agent.payload.id}/state`, info.token));

      // A drop: the client reconnects with its groups token and the events keep coming.
      await dropAndReconnect(page, info.id);
      assert.ok((await groupsOf(info.id)).length >= 3, JSON.stringify(await groupsOf(info.id)));
      since = await pageNow(page);
      await admin("POST", `/queues/${queue.id}/dnd`, { on: false });
      const [after] = await eventsNamed(page, "queueStateChanged", { since });
      assert.equal(after.payload.isInDoNotDisturb, false);
      since = await pageNow(page);
      await togglePresence(info.token);
      await eventsNamed(page, "employeeStateChanged", { since });
      await eventsNamed(page, "onAgentStateChanged", { since });

      await page.evaluate(() => window.conn.stop());
      await page.close();
      assert.deepEqual(errors, []);
    });

    test(`${generation} ${transport}: a reconnect without the groups token loses the monitors`, async () => {
      const { page, errors } = await openPage(generation);
      const info = await page.evaluate((t) => window.connect(t, "agent"), transport);
      const queue = (await rest("GET", "/queues/state", info.token))._embedded.items[0];
      await page.evaluate((id) => call("queueHub", "addStateMonitor", [id]), queue.id);
      await page.waitForFunction(() => typeof window.conn.groupsToken === "string", null, { timeout: 10000 });
      // A client that forgets the token it was given (the official ones send it back).
      await page.evaluate(() => {
        delete window.conn.groupsToken;
      });
      await dropAndReconnect(page, info.id);
      assert.deepEqual(await groupsOf(info.id), []);
      const since = await pageNow(page);
      await admin("POST", `/queues/${queue.id}/dnd`, { on: true });
      await assert.rejects(eventsNamed(page, "queueStateChanged", { since, timeout: 1500 }));
      await admin("POST", `/queues/${queue.id}/dnd`, { on: false });
      await page.evaluate(() => window.conn.stop());
      await page.close();
      assert.deepEqual(errors, []);
    });
  }
}
