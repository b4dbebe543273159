package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;

/**
 * On which instance size the sweep was measured and what the planned size does to the plan. The measured
 * capacity is never scaled by cores: throughput seldom grows in proportion to cores (locks, the network stack,
 * GC and the load generator itself get in the way), so a plan for another size needs a sweep on that size.
 * Linear scaling is offered only apart, labelled as an assumption and an upper bound
 * ({@link CapacityPlan#linearInCores()}).
 *
 * @param sweepCores   cores the sweep's server ran on; null when the uploads do not say
 * @param plannedCores cores per planned instance (requirements); null when not set
 * @param sameSize     both known and equal
 * @param statement    the reading in words, shown next to the capacity
 */
public record InstanceSize(Integer sweepCores, Integer plannedCores, boolean sameSize, Sentence statement) {

    static InstanceSize of(Integer sweepCores, Integer plannedCores) {
        Sentence measured = sweepCores == null ? Sentence.of("capacity.size.measured-unknown")
                : Sentence.of("capacity.size.measured", Sentence.counted("capacity.cores", sweepCores,
                String.valueOf(sweepCores)));
        Sentence planned;
        if (plannedCores == null) {
            planned = Sentence.of("capacity.size.no-planned");
        } else if (plannedCores.equals(sweepCores)) {
            planned = Sentence.of("capacity.size.same", String.valueOf(plannedCores));
        } else {
            planned = Sentence.of("capacity.size.not-scaled", String.valueOf(plannedCores));
            if (sweepCores != null) {
                planned = Sentence.of("joined.semicolon", planned, Sentence.of("capacity.size.linear-bound",
                        String.valueOf(plannedCores), String.valueOf(sweepCores)));
            }
        }
        Sentence statement = plannedCores == null ? Sentence.of("capacity.size.statement", measured, planned)
                : Sentence.of("capacity.size.statement-with-cores", measured, planned, Sentence.of("capacity.size.cores-use"));
        return new InstanceSize(sweepCores, plannedCores, plannedCores != null && plannedCores.equals(sweepCores),
                statement);
    }
}
