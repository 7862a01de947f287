// The packed micc-client tarball in small consumer apps built by Vite and by webpack 5
// (exact versions from their lock files, installed offline from the npm cache that
// scripts/setup.sh fills), served from one origin and run in headless Chromium against
// micc-sim on another: the queue table the app shows is the simulator's REST answer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
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

/** Copies an app and installs its lock file offline plus the package tarball; returns its dir. */
function installApp(name, entry = "main.js", work = name) {
  const dir = path.join(WORK, work);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(path.join(HERE, name))) {
    if (f !== "node_modules") cpSync(path.join(HERE, name, f), path.join(dir, f), { recursive: true });
  }
  cpSync(path.join(HERE, "app/table.js"), path.join(dir, "table.js"));
  cpSync(path.join(HERE, "app", entry), path.join(dir, "main.js"));
  const npm = (args) => execFileSync("npm", [...args, "--offline", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe" });
  try {
    npm(["ci"]);
  } catch (e) {
    throw new Error(`npm ci --offline of ${name} failed; scripts/setup.sh fills the npm cache it needs: ${e.stderr}`);
  }
  npm(["install", "--no-save", tarball()]);
  return dir;
}

/** Installs an app and builds it; returns the directory of the built site. */
function buildApp(name, buildArgs, entry, work) {
  const dir = installApp(name, entry, work);
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
    return await showTable(site.url);
  } finally {
    await site.stop();
  }
}

/** Opens the app at `origin` and returns the table it shows. */
async function showTable(origin) {
  assert.notEqual(new URL(origin).origin, new URL(sim.url).origin);
  const page = await browser.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${origin}/index.html?server=${encodeURIComponent(sim.url)}`);
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

test("micc-client/manual with the wasm URL from Vite (?url) builds for an ES2020 target (no top-level await) and runs", async () => {
  const args = ["node_modules/vite/bin/vite.js", "build", "--target", "es2020", "--logLevel", "warn"];
  const dist = buildApp("vite", args, "main-manual.js", "vite-es2020");
  assert.equal(files(dist).filter((f) => f.endsWith(".wasm")).length, 1);
  assertShowsServedStates(await runApp(dist));
});

test("the Vite dev server serves the app (pre-bundled dependencies keep the wasm URL)", async () => {
  const dir = installApp("vite");
  const { createServer } = await import(pathToFileURL(path.join(dir, "node_modules/vite/dist/node/index.js")).href);
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: "warn",
    server: { host: "127.0.0.1", port: 0, strictPort: false, hmr: false, watch: null },
  });
  try {
    await server.listen();
    const { port } = server.httpServer.address();
    assertShowsServedStates(await showTable(`http://localhost:${port}`));
  } finally {
    await server.close();
  }
});

test("the micc-widget package in a Vite build: mount() shows the simulator's queues in Chromium", async () => {
  const dir = installApp("vite", "main-widget.js", "vite-widget");
  const pkgDir = path.join(ROOT, "target/pkg");
  const widget = readdirSync(pkgDir).find((f) => /^micc-widget-.*\.tgz$/.test(f));
  assert.ok(widget, "the widget package was built (build_widget_pkg in scripts/lib.sh)");
  execFileSync("npm", ["install", "--no-save", "--offline", "--no-audit", "--no-fund", path.join(pkgDir, widget)], { cwd: dir, stdio: "pipe" });
  execFileSync("node", ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"], { cwd: dir, stdio: "pipe" });
  const dist = path.join(dir, "dist");
  const built = files(dist);
  assert.equal(built.filter((f) => f.endsWith(".wasm")).length, 1, `one wasm asset: ${built}`);
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
      names: [...document.querySelectorAll("tr.micc-queue .micc-queue-name")].map((e) => e.textContent),
    }));
    await page.close();
    assert.deepEqual(errors, []);
    assert.equal(shown.status, "done");
    assert.deepEqual(shown.names, served._embedded.items.map((q) => q.name));
  } finally {
    await site.stop();
  }
});
