#!/usr/bin/env bash
# Sets up, builds the widget package and serves the demo: micc-sim on 127.0.0.1:${PORT:-8080}
# with the pages of www/ and the packages under /pkg/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
source scripts/env.sh
source scripts/lib.sh
PORT=${PORT:-8080}
echo "building the widget package…"
build_widget_pkg >"$ROOT/target/demo-build.log" 2>&1 || { tail -40 "$ROOT/target/demo-build.log"; exit 1; }
"$CARGO" build -q --profile sim -p micc-sim
echo "open http://127.0.0.1:$PORT/ (Ctrl-C stops the simulator)"
exec "$ROOT/target/sim/micc-sim" --port "$PORT" --www "$ROOT/www" --pkg "$ROOT/target/pkg" \
  --demo-token-user supervisor --speed "${SPEED:-5}" "$@"
