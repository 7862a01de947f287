// Run by node-entry.test.mjs in its own process (the loader's state is per process):
// `node manual-load.mjs PKG_DIR SERVER sync|async` uses micc-client/manual's initSync (bytes)
// or init (a WebAssembly.Module) after a series of refused inputs, then lists queue states.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pkg, server, mode] = process.argv.slice(2);
const { MiccClient, init, initSync } = await import(pathToFileURL(path.join(pkg, "manual.js")).href);
const auth = { type: "password", username: "supervisor", password: "supervisor" };

async function outcome(f) {
  try {
    await f();
    return "ok";
  } catch (e) {
    return { name: e?.name, kind: e?.kind, message: String(e?.message), isError: e instanceof Error };
  }
}

const r = {};
r.beforeInit = await outcome(() => new MiccClient({ server, auth }));
r.badBytes = await outcome(() => initSync({ module: Buffer.from("not wasm at all") }));
r.notAnObject = await outcome(() => initSync(null));
r.badModuleAsync = await outcome(() => init({ module_or_path: new Uint8Array([0, 97, 115, 109]) }));
const bytes = readFileSync(path.join(pkg, "web/micc_client_bg.wasm"));
r.load = mode === "sync" ? await outcome(() => initSync({ module: bytes })) : await outcome(async () => init({ module_or_path: await WebAssembly.compile(bytes) }));
r.again = await outcome(() => initSync({ module: bytes }));
try {
  r.count = (await new MiccClient({ server, auth }).queues().states()).count;
} catch (e) {
  r.count = { name: e?.name, kind: e?.kind, message: String(e?.message) };
}
console.log(JSON.stringify(r));
