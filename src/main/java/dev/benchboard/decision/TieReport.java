package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Ties at the top among the candidates the weighted score decides between ("contenders": those equal
 * to the top on every rank key before the score). Scores within 1e-9 are equal and ordered by name;
 * scores within {@code nearTieMargin} are near-ties worth a second look.
 */
public record TieReport(String top, Double topScore, List<String> tiedWith, List<NearTie> nearTies,
                        double nearTieMargin, Sentence note) {

    public TieReport {
        tiedWith = List.copyOf(tiedWith);
        nearTies = List.copyOf(nearTies);
    }

    public record NearTie(String candidate, double score, double gap) {
    }
}
