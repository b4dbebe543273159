package dev.benchboard.report;

import dev.benchboard.ingest.model.RunData;
import java.util.Comparator;

/**
 * What a load-test run measured under: its label within the file (a JMeter sampler, a generic CSV run)
 * and the concurrency that drove it. Runs whose tool does not state the concurrency (hey's reports, k6
 * summaries) form one group per label.
 */
record LoadCondition(String label, Double concurrency) implements Comparable<LoadCondition> {

    static LoadCondition of(RunData run) {
        return new LoadCondition(run.label() == null ? "load test" : run.label(), run.concurrency());
    }

    String name() {
        return label + " · " + (concurrency == null ? "concurrency not stated" : format(concurrency) + " concurrent");
    }

    /** 8 rather than 8.0: connections and virtual users are whole numbers in every tool but the generic formats. */
    static String format(double concurrency) {
        return concurrency == Math.rint(concurrency) ? String.valueOf((long) concurrency) : String.valueOf(concurrency);
    }

    /** By label, then by concurrency, runs without a stated concurrency last. */
    private static final Comparator<LoadCondition> ORDER = Comparator.comparing(LoadCondition::label)
            .thenComparing(LoadCondition::concurrency, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public int compareTo(LoadCondition o) {
        return ORDER.compare(this, o);
    }
}
