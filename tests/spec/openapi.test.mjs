// The API description validated as OpenAPI 3.1 by an off-the-shelf validator
// (@seriousme/openapi-schema-validator, through validate.mjs), and proof that the
// validation can fail: a broken copy must be rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../support/sim.mjs";

const validate = path.join(ROOT, "tests/spec/validate.mjs");
const spec = path.join(ROOT, "crates/micc-api/spec/openapi.json");

function run(file) {
  try {
    return { code: 0, out: execFileSync("node", [validate, file], { encoding: "utf8" }) };
  } catch (e) {
    return { code: e.status, out: String(e.stdout) };
  }
}

test("the API description is valid OpenAPI 3.1 with 139 operations", () => {
  const { code, out } = run(spec);
  assert.equal(code, 0, out);
  assert.match(out, /^VALID OpenAPI 3\.1: .*\(139 operations, \d+ schemas\)/);
});

test("the validator rejects a document with a dangling $ref or a bad parameter", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "micc-spec-"));
  try {
    const doc = JSON.parse(readFileSync(spec, "utf8"));
    const dangling = structuredClone(doc);
    dangling.components.schemas.QueueState = { $ref: "#/components/schemas/NoSuchModel" };
    writeFileSync(path.join(dir, "dangling.json"), JSON.stringify(dangling));
    assert.equal(run(path.join(dir, "dangling.json")).code, 1);

    const badParam = structuredClone(doc);
    const op = Object.values(badParam.paths)[0];
    const first = Object.values(op).find((o) => o && o.operationId);
    first.parameters = [{ name: "x", in: "nowhere" }];
    writeFileSync(path.join(dir, "bad-param.json"), JSON.stringify(badParam));
    assert.equal(run(path.join(dir, "bad-param.json")).code, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
