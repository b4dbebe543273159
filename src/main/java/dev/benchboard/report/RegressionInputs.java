package dev.benchboard.report;

import dev.benchboard.ingest.Evidence;
import dev.benchboard.ingest.model.RunData;
import dev.benchboard.stats.regression.ComparisonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns two sets of runs into the metric pairs a comparison tests: Go benchmark samples per
 * benchmark and unit (benchstat's input), and load-test runs per load condition and metric (P50, P99,
 * throughput) — as per-run values when each side has several runs, or as the raw histograms when each
 * side has a single run with per-request data.
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

    /**
     * Load tests are compared condition by condition: runs at 8 connections against runs at 8 connections,
     * never a concurrency sweep's levels pooled as if they were repeated runs (they measure different
     * things, and pooling them made a sweep look like n = 9 samples of one test).
     */
    private static List<ComparisonInput> loadTests(List<RunData> a, List<RunData> b) {
        Map<LoadCondition, List<RunData>> left = byCondition(a);
        Map<LoadCondition, List<RunData>> right = byCondition(b);
        List<ComparisonInput> inputs = new ArrayList<>();
        left.forEach((condition, baseline) -> {
            List<RunData> candidate = right.get(condition);
            if (candidate != null) inputs.addAll(loadTest(condition.name(), baseline, candidate));
        });
        return inputs;
    }

    private static Map<LoadCondition, List<RunData>> byCondition(List<RunData> runs) {
        Map<LoadCondition, List<RunData>> groups = new TreeMap<>();
        for (RunData run : runs) groups.computeIfAbsent(LoadCondition.of(run), k -> new ArrayList<>()).add(run);
        return groups;
    }

    private static List<ComparisonInput> loadTest(String name, List<RunData> a, List<RunData> b) {
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
}
