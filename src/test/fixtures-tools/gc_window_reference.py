#!/usr/bin/python3
"""Reference figures for the GC steady-window KPIs, computed apart from Benchboard (numpy/statsmodels),
quoted in SteadyWindowRealDataTest and GcAnalyzerTest.
    usage: gc_window_reference.py TRACE [TRACE ...]
           gc_window_reference.py --before TRACE [TRACE ...]   the earlier method's figures, for comparison

Reads gc lines with a regular expression (rejoined pieces are not needed for the fixtures used), then:
  window: gaps > max(5 x the median interval, 1 s) split the trace; the segment with the most cycles is the
          loaded period; leading cycles whose live heap is below half the median live heap of the next 10
          are start-up cycles and left out (statistics.md, GC section).
  leak:   OLS of live heap on time over the window, Newey-West (HAC) standard error, Bartlett kernel,
          maxlags L = floor(4 (n/100)^(2/9)), no small-sample correction (statsmodels' default), normal 95 %
          interval; threshold max(0.1 x mean live / 10 min, 1 MB / window minutes).
  alloc:  sum over the window's cycles k (all but the last) of (heap at end of k - heap at start of k:
          allocated during the cycle) + (heap at start of k+1 - live heap of k: allocated after it), over the
          window span; post-only = the second term alone (statistics.md's rule, which misses the first).
  rates:  cycles/s = (n-1)/span; GC CPU share = sum of the cpu ms of the n-1 cycles after the first /
          (span x GOMAXPROCS).
"""
import re
import sys
import numpy as np
import statsmodels.api as sm
from scipy import stats

GC = re.compile(r'^gc (\d+) @([\d.]+)s (\d+)%: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock, '
                r'([\d.]+)\+([\d.]+)/([\d.]+)/([\d.]+)\+([\d.]+) ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, '
                r'(?:(\d+) MB stacks, (\d+) MB globals, )?(\d+) P( \(forced\))?$')


def cycles(path):
    out = []
    for line in open(path, encoding='utf-8'):
        m = GC.match(line.rstrip('\n'))
        if m:
            g = m.groups()
            out.append(dict(t=float(g[1]), pct=int(g[2]), pause=float(g[3]) + float(g[5]),
                            cpu=sum(float(x) for x in g[6:11]), h0=int(g[11]), h1=int(g[12]), live=int(g[13]),
                            procs=int(g[17])))
    return out


def window(cs):
    t = np.array([c['t'] for c in cs])
    gaps = np.diff(t)
    limit = max(5 * np.median(gaps), 1.0)
    segments, start = [], 0
    for k, g in enumerate(gaps):
        if g > limit:
            segments.append((start, k))
            start = k + 1
    segments.append((start, len(cs) - 1))
    a, b = max(segments, key=lambda s: (s[1] - s[0], -s[0]))
    live = [c['live'] for c in cs]
    while a < b and live[a] < 0.5 * np.median(live[a + 1:min(a + 11, b + 1)]):
        a += 1
    return a, b


def before(path):
    """The figures of the earlier method (whole trace, OLS t interval, heap-end allocation), for comparison."""
    cs = cycles(path)
    t = np.array([c['t'] for c in cs])
    live = np.array([c['live'] for c in cs], dtype=float)
    r = stats.linregress(t, live)
    half = stats.t.ppf(0.975, len(cs) - 2) * r.stderr
    thr = 0.1 * live.mean() / 10
    leak = r.slope - half > 0 and r.slope * 60 > thr
    rates = [(cs[k + 1]['h0'] - cs[k]['h1']) / (cs[k + 1]['t'] - cs[k]['t']) for k in range(len(cs) - 1)]
    print(f"{path.split('/')[-1]} BEFORE: slope={r.slope * 60:.3f} MB/min ci=({(r.slope - half) * 60:.3f}, "
          f"{(r.slope + half) * 60:.3f}) thr={thr:.3f} leak={leak} alloc={np.mean(rates):.2f} MB/s "
          f"cyclesPerS={(len(cs) - 1) / (t[-1] - t[0]):.3f} cpu={cs[-1]['pct']} %")


def main():
    if sys.argv[1] == '--before':
        for path in sys.argv[2:]:
            before(path)
        return
    for path in sys.argv[1:]:
        cs = cycles(path)
        a, b = window(cs)
        w = cs[a:b + 1]
        n = len(w)
        t = np.array([c['t'] for c in w])
        live = np.array([c['live'] for c in w], dtype=float)
        span = t[-1] - t[0]
        L = int(np.floor(4 * (n / 100) ** (2 / 9)))
        fit = sm.OLS(live, sm.add_constant(t)).fit(cov_type='HAC', cov_kwds={'maxlags': L})
        ols = sm.OLS(live, sm.add_constant(t)).fit()
        slope, se = fit.params[1], fit.bse[1]
        z = stats.norm.ppf(0.975)
        lo, hi = slope - z * se, slope + z * se
        thr = max(0.1 * live.mean() / 10, 1 / (span / 60))
        leak = lo > 0 and slope * 60 > thr
        alloc = sum(w[k]['h1'] - w[k]['h0'] + w[k + 1]['h0'] - w[k]['live'] for k in range(n - 1)) / span
        post_only = sum(w[k + 1]['h0'] - w[k]['live'] for k in range(n - 1)) / span
        cpu = sum(c['cpu'] for c in w[1:]) / (span * 1000 * w[0]['procs']) * 100
        whole = np.array([c['t'] for c in cs])
        print(f"{path.split('/')[-1]}: window cycles {a + 1}..{b + 1} of {len(cs)} t={t[0]!r}..{t[-1]!r} n={n} L={L}")
        print(f"  slope={slope!r} MB/s hacSE={se!r} olsSE={ols.bse[1]!r} ci=({lo!r}, {hi!r}) "
              f"slopeMin={slope * 60!r} thr={thr!r} meanLive={live.mean()!r} leak={leak}")
        print(f"  alloc={alloc!r} MB/s (post-only {post_only!r}) cyclesPerS={(n - 1) / span!r} (whole {(len(cs) - 1) / (whole[-1] - whole[0])!r}) "
              f"cpuShare={cpu!r} % (reported {w[-1]['pct']} %, whole-trace end {cs[-1]['pct']} %)")


if __name__ == '__main__':
    main()
