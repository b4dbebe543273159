#!/usr/bin/env python3
"""Writes the structured-format fixtures under src/test/resources/fixtures/ (fixed seed: the output
is the same on every run). k6, JMeter and vegeta cannot be installed on the build machines, so their
files are written in the exact shapes the tools produce (sources in each fixtures/<format>/README.md)
from simulated requests; the k6 summaries are aggregated from the same requests with k6's own rules
(trend percentiles interpolate linearly between sorted samples, like numpy's default).

Run from the repository root:  /usr/bin/python3 src/test/fixtures-tools/generate_fixtures.py
"""
import gzip
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1] / "resources" / "fixtures"
rng = random.Random(20260302)


def lognormal_ms(median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


# ---------------------------------------------------------------------------------------------- k6

T0 = datetime(2026, 3, 2, 10, 0, 0, 123456, tzinfo=timezone.utc)


def rfc3339(t_ns):
    """k6 (Go time.RFC3339Nano) for a time t_ns nanoseconds after T0, in UTC, trailing zeros cut."""
    seconds, nanos = divmod(t_ns, 1_000_000_000)
    dt = T0.replace(microsecond=0) + timedelta(seconds=seconds)
    frac_ns = T0.microsecond * 1000 + nanos
    if frac_ns >= 1_000_000_000:
        dt += timedelta(seconds=1)
        frac_ns -= 1_000_000_000
    text = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if frac_ns:
        text += "." + f"{frac_ns:09d}".rstrip("0")
    return text + "Z"


def k6_requests():
    """4 VUs in a closed loop for ~3 s against one URL: (start_ns, duration_ns, status, phases)."""
    out = []
    for vu in range(4):
        t = rng.randrange(0, 2_000_000)  # VUs start within 2 ms
        while t < 3_000_000_000:
            roll = rng.random()
            if roll < 0.004:
                status, ms = 0, 0.0   # connection refused: k6 records a 0 ms duration, the time is in blocked
            elif roll < 0.03:
                status, ms = 500, lognormal_ms(30, 0.3)
            else:
                status, ms = 200, lognormal_ms(12, 0.45)
            dur = int(round(ms * 1e6))
            blocked = int(rng.uniform(0.002, 0.02) * 1e6)
            out.append((t + blocked, dur, status, blocked))
            t += blocked + dur + int(rng.uniform(0.05, 0.3) * 1e6)  # iteration overhead
    out.sort(key=lambda r: r[0] + r[1])
    return out


def write_k6(requests):
    url = "http://127.0.0.1:8080/hello"
    base_tags = {"expected_response": "true", "group": "", "method": "GET", "name": url, "proto": "HTTP/1.1",
                 "scenario": "default", "status": "200", "tls_version": "", "url": url}
    metric_defs = {
        "vus": ("gauge", "default"), "vus_max": ("gauge", "default"),
        "http_reqs": ("counter", "default"), "http_req_duration": ("trend", "time"),
        "http_req_blocked": ("trend", "time"), "http_req_connecting": ("trend", "time"),
        "http_req_tls_handshaking": ("trend", "time"), "http_req_sending": ("trend", "time"),
        "http_req_waiting": ("trend", "time"), "http_req_receiving": ("trend", "time"),
        "http_req_failed": ("rate", "default"), "data_sent": ("counter", "data"),
        "data_received": ("counter", "data"), "iteration_duration": ("trend", "time"),
        "iterations": ("counter", "default"),
    }
    thresholds = {"http_req_duration": ["p(95)<40"], "http_req_failed": ["rate<0.01"]}
    seen = set()
    lines = []

    def point(metric, t_ns, value, tags):
        if metric not in seen:
            seen.add(metric)
            kind, contains = metric_defs[metric]
            submetrics = None
            if metric == "http_req_duration":
                submetrics = [{"name": "http_req_duration{expected_response:true}", "suffix": "expected_response:true",
                               "tags": {"expected_response": "true"}}]
            lines.append(json.dumps({"type": "Metric", "data": {"name": metric, "type": kind, "contains": contains,
                                                                "thresholds": thresholds.get(metric, []),
                                                                "submetrics": submetrics}, "metric": metric},
                                    separators=(",", ":")))
        if isinstance(value, float) and value.is_integer():
            value = int(value)   # Go's encoding/json writes 0, not 0.0
        if tags is not None:
            tags = dict(sorted(tags.items()))   # k6 writes tags sorted by name
        lines.append(json.dumps({"metric": metric, "type": "Point",
                                 "data": {"time": rfc3339(t_ns), "value": value, "tags": tags}},
                                separators=(",", ":")))

    next_gauge = 0
    for start, dur, status, blocked in requests:
        end = start + dur
        while next_gauge <= end:
            point("vus", next_gauge, 4, None)
            point("vus_max", next_gauge, 4, None)
            next_gauge += 1_000_000_000
        tags = dict(base_tags)
        tags["status"] = str(status)
        if status == 0:
            tags["error_code"] = "1212"   # k6: dial: connection refused
            tags["proto"] = ""
        if status == 0 or status >= 400:
            tags["expected_response"] = "false"
        ms = dur / 1e6
        sending = 0.02 if status else 0.0
        receiving = 0.05 if status else 0.0
        point("http_reqs", end, 1, tags)
        point("http_req_duration", end, ms, tags)
        point("http_req_blocked", end, blocked / 1e6, tags)
        point("http_req_connecting", end, 0, tags)
        point("http_req_tls_handshaking", end, 0, tags)
        point("http_req_sending", end, sending, tags)
        point("http_req_waiting", end, round(ms - sending - receiving, 6), tags)
        point("http_req_receiving", end, receiving, tags)
        point("http_req_failed", end, 0 if tags["expected_response"] == "true" else 1, tags)
        group = {"group": "", "scenario": "default"}
        point("data_sent", end, 83, group)
        point("data_received", end, 0 if status == 0 else 130, group)
        point("iteration_duration", end, round((dur + blocked) / 1e6 + 0.1, 6), group)
        point("iterations", end, 1, group)
    text = "\n".join(lines) + "\n"
    with gzip.GzipFile(ROOT / "k6-ndjson" / "k6-out.json.gz", "wb", mtime=0) as f:
        f.write(text.encode())
    return requests


def k6_trend(values):
    v = np.array(sorted(values))
    return {"avg": float(v.mean()), "min": float(v.min()), "med": float(np.percentile(v, 50)),
            "max": float(v.max()), "p(90)": float(np.percentile(v, 90)), "p(95)": float(np.percentile(v, 95)),
            "p(99)": float(np.percentile(v, 99))}


def write_k6_summaries(requests):
    durations = [d / 1e6 for _, d, _, _ in requests]
    failed = sum(1 for _, _, s, _ in requests if s == 0 or s >= 400)
    n = len(requests)
    run_ms = 3_012.871  # k6's testRunDurationMs: from start to the end of the graceful stop
    rate = n / (run_ms / 1000)
    trend = k6_trend(durations)
    default_stats = {k: trend[k] for k in ("avg", "min", "med", "max", "p(90)", "p(95)")}
    p95_ok = trend["p(95)"] < 40
    fail_rate = failed / n
    checks_pass, checks_fail = n - failed, failed

    # --summary-export (legacy): values flat, rate metrics' rate renamed value, thresholds = !ok
    legacy = {
        "root_group": {"name": "", "path": "", "id": "d41d8cd98f00b204e9800998ecf8427e", "groups": {},
                       "checks": {"status is 200": {"name": "status is 200", "path": "::status is 200",
                                                    "id": "548d37ca5f33793206f7832e7cea54fb",
                                                    "passes": checks_pass, "fails": checks_fail}}},
        "metrics": {
            "http_req_duration": dict(default_stats, thresholds={"p(95)<40": not p95_ok}),
            "http_reqs": {"count": n, "rate": rate},
            "http_req_failed": {"passes": failed, "fails": n - failed, "value": fail_rate,
                                "thresholds": {"rate<0.01": not (fail_rate < 0.01)}},
            "checks": {"passes": checks_pass, "fails": checks_fail, "value": checks_pass / n},
            "iterations": {"count": n, "rate": rate},
            "vus": {"value": 4, "min": 4, "max": 4},
            "vus_max": {"value": 4, "min": 4, "max": 4},
            "data_sent": {"count": 83 * n, "rate": 83 * rate},
        },
    }
    (ROOT / "k6-summary" / "summary-export.json").write_text(json.dumps(js_numbers(legacy), indent=4) + "\n")

    # handleSummary data (JSON.stringify(data, null, 2)), default summaryTrendStats: no p(99)
    def metric(kind, contains, values, thresholds=None):
        m = {"type": kind, "contains": contains, "values": values}
        if thresholds:
            m["thresholds"] = thresholds
        return m

    handle = {
        "root_group": {"name": "", "path": "", "id": "d41d8cd98f00b204e9800998ecf8427e", "groups": [],
                       "checks": [{"name": "status is 200", "path": "::status is 200",
                                   "id": "548d37ca5f33793206f7832e7cea54fb", "passes": checks_pass,
                                   "fails": checks_fail}]},
        "options": {"summaryTrendStats": ["avg", "min", "med", "max", "p(90)", "p(95)"], "summaryTimeUnit": "",
                    "noColor": False},
        "state": {"isStdOutTTY": False, "isStdErrTTY": False, "testRunDurationMs": run_ms},
        "metrics": {
            "http_req_duration": metric("trend", "time", default_stats, {"p(95)<40": {"ok": p95_ok}}),
            "http_reqs": metric("counter", "default", {"count": n, "rate": rate}),
            "http_req_failed": metric("rate", "default", {"rate": fail_rate, "passes": failed, "fails": n - failed},
                                      {"rate<0.01": {"ok": fail_rate < 0.01}}),
            "checks": metric("rate", "default", {"rate": checks_pass / n, "passes": checks_pass, "fails": checks_fail}),
            "iterations": metric("counter", "default", {"count": n, "rate": rate}),
            "vus": metric("gauge", "default", {"value": 4, "min": 4, "max": 4}),
            "vus_max": metric("gauge", "default", {"value": 4, "min": 4, "max": 4}),
        },
    }
    (ROOT / "k6-summary" / "handle-summary.json").write_text(json.dumps(js_numbers(handle), indent=2) + "\n")

    # a handleSummary script that asked for p(99) and also wrote its scenarios (arrival-rate executor)
    handle_p99 = json.loads(json.dumps(handle))
    handle_p99["options"]["summaryTrendStats"] = ["avg", "min", "med", "max", "p(90)", "p(95)", "p(99)"]
    handle_p99["options"]["scenarios"] = {"open": {"executor": "constant-arrival-rate", "rate": 150,
                                                   "timeUnit": "1s", "duration": "3s", "preAllocatedVUs": 4}}
    handle_p99["metrics"]["http_req_duration"]["values"] = trend
    (ROOT / "k6-summary" / "handle-summary-p99-arrival-rate.json").write_text(
        json.dumps(js_numbers(handle_p99), indent=2) + "\n")


def js_numbers(value):
    """JSON.stringify / Go write integral floats without a fraction (0, not 0.0)."""
    if isinstance(value, dict):
        return {k: js_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [js_numbers(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ----------------------------------------------------------------------------------------- vegeta

def vegeta_report(rate, seconds, fail_share, refused_share, old=False):
    """vegeta attack -rate=R -duration=Ds | vegeta report -type=json: the Metrics struct's fields in
    their order; latencies in ns, percentiles stand in for vegeta's t-digest estimates."""
    n = rate * seconds
    earliest = datetime(2026, 3, 2, 11, 15, 0, 250000, tzinfo=timezone(timedelta(hours=1)))
    lat, codes, errors = [], {}, []
    for i in range(n):
        roll = rng.random()
        if roll < refused_share:
            code, ns = 0, int(rng.uniform(80_000, 400_000))
            msg = 'Get "http://127.0.0.1:8080/hello": dial tcp 127.0.0.1:8080: connect: connection refused'
        elif roll < refused_share + fail_share:
            code, ns, msg = 500, int(lognormal_ms(3.1, 0.4) * 1e6), "500 Internal Server Error"
        else:
            code, ns, msg = 200, int(lognormal_ms(1.2, 0.5) * 1e6), None
        lat.append(ns)
        codes[str(code)] = codes.get(str(code), 0) + 1
        if msg and msg not in errors:
            errors.append(msg)
    interval_ns = 1_000_000_000 // rate
    duration = (n - 1) * interval_ns + rng.randrange(0, 20_000)
    wait = lat[-1]
    success = sum(c for k, c in codes.items() if 200 <= int(k) < 400)
    v = np.array(lat)
    latencies = {"total": int(v.sum()), "mean": int(v.sum() // n)}
    for key, p in (("50th", 50), ("90th", 90), ("95th", 95), ("99th", 99)):
        if not (old and key == "90th"):
            latencies[key] = int(np.percentile(v, p, method="inverted_cdf"))
    latencies["max"] = int(v.max())
    if not old:
        latencies["min"] = int(v.min())
    def go_time(t):
        frac = f"{t.microsecond:06d}" + f"{rng.randrange(0, 1000):03d}"
        return t.strftime("%Y-%m-%dT%H:%M:%S") + "." + frac.rstrip("0") + "+01:00"
    latest = earliest + timedelta(microseconds=duration // 1000)
    end = latest + timedelta(microseconds=wait // 1000)
    bytes_in = sum(13 for k in codes for _ in range(codes[k]) if k != "0")
    return {
        "latencies": latencies,
        "bytes_in": {"total": bytes_in, "mean": bytes_in / n},
        "bytes_out": {"total": 0, "mean": 0},
        "earliest": go_time(earliest), "latest": go_time(latest), "end": go_time(end),
        "duration": duration, "wait": wait, "requests": n,
        "rate": n / (duration / 1e9),
        "throughput": success / ((duration + wait) / 1e9),
        "success": success / n,
        "status_codes": dict(sorted(codes.items())),
        "errors": errors,
    }


def write_vegeta():
    compact = (",", ":")
    (ROOT / "vegeta" / "report.json").write_text(
        json.dumps(js_numbers(vegeta_report(200, 5, 0, 0)), separators=compact) + "\n")
    (ROOT / "vegeta" / "report-errors.json").write_text(
        json.dumps(js_numbers(vegeta_report(100, 3, 0.05, 0.02)), separators=compact) + "\n")
    (ROOT / "vegeta" / "report-old.json").write_text(
        json.dumps(js_numbers(vegeta_report(50, 2, 0, 0, old=True)), separators=compact) + "\n")
    # saved from PowerShell through jq: BOM, CRLF, indented
    pretty = json.dumps(js_numbers(vegeta_report(200, 2, 0.01, 0)), indent=2)
    (ROOT / "vegeta" / "report-bom-crlf.json").write_bytes(b"\xef\xbb\xbf" + pretty.replace("\n", "\r\n").encode() + b"\r\n")


# ----------------------------------------------------------------------------------------- JMeter

def write_jmeter():
    header = ("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,"
              "bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect")
    labels = [("GET /hello", "http://127.0.0.1:8080/hello", 9, 0.4),
              ("POST /login", "http://127.0.0.1:8080/login", 35, 0.5),
              ("GET /search?q=a,b", "http://127.0.0.1:8080/search?q=a,b", 60, 0.6)]
    t0 = 1772445600000  # 2026-03-02T10:00:00Z
    rows = []
    for thread in range(1, 6):
        t = t0 + thread * 7
        while t < t0 + 4000:
            for label, url, median, sigma in labels:
                roll = rng.random()
                elapsed = int(round(lognormal_ms(median, sigma)))
                code, msg, ok, failure, received = "200", "OK", "true", "", 180
                if roll < 0.01:
                    code = "Non HTTP response code: org.apache.http.conn.HttpHostConnectException"
                    msg = ("Non HTTP response message: Connect to 127.0.0.1:8080 [/127.0.0.1] failed: "
                           "Connection refused")
                    ok, received, elapsed = "false", 2515, int(rng.uniform(1, 3))
                elif roll < 0.04:
                    code, msg, ok, received = "503", "Service Unavailable", "false", 120
                elif roll < 0.05:
                    ok, failure = "false", "Test failed: text expected to contain /Hello, world/"
                latency = max(0, elapsed - int(rng.uniform(0, 2)))
                connect = 0 if rng.random() < 0.9 else int(rng.uniform(1, 3))
                rows.append((t + elapsed, [str(t), str(elapsed), label, code, msg, f"Thread Group 1-{thread}", "text",
                                           ok, failure, str(received), "118", "5", "5", url, str(latency), "0",
                                           str(connect)]))
                t += elapsed + int(rng.uniform(0, 20))
    rows.sort(key=lambda r: r[0])  # JMeter writes a sample when it ends
    def cell(c):
        return '"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c
    text = header + "\n" + "".join(",".join(cell(c) for c in r) + "\n" for _, r in rows)
    (ROOT / "jmeter-jtl" / "results.jtl").write_text(text)

    # fewer columns, written by a test plan that saves only some fields, CRLF (JMeter on Windows)
    small = ["timeStamp,elapsed,label,responseCode,success,allThreads"]
    t = t0
    for i in range(40):
        elapsed = int(round(lognormal_ms(20, 0.3)))
        small.append(f"{t},{elapsed},GET /,{'200' if i % 10 else '404'},{'true' if i % 10 else 'false'},{1 + i % 3}")
        t += elapsed + 5
    (ROOT / "jmeter-jtl" / "few-columns.jtl").write_bytes(("\r\n".join(small) + "\r\n").encode())


# ------------------------------------------------------------------------------------ raw latency

def write_raw():
    t = 1772445600000
    lines = ["timestamp,latency_ms,status,worker"]
    for i in range(2000):
        t += rng.randrange(0, 4)
        roll = rng.random()
        status = 200 if roll > 0.02 else (503 if roll > 0.005 else 0)
        ms = lognormal_ms(4.2, 0.55) if status else 1000.0
        lines.append(f"{t},{ms:.3f},{status},w{i % 8}")
        if i == 1000:   # one row 2.5 s out of time order (a worker that flushed late)
            lines.append(f"{t - 2500},{3.250:.3f},200,w9")
    (ROOT / "raw-latency-csv" / "requests.csv").write_text("\n".join(lines) + "\n")

    iso = ["timestamp,latency_us,status"]
    base = datetime(2026, 3, 2, 10, 0, 0, tzinfo=timezone.utc)
    for i in range(500):
        ts = base + timedelta(microseconds=i * 2500 + rng.randrange(0, 400))
        us = int(lognormal_ms(0.85, 0.35) * 1000)
        iso.append(ts.isoformat(timespec="microseconds").replace("+00:00", "Z") + f",{us},{200 if i % 50 else 404}")
    (ROOT / "raw-latency-csv" / "iso-microseconds.csv").write_text("\n".join(iso) + "\n")


# --------------------------------------------------------------------------------------- generic

def write_generic():
    header = "candidate,run,concurrency,duration_s,requests,errors,rps,mean_ms,p50_ms,p90_ms,p99_ms,p999_ms,max_ms,rss_mb,cpu_pct"
    rows = [
        "gin,c64-r1,64,30,3452811,0,115093.7,0.55,0.48,0.91,2.10,5.9,31.2,18.4,182.5",
        "gin,c64-r2,64,30,3441027,12,114700.9,0.56,0.49,0.93,2.21,6.3,44.0,18.6,181.9",
        "echo,c64-r1,64,30,3398105,0,113270.2,0.56,0.50,0.95,2.35,6.1,29.8,17.9,183.1",
        "fasthttp,c64-r1,64,30,5012734,3,167091.1,0.38,0.33,0.62,1.41,3.8,20.5,12.2,171.0",
    ]
    (ROOT / "generic-csv" / "runs.csv").write_text(header + "\n" + "\n".join(rows) + "\n")
    # the same table as Excel saves it: BOM, CRLF, columns reordered, an extra notes column
    excel = ["\ufeffrun,candidate,rps,p99_ms,p50_ms,notes,requests,duration_s",
             'c64-r1,chi,108001.5,2.61,0.52,"warm, 2nd pass",3240045,30',
             "c64-r2,chi,107311.0,2.73,0.53,,3219330,30"]
    (ROOT / "generic-csv" / "excel-bom-crlf.csv").write_bytes("\r\n".join(excel).encode("utf-8") + b"\r\n")

    doc = {"candidate": "gin", "tool": "wrk2", "runs": [
        {"run": "r1", "concurrency": 64, "duration_s": 30, "requests": 3452811, "errors": 0, "rps": 115093.7,
         "mean_ms": 0.55, "p50_ms": 0.48, "p90_ms": 0.91, "p99_ms": 2.10, "p999_ms": 5.9, "max_ms": 31.2,
         "rss_mb": 18.4, "cpu_pct": 182.5, "notes": {"kernel": "6.1"}},
        {"run": "r2", "concurrency": 64, "requests": 3441027, "duration_s": 30, "p99_ms": "2.21", "p50_ms": 0.49},
    ]}
    (ROOT / "generic-json" / "candidate.json").write_text(json.dumps(doc, indent=2) + "\n")
    array = [
        {"runs": [{"run": "c256", "concurrency": 256, "rps": 98000.5, "p50_ms": 2.4, "p99_ms": 9.8}], "candidate": "echo"},
        {"candidate": "chi", "runs": [{"run": "c256", "concurrency": 256, "rps": 91022.0, "p50_ms": 2.7, "p99_ms": 11.5},
                                      {"run": "c512", "concurrency": 512, "rps": 90011.0, "mean_ms": 5.9}]},
    ]
    (ROOT / "generic-json" / "array.json").write_text(json.dumps(array, indent=2) + "\n")


if __name__ == "__main__":
    reqs = k6_requests()
    write_k6(reqs)
    write_k6_summaries(reqs)
    write_vegeta()
    write_jmeter()
    write_raw()
    write_generic()
