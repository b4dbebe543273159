package dev.benchboard.stats.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GogcComparisonTest {

    private static GogcComparison.Row row(String gogc, double p99, double cps, double cpu, double peak) {
        return new GogcComparison.Row(gogc, "trace-" + gogc, p99, cps, cpu, peak, null, List.of());
    }

    @Test
    void marksTheParetoEfficientSettings() {
        // By hand (all minimised):
        //   400 is dominated by 200 (0.7 < 0.8, 0.5 < 0.6, 3 < 3.5, 250 < 300);
        //   off is dominated by 100 (equal on pause, cycles, CPU; 150 < 160 peak heap);
        //   50, 100, 200 each win on some criterion, so none dominates another.
        // Cross-check: /usr/bin/python3 -c "r={'50':(0.5,2,8,100),'100':(0.6,1,5,150),'200':(0.7,.5,3,250),
        //   '400':(0.8,.6,3.5,300),'off':(0.6,1,5,160)}; d=lambda b,a: all(x<=y for x,y in zip(b,a)) and b!=a;
        //   print([g for g in r if not any(d(r[h],r[g]) for h in r if h!=g)])" → ['50', '100', '200']
        GogcComparison table = GogcComparison.of(List.of(
                row("off", 0.6, 1.0, 5, 160),
                row("400", 0.8, 0.6, 3.5, 300),
                row("50", 0.5, 2.0, 8, 100),
                row("200", 0.7, 0.5, 3, 250),
                row("100", 0.6, 1.0, 5, 150)));

        assertThat(table.rows()).extracting(GogcComparison.Row::gogc).containsExactly("50", "100", "200", "400", "off");
        assertThat(table.rows()).extracting(GogcComparison.Row::paretoEfficient)
                .containsExactly(true, true, true, false, false);
        assertThat(table.rows().get(3).dominatedBy()).containsExactly("200");
        assertThat(table.rows().get(4).dominatedBy()).containsExactly("100");
    }

    @Test
    void incompleteRowsAreNotCompared() {
        GogcComparison table = GogcComparison.of(List.of(row("100", 0.6, 1.0, 5, 150),
                new GogcComparison.Row("200", "t", 0.7, 0.5, null, 250.0, null, List.of())));
        assertThat(table.rows().get(1).paretoEfficient()).isNull();
        assertThat(table.rows().get(0).paretoEfficient()).isTrue();
        assertThat(table.warnings()).hasSize(1);
    }

    @Test
    void comparesTracesByTheirGogcSetting() {
        // GOGC=50: frequent cycles, small heap; GOGC=200: rare cycles, big heap — neither dominates.
        GcTraceData low = trace("run-a", "50", 1.0, 60);
        GcTraceData high = trace("run-b", "200", 4.0, 200);
        GogcComparison table = GogcComparison.compare(List.of(high, low), GcSettings.defaults());

        assertThat(table.rows()).extracting(GogcComparison.Row::gogc).containsExactly("50", "200");
        assertThat(table.rows().getFirst().cyclesPerSecond()).isEqualTo(1.0);   // 4 intervals over 4 s
        assertThat(table.rows().get(1).cyclesPerSecond()).isEqualTo(0.25);     // 4 intervals over 16 s
        assertThat(table.rows().get(1).peakHeapMb()).isEqualTo(204.0);
        assertThat(table.rows()).allMatch(r -> Boolean.TRUE.equals(r.paretoEfficient()));
    }

    private static GcTraceData trace(String label, String gogc, double intervalSeconds, double heapMb) {
        List<GcCycle> cycles = new java.util.ArrayList<>();
        for (int k = 0; k < 5; k++) {
            cycles.add(new GcCycle(k + 1, k * intervalSeconds, 0.2, 1.0, 3.0, 1.0, heapMb, heapMb + k, heapMb / 2,
                    heapMb, 4, false));
        }
        return new GcTraceData(label, cycles, Map.of("gogc", gogc));
    }
}
