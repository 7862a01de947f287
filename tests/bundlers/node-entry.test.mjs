// The package in Node and as a tarball: one .wasm file serves both the browser and the Node
// entry; micc-client/manual's initSync and init take bytes or a WebAssembly.Module and refuse
// bad input with a MiccError of kind "load"; a missing .wasm does not fail the import; the
// package carries its licenses and the metadata registries and tools read.
// Needs `bash scripts/build-client-pkg.sh` first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { startSim, ROOT } from "../support/sim.mjs";

const PKG = path.join(ROOT, "target/pkg/micc-client");
const HERE = path.join(ROOT, "tests/bundlers/node");
const WORK = path.join(ROOT, "target/bundlers");

let sim;
let queueCount;

function tarball() {
  const dir = path.join(ROOT, "target/pkg");
  const name = readdirSync(dir).find((f) => /^micc-client-.*\.tgz$/.test(f));
  assert.ok(name, "the package was built (scripts/build-client-pkg.sh)");
  return path.join(dir, name);
}

function run(script, ...args) {
  return JSON.parse(execFileSync("node", [path.join(HERE, script), ...args], { encoding: "utf8" }));
}

function assertLoadError(outcome, what) {
  assert.equal(typeof outcome, "object", `${what}: expected a load error, got ${JSON.stringify(outcome)}`);
  assert.equal(outcome.name, "MiccError", `${what}: ${JSON.stringify(outcome)}`);
  assert.equal(outcome.kind, "load", `${what}: ${outcome.message}`);
  assert.equal(outcome.isError, true, what);
}

before(async () => {
  sim = await startSim(["--queues", "9", "--agents", "30", "--speed", "0"]);
  const t = await fetch(`${sim.url}/authorizationserver/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=password&username=supervisor&password=supervisor",
  });
  const token = (await t.json()).access_token;
  const r = await fetch(`${sim.url}/miccsdk/api/v1/queues/state`, { headers: { authorization: `Bearer ${token}` } });
  queueCount = (await r.json()).count;
});

after(async () => {
  await sim?.stop();
});

test("the tarball ships one .wasm, both licenses, and the Node entry runs on that one file", () => {
  const listed = execFileSync("tar", ["-tzf", tarball()], { encoding: "utf8" }).split("\n").filter(Boolean);
  assert.deepEqual(
    listed.filter((f) => f.endsWith(".wasm")),
    ["package/web/micc_client_bg.wasm"],
  );
  assert.ok(listed.includes("package/LICENSE-MIT") && listed.includes("package/LICENSE-APACHE"), String(listed));
  assert.match(execFileSync("tar", ["-xzOf", tarball(), "package/LICENSE-MIT"], { encoding: "utf8" }), /^MIT License/);
  assert.match(execFileSync("tar", ["-xzOf", tarball(), "package/LICENSE-APACHE"], { encoding: "utf8" }), /Apache License\s+Version 2\.0/);
  const r = run("default-entry.mjs", PKG, sim.url);
  assert.equal(r.ready, "ok");
  assert.equal(r.count, queueCount);
});

test("package.json: license, repository, keywords, exports for ./package.json, ./manual and the wasm; their declarations type-check", () => {
  const project = path.join(WORK, "metadata-project");
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "metadata", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball()], { cwd: project, stdio: "pipe" });
  const require = createRequire(path.join(project, "index.js"));
  const manifestPath = require.resolve("micc-client/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  assert.equal(manifest.license, "MIT OR Apache-2.0");
  assert.equal(typeof manifest.repository?.url, "string");
  assert.ok(manifest.repository.url.length > 0);
  assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.includes("mitel") && manifest.keywords.includes("webassembly"));
  assert.equal(manifest.exports["./package.json"], "./package.json");
  const wasm = require.resolve("micc-client/micc_client_bg.wasm");
  assert.equal(path.relative(path.dirname(manifestPath), wasm), path.join("web", "micc_client_bg.wasm"));
  const manual = execFileSync(
    "node",
    ["--input-type=module", "-e", 'const m = await import("micc-client/manual"); console.log(Object.keys(m).sort().join(","))'],
    { cwd: project, encoding: "utf8" },
  ).trim();
  assert.equal(manual, "MiccClient,MiccError,allItems,exponentialBackoff,init,initSync,isMiccError,odataString");
  // The declarations of `ready` and of micc-client/manual type-check a strict program.
  cpSync(path.join(HERE, "consumer-manual.ts"), path.join(project, "consumer-manual.ts"));
  const tsc = path.join(ROOT, "tests/node_modules/typescript/bin/tsc");
  const flags = ["--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext"];
  execFileSync("node", [tsc, ...flags, "consumer-manual.ts"], { cwd: project, stdio: "pipe" });
});

test("micc-client/manual in Node: initSync with the file's bytes, after refused inputs", () => {
  const r = run("manual-load.mjs", PKG, sim.url, "sync");
  assertLoadError(r.beforeInit, "a client before initSync");
  assertLoadError(r.badBytes, "initSync with bytes that are not wasm");
  assertLoadError(r.notAnObject, "initSync(null)");
  assertLoadError(r.badModuleAsync, "init with a truncated module");
  assert.equal(r.load, "ok");
  assert.equal(r.again, "ok", "a second load is a no-op");
  assert.equal(r.count, queueCount);
});

test("micc-client/manual in Node: init with a compiled WebAssembly.Module", () => {
  const r = run("manual-load.mjs", PKG, sim.url, "async");
  assert.equal(r.load, "ok");
  assert.equal(r.count, queueCount);
});

test("the Node entry without its .wasm file imports, rejects `ready` and the constructor with MiccError kind load", () => {
  const broken = path.join(WORK, "node-broken-pkg");
  rmSync(broken, { recursive: true, force: true });
  cpSync(PKG, broken, { recursive: true });
  rmSync(path.join(broken, "web/micc_client_bg.wasm"));
  const r = run("default-entry.mjs", broken, sim.url);
  assert.equal(r.imported, true);
  assertLoadError(r.ready, "ready");
  assert.equal(r.ready.cause, "ENOENT");
  assertLoadError(r.count, "new MiccClient");
  assert.equal(r.count.message, r.ready.message);
});
