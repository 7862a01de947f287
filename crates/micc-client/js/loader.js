// Loads the package's wasm module, once, for every entry (`web.js`, `node.mjs`,
// `manual.js`): they share this state, so a page may mix them. Not an entry itself.
import wbgInit, { initSync as wbgInitSync, WasmClient } from "./web/micc_client.js";

// Causes can be long (a whole HTML page quoted by a compiler) or carry a URL with a query:
// keep the message short, keep the cause for those who want it.
const CAUSE_LIMIT = 300;

/** The error of a failed load: an `Error` named "MiccError" of kind "load", like the client's own. */
export function loadError(detail, cause) {
  let text = String(cause?.message ?? cause ?? "");
  if (text.length > CAUSE_LIMIT) text = `${text.slice(0, CAUSE_LIMIT)}…`;
  const err = new Error(`micc-client: ${detail}${text ? `: ${text}` : ""}`, cause === undefined ? undefined : { cause });
  err.name = "MiccError";
  err.kind = "load";
  return err;
}

let loaded = false;
let pending;
let failure;

/** Records a load that failed before it reached the loader (Node: the file is unreadable). */
export function failLoad(detail, cause) {
  if (loaded) return undefined;
  failure = loadError(detail, cause);
  return failure;
}

/**
 * Loads the wasm module once. `input` is what wasm-bindgen's loader takes:
 * `{ module_or_path }` with a URL, a string, a `Request`, a `Response`, bytes or a
 * `WebAssembly.Module`; without it, the .wasm file next to this package (a URL that Vite and
 * webpack rewrite to their emitted asset). Rejects with a MiccError of kind "load" (a 404, an
 * HTML page instead of the module, bytes that do not compile, a CSP refusal); a later call
 * may try again.
 */
export function init(input) {
  if (loaded) return Promise.resolve();
  pending ??= wbgInit(input).then(
    () => {
      loaded = true;
      failure = undefined;
    },
    (cause) => {
      pending = undefined;
      failure = loadError("the WebAssembly module could not be loaded", cause);
      throw failure;
    },
  );
  return pending;
}

/**
 * Loads the wasm module synchronously from `{ module }`: bytes (`ArrayBuffer`, a typed
 * array, Node's `Buffer`) or a `WebAssembly.Module`. Throws a MiccError of kind "load".
 * Browsers refuse to compile large modules synchronously on the main thread: there, pass a
 * `WebAssembly.Module` (compiled with `WebAssembly.compile`) or use `init`.
 */
export function initSync(input) {
  if (loaded) return;
  if (input === null || typeof input !== "object" || !("module" in input)) {
    throw loadError("initSync takes { module }: the wasm bytes or a WebAssembly.Module");
  }
  try {
    wbgInitSync(input);
  } catch (cause) {
    failure = loadError("the WebAssembly module could not be instantiated", cause);
    throw failure;
  }
  loaded = true;
  failure = undefined;
}

/** WasmClient that refuses to be built before the module is loaded, with the load's own error. */
export class LoadedWasmClient extends WasmClient {
  constructor(options) {
    if (!loaded) {
      throw failure ?? loadError("the WebAssembly module is not loaded yet: call init() or initSync() first");
    }
    super(options);
  }
}

