// Run by node-entry.test.mjs in its own process: `node default-entry.mjs PKG_DIR SERVER`
// imports the package's Node entry (node.mjs) and reports how its load went.
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pkg, server] = process.argv.slice(2);
const r = {};
const { MiccClient, ready } = await import(pathToFileURL(path.join(pkg, "node.mjs")).href);
r.imported = true;
const describe = (e) => ({ name: e?.name, kind: e?.kind, message: String(e?.message), isError: e instanceof Error, cause: e?.cause?.code });
try {
  await ready;
  r.ready = "ok";
} catch (e) {
  r.ready = describe(e);
}
try {
  const client = new MiccClient({ server, auth: { type: "password", username: "supervisor", password: "supervisor" } });
  r.count = (await client.queues().states()).count;
} catch (e) {
  r.count = describe(e);
}
console.log(JSON.stringify(r));
