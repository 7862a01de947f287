// Type-checks tests/npm/contract.ts against the generated declarations in
// crates/micc-client/js (strict mode); its `@ts-expect-error` lines must be errors.
import { test } from "node:test";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");

test("the generated declarations hold the TypeScript contract", () => {
  const tsc = path.join(ROOT, "tests/node_modules/typescript/bin/tsc");
  const args = ["--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "contract.ts"];
  try {
    execFileSync("node", [tsc, ...args], { cwd: HERE, stdio: "pipe" });
  } catch (e) {
    throw new Error(`tsc: ${e.stdout}${e.stderr}`);
  }
});
