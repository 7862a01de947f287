// Declarations of `micc-client/manual`: the client without an automatic load of the wasm
// module, for CDN and CSP setups. Call `init` or `initSync` before `new MiccClient()`.
export * from "./index.js";
export type { MiccLoadError } from "./web.js";

/** Where the wasm module comes from: its URL, a fetch of it, its bytes or the compiled module. */
export type WasmSource = string | URL | Request | Response | Promise<Response> | BufferSource | WebAssembly.Module;

/**
 * Loads the wasm module (once; a later call after a failure tries again). Without an
 * argument, from the .wasm file of the package (`micc-client/micc_client_bg.wasm`).
 * Rejects with a MiccLoadError.
 */
export declare function init(input?: { module_or_path: WasmSource | Promise<WasmSource> }): Promise<void>;

/**
 * Loads the wasm module synchronously from its bytes or a compiled `WebAssembly.Module`.
 * Throws a MiccLoadError. (Browsers only compile small modules synchronously on the main
 * thread: there, pass a `WebAssembly.Module`.)
 */
export declare function initSync(input: { module: BufferSource | WebAssembly.Module }): void;
