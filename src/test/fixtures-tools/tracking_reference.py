"""Reference values for the tracking fixtures (fixtures/tracking), independent of Benchboard's code:
P99/P50/Requests/sec as wrk printed them, scipy's Mann-Whitney U (two-sided, method='auto' as the app's
MannWhitneyU) for runs 1-5 against 6-10, Holm by hand, and the E-divisive change points of the P99 series
with the brute-force reference of src/test/resources/stats-reference/edivisive_reference.py.
Run with Debian's python3: /usr/bin/python3 src/test/fixtures-tools/tracking_reference.py
"""
import contextlib, importlib.util, io, pathlib, re
from scipy.stats import mannwhitneyu

root = pathlib.Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("edivisive", root / "resources/stats-reference/edivisive_reference.py")
ed = importlib.util.module_from_spec(spec)
with contextlib.redirect_stdout(io.StringIO()):
    spec.loader.exec_module(ed)

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}
def ms(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * UNITS[unit]

runs = []
for f in sorted((root / "resources/fixtures/tracking").glob("run-*.txt")):
    t = f.read_text()
    runs.append({"file": f.name,
                 "p50": ms(re.search(r"50%\s+(\S+)", t).group(1)),
                 "p99": ms(re.search(r"99%\s+(\S+)", t).group(1)),
                 "rps": float(re.search(r"Requests/sec:\s+(\S+)", t).group(1))})
for r in runs:
    print(r)
ps = {}
for metric in ("p99", "p50", "rps"):
    a = [r[metric] for r in runs[:5]]; b = [r[metric] for r in runs[5:]]
    ps[metric] = mannwhitneyu(a, b, alternative="two-sided").pvalue
order = sorted(ps, key=ps.get); holm = {}; running = 0.0
for i, m in enumerate(order):
    running = max(running, min(1.0, (len(order) - i) * ps[m])); holm[m] = running
print("Mann-Whitney p:", ps)
print("Holm-adjusted:", holm)
p99 = [r["p99"] for r in runs]
import numpy as np
print("best split of P99 (index of the first point of the new regime, Q):", ed.best(np.array(p99)))
print("e.divisive (199 permutations):", ed.edivisive(np.array(p99)))
