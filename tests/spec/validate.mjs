// Validates crates/micc-api/spec/openapi.json as OpenAPI 3.1 with the off-the-shelf
// @seriousme/openapi-schema-validator, and checks that every internal $ref resolves.
// Usage (from the workspace root): node tests/spec/validate.mjs [file]
// Prints one line; exits non-zero when the document is invalid.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
// An optional argument validates another file (e.g. a deliberately broken copy).
const spec = path.resolve(process.argv[2] ?? path.resolve(here, "../../crates/micc-api/spec/openapi.json"));
// tests/node_modules holds the validator; resolve it from tests/ whatever the cwd is.
const require = createRequire(path.resolve(here, "../package.json"));
const { Validator } = await import(require.resolve("@seriousme/openapi-schema-validator"));

const validator = new Validator();
let result;
try {
  result = await validator.validate(spec);
} catch (e) {
  console.log(`INVALID ${spec}: ${e.message}`);
  process.exit(1);
}
if (!result.valid) {
  console.log(`INVALID ${spec}: ${JSON.stringify(result.errors)}`);
  process.exit(1);
}
if (validator.version !== "3.1") {
  console.log(`INVALID ${spec}: OpenAPI ${validator.version}, expected 3.1`);
  process.exit(1);
}
try {
  validator.resolveRefs();
} catch (e) {
  console.log(`INVALID ${spec}: unresolved $ref: ${e.message}`);
  process.exit(1);
}
const doc = validator.specification;
const ops = Object.values(doc.paths).flatMap((item) =>
  ["get", "put", "post", "delete", "patch"].filter((m) => item[m]),
).length;
console.log(`VALID OpenAPI ${validator.version}: ${path.relative(process.cwd(), spec) || spec} (${ops} operations, ${Object.keys(doc.components.schemas).length} schemas)`);
