package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.Outage;
import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Time to detect and time to recover per fault type, from raw outage timestamps. */
final class FaultTimingsCalculator {

    private FaultTimingsCalculator() {
    }

    static List<FaultTimings> timings(List<Outage> outages, List<Sentence> warnings) {
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
            warnings.add(Sentence.of("reliability.warning.negative-detect", Figures.count(negativeDetect)));
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
            rows.add(new FaultTimings(FaultTimings.ALL, DurationSummary.of(allDetect), DurationSummary.of(allRecover)));
        }
        return rows;
    }
}
