package dev.benchboard.report;

import dev.benchboard.format.Sentence;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.RunData;
import dev.benchboard.stats.regression.ComparisonInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns two sets of runs into the metric pairs a comparison tests: Go benchmark samples per
 * benchmark and unit (benchstat's input), and load-test runs per load condition and metric (P50, P99,
 * throughput) — as per-run values when each side has several runs, or as the raw histograms when each
 * side has a single run with per-request data (information only: one run a side is never a verdict). Each compared benchmark keeps the uploads its values
 * came from, so every verdict can name its files.
 *
 * @param inputs     what the statistics compare
 * @param provenance benchmark (as named in the inputs) → the uploads of each side
 */
record RegressionInputs(List<ComparisonInput> inputs, Map<String, Provenance> provenance) {

    /** The uploads behind one compared benchmark, per side, each once. */
    record Provenance(List<SourceRef> baseline, List<SourceRef> candidate, Sentence words) {

        /** A Go benchmark's uploads: its name reads as it is. */
        static Provenance of(String benchmark, List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate) {
            return new Provenance(refs(baseline), refs(candidate), Sentence.verbatim(benchmark));
        }

        /** A load condition's uploads, named in the reader's words ("load test · 8 concurrent" / "压测 · 并发 8"). */
        static Provenance of(LoadCondition condition, List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate) {
            return new Provenance(refs(baseline), refs(candidate), condition.words());
        }

        private static List<SourceRef> refs(List<Evidence.RunItem> items) {
            return items.stream().map(i -> SourceRef.of(i.source())).distinct().toList();
        }
    }

    static RegressionInputs between(List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate) {
        List<ComparisonInput> inputs = new ArrayList<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        benchmarkSamples(baseline, candidate, inputs, provenance);
        loadTests(baseline.stream().filter(i -> LatencySection.isLoadTest(i.run())).toList(),
                candidate.stream().filter(i -> LatencySection.isLoadTest(i.run())).toList(), inputs, provenance);
        return new RegressionInputs(List.copyOf(inputs), Map.copyOf(provenance));
    }

    private static void benchmarkSamples(List<Evidence.RunItem> baseline, List<Evidence.RunItem> candidate,
                                         List<ComparisonInput> inputs, Map<String, Provenance> provenance) {
        Map<String, List<Evidence.RunItem>> a = groups(baseline.stream().filter(RegressionInputs::isBenchmarkSample).toList(),
                i -> i.run().label(), new LinkedHashMap<>());
        Map<String, List<Evidence.RunItem>> b = groups(candidate.stream().filter(RegressionInputs::isBenchmarkSample).toList(),
                i -> i.run().label(), new LinkedHashMap<>());
        a.forEach((benchmark, left) -> {
            List<Evidence.RunItem> right = b.get(benchmark);
            if (right == null) return;
            Map<String, List<Double>> leftSamples = samples(left);
            Map<String, List<Double>> rightSamples = samples(right);
            leftSamples.forEach((unit, values) -> {
                List<Double> candidateValues = rightSamples.get(unit);
                if (candidateValues != null) inputs.add(ComparisonInput.RunValues.of(benchmark, unit, unit, values, candidateValues));
            });
            provenance.put(benchmark, Provenance.of(benchmark, left, right));
        });
    }

    /** Runs that are benchmark samples: no latency data, some metrics, a benchmark name. */
    private static boolean isBenchmarkSample(Evidence.RunItem item) {
        RunData run = item.run();
        return !LatencySection.isLoadTest(run) && !run.metrics().isEmpty() && run.label() != null;
    }

