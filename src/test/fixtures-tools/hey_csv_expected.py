#!/usr/bin/env python3
"""Reference figures for a hey CSV fixture, computed independently of Benchboard's importer.

Usage: python3 hey_csv_expected.py ../resources/fixtures/hey-csv/ok.csv

Prints rows, errors (status outside 2xx/3xx), status counts, exact mean/min/max/sample stdev of
response-time in ms, run length = max(offset + response-time), throughput = rows / run length,
per-second buckets (floor(offset)), phase averages, and for each reported percentile the
HdrHistogram value: the nearest-rank sample (rank ceil(p/100 * n), as HdrHistogram 2.2's
getValueAtPercentile) moved to the top of its HdrHistogram bucket (3 significant digits: buckets
1 µs wide below 2048 µs, 2 µs below 4096 µs, 4 µs below 8192 µs, ...). Values are recorded as
round(seconds * 1e6) µs, at least 1 µs, as Latencies.recordMillis does.
"""
import csv
import math
import statistics
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
rt = [float(r["response-time"]) for r in rows]
ms = [v * 1000 for v in rt]
status = [int(r["status-code"]) for r in rows]
offset = [float(r["offset"]) for r in rows]
n = len(rows)
end = max(o + t for o, t in zip(offset, rt))
print("rows", n)
print("errors", sum(1 for s in status if s < 200 or s >= 400))
print("status", {s: status.count(s) for s in sorted(set(status))})
print("mean_ms %.12f" % statistics.fmean(ms))
print("min_ms %.4f max_ms %.4f" % (min(ms), max(ms)))
print("stdev_ms %.12f" % statistics.stdev(ms))
print("duration_s %.12f" % end)
print("rps %.12f" % (n / end))
seconds = sorted(set(math.floor(o) for o in offset))
print("per_second_buckets", len(seconds), "first", seconds[0], "last", seconds[-1])
first = [m for m, o in zip(ms, offset) if math.floor(o) == seconds[0]]
print("first_bucket requests", len(first), "mean_ms %.12f" % statistics.fmean(first), "max_ms %.4f" % max(first))
for col in ["DNS+dialup", "DNS", "Request-write", "Response-delay", "Response-read"]:
    vals = [float(r[col]) * 1000 for r in rows]
    print("phase", col, "avg_ms %.12f" % statistics.fmean(vals), "min %.4f max %.4f" % (min(vals), max(vals)))
us = sorted(max(1, round(v * 1e6)) for v in rt)
zero = sum(1 for v in rt if v == 0)
print("below_resolution", zero)
for p in [10, 25, 50, 75, 90, 95, 99, 99.9]:
    rank = max(1, math.ceil(p / 100 * n))
    v = us[rank - 1]
    width = 1 << max(0, v.bit_length() - 11)
    hdr = (v // width) * width + width - 1
    print("p%s nearest_rank_ms %.4f hdr_ms %.3f" % (p, v / 1000, hdr / 1000))
