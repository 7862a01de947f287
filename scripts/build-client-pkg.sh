#!/usr/bin/env bash
# Builds the micc-client npm package: one wasm-pack web build (browsers, bundlers, and Node 20,
# which reads the same .wasm from disk), the generated facade and declarations, the license
# texts, then `npm pack`. The JavaScript is minified (terser, scripts/package.json), with
# source maps.
# Output: target/pkg/micc-client/ and target/pkg/micc-client-<version>.tgz.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/env.sh"
CRATE="$ROOT/crates/micc-client"
OUT="$ROOT/target/pkg/micc-client"
rm -rf "$OUT" && mkdir -p "$OUT"
wasm-pack build --release --target web --no-pack --out-dir "$OUT/web" "$CRATE" -- --features js
rm -f "$OUT/web/.gitignore"
cp "$CRATE"/js/{index.d.ts,options.d.ts,realtime.d.ts,api_generated.d.ts,models_generated.d.ts,web.d.ts,manual.d.ts} "$OUT/"
# Every page loads these files as they are shipped (a CDN, a <script type="module">): the
# three entries (web.js, node.mjs, manual.js) and one chunk they share (so that they share
# one loader state), the wasm-bindgen glue included, bundled by esbuild. One file gzips
# better than twelve (2.5 KB less) and is one request. Then minified by terser, each with a source map that carries the readable source.
BUNDLE="$ROOT/target/pkg/micc-client-bundle"
rm -rf "$BUNDLE" && mkdir -p "$BUNDLE"
cp "$CRATE"/js/*.js "$CRATE"/js/node.mjs "$BUNDLE/"
mv "$BUNDLE/node.mjs" "$BUNDLE/node.js"
# The glue finds the .wasm next to itself; bundled into the chunk at the package's root, it
# must look in web/ (where bundlers and the Node entry find it too).
mkdir -p "$BUNDLE/web"
GLUE="$OUT/web/micc_client.js"
[ "$(grep -Eo "new URL\(['\"]micc_client_bg\.wasm['\"], *import\.meta\.url\)" "$GLUE" | wc -l)" = 1 ] \
  || { echo "the glue's wasm URL changed: see build-client-pkg.sh" >&2; exit 1; }
sed 's|new URL(\(["'"'"']\)micc_client_bg.wasm\1, *import.meta.url)|new URL("./web/micc_client_bg.wasm", import.meta.url)|' "$GLUE" >"$BUNDLE/web/micc_client.js"
grep -q 'new URL("./web/micc_client_bg.wasm", import.meta.url)' "$BUNDLE/web/micc_client.js" || { echo "the glue's wasm URL was not rewritten" >&2; exit 1; }
rm -f "$OUT"/web/micc_client.js "$OUT"/web/micc_client.d.ts "$OUT"/web/micc_client_bg.wasm.d.ts
"$ROOT/scripts/node_modules/.bin/esbuild" "$BUNDLE/web.js" "$BUNDLE/node.js" "$BUNDLE/manual.js" \
  --bundle --splitting --format=esm --platform=neutral --target=es2022 --log-level=warning \
  --external:node:fs --chunk-names=core-[hash] \
  --sourcemap --sources-content=true --outdir="$BUNDLE/out"
mv "$BUNDLE/out/node.js" "$BUNDLE/out/node.mjs"
mv "$BUNDLE/out/node.js.map" "$BUNDLE/out/node.mjs.map"
sed -i 's|//# sourceMappingURL=node.js.map|//# sourceMappingURL=node.mjs.map|' "$BUNDLE/out/node.mjs"
cp "$BUNDLE"/out/* "$OUT/"
(cd "$OUT" && for f in web.js node.mjs manual.js core-*.js; do
  mv "$f" "$f.src"
  map=""
  [ -f "$f.map" ] && map="content='$f.map',"
  "$ROOT/scripts/node_modules/.bin/terser" "$f.src" --module --compress --mangle --comments false \
    --source-map "${map}includeSources,filename='$(basename "$f")',url='$(basename "$f").map'" -o "$f"
  rm "$f.src"
done)
rm -rf "$BUNDLE"
cp "$CRATE/README.md" "$OUT/README.md"
cp "$ROOT"/LICENSE-MIT "$ROOT"/LICENSE-APACHE "$OUT/"
version=$(awk -F'"' '/^version = /{print $2; exit}' "$ROOT/Cargo.toml")
repository=$(awk -F'"' '/^repository = /{print $2; exit}' "$ROOT/Cargo.toml")
sed -e "s/@VERSION@/$version/" -e "s|@REPOSITORY@|$repository|" "$CRATE/js/package.json.in" >"$OUT/package.json"
(cd "$ROOT/target/pkg" && npm pack --silent ./micc-client >/dev/null)
echo "$ROOT/target/pkg/micc-client-$version.tgz"
