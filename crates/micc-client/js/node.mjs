// The Node.js entry of the micc-client npm package (Node 20+, which has fetch): the same wasm
// file as the browser entry, read from disk and instantiated synchronously. As in `web.js`, a
// failed load rejects `ready` and makes `new MiccClient()` throw instead of failing the import.
import { readFileSync } from "node:fs";
import { initSync, failLoad } from "./loader.js";

export { MiccClient, MiccError, isMiccError, odataString, allItems, exponentialBackoff } from "./manual.js";

function load() {
  let bytes;
  try {
    bytes = readFileSync(new URL("./web/micc_client_bg.wasm", import.meta.url));
  } catch (cause) {
    const err = failLoad("the WebAssembly file could not be read", cause);
    return err ? Promise.reject(err) : Promise.resolve();
  }
  try {
    initSync({ module: bytes });
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

/** Settles when the module is loaded; rejects with the MiccError (kind "load") of a failed load. */
export const ready = load();
ready.catch(() => {});
