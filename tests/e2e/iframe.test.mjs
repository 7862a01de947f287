// The CRM iframe (embedding way 3): a host page on origin A (www/crm.html with host.js), the
// widget frame on origin B (www/frame.html with frame.js), micc-sim on C (127.0.0.1), and a
// third origin D (tests/iframe/fixtures) that tries to use the frame.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { mkdirSync } from "node:fs";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

// Short-lived tokens: every test also runs through renewals (the frame asks at 90 %, 2.7 s).
const LIFETIME_S = 3;

let sim;
let hostSite;
let frameSite;
let third;
let browser;
let queues;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

before(async () => {
  sim = await startSim([
    "--demo-token-user", "supervisor",
    "--speed", "0",
    "--token-lifetime", String(LIFETIME_S),
  ]);
  const www = { "/": path.join(ROOT, "www"), "/pkg/": path.join(ROOT, "target/pkg") };
  hostSite = await startStatic(www);
  frameSite = await startStatic(www);
  third = await startStatic({ "/": path.join(ROOT, "tests/iframe/fixtures") });
  browser = await launchBrowser();
  mkdirSync(path.join(ROOT, "target/test-output"), { recursive: true });
  const token = await demoToken();
  const served = await (
    await fetch(`${sim.url}/miccsdk/api/v1/queues/state`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).json();
  queues = served._embedded.items;
  assert.ok(queues.length > 1, "the simulator serves several queues");
});

after(async () => {
  await browser?.close();
  await third?.stop();
  await frameSite?.stop();
  await hostSite?.stop();
  await sim?.stop();
});

async function demoToken() {
  return (await (await fetch(`${sim.url}/demo/token`)).json()).access_token;
}

// Opens the CRM page; resolves to { page, frame, errors } once the frame shows its rows.
async function openCrm() {
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  const q = new URLSearchParams({ frame: frameSite.origin, server: sim.url });
  await page.goto(`${hostSite.url}/crm.html?${q}`);
  const frame = await widgetFrame(page);
  await frame.waitForSelector("tr.micc-queue", { timeout: 20000 });
  return { page, frame, errors };
}

async function widgetFrame(page) {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.url().startsWith(`${frameSite.origin}/frame.html`));
    if (f) return f;
    await sleep(100);
  }
  throw new Error("no widget frame in the page");
}

const rowNames = (frame) =>
  frame.$$eval("tr.micc-queue .micc-queue-name", (els) => els.map((e) => e.textContent));
const frameState = (frame) => frame.evaluate(() => ({ ...window.miccFrame }));

test("the frame on another origin shows the simulator's queues with the token the host hands it", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    assert.notEqual(hostSite.origin, frameSite.origin);
    assert.equal(await frame.evaluate(() => location.origin), frameSite.origin);
    assert.deepEqual(await rowNames(frame), queues.map((q) => q.name));
    const state = await frameState(frame);
    assert.equal(state.host, hostSite.origin);
    assert.deepEqual(state.allowed, [hostSite.origin]);
    assert.ok(state.tokenRequests >= 1);
    assert.ok((await page.evaluate(() => window.crm.tokenCalls.length)) >= 1);
    // The token stays in memory: not in the frame's storage, URL or DOM.
    const leaks = await frame.evaluate(() => ({
      storage: localStorage.length + sessionStorage.length,
      url: location.href,
      html: document.documentElement.outerHTML,
    }));
    assert.equal(leaks.storage, 0);
    assert.doesNotMatch(leaks.url, /token/i);
    assert.doesNotMatch(leaks.html, /Bearer|access_token/);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(ROOT, "target/test-output/crm-iframe.png") });
  } finally {
    await page.close();
  }
});

/** `presence.aggregate.acdState` of the demo user's state, as the simulator has it. */
async function myStateInSim() {
  const r = await fetch(`${sim.url}/miccsdk/api/v1/employees/me/state`, {
    headers: { authorization: `Bearer ${await demoToken()}` },
  });
  assert.equal(r.status, 200);
  return (await r.json()).presence?.aggregate?.acdState;
}

