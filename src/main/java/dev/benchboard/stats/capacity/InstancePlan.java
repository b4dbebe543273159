package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;

/**
 * Fleet size for the target load under the P99 SLO.
 *
 * @param capacityPerInstanceQps   SLO-bound capacity of one instance
 * @param baseInstances            ⌈target·(1 + headroom)/capacity⌉
 * @param instances                baseInstances + redundancy (N + k)
 * @param loadPerInstanceQps       target / instances (load spread evenly over all instances)
 * @param utilisation              loadPerInstance / capacity: share of the SLO-bound capacity in use
 * @param loadPerInstanceAfterLossQps target / (instances − k)
 * @param utilisationAfterLoss     that load / capacity: at peak with k instances lost
 * @param hoursPerMonth            730 (= 8,760 h / 12)
 * @param monthlyCost              instances × price × 730; null when no price is set
 * @param capacityIsLowerBound     the capacity is only a lower bound (SLO never reached in the sweep), so the
 *                                 plan is conservative
 */
public record InstancePlan(
        double targetQps,
        double headroomPercent,
        int redundancy,
        double capacityPerInstanceQps,
        int baseInstances,
        int instances,
        double loadPerInstanceQps,
        double utilisation,
        double loadPerInstanceAfterLossQps,
        double utilisationAfterLoss,
        Double costPerInstanceHour,
        double hoursPerMonth,
        Double monthlyCost,
        boolean capacityIsLowerBound,
        Sentence method) {

    public static final double HOURS_PER_MONTH = 730;

    /** Says 730 h/month: {@link #HOURS_PER_MONTH}. */
    static final Sentence METHOD = Sentence.of("capacity.method.instances");

    public static InstancePlan of(double targetQps, double headroomPercent, int redundancy, double capacity,
                                  Double costPerInstanceHour, boolean capacityIsLowerBound) {
        if (!(capacity > 0)) throw new IllegalArgumentException("capacity must be > 0");
        double ratio = targetQps * (1 + headroomPercent / 100) / capacity;
        double nearest = Math.rint(ratio);
        int base = (int) (Math.abs(ratio - nearest) <= 1e-9 * Math.max(1, ratio) ? nearest : Math.ceil(ratio));
        base = Math.max(1, base);
        int instances = base + redundancy;
        double load = targetQps / instances;
        double loadAfterLoss = targetQps / base;
        Double cost = costPerInstanceHour == null ? null : instances * costPerInstanceHour * HOURS_PER_MONTH;
        return new InstancePlan(targetQps, headroomPercent, redundancy, capacity, base, instances, load,
                load / capacity, loadAfterLoss, loadAfterLoss / capacity, costPerInstanceHour, HOURS_PER_MONTH, cost,
                capacityIsLowerBound, METHOD);
    }
}
