#!/usr/bin/env bash
# Regenerates src/test/resources/fixtures/tracking/ with the REAL wrk (Debian 4.1.0) against
# tracking/main.go on 127.0.0.1: ten runs in order, runs 1–5 against the normal build, runs 6–10 against
# `go build -tags slowed` (every 50th request stalls 100 ms). Each run is wrk -t1 -c8 -d3s --latency;
# the server is restarted for every run. Total load ≈ 40 s. See fixtures/tracking/README.md.
set -euo pipefail
cd "$(dirname "$0")"
OUT="$(cd ../resources && pwd)/fixtures/tracking"
WORK="$(mktemp -d)"
ADDR=127.0.0.1:18473
URL="http://$ADDR"
server_pid=""
start() {
  "$WORK/$1" -addr "$ADDR" >/dev/null 2>&1 &
  server_pid=$!
  # wait until it listens (any path: a 404 counts no request of /work)
  for _ in $(seq 50); do curl -s -o /dev/null "$URL/" && break; sleep 0.1; done
}
stop() { curl -s -o /dev/null "$URL/quit" || true; wait "$server_pid" 2>/dev/null || true; server_pid=""; }
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

(cd tracking && go build -o "$WORK/normal" . && go build -tags slowed -o "$WORK/slowed" .)
mkdir -p "$OUT"
{ date -u +%FT%TZ; go version; dpkg-query -W wrk || true; nproc; uptime; } > "$OUT/machine.txt"
start normal; wrk -t1 -c8 -d1s "$URL/work" >/dev/null; stop   # warm-up, not kept
for i in 01 02 03 04 05 06 07 08 09 10; do
  build=normal; [ "${i#0}" -gt 5 ] && build=slowed
  start "$build"
  wrk -t1 -c8 -d3s --latency "$URL/work" > "$OUT/run-$i-$build.txt"
  stop
  sleep 1
done
uptime >> "$OUT/machine.txt"
echo "fixtures written under $OUT"
