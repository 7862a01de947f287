// Builds the app with webpack 5's Node API (no webpack-cli), in production mode as users
// ship it; index.html is copied next to the bundle. Fails on any webpack error or warning.
import webpack from "webpack";
import { copyFileSync } from "node:fs";
import path from "node:path";

const here = path.resolve(".");
const dist = path.join(here, "dist");
const stats = await new Promise((resolve, reject) =>
  webpack(
    {
      mode: "production",
      context: here,
      entry: "./main.js",
      output: { path: dist, filename: "main.js", clean: true },
      // Size hints are a policy of the app, not a build problem: the wasm is near their 244 KiB.
      performance: { hints: false },
    },
    (err, s) => (err ? reject(err) : resolve(s)),
  ),
);
const info = stats.toJson({ all: false, errors: true, warnings: true });
if (stats.hasErrors() || stats.hasWarnings()) {
  console.error(JSON.stringify([...info.errors, ...info.warnings].map((e) => e.message), null, 1));
  process.exit(1);
}
copyFileSync(path.join(here, "index.html"), path.join(dist, "index.html"));
