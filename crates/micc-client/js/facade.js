// The loaders (web.js, node.mjs) import the facade under this name; it is generated into
// facade_generated.js. Remove this file once they import that directly.
export { defineClient } from "./facade_generated.js";
