// The packed micc-client tarball in small consumer apps built by Vite and by webpack 5
// (exact versions from their lock files, installed offline from the npm cache that
// scripts/setup.sh fills), served from one origin and run in headless Chromium against
// micc-sim on another: the queue table the app shows is the simulator's REST answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";
import { startStatic } from "../support/static.mjs";
import { launchBrowser } from "../support/browser.mjs";

const HERE = path.join(ROOT, "tests/bundlers");
// Throwaway projects under target/ (git-ignored), rebuilt from scratch on every run.
const WORK = path.join(ROOT, "target/bundlers");

let sim;
let browser;
let served;

function tarball() {
  const dir = path.join(ROOT, "target/pkg");
  const name = readdirSync(dir).find((f) => /^micc-client-.*\.tgz$/.test(f));
  assert.ok(name, "the package was built (scripts/build-client-pkg.sh)");
  return path.join(dir, name);
}

/** Copies an app, installs its lock file offline plus the package tarball, and builds it. */
function buildApp(name, buildArgs) {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(path.join(HERE, name))) {
    if (f !== "node_modules") cpSync(path.join(HERE, name, f), path.join(dir, f), { recursive: true });
  }
  cpSync(path.join(HERE, "app/main.js"), path.join(dir, "main.js"));
  const npm = (args) => execFileSync("npm", [...args, "--offline", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe" });
  try {
    npm(["ci"]);
  } catch (e) {
    throw new Error(`npm ci --offline of ${name} failed; scripts/setup.sh fills the npm cache it needs: ${e.stderr}`);
  }
  npm(["install", "--no-save", tarball()]);
  execFileSync("node", buildArgs, { cwd: dir, stdio: "pipe" });
  return path.join(dir, "dist");
}

/** Every file under `dir`, relative. */
function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)));
}

/** Opens the built app on its own origin and returns the table it shows. */
async function runApp(dist) {
  const site = await startStatic({ "/": dist });
  try {
    assert.notEqual(new URL(site.url).origin, new URL(sim.url).origin);
    const page = await browser.context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${site.url}/index.html?server=${encodeURIComponent(sim.url)}`);
    await page.waitForFunction(() => document.getElementById("status")?.textContent !== "running", null, { timeout: 30000 });
    const shown = await page.evaluate(() => ({
      status: document.getElementById("status").textContent,
      count: Number(document.getElementById("status").dataset.count),
      rows: [...document.querySelectorAll("#queues tr")].map((tr) => [
        tr.dataset.id,
        tr.querySelector(".name").textContent,
        tr.querySelector(".media").textContent,
        Number(tr.querySelector(".waiting").textContent),
      ]),
    }));
    await page.close();
    assert.deepEqual(errors, []);
    return shown;
  } finally {
    await site.stop();
  }
}

function assertShowsServedStates(shown) {
  assert.equal(shown.status, "done");
  assert.equal(shown.count, served.count);
  assert.ok(shown.rows.length > 0);
  assert.deepEqual(
    shown.rows,
    served._embedded.items.map((q) => [String(q.id), q.name, q.mediaType, q.waitingConversations]),
  );
}

before(async () => {
  sim = await startSim(["--queues", "16", "--agents", "120", "--speed", "0"]);
  const t = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  const token = (await t.json()).access_token;
  const r = await fetch(`${sim.url}/miccsdk/api/v1/queues/state`, { headers: { authorization: `Bearer ${token}` } });
  served = await r.json();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await sim?.stop();
});

test("a Vite build of the app shows the simulator's queue states in Chromium", async () => {
  const dist = buildApp("vite", ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"]);
  const built = files(dist);
  assert.equal(built.filter((f) => f.endsWith(".wasm")).length, 1, `one wasm asset: ${built}`);
  assertShowsServedStates(await runApp(dist));
});

test("a webpack 5 build of the app shows the simulator's queue states in Chromium", async () => {
  const dist = buildApp("webpack", ["build.mjs"]);
  const built = files(dist);
  assert.equal(built.filter((f) => f.endsWith(".wasm")).length, 1, `one wasm asset: ${built}`);
  assertShowsServedStates(await runApp(dist));
});