test("a presence change from the CRM sidebar's my-presence control reaches the simulator", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    // The control knows the state first (its buttons are disabled until then).
    await frame.waitForSelector(".micc-my-state[data-presence]:not([data-presence='unknown'])", { timeout: 15000 });
    const before = await myStateInSim();
    const target = before === "DoNotDisturb" ? ["available", "Available"] : ["dnd", "DoNotDisturb"];
    await frame.click(`button.micc-my-choice[data-choice="${target[0]}"]`);
    let now;
    for (let i = 0; i < 50 && (now = await myStateInSim()) !== target[1]; i++) await sleep(100);
    assert.equal(now, target[1], `the simulator has ${now}`);
    // The control shows what the server now has, and says so politely (no error).
    await frame.waitForFunction(
      (t) => document.querySelector(".micc-my-state")?.dataset.presence === t,
      target[0] === "dnd" ? "dnd" : "available",
      { timeout: 5000 },
    );
    assert.equal(await frame.textContent(".micc-my-alert"), "");
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("the iframe's height follows the frame's content", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    const heights = async () => ({
      iframe: await page.evaluate(() => document.getElementById("micc-frame").getBoundingClientRect().height),
      content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    });
    const settle = async () => {
      for (let i = 0; i < 50; i++) {
        const h = await heights();
        if (h.content > 0 && Math.abs(h.iframe - h.content) <= 1) return h;
        await sleep(100);
      }
      return heights();
    };
    const all = await settle();
    assert.ok(Math.abs(all.iframe - all.content) <= 1, JSON.stringify(all));
    // The initial CSS height is 8rem (128 px): the table of every queue is taller.
    assert.ok(all.iframe > 128, JSON.stringify(all));

    // One queue: the content shrinks, and the iframe with it.
    await page.evaluate(
      (name) => window.crm.frame.update({ server: new URLSearchParams(location.search).get("server"), density: "compact", pollMs: 1000, queues: [name] }),
      queues[0].name,
    );
    await frame.waitForFunction(() => document.querySelectorAll("tr.micc-queue").length === 1);
    let one = await settle();
    for (let i = 0; i < 50 && one.iframe >= all.iframe; i++) {
      await sleep(100);
      one = await settle();
    }
    assert.ok(one.iframe < all.iframe, `${JSON.stringify(one)} < ${JSON.stringify(all)}`);
    assert.ok(Math.abs(one.iframe - one.content) <= 1, JSON.stringify(one));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("a page on a third origin that frames the widget gets nothing from it and cannot configure it", async () => {
  const page = await browser.context.newPage();
  try {
    const token = await demoToken(); // even with a valid token of its own
    const frameUrl = `${frameSite.origin}/frame.html?hosts=${encodeURIComponent(hostSite.origin)}`;
    const q = new URLSearchParams({ frame: frameUrl, server: sim.url, token });
    await page.goto(`${third.url}/evil.html?${q}`);
    await page.waitForFunction(() => window.sent === 2, null, { timeout: 15000 });
    const frame = await widgetFrame(page);
    await frame.waitForFunction(() => window.miccFrame && window.miccFrame.ignored >= 2);
    await sleep(1000);
    const state = await frameState(frame);
    assert.equal(state.accepted, 0);
    assert.equal(state.host, null);
    assert.equal(state.mounted, 0);
    assert.equal(state.tokenRequests, 0);
    assert.equal(await frame.$$eval("tr.micc-queue, .micc-root", (els) => els.length), 0);
    // The frame said nothing to it: not even micc:ready (sent only to allowed origins).
    assert.deepEqual(await page.evaluate(() => window.received), []);
  } finally {
    await page.close();
  }
});

test("messages from a frame beside the widget are ignored, whatever their origin", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    const before = await frameState(frame);
    // A frame of the third origin posts a one-queue config and a forged token to the widget.
    const q = new URLSearchParams({ server: sim.url, queue: queues[0].name });
    await page.evaluate((src) => {
      const f = document.createElement("iframe");
      f.src = src;
      document.body.append(f);
    }, `${third.url}/poster.html?${q}`);
    // A same-origin sibling (srcdoc: the host's own origin, so only event.source tells).
    await page.evaluate(({ server, queue }) => {
      const f = document.createElement("iframe");
      const msg = JSON.stringify({ v: 1, type: "micc:config", config: { server, queues: [queue] } });
      f.srcdoc = `<script>parent.frames[0].postMessage(${msg}, "*");
        parent.frames[0].postMessage({ v: 1, type: "micc:token", token: "forged" }, "*");
        parent.siblingDone = true;<\/script>`;
      document.body.append(f);
    }, { server: sim.url, queue: queues[0].name });
    await page.waitForFunction(() => window.siblingDone === true);
    // Four messages posted; a frame that accepted any would show one row or fail its requests.
    await frame
      .waitForFunction((n) => window.miccFrame.ignored >= n + 4, before.ignored, { timeout: 10000 })
      .catch(() => {});
    await sleep(1500);
    assert.deepEqual(await rowNames(frame), queues.map((q) => q.name));
    assert.ok((await frameState(frame)).ignored >= before.ignored + 4);
    assert.equal(await frame.$$eval(".micc-error", (els) => els.length), 0);
    assert.equal((await frameState(frame)).host, hostSite.origin);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("from the host itself, a wrong version, an unknown type or junk is ignored without errors", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    const before = await frameState(frame);
    const sent = await page.evaluate(
      ({ origin, server, queue }) => {
        const w = document.getElementById("micc-frame").contentWindow;
        const one = { server, queues: [queue] };
        const junk = [
          { v: 2, type: "micc:config", config: one },
          { v: "1", type: "micc:config", config: one },
          { type: "micc:config", config: one },
          { v: 1, type: "micc:eval", code: "alert(1)" },
          { v: 1, type: "micc:config", config: "queues=Sales" },
          { v: 1, type: "micc:config", config: [] },
          { v: 1, type: "micc:token", token: "" },
          { v: 1, type: "micc:token", token: "two words" },
          { v: 1, type: "micc:token", token: 42 },
          null,
          "micc:config",
          42,
          [1, 2, 3],
          new Date(0),
          { v: 1 },
        ];
        for (const m of junk) w.postMessage(m, origin);
        return junk.length;
      },
      { origin: frameSite.origin, server: sim.url, queue: queues[0].name },
    );
    await frame.waitForFunction((n) => window.miccFrame.ignored >= n, before.ignored + sent, { timeout: 10000 });
    await sleep(1500);
    assert.deepEqual(await rowNames(frame), queues.map((q) => q.name));
    assert.equal(await frame.$$eval(".micc-error", (els) => els.length), 0);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("the frame asks for a fresh token before the current one expires and keeps working", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    // Three and a half lifetimes: without renewal the simulator refuses the first token after 3 s.
    await sleep(LIFETIME_S * 3500);
    const calls = await page.evaluate(() => window.crm.tokenCalls);
    assert.ok(calls.length >= 4, `token asked ${calls.length} times`);
    // Each fresh token was asked before the previous one (3 s) expired: at about 90 %.
    for (let i = 1; i < calls.length; i++) {
      const gap = calls[i] - calls[i - 1];
      assert.ok(gap < LIFETIME_S * 1000, `gap ${gap} ms`);
      // ... and not much earlier: one request per token, near 90 % of its life.
      assert.ok(gap > LIFETIME_S * 600, `gap ${gap} ms`);
    }
    assert.deepEqual(await rowNames(frame), queues.map((q) => q.name));
    assert.equal(await frame.$$eval(".micc-error", (els) => els.length), 0);
    // Live (events) or polling: working either way, and no error.
    assert.ok(["live", "polling"].includes(await frame.getAttribute("p.micc-link", "data-link")));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("the frame renews the token on its own schedule, also while the widget makes no request", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    // Polling once an hour: the widget's client asks for no token in the next seconds, so
    // any request now is the frame's own, at 90 % of each token's lifetime.
    await page.evaluate(() =>
      window.crm.frame.update({ server: new URLSearchParams(location.search).get("server"), density: "compact", pollMs: 3600000 }),
    );
    await sleep(500);
    const start = await page.evaluate(() => window.crm.tokenCalls.length);
    await sleep(LIFETIME_S * 2500);
    const calls = (await page.evaluate(() => window.crm.tokenCalls)).slice(start);
    assert.ok(calls.length >= 2, `token asked ${calls.length} times`);
    for (let i = 1; i < calls.length; i++) {
      const gap = calls[i] - calls[i - 1];
      assert.ok(gap > LIFETIME_S * 600 && gap < LIFETIME_S * 1000, `gap ${gap} ms`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test("a server pinned in the frame's src wins over the host's config", async () => {
  const { page, frame, errors } = await openCrm();
  try {
    // The frame reloaded with ?server= pinned, then a new helper configures a server that
    // does not exist (port 1): the frame still reads the pinned simulator.
    await page.evaluate(
      ({ frameOrigin, server }) => {
        window.crm.frame.destroy();
        const iframe = document.getElementById("micc-frame");
        iframe.src = `${frameOrigin}/frame.html?hosts=${encodeURIComponent(location.origin)}&server=${encodeURIComponent(server)}`;
      },
      { frameOrigin: frameSite.origin, server: sim.url },
    );
    await frame.waitForURL(/server=/);
    await page.evaluate(async (server) => {
      const { embedMiccFrame } = await import("/pkg/micc-widget/host.js");
      embedMiccFrame(document.getElementById("micc-frame"), {
        frameOrigin: new URL(document.getElementById("micc-frame").src).origin,
        config: { server: "http://127.0.0.1:1", pollMs: 1000 },
        getToken: async () => {
          const t = await (await fetch(`${server}/demo/token`)).json();
          return { token: t.access_token, expiresIn: t.expires_in };
        },
      });
    }, sim.url);
    await frame.waitForFunction(() => window.miccFrame?.mounted === 1, null, { timeout: 15000 });
    await frame.waitForSelector("tr.micc-queue", { timeout: 20000 });
    assert.deepEqual(await rowNames(frame), queues.map((q) => q.name));
    assert.equal(await frame.$$eval(".micc-error", (els) => els.length), 0);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
