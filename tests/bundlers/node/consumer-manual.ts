// Type-checked (strict, nodenext) by node-entry.test.mjs: the declarations of the default
// entry's `ready` and of micc-client/manual's loaders, as a CDN or CSP setup uses them.
import { ready, type MiccLoadError } from "micc-client";
import { MiccClient, init, initSync, type WasmSource } from "micc-client/manual";

export async function viaCdn(url: string): Promise<MiccClient> {
  await init({ module_or_path: new URL(url) });
  return new MiccClient({ server: "https://micc.example.com", auth: { type: "password", username: "u", password: "p" } });
}

export function viaModule(module: WebAssembly.Module): void {
  initSync({ module });
}

export async function whenReady(): Promise<string> {
  try {
    await ready;
    return "loaded";
  } catch (e) {
    const err = e as MiccLoadError;
    return err.kind;
  }
}

const sources: WasmSource[] = ["./x.wasm", new Uint8Array(8)];
export const count: number = sources.length;
