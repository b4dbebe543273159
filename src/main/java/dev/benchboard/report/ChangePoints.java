package dev.benchboard.report;

import dev.benchboard.ingest.Evidence;
import dev.benchboard.stats.changepoint.ChangePointResult;
import dev.benchboard.stats.changepoint.ChangePointSettings;
import dev.benchboard.stats.changepoint.EDivisive;
import java.util.Comparator;
import java.util.List;

/**
 * Change points in a candidate's P99 over its load-test runs in upload order (E-divisive with a
 * permutation test). Needs at least six runs; the index of each change point is the first run of the
 * new regime, named by its upload.
 */
public record ChangePoints(String metric, List<SourceRef> runs, List<Double> values, ChangePointResult result) {

    static final int MIN_RUNS = 6;

    static ChangePoints of(List<Evidence.RunItem> items, long seed) {
        List<Evidence.RunItem> runs = items.stream().filter(i -> LatencySection.isLoadTest(i.run()))
                .filter(i -> i.run().percentileMs(99) != null)
                .sorted(Comparator.comparing((Evidence.RunItem i) -> i.source().uploadedAt()).thenComparing(Evidence.RunItem::runId))
                .toList();
        if (runs.size() < MIN_RUNS) return null;
        double[] values = runs.stream().mapToDouble(i -> i.run().percentileMs(99)).toArray();
        ChangePointSettings d = ChangePointSettings.defaults();
        ChangePointSettings settings = new ChangePointSettings(d.significance(), d.permutations(), d.minSegmentSize(),
                d.exponent(), seed);
        return new ChangePoints("P99 (ms)", runs.stream().map(i -> SourceRef.of(i.source())).toList(),
                java.util.Arrays.stream(values).boxed().toList(), EDivisive.detect(values, settings));
    }
}
