package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * One value a node looked at: what was compared, with what, in which unit, for which candidate, and the
 * uploads it came from. {@code value} is null when there is no evidence (see {@code note}).
 *
 * @param quantity  what the value is, e.g. "sloBoundCapacityRps" or "requirement netHttpCompatibility"
 * @param candidate null for requirement values and derived quantities
 * @param value     a number, boolean or string; null when missing
 * @param op        the operator symbol applied (e.g. "&lt;"), null when the value was only collected
 * @param threshold what the value was compared with, null when not compared
 * @param sources   the uploads behind a measured value; empty for requirements and profiles
 */
public record Observation(Sentence quantity, String candidate, Object value, String unit, String op, Object threshold,
                       List<SourceRef> sources, Sentence note) {

    public Observation {
        sources = List.copyOf(sources);
    }
}
