package dev.benchboard.report;

import dev.benchboard.ingest.Evidence;
import dev.benchboard.ingest.model.RunData;
import dev.benchboard.stats.regression.ComparisonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns two sets of runs into the metric pairs a comparison tests: Go benchmark samples per
 * benchmark and unit (benchstat's input), and load-test runs per metric (P50, P99, throughput) —
 * as per-run values when each side has several runs, or as the raw histograms when each side has a
 * single run with per-request data.
 */
final class RegressionInputs {

    private RegressionInputs() {
    }

    static List<ComparisonInput> between(List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate) {
        List<ComparisonInput> inputs = new ArrayList<>(benchmarkSamples(baseline, candidate));
        inputs.addAll(loadTests(baseline.stream().map(Evidence.RunItem::run).filter(LatencySection::isLoadTest).toList(),
                candidate.stream().map(Evidence.RunItem::run).filter(LatencySection::isLoadTest).toList()));
        return inputs;
    }

    private static List<ComparisonInput> benchmarkSamples(List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate) {
        Map<String, Map<String, List<Double>>> a = samples(baseline);
        Map<String, Map<String, List<Double>>> b = samples(candidate);
        List<ComparisonInput> inputs = new ArrayList<>();
        a.forEach((benchmark, units) -> {
            Map<String, List<Double>> other = b.get(benchmark);
            if (other == null) return;
            units.forEach((unit, values) -> {
                List<Double> candidateValues = other.get(unit);
                if (candidateValues != null) inputs.add(ComparisonInput.RunValues.of(benchmark, unit, unit, values, candidateValues));
            });
        });
        return inputs;
    }

    /** benchmark name → unit → samples, for runs that are benchmark samples (no latency data, some metrics). */
    private static Map<String, Map<String, List<Double>>> samples(List<Evidence.RunItem> items) {
        Map<String, Map<String, List<Double>>> out = new LinkedHashMap<>();
        for (Evidence.RunItem item : items) {
            RunData run = item.run();
            if (LatencySection.isLoadTest(run) || run.metrics().isEmpty() || run.label() == null) continue;
            run.metrics().forEach((unit, value) -> out.computeIfAbsent(run.label(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(unit, k -> new ArrayList<>()).add(value));
        }
        return out;
    }

    private static List<ComparisonInput> loadTests(List<RunData> a, List<RunData> b) {
        if (a.isEmpty() || b.isEmpty()) return List.of();
        String name = labelOf(a, b);
        if (a.size() == 1 && b.size() == 1 && a.getFirst().histogram() != null && b.getFirst().histogram() != null) {
            return List.of(new ComparisonInput.SingleRunHistograms(name, 99, a.getFirst().histogram(), b.getFirst().histogram()),
                    new ComparisonInput.SingleRunHistograms(name, 50, a.getFirst().histogram(), b.getFirst().histogram()));
        }
        List<ComparisonInput> inputs = new ArrayList<>();
        addValues(inputs, name, "P99", "ms", a.stream().map(r -> r.percentileMs(99)).toList(), b.stream().map(r -> r.percentileMs(99)).toList());
        addValues(inputs, name, "P50", "ms", a.stream().map(r -> r.percentileMs(50)).toList(), b.stream().map(r -> r.percentileMs(50)).toList());
        addValues(inputs, name, "throughput", "req/s", a.stream().map(RunData::measuredThroughputRps).toList(),
                b.stream().map(RunData::measuredThroughputRps).toList());
        return inputs;
    }

    private static void addValues(List<ComparisonInput> inputs, String name, String metric, String unit,
                                  List<Double> a, List<Double> b) {
        List<Double> left = a.stream().filter(Objects::nonNull).toList();
        List<Double> right = b.stream().filter(Objects::nonNull).toList();
        if (!left.isEmpty() && !right.isEmpty()) inputs.add(ComparisonInput.RunValues.of(name, metric, unit, left, right));
    }

    private static String labelOf(List<RunData> a, List<RunData> b) {
        Set<String> labels = new LinkedHashSet<>();
        a.forEach(r -> labels.add(r.label()));
        b.forEach(r -> labels.add(r.label()));
        labels.remove(null);
        return labels.size() == 1 ? labels.iterator().next() : "load test";
    }
}
