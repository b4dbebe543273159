package dev.benchboard.report;

import dev.benchboard.stats.regression.Evidence;
import dev.benchboard.stats.regression.MetricComparison;
import dev.benchboard.stats.regression.Verdict;
import java.util.List;

/**
 * One verdict as the report API gives it. verdict ∈ regressed, improved, unchanged, insufficient;
 * method names the test; n is "baseline/candidate" run (or sample) counts; the sources are the uploads
 * each side's values came from.
 */
public record RegressionRow(
        String benchmark,
        String metric,
        String unit,
        String baseline,
        String candidate,
        double baselineValue,
        double candidateValue,
        double deltaPercent,
        Double p,
        Double pAdjusted,
        String verdict,
        String method,
        String n,
        Integer moreBaselineRuns,
        Integer moreCandidateRuns,
        String reason,
        List<SourceRef> baselineSources,
        List<SourceRef> candidateSources) {

    public RegressionRow {
        baselineSources = List.copyOf(baselineSources);
        candidateSources = List.copyOf(candidateSources);
    }

    static RegressionRow of(String baseline, String candidate, MetricComparison c, RegressionInputs.Provenance from) {
        Integer moreA = null;
        Integer moreB = null;
        String method;
        switch (c.evidence()) {
            case Evidence.RankTest rank -> {
                method = rank.test().method() + "; " + rank.shift().method();
                if (!rank.attainability().attainable()) {
                    moreA = rank.attainability().additionalBaseline();
                    moreB = rank.attainability().additionalCandidate();
                }
            }
            case Evidence.Bootstrap boot -> method = boot.difference().method();
            case Evidence.None none -> {
                method = "none: " + none.attainability().explanation();
                moreA = none.attainability().additionalBaseline();
                moreB = none.attainability().additionalCandidate();
            }
        }
        return new RegressionRow(c.benchmark(), c.metric(), c.unit(), baseline, candidate, c.baselineCenter(),
                c.candidateCenter(), c.deltaPercent(), c.pValue(), c.adjustedPValue(), verdict(c.verdict()), method,
                c.nBaseline() + "/" + c.nCandidate(), moreA, moreB, c.reason(),
                from == null ? List.of() : from.baseline(), from == null ? List.of() : from.candidate());
    }

    static String verdict(Verdict v) {
        return switch (v) {
            case REGRESSED -> "regressed";
            case IMPROVED -> "improved";
            case NO_SIGNIFICANT_CHANGE -> "unchanged";
            case INSUFFICIENT_DATA -> "insufficient";
        };
    }
}
