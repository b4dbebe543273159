package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.ReportedReliability;
import java.time.Instant;
import java.util.List;

/** Synthetic chaos experiments with outages at exact times, so every figure is known by hand. */
final class Chaos {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Chaos() {
    }

    static Instant at(double seconds) {
        return T0.plusNanos(Math.round(seconds * 1e9));
    }

    static Outage outage(String fault, String component, double injected, double down, double up) {
        return new Outage(fault, component, at(injected), at(down), at(up));
    }

    static ChaosData experiment(String name, double windowSeconds, List<Outage> outages) {
        return new ChaosData(name, T0, at(windowSeconds), List.of(), outages, List.of(), List.of());
    }

    /**
     * 10 h window, five outages (d = 120, 300, 60, 30, 600 s): D = 1110 s, r = 5, U = 34,890 s,
     * MTTR = 222 s, MTBF = 6,978 s = 1.93833… h, A = 34,890/36,000.
     */
    static ChaosData fiveOutages() {
        return experiment("exp-a", 36_000, List.of(
                outage("network-partition", "api", 3600, 3605, 3725),
                outage("cpu-saturation", "db", 10_800, 10_810, 11_110),
                outage("network-partition", "api", 18_000, 18_002, 18_062),
                outage("process-kill", "api", 25_200, 25_201, 25_231),
                outage("memory-leak", "db", 28_800, 29_400, 30_000)));
    }

    static ChaosData withExtras(ChaosData data, List<ReportedReliability> reported, List<LitmusResult> litmus) {
        return new ChaosData(data.experiment(), data.windowStart(), data.windowEnd(), data.events(), data.outages(),
                reported, litmus);
    }
}
