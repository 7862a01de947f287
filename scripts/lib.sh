# Shared helpers of the demo and test scripts (sourced after env.sh).

# Builds the widget's npm package for browsers into target/pkg/micc-widget (served at /pkg/).
build_widget_pkg() {
  wasm-pack build --release --target web --no-pack \
    --out-dir "$ROOT/target/pkg/micc-widget" "$ROOT/crates/micc-widget"
  local out="$ROOT/target/pkg/micc-widget"
  # The CRM iframe: the frame's module, the host page's helper, the message checks both
  # import, and the stylesheet the frame page links (mount() panels are in the light DOM).
  cp "$ROOT/crates/micc-widget/js/frame.js" "$ROOT/crates/micc-widget/js/host.js" \
    "$ROOT/crates/micc-widget/js/iframe-messages.js" "$out/"
  # Every page loads the glue and its snippets (the real-time and REST adapter, the custom
  # elements), a CRM page the host helper, the frame its module: minified by terser
  # (scripts/package.json), each with a source map that carries the readable source, as the
  # micc-client package is.
  local f
  while IFS= read -r f; do
    mv "$f" "$f.src"
    "$ROOT/scripts/node_modules/.bin/terser" "$f.src" --module --compress --mangle --comments false \
      --source-map "includeSources,filename='$(basename "$f")',url='$(basename "$f").map'" -o "$f"
    rm "$f.src"
  done < <(find "$out/micc_widget.js" "$out/snippets" "$out/frame.js" "$out/host.js" "$out/iframe-messages.js" -name '*.js')
  # The drop-in script defining the custom elements, next to the glue it imports.
  cp "$ROOT/crates/micc-widget/js/micc-elements.js" "$out/"
  cp "$ROOT/crates/micc-widget/styles/widget.css" "$out/"
  # The npm package `micc-widget` for bundler apps: its manifest, README, licenses, tarball.
  rm -f "$out/.gitignore"
  cp "$ROOT/crates/micc-widget/README.md" "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$out/"
  local version repository
  version=$(awk -F'"' '/^version = /{print $2; exit}' "$ROOT/Cargo.toml")
  repository=$(awk -F'"' '/^repository = /{print $2; exit}' "$ROOT/Cargo.toml")
  sed -e "s/@VERSION@/$version/" -e "s|@REPOSITORY@|$repository|" \
    "$ROOT/crates/micc-widget/js/package.json.in" >"$out/package.json"
  (cd "$ROOT/target/pkg" && npm pack --silent ./micc-widget >/dev/null)
}

# What a page loads of the widget package, one path per line: its wasm, the glue, the glue's
# snippets (the custom elements, the real-time and REST adapter, the row watcher), the drop-in
# loader and the demo's stylesheet. The one list of the transfer budget, which
# scripts/bench/widget-size.sh records and tests/size/widget-transfer.test.mjs checks.
WIDGET_TRANSFER_BUDGET=153600 # 150 KB gzipped (gzip -9), the widget issue's budget
widget_transfer_files() {
  local p="$ROOT/target/pkg/micc-widget"
  printf '%s\n' "$p/micc_widget_bg.wasm" "$p/micc_widget.js"
  find "$p/snippets" -name '*.js' | sort
  printf '%s\n' "$p/micc-elements.js" "$ROOT/www/demo.css"
}

# start_sim LOG [ARGS...]: starts $MICC_SIM_BIN on a free loopback port, waits for its
# "listening on URL" line and sets SIM_URL and SIM_PID. The EXIT trap stops it, also on failure.
start_sim() {
  local log=$1
  shift
  "$MICC_SIM_BIN" --port 0 "$@" >"$log" 2>&1 &
  SIM_PID=$!
  trap stop_sim EXIT
  for _ in $(seq 1 100); do
    SIM_URL=$({ grep -Eo 'listening on http://[0-9.:]+' "$log" || true; } | head -1 | cut -d' ' -f3)
    [ -n "$SIM_URL" ] && return 0
    kill -0 "$SIM_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "micc-sim did not start; its log:" >&2
  cat "$log" >&2
  exit 1
}

stop_sim() {
  if [ -n "${SIM_PID:-}" ]; then
    kill "$SIM_PID" 2>/dev/null || true
    wait "$SIM_PID" 2>/dev/null || true
    SIM_PID=
  fi
}
