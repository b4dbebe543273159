#!/usr/bin/env bash
# Regenerates the Go gctrace fixtures from real runs of gcload (Go stdlib only) under hey load on
# 127.0.0.1. Each capture is the server's stderr as written: runtime gc lines interleaved with the
# application's log lines. Takes about 3 minutes; needs go and hey.
#   usage: src/test/fixtures-tools/capture-gctrace.sh [outdir]
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-../resources/fixtures/gc}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
go build -o "$work/gcload" ./gcload

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
