#!/usr/bin/python3
"""A real, local chaos run for Benchboard's chaos fixtures (stdlib only; needs go).

Starts healthsrv on 127.0.0.1:18081 and a prober (GET /health every 100 ms, 80 ms timeout, one
fresh connection each), then injects a fixed schedule of faults into the server by PID:
  process-kill   SIGKILL, then a new server process after the planned delay
  process-freeze SIGSTOP, then SIGCONT after the planned delay (probes time out meanwhile)
It writes, into the output directory:
  probe-log.csv            the prober's own output (timestamp epoch s.ms, ok = HTTP status or 0, latency_ms)
  events.csv               chaos events CSV, ISO-8601 UTC: experiment_start, fault_injected (when the
                           signal was sent), down/up (first failed probe / first ok probe after it, read
                           from the probe log), fault_cleared (restart or SIGCONT), experiment_end
  events.json              the same events, epoch-millisecond numbers, {"experiment", "events"}
  outage-table.csv         fault_type,component,injected_at,down_at,up_at (ISO-8601)
  truth.json               the injected schedule as executed (signal times, restart times, when the
                           restarted server was listening) and the window: the ground truth for tests
Bounded: about 75 s; only processes it started are signalled, by PID.
    usage: run_chaos.py OUTDIR

CHAOS_PLAN=cpu-hog runs another fault plan instead (about 105 s): three 10-s `cpu-hog` faults, each a busy
loop (`sh -c 'while :; do :; done'`) started next to the server and killed after the planned time. The
server keeps answering, so the run may have no outage at all; outages that do occur (a probe over its 80 ms
timeout) are attributed to the fault injected last before them.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone

ADDR = "127.0.0.1:18081"
COMPONENT = "api"
INTERVAL_MS = 100
TIMEOUT_MS = 80
# (offset from experiment start in s, fault type, planned duration in s). The fractions keep the
# injections out of step with the 100 ms probe ticks, so detection delays vary as they do in real life.
SCHEDULE = [
    (4.013, "process-kill", 3.0),
    (12.057, "process-freeze", 2.02),
    (19.071, "process-kill", 5.0),
    (30.029, "process-kill", 2.545),
    (38.086, "process-freeze", 4.03),
    (48.042, "process-kill", 6.0),
    (60.064, "process-freeze", 3.515),
]
END_OFFSET = 70.0
PLAN = os.environ.get("CHAOS_PLAN", "kill-freeze")
if PLAN == "cpu-hog":
    SCHEDULE = [(10.011, "cpu-hog", 10.0), (40.037, "cpu-hog", 10.0), (70.053, "cpu-hog", 10.0)]
    END_OFFSET = 100.0
elif PLAN != "kill-freeze":
    raise SystemExit("CHAOS_PLAN: expected kill-freeze or cpu-hog, got %r" % PLAN)


def now_ms():
    return time.time_ns() // 1_000_000


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def start_server(binary):
    proc = subprocess.Popen([binary, "-addr", ADDR], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().split()  # "listening <addr> <unix-ms>"
    if not line or line[0] != "listening":
        proc.kill()
        raise SystemExit("healthsrv did not start: %r" % line)
    return proc, int(line[2])


def sleep_until(ms):
    delay = (ms - now_ms()) / 1000
    if delay > 0:
        time.sleep(delay)


def probe_outages(path):
    """Runs of failed probes: (first failed probe, first ok probe after it), epoch ms."""
    outages, down = [], None
    with open(path) as f:
        next(f)
        for row in f:
            ts, status, _ = row.strip().split(",")
            sec, frac = ts.split(".")
            t = int(sec) * 1000 + int(frac)
            ok = 200 <= int(status) < 400
            if not ok and down is None:
                down = t
            elif ok and down is not None:
                outages.append((down, t))
                down = None
    if down is not None:
        raise SystemExit("the run ended during an outage")
    return outages


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp()
    here = os.path.dirname(os.path.abspath(__file__))
    for tool in ("healthsrv", "prober"):
        subprocess.run(["go", "build", "-o", os.path.join(work, tool), "./chaosrun/" + tool],
                       cwd=os.path.dirname(here), check=True)
    server, _ = start_server(os.path.join(work, "healthsrv"))
    probe_log = os.path.join(out, "probe-log.csv")
    prober = subprocess.Popen([os.path.join(work, "prober"), "-url", "http://%s/health" % ADDR,
                               "-interval", "%dms" % INTERVAL_MS, "-timeout", "%dms" % TIMEOUT_MS, "-out", probe_log])
    time.sleep(1.0)
    experiment = "local-" + PLAN + "-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    t0 = now_ms()
    events = [(t0, "experiment_start", "", "", experiment)]
    faults = []
    try:
        for offset, fault, planned in SCHEDULE:
            sleep_until(t0 + int(offset * 1000))
            pid = server.pid
            injected = now_ms()
            if fault == "cpu-hog":
                hog = subprocess.Popen(["sh", "-c", "while :; do :; done"])
                sleep_until(injected + int(planned * 1000))
                cleared = now_ms()
                hog.kill()
                hog.wait()
                listening = cleared  # the server never stopped
                detail_in, detail_out = "busy loop pid %d" % hog.pid, "busy loop pid %d killed" % hog.pid
            elif fault == "process-kill":
                os.kill(pid, signal.SIGKILL)
                server.wait()
                sleep_until(injected + int(planned * 1000))
                cleared = now_ms()
                server, listening = start_server(os.path.join(work, "healthsrv"))
                detail_in, detail_out = "SIGKILL pid %d" % pid, "restarted as pid %d" % server.pid
            else:
                os.kill(pid, signal.SIGSTOP)
                sleep_until(injected + int(planned * 1000))
                cleared = now_ms()
                os.kill(pid, signal.SIGCONT)
                listening = cleared  # the socket never closed; the process resumes at SIGCONT
                detail_in, detail_out = "SIGSTOP pid %d" % pid, "SIGCONT pid %d" % pid
            events.append((injected, "fault_injected", fault, COMPONENT, detail_in))
            events.append((cleared, "fault_cleared", fault, COMPONENT, detail_out))
            faults.append({"fault_type": fault, "component": COMPONENT, "planned_duration_s": planned,
                           "injected_at": iso(injected), "injected_at_ms": injected,
                           "cleared_at": iso(cleared), "cleared_at_ms": cleared,
                           "serving_again_at_ms": listening})
        sleep_until(t0 + int(END_OFFSET * 1000))
        t_end = now_ms()
        events.append((t_end, "experiment_end", "", "", experiment))
        time.sleep(0.5)
    finally:
        prober.send_signal(signal.SIGTERM)
        prober.wait()
        server.send_signal(signal.SIGTERM)
        server.wait()

    outages = probe_outages(probe_log)
    if PLAN == "cpu-hog":
        # Not every fault causes an outage: each outage goes to the fault injected last before it.
        pairs = [(o, [f for f in faults if f["injected_at_ms"] <= o[0]][-1]) for o in outages]
    elif len(outages) != len(faults):
        raise SystemExit("expected %d outages in the probe log, found %d: %r" % (len(faults), len(outages), outages))
    else:
        pairs = list(zip(outages, faults))
    table = []
    for (down, up), fault in pairs:
        events.append((down, "down", "", COMPONENT, "first failed probe"))
        events.append((up, "up", "", COMPONENT, "first ok probe"))
        table.append((fault["fault_type"], COMPONENT, fault["injected_at_ms"], down, up))
        fault["observed_down_at_ms"], fault["observed_up_at_ms"] = down, up
    events.sort(key=lambda e: e[0])

    with open(os.path.join(out, "events.csv"), "w") as f:
        f.write("timestamp,event,fault_type,component,detail\n")
        for t, ev, ft, comp, detail in events:
            f.write("%s,%s,%s,%s,%s\n" % (iso(t), ev, ft, comp, detail))
    with open(os.path.join(out, "events.json"), "w") as f:
        json.dump({"experiment": experiment, "events": [
            {"timestamp": t, "event": ev, "fault_type": ft or None, "component": comp or None, "detail": detail}
            for t, ev, ft, comp, detail in events]}, f, indent=2)
        f.write("\n")
    with open(os.path.join(out, "outage-table.csv"), "w") as f:
        f.write("fault_type,component,injected_at,down_at,up_at\n")
        for ft, comp, inj, down, up in table:
            f.write("%s,%s,%s,%s,%s\n" % (ft, comp, iso(inj), iso(down), iso(up)))
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump({"experiment": experiment, "component": COMPONENT,
                   "probe_interval_ms": INTERVAL_MS, "probe_timeout_ms": TIMEOUT_MS,
                   "window_start": iso(t0), "window_start_ms": t0, "window_end": iso(t_end), "window_end_ms": t_end,
                   "faults": faults}, f, indent=2)
        f.write("\n")
    for fault in faults:
        if "observed_down_at_ms" not in fault:
            print("%-15s injected %d  no outage" % (fault["fault_type"], fault["injected_at_ms"]))
            continue
        print("%-15s injected %d  down +%4d ms  cleared %+5d ms  up +%4d ms after serving again" % (
            fault["fault_type"], fault["injected_at_ms"], fault["observed_down_at_ms"] - fault["injected_at_ms"],
            fault["cleared_at_ms"] - fault["injected_at_ms"],
            fault["observed_up_at_ms"] - fault["serving_again_at_ms"]))


if __name__ == "__main__":
    main()
