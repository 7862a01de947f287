// The browser and bundler entry of the micc-client npm package (ES module).
import init, { WasmClient } from "./web/micc_client.js";
import { defineClient } from "./facade.js";

await init();

export const MiccClient = defineClient(WasmClient);
export { odataString, allItems } from "./helpers.js";
