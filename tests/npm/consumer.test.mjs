// The packed npm tarball installed into a throwaway project, used from Node 20 and from a
// plain ES module page in Chromium, both against micc-sim; and its declarations type-check.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, copyFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

// A throwaway project next to this test (git-ignored), as a user would create one.
const project = path.join(ROOT, "tests/npm/project");
let sim;
let site;
let supervisorToken;

async function rest(p) {
  const r = await fetch(`${sim.url}/miccsdk/api/v1${p}`, { headers: { authorization: `Bearer ${supervisorToken}` } });
  return r.json();
}

before(async () => {
  const tarball = readdirSync(path.join(ROOT, "target/pkg")).find((f) => /^micc-client-.*\.tgz$/.test(f));
  assert.ok(tarball, "the package was built (scripts/build-client-pkg.sh)");
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", path.join(ROOT, "target/pkg", tarball)], { cwd: project, stdio: "pipe" });
  for (const f of ["consumer-node.mjs", "consumer.ts", "index.html"]) {
    copyFileSync(path.join(ROOT, "tests/npm", f), path.join(project, f));
  }
  sim = await startSim(["--queues", "16", "--agents", "120", "--speed", "0"]);
  // The page and its node_modules come from another origin than the API.
  site = await startStatic({ "/": project });
  const t = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  supervisorToken = (await t.json()).access_token;
});

after(async () => {
  await site?.stop();
  await sim?.stop();
});

test("a Node 20 program uses the package against the simulator", async () => {
  const out = execFileSync("node", ["consumer-node.mjs", sim.url], { cwd: project, encoding: "utf8" });
  const r = JSON.parse(out);
  const served = await rest("/queues/state");
  assert.equal(r.states.count, served.count);
  assert.deepEqual(
    r.states._embedded.items.map((q) => [q.id, q.name, q.waitingConversations, q.mediaType]),
    served._embedded.items.map((q) => [q.id, q.name, q.waitingConversations, q.mediaType]),
  );
  assert.equal(typeof r.me.presence.aggregate.acdState, "string");
  const names = r.voice._embedded.items.map((q) => q.name);
  assert.ok(names.length > 0 && r.voice._embedded.items.every((q) => q.mediaType === "Voice"));
  assert.deepEqual(names, [...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  const agents = await rest("/agents/states?$top=1");
  assert.equal(r.agents, agents.count, "every agent, page after page");
  assert.equal(r.agentIds, agents.count);
  assert.deepEqual(r.error, { name: "MiccError", kind: "status", status: 404, isError: true });
  assert.equal(r.invalid, "invalid-argument");
});

test("a plain ES module page on another origin uses the package in Chromium", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    assert.notEqual(new URL(site.url).origin, new URL(sim.url).origin);
    await page.goto(`${site.url}/index.html?server=${encodeURIComponent(sim.url)}`);
    await page.waitForFunction(() => window.results !== undefined, null, { timeout: 20000 });
    const r = await page.evaluate(() => window.results);
    assert.equal(r.error, undefined, JSON.stringify(r.error));
    assert.equal(r.me.username, "agent", "impersonation");
    assert.ok(r.states.count > 0 && r.states.count < 16, "an agent sees its own queues only");
    assert.ok(r.ad._embedded.items.length > 0);
    assert.ok(r.ad._embedded.items.every((e) => e.type === "ADUser"));
  } finally {
    await browser.close();
  }
});

test("the declarations type-check a TypeScript program in strict mode", () => {
  const tsc = path.join(ROOT, "tests/node_modules/typescript/bin/tsc");
  execFileSync("node", [tsc, "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "consumer.ts"], {
    cwd: project,
    stdio: "pipe",
  });
});
