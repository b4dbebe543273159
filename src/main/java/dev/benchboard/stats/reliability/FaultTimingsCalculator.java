package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.Outage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Time to detect and time to recover per fault type, from raw outage timestamps. */
final class FaultTimingsCalculator {

    static final String ALL = "all";

    private FaultTimingsCalculator() {
    }

    static List<FaultTimings> timings(List<Outage> outages, List<String> warnings) {
        Map<String, List<Double>> detect = new TreeMap<>();
        Map<String, List<Double>> recover = new TreeMap<>();
        int negativeDetect = 0;
        for (Outage o : outages) {
            String fault = WindowedOutages.label(o.faultType());
            detect.computeIfAbsent(fault, k -> new ArrayList<>());
            recover.computeIfAbsent(fault, k -> new ArrayList<>());
            if (o.downAt() == null) continue;
            if (o.injectedAt() != null) {
                double d = WindowedOutages.seconds(o.injectedAt(), o.downAt());
                if (d >= 0) {
                    detect.get(fault).add(d);
                } else {
                    negativeDetect++;
                }
            }
            if (o.upAt() != null && !o.upAt().isBefore(o.downAt())) {
                recover.get(fault).add(WindowedOutages.seconds(o.downAt(), o.upAt()));
            }
        }
        if (negativeDetect > 0) {
            warnings.add(negativeDetect + " outage(s) went down before their fault was injected; left out of time to"
                    + " detect (the outage may not be caused by that injection)");
        }
        List<FaultTimings> rows = new ArrayList<>();
        List<Double> allDetect = new ArrayList<>();
        List<Double> allRecover = new ArrayList<>();
        for (String fault : detect.keySet()) {
            rows.add(new FaultTimings(fault, DurationSummary.of(detect.get(fault)),
                    DurationSummary.of(recover.get(fault))));
            allDetect.addAll(detect.get(fault));
            allRecover.addAll(recover.get(fault));
        }
        if (rows.size() > 1) {
            rows.add(new FaultTimings(ALL, DurationSummary.of(allDetect), DurationSummary.of(allRecover)));
        }
        return rows;
    }
}
