package dev.benchboard.stats.capacity;

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
public record InstanceSize(Integer sweepCores, Integer plannedCores, boolean sameSize, String statement) {

    static InstanceSize of(Integer sweepCores, Integer plannedCores) {
        String measured = sweepCores == null ? "The sweep's instance size (cores) is not recorded with the uploads:"
                + " the capacity is per instance of whatever size the sweep ran on"
                : "The sweep was measured on " + sweepCores + (sweepCores == 1 ? " core" : " cores")
                + ": the capacity is per instance of that size";
        String planned;
        if (plannedCores == null) {
            planned = "no planned instance size is set";
        } else if (plannedCores.equals(sweepCores)) {
            planned = "the planned instances have the same " + plannedCores + " cores";
        } else {
            planned = "it is not scaled to the planned " + plannedCores + "-core instances (capacity does not scale"
                    + " automatically with cores; sweep on the planned size to plan for it): the instance count assumes"
                    + " each instance sustains what the sweep measured"
                    + (sweepCores == null ? "" : "; scaled linearly (× " + plannedCores + "/" + sweepCores + " cores) it"
                    + " would be at most " + plannedCores + "/" + sweepCores + " times that, an upper bound shown apart");
        }
        String cores = plannedCores == null ? "" : ". Cores per instance is used only as the number of servers c of the"
                + " Erlang C cross-check, which spreads the measured throughput over them";
        return new InstanceSize(sweepCores, plannedCores, plannedCores != null && plannedCores.equals(sweepCores),
                measured + "; " + planned + cores);
    }
}
