package dev.benchboard.ui.share;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.benchboard.format.Sentence;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The part of a frozen decision ({@code decision.DecisionResult} as JSON) that the shared page shows,
 * read with Jackson into records instead of by JSON paths: a renamed component fails here, by name,
 * rather than blanking a line. Fields the page does not show (sensitivity, ties, contributions) are
 * ignored; lists a snapshot lacks read as empty. Its sentences were written in the reader's language when the
 * snapshot was (or in English, by an older one): they read back as verbatim sentences, shown with {@code in(locale)}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SharedDecision(String top, Sentence topDecidedBy, List<Ranked> recommendation, List<Step> path, List<Sentence> notes) {

    SharedDecision {
        recommendation = recommendation == null ? List.of() : List.copyOf(recommendation);
        path = path == null ? List.of() : List.copyOf(path);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** One candidate of the ranking ({@code decision.Recommendation}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ranked(String candidate, String framework, Integer rank, Double score, List<Sentence> reasons, Boolean excluded,
                  Sentence excludedReason, String excludedAt, Double evidenceCoverage) {

        Ranked {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            excluded = Boolean.TRUE.equals(excluded);
        }
    }

    /** One node on the path through the tree ({@code decision.PathStep}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String node, Sentence question, String answer) {
    }

    /** The decision of a snapshot; null when it holds none (older links, or no decision could be made). */
    static SharedDecision of(JsonNode decision) {
        if (decision == null || decision.isMissingNode() || decision.isNull() || !decision.path("recommendation").isArray()) {
            return null;
        }
        return SnapshotRecords.read(decision, SharedDecision.class);
    }
}
