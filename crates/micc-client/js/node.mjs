// The Node.js entry of the micc-client npm package (Node 20+, which has fetch).
import { createRequire } from "node:module";
import { defineClient } from "./facade.js";
import { withConversion } from "./client.js";

const require = createRequire(import.meta.url);
const { WasmClient } = require("./node/micc_client.js");

export const MiccClient = defineClient(withConversion(WasmClient));
export { MiccError, isMiccError } from "./client.js";
export { odataString, allItems } from "./helpers.js";
