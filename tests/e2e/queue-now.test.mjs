// The whole chain: Chromium -> wasm widget -> micc-client -> HTTP -> micc-sim.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

let sim;
let site;
let browser;

before(async () => {
  // A frozen clock: the page must show exactly what the API served. The simulator also
  // serves the packages (/pkg/), checked below; the page itself comes from another origin,
  // as an intranet page calls the Mitel server.
  sim = await startSim([
    "--pkg", path.join(ROOT, "target/pkg"),
    "--demo-token-user", "supervisor",
    "--speed", "0",
  ]);
  site = await startStatic({ "/": path.join(ROOT, "www"), "/pkg/": path.join(ROOT, "target/pkg") });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
});

test("the demo page, on another origin, shows the queues and waiting counts the simulator serves", async () => {
  const { access_token } = await (await fetch(`${sim.url}/demo/token`)).json();
  const served = await (
    await fetch(`${sim.url}/miccsdk/api/v1/queues/state`, {
      headers: { authorization: `Bearer ${access_token}` },
    })
  ).json();
  const queues = served._embedded.items;
  assert.ok(queues.length > 0);

  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  assert.notEqual(new URL(site.url).origin, new URL(sim.url).origin);
  await page.goto(`${site.url}/?server=${encodeURIComponent(sim.url)}`);
  await page.waitForSelector("tr.micc-queue", { timeout: 15000 });

  const rows = await page.$$eval("tr.micc-queue", (trs) =>
    trs.map((tr) => [
      tr.querySelector(".micc-queue-name").textContent,
      tr.querySelector(".micc-waiting").textContent,
    ]),
  );
  assert.deepEqual(
    rows,
    queues.map((q) => [q.name, String(q.waitingConversations)]),
  );
  // The other columns come from the same rows: reporting numbers, and a totals row whose
  // waiting count is the simulator's sum (en formatting, so a plain number below 1,000).
  const reporting = await page.$$eval("tr.micc-queue .micc-reporting", (els) =>
    els.map((e) => e.textContent),
  );
  assert.deepEqual(reporting, queues.map((q) => q.reporting));
  const sum = queues.reduce((n, q) => n + q.waitingConversations, 0);
  assert.equal(
    (await page.textContent("tr.micc-totals .micc-waiting")).replace(/,/g, ""),
    String(sum),
  );
  // The first rows come by REST; the status says polling until real time connects.
  assert.ok(["polling", "live"].includes(await page.getAttribute("p.micc-link", "data-link")));
  // Sorting by a header button (WAI-ARIA sortable table): aria-sort moves to that header.
  await page.click("thead th.micc-waiting button");
  await page.waitForSelector('thead th.micc-waiting[aria-sort="descending"]');
  const waiting = await page.$$eval("tr.micc-queue .micc-waiting", (els) =>
    els.map((e) => Number(e.textContent.replace(/\D/g, ""))),
  );
  assert.deepEqual(waiting, [...waiting].sort((a, b) => b - a));
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(ROOT, "target/test-output/demo.png") });
});

test("the wasm module is served as application/wasm, compressed when asked", async () => {
  const res = await fetch(`${sim.url}/pkg/micc-widget/micc_widget_bg.wasm`, {
    headers: { "accept-encoding": "gzip" },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/wasm");
  assert.equal(res.headers.get("content-encoding"), "gzip");
});
