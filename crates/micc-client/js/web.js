// The browser and bundler entry of the micc-client npm package (ES module).
import init, { WasmClient } from "./web/micc_client.js";
import { defineClient } from "./facade.js";
import { withConversion } from "./client.js";

await init();

export const MiccClient = defineClient(withConversion(WasmClient));
export { MiccError, isMiccError } from "./client.js";
export { odataString, allItems } from "./helpers.js";
