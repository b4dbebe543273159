#!/usr/bin/python3
"""A real chaos run for fault attribution (issue 17): a prober's log plus a driver's own injection log.

Starts healthsrv on 127.0.0.1:18091, pinned to CPU 1 (`taskset -c 1`), and the prober (GET /health every
150 ms, 100 ms timeout, fresh connection each). Then injects, by PID only:
  process-kill    SIGKILL, restart after the planned time
  process-freeze  SIGSTOP, SIGCONT after the planned time
  cpu-starve      every server thread to SCHED_IDLE plus a busy loop pinned to the same CPU at nice -20,
                  for the planned time (the server gets the CPU only when it is otherwise idle: never)
and one freeze that it does NOT write to the driver log (an "unlogged" event, standing for a deploy nobody
logged): the prober sees it, attribution must call it unexplained.
After each fault is cleared, the driver polls /health every 10 ms (50 ms timeout) until it answers 200:
that moment is "ready".
Writes, into OUTDIR:
  probe-log.csv    the prober's output: timestamp (epoch s.ms), ok (HTTP status, 0 = none), latency_ms
  driver-log.csv   the driver's home-made log, one row per logged injection:
                   event,fault,start_iso,start_unix_ms,end_iso,end_unix_ms,ready_iso,ready_unix_ms,fault_duration_s
  truth.json       every injection as executed, the unlogged one included, with the PIDs signalled
About 75 s.  usage: run_attribution.py OUTDIR
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timezone

ADDR = "127.0.0.1:18091"
CPU = 1
INTERVAL_MS = 150
TIMEOUT_MS = 100
# (offset from start in s, fault, planned duration in s, logged?). Fractions keep injections out of
# step with the probe ticks.
SCHEDULE = [
    (3.013, "process-kill", 2.0, True),
    (8.071, "process-freeze", 1.5, True),
    (13.029, "cpu-starve", 3.0, True),
    (20.047, "process-kill", 3.0, True),
    (27.083, "process-freeze", 2.5, True),
    (33.019, "cpu-starve", 2.0, True),
    (39.061, "process-freeze", 1.2, False),
    (45.037, "process-kill", 1.5, True),
    (51.053, "cpu-starve", 4.0, True),
    (58.091, "process-freeze", 1.0, True),
]
END_OFFSET = 64.0


def now_ms():
    return time.time_ns() // 1_000_000


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sleep_until(ms):
    delay = (ms - now_ms()) / 1000
    if delay > 0:
        time.sleep(delay)


def start_server(binary):
    proc = subprocess.Popen(["taskset", "-c", str(CPU), binary, "-addr", ADDR], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().split()  # "listening <addr> <unix-ms>"
    if not line or line[0] != "listening":
        proc.kill()
        raise SystemExit("healthsrv did not start: %r" % line)
    return proc


def wait_ready():
    """Polls /health until it answers 200; the epoch ms of that answer."""
    deadline = now_ms() + 10_000
    while now_ms() < deadline:
        try:
            with urllib.request.urlopen("http://%s/health" % ADDR, timeout=0.05) as r:
                if r.status == 200:
                    return now_ms()
        except OSError:
            pass
        time.sleep(0.01)
    raise SystemExit("the server did not become ready within 10 s")


def set_policy(pid, policy):
    """Every thread of the process (Go runs several) to the policy."""
    for tid in os.listdir("/proc/%d/task" % pid):
        try:
            os.sched_setscheduler(int(tid), policy, os.sched_param(0))
        except ProcessLookupError:
            pass


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp()
    here = os.path.dirname(os.path.abspath(__file__))
    for tool in ("healthsrv", "prober"):
        subprocess.run(["go", "build", "-o", os.path.join(work, tool), "./chaosrun/" + tool],
                       cwd=os.path.dirname(here), check=True)
    binary = os.path.join(work, "healthsrv")
    server = start_server(binary)
    probe_log = os.path.join(out, "probe-log.csv")
    prober = subprocess.Popen([os.path.join(work, "prober"), "-url", "http://%s/health" % ADDR,
                               "-interval", "%dms" % INTERVAL_MS, "-timeout", "%dms" % TIMEOUT_MS, "-out", probe_log])
    time.sleep(1.0)
    t0 = now_ms()
    done = []
    try:
        for offset, fault, planned, logged in SCHEDULE:
            sleep_until(t0 + int(offset * 1000))
            pid = server.pid
            start = now_ms()
            if fault == "process-kill":
                os.kill(pid, signal.SIGKILL)
                server.wait()
                sleep_until(start + int(planned * 1000))
                end = now_ms()
                server = start_server(binary)
                how = "SIGKILL pid %d, restarted as pid %d" % (pid, server.pid)
            elif fault == "process-freeze":
                os.kill(pid, signal.SIGSTOP)
                sleep_until(start + int(planned * 1000))
                end = now_ms()
                os.kill(pid, signal.SIGCONT)
                how = "SIGSTOP/SIGCONT pid %d" % pid
            else:
                # taskset's child is the server itself (taskset execs it): pid is healthsrv's.
                set_policy(pid, os.SCHED_IDLE)
                hog = subprocess.Popen(["taskset", "-c", str(CPU), "nice", "-n", "-20", "sh", "-c", "while :; do :; done"])
                sleep_until(start + int(planned * 1000))
                end = now_ms()
                hog.kill()
                hog.wait()
                set_policy(pid, os.SCHED_OTHER)
                how = "pid %d SCHED_IDLE beside busy loop pid %d on CPU %d" % (pid, hog.pid, CPU)
            ready = wait_ready()
            done.append({"fault": fault, "logged": logged, "planned_s": planned, "start_ms": start, "end_ms": end,
                         "ready_ms": ready, "how": how})
            print("%-15s %-8s start %d  held %5d ms  ready +%4d ms after end" % (
                fault, "logged" if logged else "UNLOGGED", start, end - start, ready - end))
        sleep_until(t0 + int(END_OFFSET * 1000))
    finally:
        prober.send_signal(signal.SIGTERM)
        prober.wait()
        server.send_signal(signal.SIGTERM)
        server.wait()

    with open(os.path.join(out, "driver-log.csv"), "w") as f:
        f.write("event,fault,start_iso,start_unix_ms,end_iso,end_unix_ms,ready_iso,ready_unix_ms,fault_duration_s\n")
        for d in done:
            if d["logged"]:
                f.write("inject,%s,%s,%d,%s,%d,%s,%d,%.3f\n" % (d["fault"], iso(d["start_ms"]), d["start_ms"],
                        iso(d["end_ms"]), d["end_ms"], iso(d["ready_ms"]), d["ready_ms"],
                        (d["end_ms"] - d["start_ms"]) / 1000))
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump({"addr": ADDR, "cpu": CPU, "probe_interval_ms": INTERVAL_MS, "probe_timeout_ms": TIMEOUT_MS,
                   "start_ms": t0, "injections": done}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
