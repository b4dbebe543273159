#!/usr/bin/env bash
# Makes fixtures/sweep/gin-cpuhog/: ONE real wrk sweep of the Gin sweep server (sweep/ginserver, the same
# server and set-up as make-sweep-fixtures.sh) in which one middle level is measured while a CPU hog shares
# the server's core. That level's P99 spikes above the others for a reason outside the server — the kind
# of noisy point the SLO-bound capacity must not be sized on (issue 12, item 9).
#
# Set-up: the server runs with GOMAXPROCS=1 pinned to CPU 1, wrk pinned to CPU 0, both at nice SWEEP_NICE
# (default -20: the machine is shared, and this keeps other work from making every point noisy), as in the
# main sweep.
# At level HOG_LEVEL (default 8) a busy loop (`sh -c 'while :; do :; done'`) pinned to CPU 1 at nice
# HOG_NICE (default: the server's own nice, -20, so the two share the core about equally) runs for the whole wrk run and is killed right
# after it. One run per level, 4 s each, 1 s pause between runs.
#
# Needs: go, wrk, curl, taskset, golang-github-gin-gonic-gin-dev; builds offline in GOPATH mode.
# Usage: src/test/fixtures-tools/make-spike-sweep.sh
# Status (2026-12-07): four attempts on the shared 2-core machine (load average 11–17 from other jobs) gave
# sweeps in which every level was as noisy as the hogged one (P99 3–390 ms), so no fixture was kept; run it on
# an idle machine. The real spike the capacity tests use meanwhile is fixtures/sweep/gin/c4.txt (see
# CapacityFromSweepTest).
set -euo pipefail
cd "$(dirname "$0")/sweep"
OUT="${SWEEP_OUT:-$(cd ../../resources && pwd)/fixtures/sweep/gin-cpuhog}"
WORK="$(mktemp -d)"
LEVELS=(1 2 4 8 16 32 64 128)
HOG_LEVEL="${HOG_LEVEL:-8}"
NICE="${SWEEP_NICE:--20}"   # server and wrk priority, as in make-sweep-fixtures.sh (needs root)
HOG_NICE="${HOG_NICE:-$NICE}"
PORT=18492

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

(cd ginserver && GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= go build -o "$WORK/ginserver" .)
GOMAXPROCS=1 taskset -c 1 nice -n "$NICE" "$WORK/ginserver" -addr "127.0.0.1:$PORT" >/dev/null 2>&1 &
pids+=($!)
url="http://127.0.0.1:$PORT/json"
for _ in $(seq 50); do curl -s -o /dev/null "$url" && break; sleep 0.1; done
taskset -c 0 wrk -t2 -c16 -d1s "$url" >/dev/null   # warm-up, not saved
rm -rf "$OUT"; mkdir -p "$OUT"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "go: $(go version)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "kernel: $(uname -srm)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') × $(nproc) online"
  echo "gin: $(dpkg-query -W -f '${Version}' golang-github-gin-gonic-gin-dev)"
  echo "server: GOMAXPROCS=1 on CPU 1 (1 core); wrk on CPU 0; both at nice $NICE"
  echo "cpu hog: at c=$HOG_LEVEL only, busy loop on CPU 1 at nice $HOG_NICE"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

for n in "${LEVELS[@]}"; do
  threads=$(( n < 2 ? n : 2 ))
  hog=""
  if [ "$n" = "$HOG_LEVEL" ]; then
    taskset -c 1 nice -n "$HOG_NICE" sh -c 'while :; do :; done' &
    hog=$!
    pids+=("$hog")
    sleep 0.5   # let the hog take its share before wrk starts
  fi
  taskset -c 0 nice -n "$NICE" wrk --latency -t"$threads" -c"$n" -d4s "$url" > "$OUT/c$n.txt"
  if [ -n "$hog" ]; then kill "$hog"; wait "$hog" 2>/dev/null || true; fi
  echo "c$n: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
  sleep 1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "spike sweep written under $OUT"
