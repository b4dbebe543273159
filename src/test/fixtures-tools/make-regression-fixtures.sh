#!/usr/bin/env bash
# Regenerates src/test/resources/fixtures/regression/ with the REAL tools (Debian's hey 0.1.4 and
# wrk 4.1.0) against regression/main.go on 127.0.0.1 (two builds: baseline and `-tags slowed`).
# Every run is at most 10 s; total load about 90 s. See fixtures/regression/README.md.
#
#   repeated/   five identical hey runs and five wrk runs of each build, interleaved baseline/slowed
#               (hey -z 3s -c 16, text summary; wrk -t2 -c16 -d3s --latency)
#   single/     hey -n 5000 -c 16 -o csv: three runs of the baseline build, one of the slowed build
#   outage/     hey -z 10s -c 8 -q 40 -o csv against /outage, which answers 503 during two windows
#               (2.0–2.4 s and 6.5–6.8 s after the first request): errors clustered in time
set -euo pipefail
cd "$(dirname "$0")"
OUT="$(cd ../resources && pwd)/fixtures/regression"
WORK="$(mktemp -d)"
ADDR=127.0.0.1:18472
URL="http://$ADDR"
server_pid=""
start() {   # $1 = binary, rest = flags
  "$WORK/$1" -addr "$ADDR" "${@:2}" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "$URL/work" && return; sleep 0.1; done
  echo "server did not start" >&2; exit 1
}
stop() { curl -s -o /dev/null "$URL/quit" || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

(cd regression && go build -o "$WORK/baseline" . && go build -tags slowed -o "$WORK/slowed" .)
mkdir -p "$OUT/repeated" "$OUT/single" "$OUT/outage"
{ date -u +%FT%TZ; go version; dpkg-query -W hey wrk || true; nproc; uptime; } > "$OUT/machine.txt"

for build in baseline slowed; do start "$build"; hey -n 2000 -c 16 "$URL/work" >/dev/null; stop; done  # warm-up, not kept
for i in 1 2 3 4 5; do
  for build in baseline slowed; do
    start "$build"
    hey -z 3s -c 16 "$URL/work" > "$OUT/repeated/hey-$build-$i.txt"
    sleep 1
    wrk -t2 -c16 -d3s --latency "$URL/work" > "$OUT/repeated/wrk-$build-$i.txt"
    stop
    sleep 1
  done
done
for i in 1 2 3; do
  start baseline; hey -n 5000 -c 16 -o csv "$URL/work" > "$OUT/single/hey-baseline-$i.csv"; stop; sleep 1
done
start slowed; hey -n 5000 -c 16 -o csv "$URL/work" > "$OUT/single/hey-slowed-1.csv"; stop
start baseline -outages 2s-2.4s,6.5s-6.8s
hey -z 10s -c 8 -q 40 -o csv "$URL/outage" > "$OUT/outage/hey-outage.csv"
stop
uptime >> "$OUT/machine.txt"
echo "fixtures written under $OUT"
