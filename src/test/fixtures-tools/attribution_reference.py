#!/usr/bin/python3
"""Per-fault-type MTTR/MTBF of a probe log attributed to a driver's injection log, apart from Benchboard
(python3 stdlib only: csv, json). Definitions: ../../../../shared/docs/statistics.md, Reliability.

  usage: attribution_reference.py PROBE_LOG.csv DRIVER_LOG.csv [START_COLUMN END_COLUMN]
         (defaults: start_unix_ms ready_unix_ms, epoch milliseconds)

- Outage: a run of failed probes (status outside 200-399, 0 = no answer), from the first failed probe's
  timestamp to the first ok probe's timestamp.
- Window T: first probe to last probe.
- Attribution: the injection [start, end] overlapping the outage [down, up] longest (start <= up and
  end >= down; ties: the earlier injection); none -> "unexplained".
- Per fault type (every injected type, plus "unexplained" when it occurs): its outages clipped to the
  window and merged where they overlap or touch; D = sum of merged durations, r = their number,
  U = T - D, MTTR = D / r (s), MTBF = U / r (h), availability = U / T. Service: all outages merged.
Prints JSON.
"""
import csv
import json
import sys


def outages(path):
    out, down, first, last = [], None, None, None
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            sec, _, frac = row["timestamp"].partition(".")
            t = (int(sec) * 1000 + int((frac + "000")[:3])) / 1000  # exact milliseconds, as written
            first = t if first is None else first
            last = t
            ok = 200 <= int(row["ok"]) < 400
            if not ok and down is None:
                down = t
            elif ok and down is not None:
                out.append((down, t))
                down = None
    if down is not None:
        out.append((down, last))
    return out, first, last


def injections(path, start_col, end_col):
    with open(path, newline="") as f:
        return [(row["fault"], int(row[start_col]) / 1000, int(row[end_col]) / 1000) for row in csv.DictReader(f)]


def attribute(outage, injs):
    best, cause = -1.0, "unexplained"
    for fault, start, end in injs:
        if start > outage[1] or end < outage[0]:
            continue
        overlap = min(end, outage[1]) - max(start, outage[0])
        if overlap > best:
            best, cause = overlap, fault
    return cause


def figures(intervals, t0, t1):
    clipped = sorted((max(a, t0), min(b, t1)) for a, b in intervals if min(b, t1) > max(a, t0))
    merged = []
    for a, b in clipped:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    window = t1 - t0
    down = sum(b - a for a, b in merged)
    r = len(merged)
    return {"failures": r, "downtime_s": down, "window_s": window,
            "mttr_s": down / r if r else None, "mtbf_h": (window - down) / r / 3600 if r else None,
            "availability": (window - down) / window}


def main():
    probe, driver = sys.argv[1], sys.argv[2]
    start_col, end_col = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("start_unix_ms", "ready_unix_ms")
    outs, t0, t1 = outages(probe)
    injs = injections(driver, start_col, end_col)
    by_fault = {fault: [] for fault, _, _ in injs}
    for o in outs:
        by_fault.setdefault(attribute(o, injs), []).append(o)
    result = {"window_s": t1 - t0, "outages": len(outs), "service": figures(outs, t0, t1),
              "by_fault": {f: figures(v, t0, t1) for f, v in sorted(by_fault.items())}}
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
