// CORS from a real page in Chromium, per `--cors` mode: a page on another origin (and a
// file:// page, origin `null`) reads the token endpoint and the REST API with credentials
// and an Authorization header (a preflight) in `any` mode; the browser refuses the same in
// `none` mode and in `allow-list` mode for an unlisted origin; a listed origin works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startSim } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

let site;
let browser;
let www;
const sims = {};

// Runs in the page: the calls a standalone sample page makes, with credentials as the
// jQuery SignalR client sends cross-domain requests.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>cors</title><script>
window.probe = async function (sim) {
  const out = {};
  try {
    const res = await fetch(sim + "/authorizationserver/token", {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=password&username=supervisor&password=supervisor",
    });
    out.token = (await res.json()).access_token;
  } catch (e) {
    out.tokenError = e.name;
  }
  try {
    const res = await fetch(sim + "/miccsdk/api/v1/queues/state", {
      credentials: "include",
      headers: { authorization: "Bearer " + (out.token || "x") },
    });
    out.status = res.status;
    out.count = (await res.json()).count;
  } catch (e) {
    out.restError = e.name;
  }
  try {
    const res = await fetch(sim + "/miccsdk/signalr/negotiate?clientProtocol=2.1&sessionid=" +
      encodeURIComponent("Bearer " + (out.token || "x")), { credentials: "include" });
    out.protocol = (await res.json()).ProtocolVersion;
  } catch (e) {
    out.signalrError = e.name;
  }
  return out;
};
</script></head><body></body></html>`;

before(async () => {
  www = mkdtempSync(path.join(tmpdir(), "micc-cors-"));
  writeFileSync(path.join(www, "index.html"), PAGE);
  site = await startStatic({ "/": www });
  const [any, none, unlisted, listed] = await Promise.all([
    startSim(["--speed", "0"]),
    startSim(["--speed", "0", "--cors", "none"]),
    startSim(["--speed", "0", "--cors", "allow-list", "--allow-origin", "https://crm.example.com"]),
    startSim(["--speed", "0", "--cors", "allow-list", "--allow-origin", site.origin]),
  ]);
  Object.assign(sims, { any, none, unlisted, listed });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(Object.values(sims).map((s) => s.stop()));
  await site?.stop();
  if (www) rmSync(www, { recursive: true, force: true });
});

async function probeFrom(url, sim) {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate((s) => window.probe(s), sim.url);
  } finally {
    await page.close();
  }
}

const works = (r) => {
  assert.equal(typeof r.token, "string", JSON.stringify(r));
  assert.equal(r.status, 200, JSON.stringify(r));
  assert.ok(r.count > 0);
  assert.equal(r.protocol, "1.5");
};

const refused = (r) => {
  // The browser hides refused answers: fetch rejects with a TypeError.
  assert.deepEqual(
    [r.tokenError, r.restError, r.signalrError],
    ["TypeError", "TypeError", "TypeError"],
    JSON.stringify(r),
  );
};

test("any mode: a page on another origin reads everything with credentials", async () => {
  works(await probeFrom(`${site.url}/index.html`, sims.any));
});

test("any mode: a file:// page (origin null) reads everything with credentials", async () => {
  works(await probeFrom(pathToFileURL(path.join(www, "index.html")).href, sims.any));
});

test("none mode: the browser refuses every cross-origin read", async () => {
  refused(await probeFrom(`${site.url}/index.html`, sims.none));
});

test("allow-list mode: an unlisted origin is refused, a listed one works", async () => {
  refused(await probeFrom(`${site.url}/index.html`, sims.unlisted));
  works(await probeFrom(`${site.url}/index.html`, sims.listed));
});
