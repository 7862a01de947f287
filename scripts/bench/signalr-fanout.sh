#!/usr/bin/env bash
# Real-time fan-out of micc-sim: 500 SignalR 2 WebSocket clients each monitoring 20 of 300
# queues (2,000 agents) while 200 queue-state changes a second are driven through the admin
# endpoint; measures delivered events/s, latency from each change's request to each client's
# receipt, and the simulator's CPU and RSS. Prints a Markdown section; with --record it also
# replaces the section in crates/micc-sim/BENCHMARKS.md.
#   bash scripts/bench/signalr-fanout.sh [--record] [--duration 20] [--clients 500] [--rate 200]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
RECORD=0 DURATION=20 CLIENTS=500 PER_CLIENT=20 RATE=200
while [ $# -gt 0 ]; do
  case $1 in
    --record) RECORD=1 ;;
    --duration) DURATION=$2; shift ;;
    --clients) CLIENTS=$2; shift ;;
    --per-client) PER_CLIENT=$2; shift ;;
    --rate) RATE=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/setup.sh >/dev/null
source scripts/env.sh
source scripts/lib.sh

"$CARGO" build -q --profile sim -p micc-sim --bin micc-sim --example signalr_load
export MICC_SIM_BIN="$ROOT/target/sim/micc-sim"
# A frozen clock: the only queue changes are the driven ones, so every event received can
# be matched to the request that caused it.
start_sim "$ROOT/target/bench-sim.log" --queues 300 --agents 2000 --speed 0
IDLE_RSS=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SIM_PID/status")
# Tail latency on 2 cores depends on what else runs: the record says how busy it was.
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
OUT=$("$ROOT/target/sim/examples/signalr_load" --url "$SIM_URL" --pid "$SIM_PID" \
  --clk-tck "$(getconf CLK_TCK)" --clients "$CLIENTS" --per-client "$PER_CLIENT" \
  --rate "$RATE" --duration "$DURATION" 2>&1)
stop_sim

SECTION=$(cat <<MD
<!-- BEGIN signalr-fanout -->
## Real-time fan-out: SignalR 2 over WebSockets, 300 queues

Command: \`bash scripts/bench/signalr-fanout.sh --record\` ($(date -u +%Y-%m-%d), $(nproc) cores,
load generator (\`examples/signalr_load.rs\`) and simulator on the same machine; \`--profile sim\`
build, \`--queues 300 --agents 2000 --speed 0\`). $CLIENTS clients connect over WebSockets
(negotiate, connect, start) with a supervisor token and invoke \`queueHub.addStateMonitor\`
with $PER_CLIENT queues each; $RATE queue-state changes a second (\`POST /admin/queues/{id}/dnd\`,
round robin over the queues) for ${DURATION}s after a 3 s warm-up. Latency runs from just before
the admin request is written to the moment a client has read and parsed the frame carrying the
event; "lost or stale" counts expected deliveries that never came or carried an older state.
CPU is the simulator's user+system time over the measured interval, in percent of one core;
its RSS before any client connected was $IDLE_RSS MiB (the world alone). Load average when
the run started: $LOAD.

$OUT
<!-- END signalr-fanout -->
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
pattern = re.compile(r"<!-- BEGIN signalr-fanout -->.*?<!-- END signalr-fanout -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
fi
