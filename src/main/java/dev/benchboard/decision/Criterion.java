package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import java.util.List;

/** The six criteria of the weighted score, named as the weights in {@link CriterionWeights#asMap()}. */
enum Criterion {
    THROUGHPUT("throughput", FactKey.THROUGHPUT_RPS),
    P99("p99", FactKey.P99_MS),
    MEMORY("memory", FactKey.MEMORY_MB),
    GC_PAUSE("gcPause", FactKey.GC_PAUSE_P99_MS),
    AVAILABILITY("availability", FactKey.AVAILABILITY),
    /** From the framework profile's middleware maturities, not a measurement. */
    ECOSYSTEM("ecosystem", null);

    private final String weightKey;
    private final FactKey fact;

    Criterion(String weightKey, FactKey fact) {
        this.weightKey = weightKey;
        this.fact = fact;
    }

    String weightKey() {
        return weightKey;
    }

    /** The measured fact behind the criterion; null for the ecosystem (a profile attribute). */
    FactKey fact() {
        return fact;
    }

    Order better() {
        return fact == null ? Order.HIGHEST : fact.better();
    }

    String unit() {
        return fact == null ? "score" : fact.unit();
    }

    /** Where the value comes from, for the reasons: the fact key or the profile attribute. */
    String source() {
        return fact == null ? "ecosystemScore" : fact.key();
    }

    boolean measured() {
        return fact != null;
    }

    /** Null when the candidate has no evidence (or no profile) for this criterion. */
    Double value(CandidateState candidate) {
        if (fact == null) return candidate.profile == null ? null : candidate.profile.ecosystemScore();
        return candidate.fact(fact).map(Fact::value).orElse(null);
    }

    List<SourceRef> sources(CandidateState candidate) {
        return fact == null ? List.of() : candidate.fact(fact).map(Fact::sources).orElse(List.of());
    }
}
