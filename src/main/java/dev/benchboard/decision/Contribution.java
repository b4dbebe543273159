package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import java.util.List;

/**
 * One criterion's part of a candidate's weighted score: contribution = weightShare × normalised.
 *
 * @param weight      the weight as set in the evaluation
 * @param weightShare weight / sum of the weights of the criteria in this candidate's score (0 when left out)
 * @param value       the measured (or, for ecosystem, profile) value; null without evidence
 * @param normalised  0..1 after direction-aware min–max normalisation, 0 for a shortfall; null when left out
 * @param basis       "measured", "profile", "shortfall" (scores 0), or, left out of the score: "no evidence",
 *                    "not compared" (known for this candidate only), "not comparable" (different fault plans)
 */
public record Contribution(String criterion, double weight, double weightShare, Double value, String unit,
                           Double normalised, double contribution, String basis, List<SourceRef> sources) {

    /** The basis of a criterion left out of the score for want of evidence (the workspace lists what to upload). */
    public static final String NO_EVIDENCE = WeightedScores.NO_EVIDENCE;

    public Contribution {
        sources = List.copyOf(sources);
    }
}
