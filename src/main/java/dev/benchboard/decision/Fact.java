package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One measured figure of a candidate with the uploads it was computed from.
 *
 * @param unit must be the unit of its {@link FactKey} (checked by {@link CandidateFacts})
 */
public record Fact(double value, String unit, List<SourceRef> sources) {

    public Fact {
        Objects.requireNonNull(unit, "unit");
        sources = List.copyOf(sources);
    }

    /** A fact in the standard unit of {@code key}. */
    public static Fact of(FactKey key, double value, SourceRef... sources) {
        return new Fact(value, key.unit(), List.of(sources));
    }
}
