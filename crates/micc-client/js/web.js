// The browser and bundler entry of the micc-client npm package (ES module): the client with
// its wasm module loaded from next to this file. Top-level await, so that a client can be
// built right after the import. A failed load does not reject this module (that would break
// the module graph of every page importing it): `ready` rejects with a MiccError of kind
// "load", and `new MiccClient()` throws that error. To choose the module's URL or bytes,
// import `micc-client/manual` instead.
import { init } from "./manual.js";

export { MiccClient, MiccError, isMiccError, odataString, allItems, exponentialBackoff } from "./manual.js";

/** Settles when the module is loaded; rejects with the MiccError (kind "load") of a failed load. */
export const ready = init();
await ready.catch(() => {});
