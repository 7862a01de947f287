// The `micc-client/manual` entry: the client without any automatic load of the wasm module,
// for pages that choose where the module comes from (a CDN, a CSP that allows only some
// URLs, bytes or a `WebAssembly.Module` the host already has): call `init` or `initSync`
// first. `web.js` and `node.mjs` are this module plus one load each, so every entry shares
// one loader state and one `MiccClient` class.
import { LoadedWasmClient } from "./loader.js";
import { defineClient } from "./facade_generated.js";
import { withConversion } from "./client.js";

export { init, initSync } from "./loader.js";
export { odataString, allItems } from "./helpers.js";
export { MiccError, isMiccError } from "./client.js";
export { exponentialBackoff } from "./signalr.js";

export const MiccClient = defineClient(withConversion(LoadedWasmClient));
