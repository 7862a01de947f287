// Declarations of the default entry (`web.js` in browsers and bundlers, `node.mjs` in Node):
// the client of index.d.ts, loaded by the entry itself.
export * from "./index.js";

/** The error of a failed load of the wasm module (a 404, an HTML page, bytes that do not compile). */
export interface MiccLoadError extends Error {
  name: "MiccError";
  kind: "load";
}

/**
 * Settles once the entry's own load of the wasm module did: resolves when it is loaded,
 * rejects with a MiccLoadError (which `new MiccClient()` then throws too). The import itself
 * never fails because of the load.
 */
export declare const ready: Promise<void>;
