// The widget's transfer budget (the widget issue: 150 KB gzipped for wasm + js + css) as a
// check on the package test.sh has just built, so that a change which crosses it fails here
// and not only in the next benchmark record. The same files and the same measure as
// scripts/bench/widget-size.sh, which stays the record: `gzip -9` (zlib's level 9 comes out
// about 0.5 % larger on the wasm, so the two would disagree near the line). A size, not a
// time: it does not depend on the machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "../support/sim.mjs";

const BUDGET = 150 * 1024;
const PKG = path.join(ROOT, "target/pkg/micc-widget");

const jsUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));

const gzipped = (file) => execFileSync("gzip", ["-9c", file], { maxBuffer: 16 << 20 }).length;

test("the widget a page loads (wasm, glue, snippets, loader, stylesheet) is within 150 KB gzipped", () => {
  assert.ok(existsSync(path.join(PKG, "micc_widget_bg.wasm")), "build the package first (scripts/lib.sh build_widget_pkg)");
  const snippets = jsUnder(path.join(PKG, "snippets"));
  // live.js (the real-time and REST adapter) is the largest snippet: its absence would mean
  // the list below no longer matches what a page loads.
  assert.ok(snippets.some((f) => f.endsWith("live.js")), `snippets: ${snippets.join(", ")}`);
  const files = [
    path.join(PKG, "micc_widget_bg.wasm"),
    path.join(PKG, "micc_widget.js"),
    ...snippets,
    path.join(PKG, "micc-elements.js"),
    path.join(ROOT, "www/demo.css"),
  ];
  const sizes = files.map((f) => [path.relative(ROOT, f), gzipped(f)]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  assert.ok(total <= BUDGET, `${total} B gzipped, over the ${BUDGET} B budget by ${total - BUDGET}:\n${sizes.map(([f, n]) => `  ${f} ${n}`).join("\n")}`);
});