    /** unit → samples, in run order. */
    private static Map<String, List<Double>> samples(List<Evidence.RunItem> items) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Evidence.RunItem item : items) {
            item.run().metrics().forEach((unit, value) -> out.computeIfAbsent(unit, k -> new ArrayList<>()).add(value));
        }
        return out;
    }

    /**
     * Load tests are compared condition by condition: runs at 8 connections against runs at 8 connections,
     * never a concurrency sweep's levels pooled as if they were repeated runs (they measure different
     * things, and pooling them made a sweep look like n = 9 samples of one test). Runs whose load nobody
     * knows are not like-for-like with each other: their rows say so instead of testing anything.
     */
    private static void loadTests(List<Evidence.RunItem> a, List<Evidence.RunItem> b, List<ComparisonInput> inputs,
                                  Map<String, Provenance> provenance) {
        Map<LoadCondition, List<Evidence.RunItem>> left = groups(a, i -> LoadCondition.of(i.run()), new TreeMap<>());
        Map<LoadCondition, List<Evidence.RunItem>> right = groups(b, i -> LoadCondition.of(i.run()), new TreeMap<>());
        left.forEach((condition, baseline) -> {
            List<Evidence.RunItem> candidate = right.get(condition);
            if (candidate == null) return;
            inputs.addAll(condition.known() ? loadTest(condition.name(), runs(baseline), runs(candidate))
                    : notComparable(condition.name(), runs(baseline), runs(candidate), tools(baseline, candidate)));
            provenance.put(condition.name(), Provenance.of(condition, baseline, candidate));
        });
    }

    private static <K> Map<K, List<Evidence.RunItem>> groups(List<Evidence.RunItem> items, Function<Evidence.RunItem, K> key,
                                                             Map<K, List<Evidence.RunItem>> into) {
        for (Evidence.RunItem item : items) into.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        return into;
    }

    private static List<RunData> runs(List<Evidence.RunItem> items) {
        return items.stream().map(Evidence.RunItem::run).toList();
    }

    private static String tools(List<Evidence.RunItem> a, List<Evidence.RunItem> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).map(i -> i.source().format()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * One run a side with raw samples: P99 and P50 get the within-run bootstrap (information only), the
     * throughput its values; several runs: per-run values. The same three rows either way, so the number of
     * rows Holm adjusts over does not change when more runs arrive.
     */
    private static List<ComparisonInput> loadTest(String name, List<RunData> a, List<RunData> b) {
        List<ComparisonInput> inputs = new ArrayList<>();
        if (a.size() == 1 && b.size() == 1 && a.getFirst().histogram() != null && b.getFirst().histogram() != null) {
            inputs.add(new ComparisonInput.SingleRunHistograms(name, 99, a.getFirst().histogram(), b.getFirst().histogram()));
            inputs.add(new ComparisonInput.SingleRunHistograms(name, 50, a.getFirst().histogram(), b.getFirst().histogram()));
        } else {
            addValues(inputs, name, "P99", "ms", percentiles(a, 99), percentiles(b, 99));
            addValues(inputs, name, "P50", "ms", percentiles(a, 50), percentiles(b, 50));
        }
        addValues(inputs, name, "throughput", "req/s", throughputs(a), throughputs(b));
        return inputs;
    }

    private static List<ComparisonInput> notComparable(String name, List<RunData> a, List<RunData> b, String tools) {
        Sentence why = Sentence.of("regression.not-comparable.load-unknown", tools);
        List<ComparisonInput> inputs = new ArrayList<>();
        inputs.add(ComparisonInput.NotComparable.of(name, "P99", "ms", present(percentiles(a, 99)), present(percentiles(b, 99)), why));
        inputs.add(ComparisonInput.NotComparable.of(name, "P50", "ms", present(percentiles(a, 50)), present(percentiles(b, 50)), why));
        inputs.add(ComparisonInput.NotComparable.of(name, "throughput", "req/s", present(throughputs(a)), present(throughputs(b)), why));
        return inputs;
    }

    private static List<Double> percentiles(List<RunData> runs, double p) {
        return runs.stream().map(r -> r.percentileMs(p)).toList();
    }

    /** The tool's own printed Requests/sec where it printed one (wrk, hey), else requests / duration. */
    private static List<Double> throughputs(List<RunData> runs) {
        return runs.stream().map(r -> r.throughputRps() != null ? r.throughputRps() : r.measuredThroughputRps()).toList();
    }

    private static List<Double> present(List<Double> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }

    private static void addValues(List<ComparisonInput> inputs, String name, String metric, String unit,
                                  List<Double> a, List<Double> b) {
        List<Double> left = present(a);
        List<Double> right = present(b);
        if (!left.isEmpty() && !right.isEmpty()) inputs.add(ComparisonInput.RunValues.of(name, metric, unit, left, right));
    }
}
