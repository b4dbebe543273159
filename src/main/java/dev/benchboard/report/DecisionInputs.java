package dev.benchboard.report;

import dev.benchboard.decision.CriterionWeights;
import dev.benchboard.decision.ServiceRequirements;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.Weights;

/**
 * The boundary between the evaluation's JPA embeddables and the decision, which takes plain records only (it is
 * plain Java, checked by ArchitectureTest): field for field, nothing computed.
 */
public final class DecisionInputs {

    private DecisionInputs() {
    }

    public static ServiceRequirements requirements(Requirements r) {
        return new ServiceRequirements(r.targetQps(), r.p99SloMs(), r.availabilitySlo(), r.headroomPercent(),
                r.redundancy(), r.instanceCores(), r.instanceMemoryGb(), r.costPerInstanceHour(),
                r.netHttpCompatibility(), r.http2(), r.websocket(), r.ecosystemPriority(), r.maintainabilityPriority());
    }

    public static CriterionWeights weights(Weights w) {
        return new CriterionWeights(w.throughput(), w.p99(), w.memory(), w.gcPause(), w.availability(), w.ecosystem());
    }
}
