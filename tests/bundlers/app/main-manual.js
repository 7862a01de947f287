// The app through micc-client/manual, with no top-level await anywhere, so that it builds
// for targets older than ES2022 too: the module is loaded by an explicit init() (its default
// URL is the package's .wasm, which the bundler emits as an asset).
import { MiccClient, init } from "micc-client/manual";
import { showQueues, showFailure } from "./table.js";

init()
  .then(() => showQueues(MiccClient))
  .catch(showFailure);
