package dev.benchboard.stats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.ingest.model.GcTraceData;
import dev.benchboard.stats.common.Close;
import dev.benchboard.stats.gc.GcSettings;
import dev.benchboard.stats.gc.GogcComparison;
import dev.benchboard.stats.gc.GogcComparison.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The GOGC trade-off on real captures of one Go server under the same load (~400 req/s for 20 s)
 * at GOGC = 50, 100 and 150 (fixtures/gc, see its README; each program prints its GOGC).
 *
 * <p>Reference table, an independent regular-expression reading of the gc lines in numpy
 * (pause = sweep-termination + mark-termination clock, P99 type 7; cycles/s = (n − 1)/span; GC CPU
 * share = the last line's cumulative %; peak heap = max of heap at start and end of a cycle):
 * <pre>
 * cd src/test/resources/fixtures/gc && /usr/bin/python3 -c "
 * import re, numpy as np
 * for g in ['50','100','150']:
 *     c=[re.match(r'gc \d+ @([\d.]+)s (\d+)%: ([\d.]+)\+[\d.]+\+([\d.]+) ms clock.*? (\d+)->(\d+)->\d+ MB', l)
 *        for l in open(f'gogc{g}-gctrace.txt')]; c=[m for m in c if m]
 *     t=[float(m[1]) for m in c]; p=[float(m[3])+float(m[4]) for m in c]
 *     print(g, len(c), repr(np.percentile(p,99)), repr((len(t)-1)/(t[-1]-t[0])), c[-1][2],
 *           max(max(float(m[5]),float(m[6])) for m in c))"
 * 50  393 5.329279999999997  19.53066613521997  3 18
 * 100 187 1.9311399999999972  9.306048931805675 1 24
 * 150 127 3.1784199999999974  6.298425393651588 0 29
 * </pre>
 */
class GogcRealDataTest {

    private static GogcComparison table() {
        List<GcTraceData> traces = new ArrayList<>();
        for (String gogc : List.of("150", "50", "100")) {   // upload order does not matter
            traces.add(RealFixtures.parse(new GoGctraceImporter(), "gc/gogc" + gogc + "-gctrace.txt", Map.of())
                    .gcTraces().getFirst());
        }
        return GogcComparison.compare(traces, GcSettings.defaults());
    }

    @Test
    void tableHoldsPauseP99CyclesPerSecondCpuShareAndPeakHeapPerGogc() {
        List<Row> rows = table().rows();

        assertThat(rows).extracting(Row::gogc).containsExactly("50", "100", "150");
        double[][] expected = {
                {5.329279999999997, 19.53066613521997, 3, 18},
                {1.9311399999999972, 9.306048931805675, 1, 24},
                {3.1784199999999974, 6.298425393651588, 0, 29}};
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Close.exact(row.pauseP99Ms(), expected[i][0]);
            Close.exact(row.cyclesPerSecond(), expected[i][1]);
            assertThat(row.gcCpuSharePercent()).isEqualTo(expected[i][2]);
            assertThat(row.peakHeapMb()).isEqualTo(expected[i][3]);
        }
    }

    @Test
    void lowerGogcCollectsMoreOften() {
        // GOGC is the heap growth allowed before the next cycle: halving it roughly doubles the rate.
        List<Row> rows = table().rows();
        assertThat(rows.get(0).cyclesPerSecond()).isGreaterThan(rows.get(1).cyclesPerSecond());
        assertThat(rows.get(1).cyclesPerSecond()).isGreaterThan(rows.get(2).cyclesPerSecond());
        // ... and keeps the heap smaller: the other side of the trade-off.
        assertThat(rows.get(0).peakHeapMb()).isLessThan(rows.get(1).peakHeapMb());
        assertThat(rows.get(1).peakHeapMb()).isLessThan(rows.get(2).peakHeapMb());
    }

    @Test
    void paretoFlagsAgreeWithAnIndependentDominanceCheck() {
        List<Row> rows = table().rows();
        // Dominance written out here, apart from dev.benchboard.stats.gc.Pareto: a row is efficient when
        // no other row is ≤ on all four (minimised) criteria and < on one.
        for (Row row : rows) {
            List<String> dominators = new ArrayList<>();
            for (Row other : rows) {
                if (other == row) continue;
                double[] a = criteria(other);
                double[] b = criteria(row);
                boolean noWorse = a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2] && a[3] <= b[3];
                boolean better = a[0] < b[0] || a[1] < b[1] || a[2] < b[2] || a[3] < b[3];
                if (noWorse && better) dominators.add(other.gogc());
            }
            assertThat(row.paretoEfficient()).as("GOGC %s", row.gogc()).isEqualTo(dominators.isEmpty());
            assertThat(row.dominatedBy()).as("GOGC %s", row.gogc()).isEqualTo(dominators);
        }
        // Here every setting is efficient: fewer cycles always cost peak heap (50: 18 MB, 150: 29 MB),
        // and GOGC=100 has the lowest pause P99 (1.93 ms) — numpy check:
        // /usr/bin/python3 -c "r={'50':(5.33,19.53,3,18),'100':(1.93,9.31,1,24),'150':(3.18,6.30,0,29)};
        //   d=lambda b,a: all(x<=y for x,y in zip(b,a)) and b!=a;
        //   print([g for g in r if not any(d(r[h],r[g]) for h in r if h!=g)])" → ['50', '100', '150']
        assertThat(rows).extracting(Row::paretoEfficient).containsExactly(true, true, true);
    }

    private static double[] criteria(Row row) {
        return new double[] {row.pauseP99Ms(), row.cyclesPerSecond(), row.gcCpuSharePercent(), row.peakHeapMb()};
    }
}
