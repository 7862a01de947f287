// The widget's transfer budget (the widget issue: 150 KB gzipped for wasm + js + css) as a
// check on the package test.sh has just built, so that a change which crosses it fails here
// and not only in the next benchmark record. The files and the budget are scripts/lib.sh's
// (`widget_transfer_files`, `WIDGET_TRANSFER_BUDGET`), which scripts/bench/widget-size.sh
// records; the measure is the same `gzip -9` (zlib's level 9 comes out about 0.5 % larger on
// the wasm, so the two would disagree near the line). A size, not a time: it does not depend
// on the machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "../support/sim.mjs";

const gzipped = (file) => execFileSync("gzip", ["-9c", file], { maxBuffer: 16 << 20 }).length;

/** The budget and the files, as scripts/lib.sh lists them. */
function transferList() {
  const out = execFileSync("bash", ["-c", 'source scripts/lib.sh && echo "$WIDGET_TRANSFER_BUDGET" && widget_transfer_files'], {
    cwd: ROOT,
    env: { ...process.env, ROOT },
    encoding: "utf8",
  });
  const [budget, ...files] = out.split("\n").filter(Boolean);
  return { budget: Number(budget), files };
}

test("the widget a page loads (wasm, glue, snippets, loader, stylesheet) is within 150 KB gzipped", () => {
  const { budget, files } = transferList();
  assert.equal(budget, 150 * 1024);
  assert.ok(existsSync(files[0]), "build the package first (scripts/lib.sh build_widget_pkg)");
  // live.js (the real-time and REST adapter) is the largest snippet: its absence would mean
  // the list no longer matches what a page loads.
  assert.ok(files.some((f) => f.endsWith("/live.js")), `files: ${files.join(", ")}`);
  const sizes = files.map((f) => [path.relative(ROOT, f), gzipped(f)]);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  assert.ok(total <= budget, `${total} B gzipped, over the ${budget} B budget by ${total - budget}:\n${sizes.map(([f, n]) => `  ${f} ${n}`).join("\n")}`);
});
