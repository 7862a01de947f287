// Loading the wasm module in Chromium when it goes wrong: a missing file (404), an HTML page
// where the module should be, bytes that do not compile, a Content-Security-Policy without
// 'wasm-unsafe-eval'. Each is a catchable MiccError of kind "load", the page's module graph
// stays whole, and the page can still load the module another way (micc-client/manual).
// Needs `bash scripts/build-client-pkg.sh` first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

const PKG = path.join(ROOT, "target/pkg/micc-client");
// A copy of the package without its .wasm file, as a deployment that forgot to upload it.
const BROKEN = path.join(ROOT, "target/bundlers/broken-pkg");

let sim;
let site;
let browser;
let queueCount;

before(async () => {
  rmSync(BROKEN, { recursive: true, force: true });
  cpSync(PKG, BROKEN, { recursive: true });
  rmSync(path.join(BROKEN, "web/micc_client_bg.wasm"));
  sim = await startSim(["--queues", "12", "--agents", "40", "--speed", "0"]);
  site = await startStatic({ "/": path.join(ROOT, "tests/bundlers/load"), "/pkg/": PKG, "/broken/": BROKEN });
  const t = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  const token = (await t.json()).access_token;
  const r = await fetch(`${sim.url}/miccsdk/api/v1/queues/state`, { headers: { authorization: `Bearer ${token}` } });
  queueCount = (await r.json()).count;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await sim?.stop();
});

async function open(page) {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(`${site.url}/${page}?server=${encodeURIComponent(sim.url)}`);
    await tab.waitForFunction(() => window.results !== undefined, null, { timeout: 20000 });
    return await tab.evaluate(() => window.results);
  } finally {
    await tab.close();
  }
}

function assertLoadError(outcome, what) {
  assert.equal(typeof outcome, "object", `${what}: expected a load error, got ${JSON.stringify(outcome)}`);
  assert.equal(outcome.name, "MiccError", `${what}: ${JSON.stringify(outcome)}`);
  assert.equal(outcome.kind, "load", `${what}: ${outcome.message}`);
  assert.equal(outcome.isError, true, what);
  assert.ok(outcome.message.length < 500, `${what}: bounded message`);
}

test("a missing .wasm (404) rejects `ready` and the constructor, not the import; init from another URL rescues the page", async () => {
  const r = await open("missing-wasm.html");
  assert.equal(r.imported, true);
  assertLoadError(r.ready, "ready");
  assertLoadError(r.construct, "new MiccClient");
  assert.equal(r.construct.message, r.ready.message, "the constructor throws the load's own error");
  assert.equal(r.rescue, "ok");
  assert.equal(r.count, queueCount);
  assert.deepEqual(r.uncaught, []);
});

test("micc-client/manual: init and initSync refuse a 404, an HTML page and bad bytes with MiccError, then load a WebAssembly.Module", async () => {
  const r = await open("manual.html");
  assertLoadError(r.beforeInit, "a client before init");
  assert.match(r.beforeInit.message, /init\(\)/);
  assertLoadError(r.notFound, "init with a 404");
  assertLoadError(r.htmlPage, "init with an HTML page");
  assertLoadError(r.badBytesSync, "initSync with bytes that do not compile (thrown synchronously)");
  assertLoadError(r.noModule, "initSync without { module }");
  assertLoadError(r.afterFailures, "a client after failed loads");
  assert.equal(r.compiled, "ok");
  assert.equal(r.count, queueCount);
  assert.deepEqual(r.uncaught, []);
});

test("a CSP without 'wasm-unsafe-eval' is a catchable load error; with it the default entry works", async () => {
  const refused = await open("csp-refused.html");
  assert.equal(refused.imported, true);
  assertLoadError(refused.ready, "ready under script-src 'self'");
  assertLoadError(refused.count, "a client under script-src 'self'");
  assert.match(refused.ready.message, /unsafe-eval|Content Security Policy|CSP/i);
  // The refusal itself is reported by the browser as a CSP violation, not as an uncaught error.
  assert.deepEqual(refused.uncaught, []);
  const allowed = await open("csp-allowed.html");
  assert.equal(allowed.ready, "ok");
  assert.equal(allowed.count, queueCount);
  assert.deepEqual(allowed.uncaught, []);
});
