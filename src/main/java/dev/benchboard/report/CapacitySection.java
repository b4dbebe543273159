package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.RunData;
import dev.benchboard.stats.capacity.CapacityInputs;
import dev.benchboard.stats.capacity.CapacityPlan;
import dev.benchboard.stats.capacity.CapacityPlanner;
import dev.benchboard.stats.capacity.SweepPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Capacity from a concurrency sweep: the candidate's load-test runs grouped by concurrency (runs at
 * the same concurrency give their median throughput and median P99, weighted by their number in the
 * monotone P99 fit), then the USL fit, SLO-bound capacity and instance plan.
 *
 * @param sweepCores the cores the sweep's server ran on, when every run of the sweep says the same
 *                   ({@code gomaxprocs} or {@code cores} setting); null when the uploads do not say
 */
public record CapacitySection(List<SourceRef> sources, List<SweepPoint> sweep, Integer sweepCores, CapacityPlan plan) {

    static CapacitySection of(List<Evidence.RunItem> runs, Requirements requirements) {
        Map<Double, List<Evidence.RunItem>> byConcurrency = new TreeMap<>();
        for (Evidence.RunItem item : runs) {
            RunData run = item.run();
            if (run.concurrency() == null || run.throughputRps() == null || run.concurrency() <= 0) continue;
            byConcurrency.computeIfAbsent(run.concurrency(), c -> new ArrayList<>()).add(item);
        }
        if (byConcurrency.size() < 2) return null;
        List<SweepPoint> sweep = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        byConcurrency.forEach((concurrency, items) -> {
            double throughput = median(items.stream().mapToDouble(i -> i.run().throughputRps()).toArray());
            double[] p99 = items.stream().map(i -> i.run().percentileMs(99)).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).toArray();
            double[] mean = items.stream().map(i -> i.run().meanMs()).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).toArray();
            sweep.add(new SweepPoint(concurrency, throughput, p99.length == 0 ? null : median(p99),
                    mean.length == 0 ? null : median(mean), Math.max(1, p99.length)));
            items.forEach(i -> {
                SourceRef ref = SourceRef.of(i.source());
                if (!sources.contains(ref)) sources.add(ref);
            });
        });
        CapacityInputs inputs = new CapacityInputs(requirements.targetQps(), requirements.p99SloMs(),
                requirements.headroomPercent() == null ? 0 : requirements.headroomPercent(),
                requirements.redundancy() == null ? 0 : requirements.redundancy(), requirements.instanceCores(),
                requirements.costPerInstanceHour(), sweepCores(byConcurrency));
        return new CapacitySection(sources, sweep, inputs.sweepCores(), CapacityPlanner.plan(sweep, inputs));
    }

    /** The one core count all the sweep's runs state (GOMAXPROCS or cores), else null: never guessed. */
    private static Integer sweepCores(Map<Double, List<Evidence.RunItem>> byConcurrency) {
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (List<Evidence.RunItem> items : byConcurrency.values()) {
            for (Evidence.RunItem item : items) {
                Map<String, String> settings = item.run().settings();
                stated.add(settings.getOrDefault("gomaxprocs", settings.get("cores")));
            }
        }
        if (stated.size() != 1 || stated.contains(null)) return null;
        try {
            int cores = Integer.parseInt(stated.iterator().next().strip());
            return cores >= 1 ? cores : null;
        } catch (NumberFormatException e) {
            return null;   // e.g. "1..4": the runs did not all run on one size
        }
    }

    private static double median(double[] values) {
        return new Median().evaluate(values);
    }
}
