// The widget against a server that answers in the reference's wire form (PascalCase keys,
// enums as integers: micc-sim --wire pascal) rather than real servers' camelCase and names.
// The widget reads answers and hub payloads in any case and enums in both forms
// (crates/micc-widget/src/store/rest.rs, pluck in js/live_adapter.js); this holds it to that
// on the intranet page, served from another origin than the API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startSim } from "../support/sim.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { serveWww } from "../../scripts/serve-www.mjs";

let sim;
let site;
let browser;
let token;

before(async () => {
  sim = await startSim(["--wire", "pascal", "--demo-token-user", "supervisor", "--speed", "0"]);
  site = await serveWww({});
  browser = await launchBrowser();
  token = (await (await fetch(`${sim.url}/demo/token`)).json()).access_token;
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
});

/** Every item of a collection in the server's own form, following the HAL next links. */
async function all(p) {
  const items = [];
  let next = `${sim.url}/miccsdk/api/v1/${p}`;
  while (next) {
    const res = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200, p);
    const page = await res.json();
    items.push(...(page._embedded?.items ?? page._embedded?.Items ?? []));
    const href = page._links?.next?.href;
    next = href ? new URL(href, sim.url).href : null;
  }
  return items;
}

test("the intranet page shows a PascalCase, integer-enum server's queues and agents, and its pushed changes", async () => {
  const queues = await all("queues/state");
  assert.ok(queues.length > 0);
  assert.ok("WaitingConversations" in queues[0], "the simulator answers in PascalCase");
  assert.equal(typeof queues[0].MediaType, "number", "and with integer enums");
  const page = await browser.context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(`${site.url}/intranet.html?server=${encodeURIComponent(sim.url)}`);
    await page.waitForSelector("micc-queue-now tr.micc-queue", { timeout: 15000 });
    const shown = await page.$$eval("micc-queue-now tr.micc-queue", (trs) =>
      trs.map((tr) => [
        tr.querySelector(".micc-queue-name").textContent,
        tr.querySelector(".micc-waiting").textContent,
        tr.querySelector(".micc-media").textContent,
      ]),
    );
    // Media types by number: the widget names them (1 is Voice in the reference's list).
    assert.deepEqual(shown.map(([n, w]) => [n, w]), queues.map((q) => [q.Name, String(q.WaitingConversations)]));
    assert.ok(shown.every(([, , m]) => m !== "" && !/^\d+$/.test(m)), JSON.stringify(shown.slice(0, 3)));

    const agents = await all("agents/states");
    await page.waitForSelector("micc-agent-presence tr.micc-agent", { timeout: 15000 });
    const names = await page.$$eval("micc-agent-presence tr.micc-agent .micc-agent-display", (els) => els.map((e) => e.textContent).sort());
    const expected = agents.map((a) => [a.FirstName, a.LastName].filter(Boolean).join(" ")).sort();
    assert.deepEqual(names, expected);
    // Every agent's state (an integer on this wire) is shown in words, none as unknown.
    const states = await page.$$eval("micc-agent-presence tr.micc-agent", (trs) => trs.map((tr) => tr.querySelector(".micc-presence")?.className));
    assert.ok(states.every((c) => c && !c.includes("micc-presence-unknown")), JSON.stringify(states.slice(0, 5)));

    // A pushed change (queueStateChanged in PascalCase) reaches the screen.
    const q = queues.find((x) => x.IsInDoNotDisturb === false);
    assert.ok(q, "a queue not in do-not-disturb");
    const dnd = () =>
      page.$$eval(
        "micc-queue-now tr.micc-queue",
        (trs, name) => trs.find((tr) => tr.querySelector(".micc-queue-name")?.textContent === name)?.querySelector(".micc-dnd")?.textContent,
        q.Name,
      );
    assert.equal(await dnd(), "No");
    const res = await fetch(`${sim.url}/admin/queues/${q.Id}/dnd`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ on: true }),
    });
    assert.ok(res.ok);
    await page.waitForFunction(
      (name) => {
        const el = document.querySelector("micc-queue-now");
        const tr = [...(el?.shadowRoot?.querySelectorAll("tr.micc-queue") ?? [])].find((t) => t.querySelector(".micc-queue-name")?.textContent === name);
        return tr?.querySelector(".micc-dnd")?.textContent === "Yes";
      },
      q.Name,
      { timeout: 6000, polling: 50 },
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
