#!/usr/bin/env python3
"""Independent reference figures for the per-request fixtures, quoted in the importer tests.

Reads the fixture files with the csv/json/gzip modules and numpy only (no code shared with the
importers). Percentiles are nearest-rank (numpy method="inverted_cdf"), which is what HdrHistogram's
getValueAtPercentile returns up to its 3-significant-digit bucket width.

Run from the repository root:  /usr/bin/python3 src/test/fixtures-tools/expected_values.py
"""
import csv
import gzip
import json
from datetime import datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1] / "resources" / "fixtures"
PCTS = [50, 75, 90, 95, 99, 99.9]


def describe(name, ms, errors, start_ms, end_ms, extra=""):
    v = np.array(ms, dtype=float)
    us = np.round(v * 1000)  # what the histogram records (µs)
    pct = {p: float(np.percentile(us, p, method="inverted_cdf")) / 1000 for p in PCTS}
    duration = (end_ms - start_ms) / 1000
    print(f"{name}: n={len(v)} errors={errors} mean={v.mean()!r} min={v.min()!r} max={v.max()!r} "
          f"stdev={v.std(ddof=1)!r}")
    print(f"  nearest-rank percentiles (ms, from µs-rounded values): {pct}")
    print(f"  duration_s={duration!r} throughput={len(v) / duration!r} {extra}")


def k6():
    lines = [json.loads(l) for l in gzip.open(ROOT / "k6-ndjson" / "k6-out.json.gz", "rt")]
    pts = [l for l in lines if l["type"] == "Point"]
    dur = [p for p in pts if p["metric"] == "http_req_duration"]
    ms = [p["data"]["value"] for p in dur]
    def ns(t):
        base, frac = t[:-1].split(".") if "." in t else (t[:-1], "0")
        dt = datetime.fromisoformat(base + "+00:00")
        return int(dt.timestamp()) * 1_000_000_000 + int(frac.ljust(9, "0"))
    ends = [ns(p["data"]["time"]) for p in dur]
    starts = [e - round(v * 1e6) for e, v in zip(ends, ms)]
    errors = sum(1 for p in dur if p["data"]["tags"]["expected_response"] == "false"
                 or not 200 <= int(p["data"]["tags"]["status"]) < 400)
    statuses = {}
    for p in dur:
        statuses[p["data"]["tags"]["status"]] = statuses.get(p["data"]["tags"]["status"], 0) + 1
    reqs = sum(p["data"]["value"] for p in pts if p["metric"] == "http_reqs")
    failed = sum(1 for p in pts if p["metric"] == "http_req_failed" and p["data"]["value"] != 0)
    below = sum(1 for v in ms if round(v * 1000) < 1)
    seconds = {}
    for e, v in zip(ends, ms):
        seconds.setdefault(e // 1_000_000_000, []).append(v)
    first = min(seconds)
    buckets = {k - first: (len(v), max(v)) for k, v in sorted(seconds.items())}
    describe("k6-ndjson", ms, errors, min(starts) / 1e6, max(ends) / 1e6,
             f"http_reqs={reqs} http_req_failed={failed} statuses={statuses} below1us={below} per-second={buckets}")


def jmeter():
    rows = list(csv.DictReader(open(ROOT / "jmeter-jtl" / "results.jtl", newline="")))
    for label in dict.fromkeys(r["label"] for r in rows):
        rs = [r for r in rows if r["label"] == label]
        ms = [float(r["elapsed"]) for r in rs]
        starts = [int(r["timeStamp"]) for r in rs]
        ends = [int(r["timeStamp"]) + int(r["elapsed"]) for r in rs]
        errors = sum(1 for r in rs if r["success"] == "false")
        codes = {}
        for r in rs:
            c = r["responseCode"] if r["responseCode"].isdigit() else "0"
            codes[c] = codes.get(c, 0) + 1
        describe(f"jmeter {label!r}", ms, errors, min(starts), max(ends),
                 f"codes={codes} maxAllThreads={max(int(r['allThreads']) for r in rs)} "
                 f"bytes={sum(int(r['bytes']) for r in rs)} latency_mean={np.mean([float(r['Latency']) for r in rs])!r}")


    rows = list(csv.DictReader(open(ROOT / "jmeter-jtl" / "few-columns.jtl", newline="")))
    ms = [float(r["elapsed"]) for r in rows]
    describe("jmeter few-columns.jtl", ms, sum(1 for r in rows if r["success"] == "false"),
             min(int(r["timeStamp"]) for r in rows), max(int(r["timeStamp"]) + int(r["elapsed"]) for r in rows),
             f"maxAllThreads={max(int(r['allThreads']) for r in rows)}")


def raw():
    rows = list(csv.DictReader(open(ROOT / "raw-latency-csv" / "requests.csv", newline="")))
    ms = [float(r["latency_ms"]) for r in rows]
    ts = [int(r["timestamp"]) for r in rows]
    errors = sum(1 for r in rows if not 200 <= int(r["status"]) < 400)
    ends = [t + m for t, m in zip(ts, ms)]
    back = sum(1 for i in range(1, len(ts)) if ts[i] < max(ts[:i]))
    statuses = {}
    for r in rows:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    first_back = next(i + 2 for i in range(1, len(ts)) if ts[i] < max(ts[:i]))   # + header, 1-based
    describe("raw requests.csv", ms, errors, min(ts), max(ends),
             f"rows_back_in_time={back} (first at line {first_back}) statuses={statuses}")
    rows = list(csv.DictReader(open(ROOT / "raw-latency-csv" / "iso-microseconds.csv", newline="")))
    ms = [int(r["latency_us"]) / 1000 for r in rows]
    def ms_of(t):
        return datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp() * 1000
    ts = [ms_of(r["timestamp"]) for r in rows]
    errors = sum(1 for r in rows if not 200 <= int(r["status"]) < 400)
    describe("raw iso-microseconds.csv", ms, errors, min(ts), max(t + m for t, m in zip(ts, ms)))


if __name__ == "__main__":
    k6()
    jmeter()
    raw()
