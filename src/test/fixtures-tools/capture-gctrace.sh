#!/usr/bin/env bash
# Regenerates the Go gctrace fixtures from real runs of gcload (net/http or Gin) under hey load on
# 127.0.0.1. Each capture is the server's stderr as written: runtime gc lines interleaved with the
# application's log lines. Needs go, hey and Debian's golang-github-gin-gonic-gin-dev (gcload is built
# offline in GOPATH mode against it).
#   usage: src/test/fixtures-tools/capture-gctrace.sh [outdir] [steady|earlier|all]
#     steady  (default, ~3 minutes) the captures with an idle start and an idle tail around the load:
#             net/http and Gin at GOGC 50/100/200, a 4 KiB-per-request leak, a split gc line, and
#             alloc-bench.txt (each handler's bytes per request from testing.Benchmark)
#     earlier (~3 minutes) the first captures (load from the first second, no idle phases)
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-../resources/fixtures/gc}"
set_="${2:-steady}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= go build -o "$work/gcload" ./gcload

# capture NAME GOGC(or "") GODEBUG SECONDS RATE_PER_WORKER gcload-args...
capture() {
  local name="$1" gogc="$2" godebug="$3" secs="$4" rate="$5"; shift 5
  rm -f "$work/addr"
  if [ -n "$gogc" ]; then export GOGC="$gogc"; else unset GOGC; fi
  GODEBUG="$godebug" "$work/gcload" -duration "$((secs + 2))s" -addr-file "$work/addr" "$@" 2> "$out/$name.txt" &
  local pid=$!
  for _ in $(seq 100); do [ -s "$work/addr" ] && break; sleep 0.05; done
  # 10 workers x RATE requests/s each, for SECONDS.
  hey -z "${secs}s" -c 10 -q "$rate" "http://$(cat "$work/addr")/items" > "$out/$name.hey.txt"
  wait "$pid"
  unset GOGC
  echo "$name: $(grep -c '^gc ' "$out/$name.txt") gc lines, $(wc -l < "$out/$name.txt") lines"
}

# capture_steady NAME GOGC IDLE LOAD TAIL RATE_PER_WORKER gcload-args...
# The server runs IDLE + LOAD + TAIL + 1 s. During the idle start and the idle tail a trickle of 2 req/s
# (one client, like a health check) keeps it barely busy; the load is hey with 10 workers × RATE req/s
# for LOAD seconds, and its summary is NAME.hey.txt.
capture_steady() {
  local name="$1" gogc="$2" idle="$3" load="$4" tail="$5" rate="$6"; shift 6
  rm -f "$work/addr"
  GOGC="$gogc" GODEBUG=gctrace=1 "$work/gcload" -duration "$((idle + load + tail + 1))s" -addr-file "$work/addr" "$@" \
    2> "$out/$name.txt" &
  local pid=$!
  for _ in $(seq 100); do [ -s "$work/addr" ] && break; sleep 0.05; done
  local url="http://$(cat "$work/addr")/items"
  hey -z "${idle}s" -c 1 -q 2 "$url" > /dev/null
  hey -z "${load}s" -c 10 -q "$rate" "$url" > "$out/$name.hey.txt"
  hey -z "${tail}s" -c 1 -q 2 "$url" > /dev/null
  wait "$pid"
  echo "$name: $(grep -c '^gc ' "$out/$name.txt") gc lines, $(wc -l < "$out/$name.txt") lines"
}

# A gc line split by another goroutine's write: a short Gin load, then -shutdown-noise logs at a high
# rate while garbage keeps the collector busy. Whether a log write lands inside a gc line is luck, so the
# capture is repeated (at most 20 times) until one does; the attempts are counted in the README.
capture_split() {
  local name="$1" attempt
  for attempt in $(seq 20); do
    rm -f "$work/addr"
    GOGC=50 GODEBUG=gctrace=1 "$work/gcload" -engine gin -table-items 2000 -duration 3s -addr-file "$work/addr" \
      -shutdown-noise 50ms 2> "$out/$name.txt" &
    local pid=$!
    for _ in $(seq 100); do [ -s "$work/addr" ] && break; sleep 0.05; done
    hey -z 2s -c 4 -q 50 "http://$(cat "$work/addr")/items" > "$out/$name.hey.txt"
    wait "$pid"
    # a gc line that does not end like one: something was written into it
    if grep -E 'gc [0-9]+ @' "$out/$name.txt" | grep -qvE ' P( \(forced\))?$'; then
      echo "$name: split gc line caught on attempt $attempt"
      return
    fi
  done
  echo "$name: no split line in 20 attempts" >&2
  return 1
}

if [ "$set_" = steady ] || [ "$set_" = all ]; then
  for gogc in 50 100 200; do
    capture_steady "nethttp-gogc$gogc-steady" "$gogc" 4 12 4 40 -engine nethttp
    capture_steady "gin-gogc$gogc-steady" "$gogc" 4 12 4 40 -engine gin -table-items 2000
  done
  capture_steady leak4k-steady 100 4 20 4 20 -engine nethttp -mode leak -leak-bytes 4096
  capture_split gin-split-gctrace
  for args in "-engine nethttp" "-engine gin -table-items 2000" "-engine nethttp -mode leak -leak-bytes 4096"; do
    # shellcheck disable=SC2086
    "$work/gcload" -alloc-bench $args 2> /dev/null
  done > "$out/alloc-bench.txt"
  go version > "$out/go-version.txt"
fi
[ "$set_" = earlier ] || [ "$set_" = all ] || exit 0

capture healthy-gctrace       ""  gctrace=1 40 40 -mode healthy -force-gc-every 15s
capture leak-gctrace          ""  gctrace=1 40 20 -mode leak -leak-bytes 4096
capture gogc50-gctrace        50  gctrace=1 20 40 -mode healthy
capture gogc100-gctrace       100 gctrace=1 20 40 -mode healthy
capture gogc150-gctrace       150 gctrace=1 20 40 -mode healthy
capture ansi-pacer-gctrace    ""  gctrace=1,gcpacertrace=1,scavtrace=1 12 40 -mode healthy -ansi
go version > "$out/go-version.txt"

# A capture cut off mid-line, as when the process is killed while the runtime is writing: the leak
# capture up to its 30th gc line, of which only the first 60 bytes are kept (no newline).
n=$(grep -n '^gc ' "$out/leak-gctrace.txt" | sed -n 30p | cut -d: -f1)
head -n "$((n - 1))" "$out/leak-gctrace.txt" > "$out/truncated-gctrace.txt"
sed -n "${n}p" "$out/leak-gctrace.txt" | head -c 60 >> "$out/truncated-gctrace.txt"
