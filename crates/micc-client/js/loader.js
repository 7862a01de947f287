// Loads the package's wasm module, once, for every entry (`web.js`, `node.mjs`,
// `manual.js`): they share this state, so a page may mix them. Not an entry itself.
import wbgInit, { initSync as wbgInitSync, WasmClient } from "./web/micc_client.js";
import { MiccError } from "./client.js";

// Causes can be long: keep the message short, and the cause for those who want it.
const CAUSE_LIMIT = 300;

/** The error of a failed load: a MiccError of kind "load". */
export function loadError(detail, cause) {
  let text = String(cause?.message ?? cause ?? "");
  if (text.length > CAUSE_LIMIT) text = `${text.slice(0, CAUSE_LIMIT)}…`;
  return new MiccError("load", `micc-client: ${detail}${text ? `: ${text}` : ""}`, { cause });
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

// Single flight; a failure clears it so that a later call may try again (see manual.d.ts).
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

