#!/usr/bin/env bash
# REST throughput of micc-sim on `queues/state` with 300 queues and 2,000 agents, measured
# with wrk against 127.0.0.1. Prints a Markdown section; with --record it also replaces the
# section in crates/micc-sim/BENCHMARKS.md.
#   bash scripts/bench/rest-throughput.sh [--record] [--duration 20] [--connections 32]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0 DURATION=20 CONNECTIONS=32
while [ $# -gt 0 ]; do
  case $1 in
    --record) RECORD=1 ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/setup.sh >/dev/null
source scripts/env.sh
source scripts/lib.sh
command -v wrk >/dev/null || { apt-get install -y --no-install-recommends wrk >/dev/null || exit 1; }

"$CARGO" build -q --profile sim -p micc-sim
export MICC_SIM_BIN="$ROOT/target/sim/micc-sim"
start_sim "$ROOT/target/bench-sim.log" --queues 300 --agents 2000 --speed 1
TOKEN=$(curl -sf -d 'grant_type=client_credentials&client_id=wallboard&client_secret=wallboard-secret' \
  "$SIM_URL/authorizationserver/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
URL="$SIM_URL/miccsdk/api/v1/queues/state"
BYTES=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL" | wc -c)
COUNT=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
# Warm up, then measure.
wrk -t2 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null
OUT=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$URL")
stop_sim

rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$OUT")
p50=$(awk '/^ +50%/ {print $2}' <<<"$OUT")
p90=$(awk '/^ +90%/ {print $2}' <<<"$OUT")
p99=$(awk '/^ +99%/ {print $2}' <<<"$OUT")
errors=$({ grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$OUT" || true; } | awk '{print $NF}')
SECTION=$(cat <<MD
<!-- BEGIN rest-throughput -->
## REST throughput: \`GET queues/state\`, 300 queues

Command: \`bash scripts/bench/rest-throughput.sh --record\` ($(date -u +%Y-%m-%d), $(nproc) cores,
wrk and the simulator on the same machine; `--profile sim` build, \`--queues 300 --agents 2000 --speed 1\`,
a system token, $COUNT queue states per answer, $BYTES bytes uncompressed).

| connections | duration | requests/s | p50 | p90 | p99 | non-2xx |
|---|---|---|---|---|---|---|
| $CONNECTIONS | ${DURATION}s | $rps | $p50 | $p90 | $p99 | ${errors:-0} |

<details><summary>wrk output</summary>

\`\`\`
$OUT
\`\`\`
</details>
<!-- END rest-throughput -->
MD
)
echo "$SECTION"
if [ $RECORD -eq 1 ]; then
  FILE="$ROOT/crates/micc-sim/BENCHMARKS.md"
  [ -f "$FILE" ] || printf '# micc-sim benchmarks\n\nFigures recorded by the scripts in scripts/bench/. Rerun them to refresh.\n\n' >"$FILE"
  python3 - "$FILE" "$SECTION" <<'PY'
import sys, re
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
pattern = re.compile(r"<!-- BEGIN rest-throughput -->.*?<!-- END rest-throughput -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
fi
