#!/usr/bin/env bash
# Regenerates the command-line load-test fixtures under src/test/resources/fixtures/ by running the
# REAL tools (Debian's wrk 4.1.0, hey 0.1.4, Go's `go test -bench`, HdrHistogram 2.2.2) against the
# fixture server in ./server on 127.0.0.1. Runs are bounded (a few seconds / a few thousand requests)
# so the files stay small. After regenerating, the expected figures in the tests must be updated from
# the new files (the tests say where each expected value comes from).
#
# Usage: src/test/fixtures-tools/make-cli-fixtures.sh [wrk|wrk2|hey|hdr|gobench|all]
# wrk2 is the exception: it is not packaged in Debian, so fixtures/wrk2/ holds wrk2's output FORMAT
# (transcribed from wrk2's source into wrk2/RenderWrk2.java) over real measurements taken by
# wrk2/main.go with wrk2's latency semantics. It was not printed by wrk2 itself.
set -euo pipefail
cd "$(dirname "$0")"
TOOLS="$PWD"
OUT="$(cd ../resources && pwd)/fixtures"
WORK="$(mktemp -d)"
ADDR=127.0.0.1:18471
URL="http://$ADDR"
what="${1:-all}"

server_pid=""
start_server() {   # args: extra server flags; its stdout goes to $SERVER_OUT (default /dev/null)
  "$WORK/server" -addr "$ADDR" "$@" >>"${SERVER_OUT:-/dev/null}" 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "$URL/ok" && return; sleep 0.1; done
  echo "fixture server did not start" >&2; exit 1
}
stop_server() {
  curl -s -o /dev/null "$URL/quit" || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

(cd server && go build -o "$WORK/server" .)
hdr_jar() { find "$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2" -name 'HdrHistogram-2.2.2.jar' | head -1; }

# A capture cut off mid-line, as when the capturing process is killed: drop the last $2 bytes.
truncate_copy() { head -c "$(( $(stat -c %s "$1") - $2 ))" "$1" > "$3"; }

if [[ $what == wrk || $what == all ]]; then
  mkdir -p "$OUT/wrk"
  start_server
  wrk -t2 -c16 -d3s --latency "$URL/ok" > "$OUT/wrk/latency-ok.txt"
  # 500s (Non-2xx), closed connections (socket read errors) and 1.1 s stalls with a 1 s timeout.
  wrk -t2 -c16 -d3s --timeout 1s --latency "$URL/flaky" > "$OUT/wrk/errors.txt"
  # Without --latency: no Latency Distribution block.
  wrk -t1 -c4 -d2s "$URL/ok" > "$OUT/wrk/no-latency.txt"
  stop_server
  # Application log (ANSI colours) merged into the same capture as wrk's output; stdbuf makes wrk
  # write line by line, as on a terminal, so the server's lines land between wrk's.
  : > "$OUT/wrk/with-app-log.txt"
  SERVER_OUT="$OUT/wrk/with-app-log.txt" start_server -log -log-every 40000
  stdbuf -oL wrk -t2 -c16 -d3s --latency "$URL/ok" >> "$OUT/wrk/with-app-log.txt"
  stop_server
  truncate_copy "$OUT/wrk/latency-ok.txt" 5 "$OUT/wrk/truncated.txt"
fi

if [[ $what == wrk2 || $what == all ]]; then
  mkdir -p "$OUT/wrk2"
  (cd wrk2 && go build -o "$WORK/ratedload" .)
  start_server
  "$WORK/ratedload" -url "$URL/ok" -rate 2000 -threads 2 -connections 10 -duration 6s > "$WORK/samples.txt"
  stop_server
  java -cp "$(hdr_jar)" wrk2/RenderWrk2.java "$WORK/samples.txt" > "$OUT/wrk2/rate2000.txt"
fi

if [[ $what == hey || $what == all ]]; then
  mkdir -p "$OUT/hey" "$OUT/hey-csv"
  start_server
  hey -n 5000 -c 20 "$URL/ok" > "$OUT/hey/ok.txt"
  # -t 1: the 1.1 s stalls time out, so the text has an Error distribution section.
  hey -n 3000 -c 10 -t 1 "$URL/flaky" > "$OUT/hey/errors.txt"
  # The same endpoint at two concurrencies, which hey does not print (the upload states them: c16 vs c64).
  hey -n 4000 -c 16 "$URL/ok" > "$OUT/hey/c16.txt"
  hey -n 4000 -c 64 "$URL/ok" > "$OUT/hey/c64.txt"
  hey -n 5000 -c 20 -o csv "$URL/ok" > "$OUT/hey-csv/ok.csv"
  hey -n 3000 -c 10 -o csv "$URL/flaky" > "$OUT/hey-csv/flaky.csv"
  stop_server
  truncate_copy "$OUT/hey-csv/ok.csv" 3 "$OUT/hey-csv/truncated.csv"
fi

if [[ $what == hdr || $what == all ]]; then
  # HdrHistogram's own outputPercentileDistribution over the hey CSV latencies (µs, printed in ms).
  mkdir -p "$OUT/hdr-percentiles"
  jar="$(hdr_jar)"
  java -cp "$jar" "$TOOLS/MakeHdrPercentiles.java" "$OUT/hey-csv/ok.csv" 1000.0 false > "$OUT/hdr-percentiles/hey-ok-ms.txt"
  java -cp "$jar" "$TOOLS/MakeHdrPercentiles.java" "$OUT/hey-csv/ok.csv" 1.0 false > "$OUT/hdr-percentiles/hey-ok-us.txt"
  java -cp "$jar" "$TOOLS/MakeHdrPercentiles.java" "$OUT/hey-csv/ok.csv" 1000.0 true > "$OUT/hdr-percentiles/hey-ok-ms.csv"
fi

if [[ $what == gobench || $what == all ]]; then
  # benchstat-style input: three benchmarks, ten samples each. slowed.txt is built with -tags slowed,
  # which makes Checksum do 13 instead of 10 hashing rounds (+30 %); the other two are unchanged.
  # The machine is shared and noisy, so instead of one `-count 10` per side (two separate time
  # windows, where a load change would look like a regression) the ten samples are taken as ten
  # `-count 1` runs alternating baseline / slowed, appended: each file is ten complete go test
  # outputs (header, rows, PASS, ok), exactly as `for i in ...; go test -bench . >> f` writes them.
  # GOBENCH_NICE (default -10, needs root; set 0 to disable) gives the benchmarks CPU priority over
  # other work on the machine for the minute they run, which cuts the noise considerably.
  nice_cmd=(nice -n "${GOBENCH_NICE:--10}")
  "${nice_cmd[@]}" true 2>/dev/null || nice_cmd=()
  mkdir -p "$OUT/go-bench"
  : > "$OUT/go-bench/baseline.txt"; : > "$OUT/go-bench/slowed.txt"
  for _ in $(seq 10); do
    (cd gobench && "${nice_cmd[@]}" go test -run '^$' -bench . -benchmem -benchtime 300ms -count 1 . >> "$OUT/go-bench/baseline.txt")
    (cd gobench && "${nice_cmd[@]}" go test -tags slowed -run '^$' -bench . -benchmem -benchtime 300ms -count 1 . >> "$OUT/go-bench/slowed.txt")
  done
  # One uninterrupted `-count 10` run as well (consecutive repeated rows under one header).
  (cd gobench && "${nice_cmd[@]}" go test -run '^$' -bench . -benchmem -benchtime 100ms -count 10 . > "$OUT/go-bench/count10.txt")
fi
echo "fixtures written under $OUT"
