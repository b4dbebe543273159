#!/usr/bin/env bash
# Regenerates the ApacheBench and siege fixtures under src/test/resources/fixtures/{ab,ab-percentiles,
# ab-gnuplot,siege,siege-log}/ by running the REAL tools (Debian apache2-utils' ab 2.3, Debian siege
# 4.0.7) against the fixture server in ./server on 127.0.0.1. Runs are short (≤ 5 s). After
# regenerating, the expected figures in the tests must be updated from the new files.
#
# Usage: src/test/fixtures-tools/make-ab-siege-fixtures.sh [ab|siege|all]
set -euo pipefail
cd "$(dirname "$0")"
OUT="$(cd ../resources && pwd)/fixtures"
WORK="$(mktemp -d)"
ADDR=127.0.0.1:18472
what="${1:-all}"
# shellcheck source=fixture-server.sh
source fixture-server.sh

if [[ $what == ab || $what == all ]]; then
  mkdir -p "$OUT/ab" "$OUT/ab-percentiles" "$OUT/ab-gnuplot"
  start_server
  # /ok's body carries a request counter, so its length varies: ab counts "Length" failures.
  ab -n 5000 -c 20 -e "$OUT/ab-percentiles/ok.csv" -g "$OUT/ab-gnuplot/ok.tsv" "$URL/ok" > "$OUT/ab/ok.txt" 2>/dev/null
  # /flaky: HTTP 500s (Non-2xx), closed connections (-r: keep going on receive errors), 1.1 s stalls.
  ab -r -n 2000 -c 10 -e "$OUT/ab-percentiles/flaky.csv" -g "$OUT/ab-gnuplot/flaky.tsv" "$URL/flaky" > "$OUT/ab/flaky.txt" 2>/dev/null
  # stdout and stderr in one capture: the "Completed 1000 requests" progress lines interleaved.
  ab -n 3000 -c 8 "$URL/ok" > "$OUT/ab/with-progress.txt" 2>&1
  stop_server
  truncate_copy "$OUT/ab/ok.txt" 7 "$OUT/ab/truncated.txt"
  truncate_copy "$OUT/ab-gnuplot/ok.tsv" 4 "$OUT/ab-gnuplot/truncated.tsv"
fi

if [[ $what == siege || $what == all ]]; then
  mkdir -p "$OUT/siege" "$OUT/siege-log"
  rm -f "$OUT/siege-log/runs.csv"
  # siege 4.0.7 reads ~/.siege/siege.conf (created from its template on first run: json_output = true,
  # verbose = true, color = on). Two rc files from that template: the JSON summary siege prints by
  # default, and the classic text summary (json_output = false), coloured per-request lines kept.
  siege -V >/dev/null 2>&1 || true
  cp "$HOME/.siege/siege.conf" "$WORK/json.rc"
  sed 's/^json_output = true/json_output = false/' "$HOME/.siege/siege.conf" > "$WORK/text.rc"
  sed 's/^verbose = true/verbose = false/' "$WORK/text.rc" > "$WORK/terse.rc"
  start_server
  # Text summary (stderr) with the coloured per-request lines (stdout) in one capture.
  siege -R "$WORK/text.rc" -c 10 -t 3S -b --log="$OUT/siege-log/runs.csv" "$URL/ok" > "$OUT/siege/ok.txt" 2>&1
  # /flaky: 500s and closed connections; siege gives up after 1024 socket failures ("excessive socket failure").
  siege -R "$WORK/text.rc" -c 10 -t 3S -b --log="$OUT/siege-log/runs.csv" "$URL/flaky" > "$OUT/siege/flaky.txt" 2>&1
  # verbose = false: only the summary (-q would suppress the summary too in 4.0.7).
  siege -R "$WORK/terse.rc" -c 8 -r 200 -b --log="$OUT/siege-log/runs.csv" "$URL/ok" > "$OUT/siege/quiet.txt" 2>&1
  # The default (JSON) summary on stdout, siege's own messages on stderr.
  siege -R "$WORK/json.rc" -c 10 -t 3S -b "$URL/ok" > "$OUT/siege/ok.json" 2>/dev/null
  siege -R "$WORK/json.rc" -c 4 -r 50 -b "$URL/flaky" > "$OUT/siege/flaky.json" 2>&1
  stop_server
  truncate_copy "$OUT/siege/ok.txt" 9 "$OUT/siege/truncated.txt"
fi
