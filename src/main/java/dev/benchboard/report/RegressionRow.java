package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.regression.Attainability;
import dev.benchboard.stats.regression.VerdictBasis;
import dev.benchboard.stats.regression.MetricComparison;
import dev.benchboard.stats.regression.Verdict;
import java.util.List;

/**
 * One verdict as the report API gives it. verdict ∈ regressed, improved, unchanged, insufficient,
 * not comparable; reason starts with the verdict and says why it is (or is not) one; method names the
 * test; n is "baseline/candidate" run counts; rows is m, the rows Holm adjusts over; the sources are the
 * uploads each side's values came from. withinRun is set for one run a side with raw samples: the
 * within-run bootstrap of the percentile difference, information only (never a verdict).
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
        Integer rows,
        Integer moreBaselineRuns,
        Integer moreCandidateRuns,
        String reason,
        WithinRun withinRun,
        List<SourceRef> baselineSources,
        List<SourceRef> candidateSources) {

    /**
     * The within-run difference of one run a side: candidate − baseline with its bootstrap interval.
     *
     * @param level the interval's nominal level (a large-sample percentile bootstrap: approximate)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WithinRun(double difference, double ciLow, double ciHigh, double level, String unit, String note,
                            String method) {
    }

    public RegressionRow {
        baselineSources = List.copyOf(baselineSources);
        candidateSources = List.copyOf(candidateSources);
    }

    static RegressionRow of(String baseline, String candidate, MetricComparison c, RegressionInputs.Provenance from) {
        Attainability attainability = c.evidence().attainability();
        boolean needsRuns = attainability != null && !attainability.attainable();
        WithinRun withinRun = null;
        String method = switch (c.evidence()) {
            case VerdictBasis.RankTest rank -> rank.test().method() + "; " + rank.shift().method();
            case VerdictBasis.Bootstrap boot -> {
                Interval ci = boot.difference().interval();
                withinRun = new WithinRun(boot.difference().differenceMs(), ci.lower(), ci.upper(), ci.confidenceLevel(),
                        c.unit(), "information only: sees the noise inside each run, not the run-to-run variation",
                        boot.difference().method());
                yield "none (one run a side); within-run information: " + boot.difference().method();
            }
            case VerdictBasis.None none -> "none: " + (c.nBaseline() == 1 && c.nCandidate() == 1 ? "one run a side"
                    : "fewer than 2 runs on a side") + "; " + none.attainability().explanation();
            case VerdictBasis.NotComparable not -> "none: not like-for-like";
        };
        return new RegressionRow(c.benchmark(), c.metric(), c.unit(), baseline, candidate, c.baselineCenter(),
                c.candidateCenter(), c.deltaPercent(), c.pValue(), c.adjustedPValue(), verdict(c.verdict()), method,
                c.nBaseline() + "/" + c.nCandidate(), attainability == null ? null : attainability.rows(),
                needsRuns ? attainability.additionalBaseline() : null, needsRuns ? attainability.additionalCandidate() : null,
                c.reason(), withinRun, from == null ? List.of() : from.baseline(), from == null ? List.of() : from.candidate());
    }

    static String verdict(Verdict v) {
        return switch (v) {
            case REGRESSED -> "regressed";
            case IMPROVED -> "improved";
            case NO_SIGNIFICANT_CHANGE -> "unchanged";
            case INSUFFICIENT_DATA -> "insufficient";
            case NOT_COMPARABLE -> "not comparable";
        };
    }
}
