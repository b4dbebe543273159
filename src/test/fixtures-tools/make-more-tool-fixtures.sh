#!/usr/bin/env bash
# Regenerates the fixtures of the Locust, autocannon, JMH and Gatling importers under
# src/test/resources/fixtures/{autocannon,locust,jmh,gatling}/ by running the REAL tools against the
# fixture server in ./server on 127.0.0.1 (runs ≤ 10 s). Each fixture directory's README says the
# versions and the tool's own printed figures the tests compare with; after regenerating, update both.
#
# Usage: src/test/fixtures-tools/make-more-tool-fixtures.sh [autocannon|locust|jmh|gatling|all]
set -euo pipefail
cd "$(dirname "$0")"
TOOLS="$(pwd)"
OUT="$(cd ../resources && pwd)/fixtures"
WORK="$(mktemp -d)"
ADDR=127.0.0.1:18475
what="${1:-all}"
# shellcheck source=fixture-server.sh
source fixture-server.sh

if [[ $what == autocannon || $what == all ]]; then
  # autocannon 9.0.0 from the npm registry, run through its API (run.js) so that one run gives both the
  # JSON `autocannon --json` prints and the table the CLI prints (the README quotes the table).
  mkdir -p "$OUT/autocannon" "$WORK/ac"
  (cd "$WORK/ac" && npm init -y >/dev/null && npm install --silent autocannon@9.0.0 >/dev/null)
  cp autocannon/run.js "$WORK/ac/"
  start_server
  node "$WORK/ac/run.js" "$OUT/autocannon/ok.json" "$OUT/autocannon/ok.table.txt" \
    "{\"url\":\"$URL/ok\",\"connections\":16,\"duration\":5}"
  # /flaky: HTTP 500s, closed connections (autocannon errors), 1.1 s stalls; -t 1: stalls become timeouts
  node "$WORK/ac/run.js" "$OUT/autocannon/flaky.json" "$OUT/autocannon/flaky.table.txt" \
    "{\"url\":\"$URL/flaky\",\"connections\":16,\"duration\":5,\"timeout\":1}"
  # the CLI itself, two runs appended to one file with a shell line between them (a CI log)
  npx="$WORK/ac/node_modules/.bin/autocannon"
  { "$npx" --json -c 8 -d 2 "$URL/ok"; echo "+ autocannon --json -c 8 -d 2 $URL/flaky"; "$npx" --json -c 8 -d 2 "$URL/flaky"; } \
    > "$OUT/autocannon/appended.ndjson" 2>/dev/null
  stop_server
  truncate_copy "$OUT/autocannon/ok.json" 200 "$OUT/autocannon/truncated.json"
fi

if [[ $what == locust || $what == all ]]; then
  # Debian bookworm's python3-locust 2.12.1 (apt-get install -y python3-locust). locust/locustfile.py: 20
  # users (spawn rate 10/s) on /ok, POST /ok and /flaky for 8 s, then none until 13 s (see the shape's
  # comment: Locust 2.12 does not write its CSV files at exit). Exit code 1 = the run had failures.
  mkdir -p "$OUT/locust"
  start_server
  for kind in full plain; do
    extra=(); [[ $kind == full ]] && extra=(--csv-full-history)
    (cd "$WORK" && BENCHBOARD_LOCUST_SHAPE=1 locust -f "$TOOLS/locust/locustfile.py" --headless --host "$URL" \
      --csv "$OUT/locust/$kind" "${extra[@]}" > "$OUT/locust/$kind.console.txt" 2>&1) || [[ $? == 1 ]]
  done
  # The plain command line, busy to its last second: its CSV files lag behind its printed summary.
  (cd "$WORK" && locust -f "$TOOLS/locust/locustfile.py" --headless -u 20 -r 10 -t 10s --host "$URL" \
    --csv "$OUT/locust/busy" > "$OUT/locust/busy.console.txt" 2>&1) || [[ $? == 1 ]]
  stop_server
  rm -f "$OUT"/locust/*_exceptions.csv
  truncate_copy "$OUT/locust/full_stats_history.csv" 30 "$OUT/locust/truncated_stats_history.csv"
fi

if [[ $what == jmh || $what == all ]]; then
  # JMH 1.37 (the project's test dependency, from the local Maven repository) on jmh/bench/StringJoinBenchmark.java
  # (two benchmarks, @Param size 10 and 1000), on the JDK on PATH; short iterations keep each run under 35 s.
  mkdir -p "$OUT/jmh" "$WORK/jmh"
  R="${MAVEN_REPO:-$HOME/.m2/repository}"
  CP="$R/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar:$R/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar"
  CP="$CP:$R/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar"
  AP="$R/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar"
  javac -d "$WORK/jmh" -cp "$CP:$AP" -processorpath "$AP:$CP" jmh/bench/StringJoinBenchmark.java
  run=(java -cp "$WORK/jmh:$CP" org.openjdk.jmh.Main -f 1 -wi 1 -w 500ms -i 3 -r 500ms -rf json)
  "${run[@]}" -bm thrpt,avgt -rff "$OUT/jmh/modes.json" > "$OUT/jmh/modes.console.txt" 2>&1
  "${run[@]}" -bm sample -rff "$OUT/jmh/sample.json" > "$OUT/jmh/sample.console.txt" 2>&1
  # cut inside the third result: two complete results before the cut
  third=$(grep -n '"benchmark"' "$OUT/jmh/sample.json" | sed -n 3p | cut -d: -f1)
  head -n $((third + 40)) "$OUT/jmh/sample.json" > "$OUT/jmh/truncated.json"
fi

if [[ $what == gatling || $what == all ]]; then
  # Gatling 3.9.5 from Maven Central (gatling/pom.xml resolves the classpath; 3.9 is the last line whose
  # simulation.log is text: 3.11 writes a binary log). gatling/sim/FixtureSimulation.java: 100 users/s for 8 s,
  # each GET /ok, /flaky, /ok with a status 200 check (the 500s are KO).
  mkdir -p "$OUT/gatling" "$WORK/gatling"
  mvn -B -q -f gatling/pom.xml dependency:build-classpath -Dmdep.outputFile="$WORK/gatling.cp" >/dev/null
  GCP="$(cat "$WORK/gatling.cp")"
  javac -d "$WORK/gatling" -cp "$GCP" gatling/sim/FixtureSimulation.java
  start_server
  (cd "$WORK" && java -DbaseUrl="$URL" -cp "$WORK/gatling:$GCP" io.gatling.app.Gatling -s sim.FixtureSimulation \
    -rf "$WORK/results" > "$WORK/gatling-console.txt" 2>&1)
  stop_server
  report="$(ls -d "$WORK"/results/*/)"
  cp "$report/simulation.log" "$OUT/gatling/simulation.log"
  cp "$report/js/stats.json" "$OUT/gatling/stats.json"
  # the console without Gatling's DEBUG/INFO logger lines (it logs at DEBUG without a logback.xml)
  sed -n "/^Simulation .* completed in/,\$p" "$WORK/gatling-console.txt" | grep -v -E "^[0-9:.]+ \\[" > "$OUT/gatling/console.txt"
  truncate_copy "$OUT/gatling/simulation.log" 25 "$OUT/gatling/truncated.log"
  # a log with a shell line and a blank line in it, as when logs are concatenated by hand
  sed '500i\+ cp simulation.log /tmp/run-2/\n' "$OUT/gatling/simulation.log" > "$OUT/gatling/with-junk.log"
fi
