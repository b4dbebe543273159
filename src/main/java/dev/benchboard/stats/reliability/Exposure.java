package dev.benchboard.stats.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * What one scope (the service, a fault type, a component) experienced over one or more windows:
 * the totals that pool by summing (window, downtime, failure count) and the individual repair
 * durations that the median, P90 and the MTTR interval need.
 */
record Exposure(double windowSeconds, List<Double> repairSeconds, int experiments, int outagesMerged) {

    Exposure {
        repairSeconds = List.copyOf(repairSeconds);
    }

    static final Exposure NONE = new Exposure(0, List.of(), 0, 0);

    /** One experiment window with its merged down periods. */
    static Exposure of(double windowSeconds, List<DownPeriod> periods) {
        List<Double> durations = new ArrayList<>(periods.size());
        int merged = 0;
        for (DownPeriod p : periods) {
            durations.add(p.durationSeconds());
            merged += p.outagesMerged() - 1;
        }
        return new Exposure(windowSeconds, durations, 1, merged);
    }

    Exposure plus(Exposure other) {
        List<Double> all = new ArrayList<>(repairSeconds);
        all.addAll(other.repairSeconds);
        return new Exposure(windowSeconds + other.windowSeconds, all, experiments + other.experiments,
                outagesMerged + other.outagesMerged);
    }

    int failures() {
        return repairSeconds.size();
    }

    double downtimeSeconds() {
        double sum = 0;
        for (double d : repairSeconds) sum += d;
        return sum;
    }

    double uptimeSeconds() {
        return windowSeconds - downtimeSeconds();
    }

    double[] repairArray() {
        return repairSeconds.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
