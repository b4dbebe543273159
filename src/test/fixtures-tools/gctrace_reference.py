#!/usr/bin/python3
"""Independent reference figures for the gctrace fixtures (a regular expression, not Benchboard's
parser), quoted in GoGctraceImporterTest, and the generic GC CSV fixture derived from a real trace.
    usage: gctrace_reference.py FIXTURE_DIR          prints per-file sums
           gctrace_reference.py --csv TRACE OUT      writes the GC CSV form of TRACE
"""
import re
import sys
import glob
import os

GC = re.compile(r'gc (\d+) @([\d.]+)s (\d+)%: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock, '
                r'([\d.]+)\+([\d.]+)/([\d.]+)/([\d.]+)\+([\d.]+) ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, '
                r'(?:(\d+) MB stacks, (\d+) MB globals, )?(\d+) P( \(forced\))?$')


def cycles(path):
    with open(path, encoding='utf-8') as f:
        for line in f.read().split('\n'):
            m = GC.match(line)
            if m:
                g = m.groups()
                yield {'n': int(g[0]), 't': float(g[1]), 'pct': int(g[2]),
                       'pause': float(g[3]) + float(g[5]), 'conc': float(g[4]),
                       'cpu': sum(float(x) for x in g[6:11]),
                       'h0': int(g[11]), 'h1': int(g[12]), 'live': int(g[13]), 'goal': int(g[14]),
                       'procs': int(g[17]), 'forced': g[18] is not None}


def main():
    if sys.argv[1] == '--csv':
        with open(sys.argv[3], 'w') as out:
            # Columns in a different order than the spec and one extra, as a hand-made export might be.
            out.write('gc_cpu_pct,timestamp_s,pause_ms,heap_before_mb,heap_after_mb,live_heap_mb,goal_mb,source\n')
            for c in cycles(sys.argv[2]):
                out.write('%d,%.3f,%.3f,%d,%d,%d,%d,gc %d\n' % (c['pct'], c['t'], c['pause'], c['h0'], c['h1'],
                                                                  c['live'], c['goal'], c['n']))
        return
    for path in sorted(glob.glob(os.path.join(sys.argv[1], '*-gctrace.txt'))):
        cs = list(cycles(path))
        print('%-24s cycles=%d pause_sum=%.3f conc_sum=%.3f cpu_sum=%.3f live_sum=%d max_pause=%.3f forced=%d first=%d last=%d'
              % (os.path.basename(path), len(cs), sum(c['pause'] for c in cs), sum(c['conc'] for c in cs),
                 sum(c['cpu'] for c in cs), sum(c['live'] for c in cs), max(c['pause'] for c in cs),
                 sum(c['forced'] for c in cs), cs[0]['n'], cs[-1]['n']))


if __name__ == '__main__':
    main()
