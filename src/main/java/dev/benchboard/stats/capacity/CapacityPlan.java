package dev.benchboard.stats.capacity;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * The capacity planner's result. Parts that cannot be computed are null, with a warning saying why.
 *
 * @param usl         USL fit of the sweep
 * @param sloCapacity SLO-bound capacity per instance (null when no P99 SLO is set)
 * @param instances   fleet size (null without target, SLO or a capacity figure)
 * @param littlesLaw  implied concurrency (null without a plan)
 * @param erlang      M/M/c cross-check (null without cores, or when the model is unstable)
 * @param size        the instance size the sweep was measured on, against the planned one
 * @param linearInCores the plan IF throughput grew in proportion to cores (capacity × planned/measured cores):
 *                      an explicit assumption and an upper bound on capacity, so its instance count is a lower
 *                      bound; null unless both core counts are known and differ, or without an instance plan
 */
public record CapacityPlan(UslFit usl, SloCapacity sloCapacity, InstancePlan instances, LittlesLaw littlesLaw,
                           ErlangCheck erlang, InstanceSize size, CapacityInputs inputs, List<Sentence> warnings,
                           InstancePlan linearInCores) {

    public CapacityPlan {
        warnings = List.copyOf(warnings);
    }

    CapacityPlan(UslFit usl, SloCapacity sloCapacity, InstancePlan instances, LittlesLaw littlesLaw,
                 ErlangCheck erlang, InstanceSize size, CapacityInputs inputs, List<Sentence> warnings) {
        this(usl, sloCapacity, instances, littlesLaw, erlang, size, inputs, warnings, null);
    }
}
