// The package's declarations: the models and the API are generated from the API
// description (models_generated.d.ts, api_generated.d.ts); the options are hand-written
// (options.d.ts).

export * from "./models_generated.js";
export * from "./options.js";
export * from "./api_generated.js";
export * from "./realtime.js";
