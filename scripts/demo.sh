#!/usr/bin/env bash
# Sets up, builds the widget and client packages and serves the demo on two origins, as
# deployed: the API (micc-sim) on http://127.0.0.1:${PORT:-8080}, the pages of www/ and the
# packages under /pkg/ on http://localhost:${WWW_PORT:-8081} (scripts/serve-www.mjs). The
# pages find the API through ?server=. Ctrl-C stops both servers.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
source scripts/env.sh
source scripts/lib.sh
PORT=${PORT:-8080}
WWW_PORT=${WWW_PORT:-8081}
echo "building the widget and client packages…"
{ build_widget_pkg && bash scripts/build-client-pkg.sh; } >"$ROOT/target/demo-build.log" 2>&1 ||
  { tail -40 "$ROOT/target/demo-build.log"; exit 1; }
"$CARGO" build -q --profile sim -p micc-sim

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

# The simulator also serves the pages (--www, same origin), for a quick look without ?server=.
"$ROOT/target/sim/micc-sim" --port "$PORT" --www "$ROOT/www" --pkg "$ROOT/target/pkg" \
  --demo-token-user supervisor --speed "${SPEED:-5}" "$@" &
pids+=($!)
node "$ROOT/scripts/serve-www.mjs" --port "$WWW_PORT" --www "$ROOT/www" --pkg "$ROOT/target/pkg" &
pids+=($!)

server="http://127.0.0.1:$PORT"
q="?server=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$server")"
sleep 1
echo "API (micc-sim): $server"
echo "pages:          http://localhost:$WWW_PORT/$q"
for page in intranet wall app crm; do
  echo "                http://localhost:$WWW_PORT/$page.html$q"
done
echo "(Ctrl-C stops both servers)"
# Either server ending ends the demo.
wait -n "${pids[@]}"
