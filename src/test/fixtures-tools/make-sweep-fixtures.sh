#!/usr/bin/env bash
# Regenerates the concurrency-sweep fixtures under src/test/resources/fixtures/sweep/ by running the
# REAL wrk (Debian's wrk 4.1.0) against two tiny JSON servers on 127.0.0.1:
#   gin/      sweep/ginserver  — Gin 1.8.1 on net/http (Debian golang-github-gin-gonic-gin-dev)
#   fasthttp/ sweep/fastserver — fasthttp 1.31.0, Fiber's engine (Debian golang-github-valyala-fasthttp-dev)
# Both return the same 85-byte JSON body from GET /json.
#
# Set-up, so that a 2-core machine shows a saturation knee: each server runs with GOMAXPROCS=1 pinned to
# CPU 1 (taskset), wrk pinned to CPU 0. Each measurement is `wrk --latency -t2 -cN -d4s` (wrk refuses
# fewer connections than threads, so N = 1 uses -t1), saved as wrk printed it.
#
# The machine is shared with other work, which makes single 4-second runs noisy. So the sweep is made
# ROUNDS times (default 3), interleaved (round → level → server, so both servers see the same
# background), every output kept in <server>/runs/c<N>-r<k>.txt, and <server>/c<N>.txt is a byte-for-byte
# copy of the round with the MEDIAN Requests/sec at that level (the statistic Benchboard itself takes over
# repeated runs at one concurrency). SWEEP_NICE (default -20, needs root; 0 disables) gives the servers
# and wrk CPU priority while they run, as make-cli-fixtures.sh does for the Go benchmarks.
# Load: ROUNDS × 9 levels × 2 servers × 4 s = 216 s with the default, plus a 1 s pause after each run.
#
# Needs: go, wrk, curl, taskset and the two Debian packages (apt-get install -y
# golang-github-gin-gonic-gin-dev golang-github-valyala-fasthttp-dev); builds offline in GOPATH mode.
# Usage: src/test/fixtures-tools/make-sweep-fixtures.sh
# Afterwards: update fixtures/sweep/README.md (table from sweep_reference.py) and CapacityFromSweepTest's
# expected values (the test says how each one was computed).
set -euo pipefail
cd "$(dirname "$0")/sweep"
OUT="${SWEEP_OUT:-$(cd ../../resources && pwd)/fixtures/sweep}"   # SWEEP_OUT: write elsewhere (e.g. to compare)
WORK="$(mktemp -d)"
LEVELS=(1 2 4 8 16 32 64 128 256)
SERVERS=(gin fasthttp)
declare -A BINARY=([gin]=ginserver [fasthttp]=fastserver)
declare -A PORT=([gin]=18490 [fasthttp]=18491)
ROUNDS="${ROUNDS:-3}"

nice_cmd=(nice -n "${SWEEP_NICE:--20}")
"${nice_cmd[@]}" true 2>/dev/null || nice_cmd=()

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

for s in "${SERVERS[@]}"; do
  (cd "${BINARY[$s]}" && GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= go build -o "$WORK/${BINARY[$s]}" .)
  GOMAXPROCS=1 taskset -c 1 "${nice_cmd[@]}" "$WORK/${BINARY[$s]}" -addr "127.0.0.1:${PORT[$s]}" >/dev/null 2>&1 &
  pids+=($!)
done
for s in "${SERVERS[@]}"; do
  url="http://127.0.0.1:${PORT[$s]}/json"
  for _ in $(seq 50); do curl -s -o /dev/null "$url" && break; sleep 0.1; done
  taskset -c 0 wrk -t2 -c16 -d1s "$url" >/dev/null   # warm-up, not saved
  rm -rf "${OUT:?}/$s"; mkdir -p "$OUT/$s/runs"
done

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "go: $(go version)"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "kernel: $(uname -srm)"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') × $(nproc) online"
  echo "gin: $(dpkg-query -W -f '${Version}' golang-github-gin-gonic-gin-dev)"
  echo "fasthttp: $(dpkg-query -W -f '${Version}' golang-github-valyala-fasthttp-dev)"
  echo "nice: ${SWEEP_NICE:--20}; rounds: $ROUNDS"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

for r in $(seq "$ROUNDS"); do
  for n in "${LEVELS[@]}"; do
    for s in "${SERVERS[@]}"; do
      threads=$(( n < 2 ? n : 2 ))
      taskset -c 0 "${nice_cmd[@]}" wrk --latency -t"$threads" -c"$n" -d4s "http://127.0.0.1:${PORT[$s]}/json" \
        > "$OUT/$s/runs/c$n-r$r.txt"
      sleep 1   # let TIME_WAIT sockets and the scheduler settle between runs
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"

# c<N>.txt = the round with the median Requests/sec (ROUNDS odd: the middle one).
for s in "${SERVERS[@]}"; do
  for n in "${LEVELS[@]}"; do
    median=$(for f in "$OUT/$s/runs/c$n-r"*.txt; do
               echo "$(awk '/^Requests\/sec:/ {print $2}' "$f") $f"
             done | sort -g | awk -v m=$(( (ROUNDS + 1) / 2 )) 'NR == m {print $2}')
    cp "$median" "$OUT/$s/c$n.txt"
    echo "$s c$n.txt = runs/$(basename "$median")" >> "$OUT/machine.txt"
  done
done
echo "sweep fixtures written under $OUT"
