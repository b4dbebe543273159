#!/usr/bin/env python3
"""Independent reference figures for CapacityFromSweepTest, from the wrk fixtures in fixtures/sweep/.

Parses each c<N>.txt with a regex of its own (not Benchboard's parser), then fits the Universal
Scalability Law X(N) = λN / (1 + σ(N−1) + κN(N−1)) with scipy.optimize.curve_fit (Levenberg–Marquardt,
unweighted). σ, κ ≥ 0 as in Benchboard: the unconstrained fit is kept when both come out ≥ 0, else the
fits with σ = 0, κ = 0 and both = 0 are made and the feasible one with the least RSS wins.

With --slo MS (and --target QPS --headroom PCT --k K) it also prints, per server, the SLO-bound capacity
by linear interpolation between the first point over the SLO and the one before, with the arithmetic,
and the instance count ⌈target·(1 + headroom)/capacity⌉ + k.

Usage: sweep_reference.py SWEEP_DIR [--slo MS --target QPS --headroom PCT --k K] [SERVER ...]
       (default servers: gin fasthttp)
"""
import argparse
import math
import re
from pathlib import Path

import numpy as np
from scipy.optimize import curve_fit

LEVELS = [1, 2, 4, 8, 16, 32, 64, 128, 256]
UNIT_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def read(path):
    text = path.read_text()
    conns = int(re.search(r"(\d+) connections", text).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    return conns, rps, float(value) * UNIT_MS[unit]


def usl(n, lam, sigma, kappa):
    return lam * n / (1 + sigma * (n - 1) + kappa * n * (n - 1))


def fit(n, x):
    # Start like Benchboard (λ0 = max X/N, σ0, κ0 from the linearised model) so LM finds the same optimum.
    lam0 = max(x / n)
    y = n * lam0 / x - 1
    a, b = n - 1, n * (n - 1)
    s, k = np.linalg.lstsq(np.column_stack([a, b]), y, rcond=None)[0]
    start = [lam0, max(0.0, s), max(0.0, k)]
    fits = []
    for free in ([True, True, True], [True, True, False], [True, False, True], [True, False, False]):
        def model(nn, *p, free=free):
            full, it = [], iter(p)
            for f in free:
                full.append(next(it) if f else 0.0)
            return usl(nn, *full)
        p0 = [v for v, f in zip(start, free) if f]
        popt, _ = curve_fit(model, n, x, p0=p0, method="lm", maxfev=100000, xtol=1e-15, ftol=1e-15)
        it = iter(popt)
        full = [next(it) if f else 0.0 for f in free]
        rss = float(np.sum((x - usl(n, *full)) ** 2))
        fits.append((full, rss, free))
        if free == [True, True, True] and full[1] >= 0 and full[2] >= 0:
            break
    feasible = [f for f in fits if f[0][1] >= 0 and f[0][2] >= 0 and f[0][0] > 0]
    full, rss, free = min(feasible, key=lambda f: f[1])
    tss = float(np.sum((x - x.mean()) ** 2))
    return full, rss, 1 - rss / tss, free


def slo_capacity(points, slo, target, headroom, k):
    crossing = next((i for i, p in enumerate(points) if p[2] > slo), None)
    if crossing is None or crossing == 0:
        print(f"  SLO {slo} ms: {'never crossed' if crossing is None else 'crossed at the first point'}")
        return
    (na, xa, pa), (nb, xb, pb) = points[crossing - 1], points[crossing]
    x = xa + (slo - pa) * (xb - xa) / (pb - pa)
    before = max(p[1] for p in points[:crossing])
    print(f"  SLO {slo} ms: between N={na} (X={xa}, P99={pa}) and N={nb} (X={xb}, P99={pb}):")
    print(f"    X = {xa} + ({slo} - {pa})·({xb} - {xa})/({pb} - {pa}) = {x!r}; highest X before = {before}")
    capacity = max(x, before)
    if target:
        ratio = target * (1 + headroom / 100) / capacity
        print(f"    instances = ⌈{target}·{1 + headroom / 100}/{capacity!r}⌉ + {k} = ⌈{ratio!r}⌉ + {k}"
              f" = {math.ceil(ratio) + k}")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("root")
    args.add_argument("servers", nargs="*", default=["gin", "fasthttp"])
    args.add_argument("--slo", type=float)
    args.add_argument("--target", type=float)
    args.add_argument("--headroom", type=float, default=0)
    args.add_argument("--k", type=int, default=0)
    a = args.parse_args()
    root = Path(a.root)
    for server in a.servers:
        points = [read(root / server / f"c{n}.txt") for n in LEVELS]
        n = np.array([p[0] for p in points], float)
        x = np.array([p[1] for p in points], float)
        (lam, sigma, kappa), rss, r2, free = fit(n, x)
        print(f"== {server}")
        for c, rps, p99 in points:
            print(f"  N={c:<4d} X={rps:>10.2f} req/s  P99={p99:g} ms")
        peak = math.sqrt((1 - sigma) / kappa) if kappa > 0 and sigma < 1 else float("nan")
        print(f"  lambda={lam!r} sigma={sigma!r} kappa={kappa!r}  (free: {free})")
        print(f"  RSS={rss!r} R2={r2!r} N*={peak!r} X(N*)={usl(peak, lam, sigma, kappa)!r}")
        if a.slo:
            slo_capacity(points, a.slo, a.target, a.headroom, a.k)


if __name__ == "__main__":
    main()
