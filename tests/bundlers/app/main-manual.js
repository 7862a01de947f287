// The app through micc-client/manual, with no top-level await anywhere, so that it builds
// for targets older than ES2022 too. The page chooses the module's URL, as a CDN or CSP setup
// does: here the package's own .wasm, as a Vite asset URL (`?url`).
import { MiccClient, init } from "micc-client/manual";
import wasmUrl from "micc-client/micc_client_bg.wasm?url";
import { showQueues, showFailure } from "./table.js";

init({ module_or_path: wasmUrl })
  .then(() => showQueues(MiccClient))
  .catch(showFailure);
