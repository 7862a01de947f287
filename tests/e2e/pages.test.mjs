// The www/ demo pages end to end: Chromium -> page (scripts/serve-www.mjs, origin
// http://localhost:P) -> widget / micc-client -> micc-sim (origin http://127.0.0.1:Q), under
// a strict Content-Security-Policy sent by the page server. For every page: the data shown
// equals the simulator's, no CSP violation, axe-core clean, screenshots in light and dark at
// 1280 and 360 px; a change in the simulator reaches the screen within 1 s (real time);
// hostile names render as text.
//
// Needs the packages (scripts/lib.sh build_widget_pkg, scripts/build-client-pkg.sh) and a
// micc-sim with /admin/queues/{key}/name (MICC_SIM_BIN or target/debug/micc-sim).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { serveWww } from "../../scripts/serve-www.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = path.join(ROOT, "target/test-output/screenshots");
const MARKUP = "<img src=x onerror=alert(1)>";

/**
 * The policy the pages must work under: `connect-src` names the API (its http: and its ws:
 * origin) and 'self'. Both additions are needed, as tried in this Chromium: without 'self'
 * the packages' own .wasm files (fetched from the page's origin by wasm-bindgen's init, and
 * fetch() is connect-src) are blocked and nothing renders; without the ws: origin the
 * SignalR WebSocket is blocked (an http: source does not cover ws: on another origin).
 */
function policy(server) {
  const api = new URL(server);
  const ws = `ws://${api.host}`;
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `connect-src 'self' ${api.origin} ${ws}`,
  ].join("; ");
}

let sim;
let site;
let browser;
let token;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // A frozen clock: what the pages show must equal what the API serves at that moment.
  sim = await startSim(["--demo-token-user", "supervisor", "--speed", "0"]);
  site = await serveWww({ csp: policy(sim.url) });
  browser = await launchBrowser();
  // Every page records the CSP violations it sees (composed events: shadow roots included).
  await browser.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  token = (await (await fetch(`${sim.url}/demo/token`)).json()).access_token;
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
});

async function api(p) {
  const res = await fetch(`${sim.url}/miccsdk/api/v1/${p}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200, `GET ${p}`);
  return res.json();
}

/** Every item of a collection, following the HAL `next` links. */
async function all(p) {
  const items = [];
  let next = `${p}${p.includes("?") ? "&" : "?"}$top=100`;
  while (next) {
    const page = await api(next);
    items.push(...(page._embedded?.items ?? []));
    const href = page._links?.next?.href;
    next = href ? href.replace(/^.*\/miccsdk\/api\/v1\//, "") : null;
  }
  return items;
}

async function admin(p, body) {
  const res = await fetch(`${sim.url}/admin/${p}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  assert.ok(res.ok, `admin ${p}: ${res.status} ${await res.text()}`);
}

const PAGES = {
  index: { file: "index.html", queues: "tr.micc-queue", agents: true },
  intranet: { file: "intranet.html", queues: "micc-queue-now tr.micc-queue", agents: true },
  wall: { file: "wall.html", queues: "micc-queue-now tr.micc-queue", agents: true },
  app: { file: "app.html", queues: "tr.board-queue", agents: false },
};

/** Opens a page of the site with ?server= and watches for errors and dialogs. */
/** Opens a www page (after `init`, a script run in the page before its own, if given). */
async function open(name, init) {
  const page = await browser.context.newPage();
  if (init) await page.addInitScript(init);
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  assert.notEqual(new URL(site.url).origin, new URL(sim.url).origin);
  await page.goto(`${site.url}/${PAGES[name].file}?server=${encodeURIComponent(sim.url)}`);
  return { page, problems };
}

/** [name, waiting] of every queue row the page shows (widget rows or the app's). */
async function shownQueues(page, name) {
  if (name === "app") {
    return page.$$eval("tr.board-queue", (trs) =>
      trs.map((tr) => [tr.querySelector(".board-name").textContent, tr.querySelector(".board-waiting").textContent]),
    );
  }
  return page.$$eval(PAGES[name].queues, (trs) =>
    trs.map((tr) => [tr.querySelector(".micc-queue-name").textContent, tr.querySelector(".micc-waiting").textContent]),
  );
}

/** The agents' names the page shows, sorted (the panel has its own order). */
async function shownAgents(page) {
  const names = await page.$$eval("tr.micc-agent .micc-agent-display", (els) => els.map((e) => e.textContent));
  return names.sort();
}

/** An agent's name as the panel shows it: the parts the API gives, one space between. */
function agentName(a) {
  return [a.firstName, a.lastName].map((p) => (p ?? "").trim()).filter(Boolean).join(" ");
}

async function violations(page) {
  return page.evaluate(() => window.__cspViolations);
}

async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations);
  return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** At 1280 and 360 px, light and dark: axe's violations (none expected) and a screenshot. */
