package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.changepoint.ChangePointResult;
import dev.benchboard.stats.changepoint.ChangePointSettings;
import dev.benchboard.stats.changepoint.EDivisive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Change points in a candidate's P99 over its load-test runs in time order (upload time, then run order
 * within the upload), with E-divisive and a permutation test — within one load condition (label and
 * concurrency or rate) at a time. A concurrency sweep is not a time series: P99 rising with load is the
 * sweep's shape, not a change, so each level is its own series, and a series needs at least six runs.
 * Runs whose load is unknown form no series (they may have run under any load).
 *
 * @param metric the series' metric, "P99 (ms)"
 * @param series one per load condition with at least {@link #MIN_RUNS} runs
 * @param note   why there are no (or only some) series, in words; null when every condition has one
 */
public record ChangePoints(Sentence metric, List<Series> series, Sentence note) {

    static final int MIN_RUNS = 6;

    /**
     * @param condition the load condition, e.g. "load test · 16 concurrent"
     * @param runs      the uploads of the runs, in time order
     * @param values    P99 of each run, ms
     * @param result    E-divisive's change points (index = first run of the new regime) and segments
     */
    public record Series(String condition, List<SourceRef> runs, List<Double> values, ChangePointResult result) {
    }

    static ChangePoints of(List<Evidence.RunItem> items, long seed) {
        List<Evidence.RunItem> runs = items.stream().filter(i -> LatencySection.isLoadTest(i.run()))
                .filter(i -> i.run().percentileMs(99) != null)
                .sorted(Comparator.comparing((Evidence.RunItem i) -> i.source().uploadedAt()).thenComparing(Evidence.RunItem::runId))
                .toList();
        if (runs.isEmpty()) return null;
        Map<LoadCondition, List<Evidence.RunItem>> byCondition = new TreeMap<>();
        for (Evidence.RunItem run : runs) byCondition.computeIfAbsent(LoadCondition.of(run.run()), k -> new ArrayList<>()).add(run);
        ChangePointSettings d = ChangePointSettings.defaults();
        ChangePointSettings settings = new ChangePointSettings(d.significance(), d.permutations(), d.minSegmentSize(),
                d.exponent(), seed);
        List<Series> series = new ArrayList<>();
        List<Sentence> skipped = new ArrayList<>();
        byCondition.forEach((condition, group) -> {
            if (!condition.known()) {
                skipped.add(Sentence.of("changepoint.skipped.unknown-load", String.valueOf(group.size()), condition.labelWords()));
            } else if (group.size() < MIN_RUNS) {
                skipped.add(Sentence.of("changepoint.skipped.too-few-runs", condition.words(), String.valueOf(group.size())));
            } else {
                double[] values = group.stream().mapToDouble(i -> i.run().percentileMs(99)).toArray();
                series.add(new Series(condition.name(), group.stream().map(i -> SourceRef.of(i.source())).toList(),
                        java.util.Arrays.stream(values).boxed().toList(), EDivisive.detect(values, settings)));
            }
        });
        Sentence note = skipped.isEmpty() ? null
                : Sentence.of("changepoint.note", String.valueOf(MIN_RUNS), Sentence.joined("joined.semicolon", skipped));
        return new ChangePoints(Sentence.of("changepoint.metric.p99"), series, note);
    }
}