async function axeAndScreenshots(page, name) {
  const found = {};
  for (const width of [1280, 360]) {
    for (const colorScheme of ["light", "dark"]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(100);
      // Usable from narrow widths: the panels scroll inside themselves, the page never sideways.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${name} at ${width} px is ${wide} px wide`);
      const v = await axe(page);
      if (v.length) found[`${width} ${colorScheme}`] = v;
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
  return found;
}

for (const name of Object.keys(PAGES)) {
  test(`${name}: on another origin than the API, under the strict CSP, shows the simulator's queues${PAGES[name].agents ? " and agents" : ""}; no violation, axe clean, screenshots`, async () => {
    const queues = await all("queues/state");
    assert.ok(queues.length > 0);
    const { page, problems } = await open(name);
    try {
      await page.waitForSelector(PAGES[name].queues, { timeout: 15000 });
      assert.deepEqual(
        await shownQueues(page, name),
        queues.map((q) => [q.name, String(q.waitingConversations)]),
      );
      if (PAGES[name].agents) {
        const agents = await all("agents/states");
        await page.waitForSelector("tr.micc-agent", { timeout: 15000 });
        assert.deepEqual(await shownAgents(page), agents.map(agentName).sort());
      }
      if (name === "app") {
        // Real time, not the polling fallback: the board says so.
        await page.waitForSelector('#link[data-link="connected"]', { timeout: 10000 });
      }
      assert.deepEqual(await axeAndScreenshots(page, name), {}, "axe");
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

/** A queue not in do-not-disturb, to switch on. */
async function openQueue() {
  const queues = await all("queues/state");
  const q = queues.find((x) => x.isInDoNotDisturb === false);
  assert.ok(q, "a queue that is not in do-not-disturb");
  return q;
}

test("app: a do-not-disturb change in the simulator is on screen within 1 s (real time)", async () => {
  const { page, problems } = await open("app");
  try {
    await page.waitForSelector('#link[data-link="connected"]', { timeout: 15000 });
    const q = await openQueue();
    const cell = `tr.board-queue[data-queue-id="${q.id}"] .board-dnd`;
    assert.equal(await page.textContent(cell), "Open");
    const t0 = Date.now();
    await admin(`queues/${q.id}/dnd`, { on: true });
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes("Do not disturb"), cell, {
      timeout: 1000,
      polling: 20,
    });
    const ms = Date.now() - t0;
    assert.ok(ms <= 1000, `${ms} ms`);
    await admin(`queues/${q.id}/dnd`, { on: false });
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === "Open", cell, { timeout: 1000, polling: 20 });
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

/** Waits until every queue panel of the page says its link is live (shadow roots included). */
async function allLive(page) {
  await page.waitForFunction(
    () => {
      const links = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll("*")) {
          if (el.matches(".micc-queue-now .micc-link")) links.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return links.length > 0 && links.every((l) => l.dataset.link === "live");
    },
    null,
    { timeout: 15000, polling: 50 },
  );
}

/** The do-not-disturb cell of queue `qname` on a widget page. */
function dndShown(page, name, qname) {
  return page.$$eval(
    PAGES[name].queues,
    (trs, qname) => trs.find((tr) => tr.querySelector(".micc-queue-name")?.textContent === qname)?.querySelector(".micc-dnd")?.textContent,
    qname,
  );
}

/** Turns do-not-disturb on for `q` in the simulator; the ms until `page` shows it (asserted within `limit`). */
async function dndOnScreenWithin(page, name, q, limit) {
  const t0 = Date.now();
  await admin(`queues/${q.id}/dnd`, { on: true });
  let shown;
  while (Date.now() - t0 <= limit && (shown = await dndShown(page, name, q.name)) !== "Yes") await page.waitForTimeout(20);
  const ms = Date.now() - t0;
  assert.equal(shown, "Yes", `after ${ms} ms`);
  return ms;
}

async function signalrConnections() {
  const res = await fetch(`${sim.url}/admin/signalr/connections`);
  assert.equal(res.status, 200);
  return res.json();
}

// The connections of earlier tests' pages: a closed page aborts its connection, but one
// closed while its abort was in flight leaves it to the server's disconnect timeout
// (30 s). Waits up to 5 s for them to go; the tests then count only connections made
// after.
async function connectionsBefore() {
  const deadline = Date.now() + 5000;
  while ((await signalrConnections()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return new Set((await signalrConnections()).map((c) => c.connectionId));
}

async function connectionsBesides(before) {
  return (await signalrConnections()).filter((c) => !before.has(c.connectionId));
}

test("two tabs of a widget page share one SignalR connection; when the leading tab closes, the other shows a change within 1 s", async () => {
  const before = await connectionsBefore();
  const a = await open("intranet");
  const b = await open("intranet");
  try {
    await allLive(a.page);
    await allLive(b.page);
    assert.equal((await connectionsBesides(before)).length, 1, "one connection for two tabs");
    await a.page.close();
    const q = await openQueue();
    // The follower takes over (share.js: within 3 s), then real time carries the change.
    await allLive(b.page);
    await new Promise((r) => setTimeout(r, 3000));
    await allLive(b.page);
    const ms = await dndOnScreenWithin(b.page, "intranet", q, 1000);
    assert.ok(ms <= 1000, `${ms} ms`);
    assert.equal((await connectionsBesides(before)).length, 1, "the new leader's connection only");
    assert.deepEqual(b.problems, []);
  } finally {
    await admin(`queues/${(await openQueue()).id}/dnd`, { on: false }).catch(() => {});
    if (!a.page.isClosed()) await a.page.close();
    await b.page.close();
  }
});

test("a lone tab posts no hub events for other tabs; once a second tab follows, the leader posts them and the follower shows a change", async () => {
  const before = await connectionsBefore();
  // Counts the events the page posts to other tabs (share.js's BroadcastChannel messages).
  const countPosts = () => {
    window.eventPosts = 0;
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (m) {
      if (m && m.t === "ev") window.eventPosts++;
      return post.call(this, m);
    };
  };
  const a = await open("intranet", countPosts);
  const q = await openQueue();
  try {
    await allLive(a.page);
    // Two changes: the first may reach the page in the snapshot that follows its last
    // subscription, the second comes as a hub event.
    await dndOnScreenWithin(a.page, "intranet", q, 1000);
    await admin(`queues/${q.id}/dnd`, { on: false });
    const t1 = Date.now();
    while (Date.now() - t1 < 2000 && (await dndShown(a.page, "intranet", q.name)) !== "No") await a.page.waitForTimeout(20);
    assert.equal(await dndShown(a.page, "intranet", q.name), "No");
    assert.equal(await a.page.evaluate(() => window.eventPosts), 0, "no tab follows: nothing posted");
    const b = await open("intranet");
    try {
      await allLive(b.page);
      assert.equal((await connectionsBesides(before)).length, 1, "b follows a");
      await dndOnScreenWithin(b.page, "intranet", q, 1000);
      assert.ok((await a.page.evaluate(() => window.eventPosts)) > 0, "the leader posts for its follower");
      assert.deepEqual(b.problems, []);
    } finally {
      await b.page.close();
    }
    assert.deepEqual(a.problems, []);
  } finally {
    await admin(`queues/${q.id}/dnd`, { on: false }).catch(() => {});
    await a.page.close();
  }
});

for (const name of ["index", "intranet", "wall"]) {
  test(`${name}: a do-not-disturb change in the simulator is on screen within 1 s (real time)`, async () => {
    const { page, problems } = await open(name);
    try {
      await page.waitForSelector(PAGES[name].queues, { timeout: 15000 });
      await allLive(page);
      const q = await openQueue();
      assert.equal(await dndShown(page, name, q.name), "No");
      const ms = await dndOnScreenWithin(page, name, q, 1000);
      assert.ok(ms <= 1000, `${ms} ms`);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await admin(`queues/${(await openQueue()).id}/dnd`, { on: false }).catch(() => {});
      await page.close();
    }
  });
}

/** Every <img> in the document and its open shadow roots, and whether a handler ran. */
async function injected(page) {
  return page.evaluate(() => {
    const imgs = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.tagName === "IMG") imgs.push(el.outerHTML);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return imgs;
  });
}

test("every page shows a queue and an agent named <img src=x onerror=alert(1)> as text, and nothing executes", async () => {
  const queues = await all("queues/state");
  const agents = await all("agents/states");
  const q = queues[0];
  const employee = agents[0].employeeRefId;
  await admin(`queues/${q.id}/name`, { name: MARKUP });
  await admin(`employees/${employee}/name`, { name: MARKUP });
  const renamed = await all("queues/state");
  assert.equal(renamed[0].name, MARKUP);
  for (const name of Object.keys(PAGES)) {
    const { page, problems } = await open(name);
    try {
      await page.waitForSelector(PAGES[name].queues, { timeout: 15000 });
      const shown = await shownQueues(page, name);
      assert.deepEqual(shown[0], [MARKUP, String(renamed[0].waitingConversations)], name);
      if (PAGES[name].agents) {
        await page.waitForSelector("tr.micc-agent", { timeout: 15000 });
        assert.ok((await shownAgents(page)).includes(MARKUP), `${name}: the agent's name as text`);
      }
      // A beat for an onerror that would have been scheduled.
      await page.waitForTimeout(200);
      assert.deepEqual(await injected(page), [], `${name}: no <img> from a name`);
      assert.deepEqual(problems, [], name);
      assert.deepEqual(await violations(page), [], name);
    } finally {
      await page.close();
    }
  }
});

test("the page server (scripts/serve-www.mjs) sends the policy, types and no-store, and serves nothing outside its directories", async () => {
  const page = await fetch(`${site.url}/app.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(page.headers.get("content-security-policy"), policy(sim.url));
  assert.equal(page.headers.get("cache-control"), "no-store");
  const wasm = await fetch(`${site.url}/pkg/micc-widget/micc_widget_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  await wasm.arrayBuffer();
  const index = await fetch(`${site.url}/`);
  assert.match(await index.text(), /<div id="queue-now">/);
  for (const p of ["/%2e%2e/Cargo.toml", "/pkg/%2e%2e/%2e%2e/Cargo.toml", "/..%2f..%2fCargo.toml", "/pkg/..%2f..%2f..%2fCargo.toml", "/no-such-page.html", "/%E0%A4%A"]) {
    const res = await fetch(`${site.url}${p}`);
    assert.ok(res.status === 403 || res.status === 404, `${p}: ${res.status}`);
    await res.arrayBuffer();
  }
  const post = await fetch(`${site.url}/index.html`, { method: "POST" });
  assert.equal(post.status, 405);
});
