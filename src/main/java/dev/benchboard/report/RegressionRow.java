package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.format.Sentence;
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
 * within-run bootstrap of the percentile difference, information only (never a verdict). words name the benchmark (its
 * load condition), metric and unit in the reader's language ("压测 · 并发 8", "吞吐量"); benchmark and metric stay the
 * codes rows are matched by.
 */
public record RegressionRow(
        String benchmark,
        String metric,
        String unit,
        Sentence baseline,
        String candidate,
        double baselineValue,
        double candidateValue,
        double deltaPercent,
        Double p,
        Double pAdjusted,
        String verdict,
        Sentence method,
        String n,
        Integer rows,
        Integer moreBaselineRuns,
        Integer moreCandidateRuns,
        Sentence reason,
        WithinRun withinRun,
        List<SourceRef> baselineSources,
        List<SourceRef> candidateSources,
        SeriesWords words) {

    /**
     * The within-run difference of one run a side: candidate − baseline with its bootstrap interval.
     *
     * @param level the interval's nominal level (a large-sample percentile bootstrap: approximate)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WithinRun(double difference, double ciLow, double ciHigh, double level, String unit, Sentence note,
                            Sentence method) {
    }

    public RegressionRow {
        baselineSources = List.copyOf(baselineSources);
        candidateSources = List.copyOf(candidateSources);
    }

    static RegressionRow of(String baseline, String candidate, MetricComparison c, RegressionInputs.Provenance from) {
        return of(Sentence.of("regression.baseline.named", baseline), candidate, c, from);
    }

    /** A row whose baseline is named in the reader's words, e.g. "Chi (baseline)": a candidate's own baseline uploads. */
    static RegressionRow of(Sentence baseline, String candidate, MetricComparison c, RegressionInputs.Provenance from) {
        Attainability attainability = c.evidence().attainability();
        boolean needsRuns = attainability != null && !attainability.attainable();
        WithinRun withinRun = null;
        Sentence method = switch (c.evidence()) {
            case VerdictBasis.RankTest rank -> Sentence.of("joined.semicolon", rank.test().method(), rank.shift().method());
            case VerdictBasis.Bootstrap boot -> {
                Interval ci = boot.difference().interval();
                withinRun = new WithinRun(boot.difference().differenceMs(), ci.lower(), ci.upper(), ci.confidenceLevel(),
                        c.unit(), Sentence.of("regression.within-run.note"), boot.difference().method());
                yield Sentence.of("regression.method.within-run", boot.difference().method());
            }
            case VerdictBasis.None none -> Sentence.of("regression.method.none", Sentence.of(c.nBaseline() == 1 && c.nCandidate() == 1
                    ? "regression.method.one-run-a-side" : "regression.method.fewer-than-two"), none.attainability().explanation());
            case VerdictBasis.NotComparable not -> Sentence.of("regression.method.not-comparable");
        };
        return new RegressionRow(c.benchmark(), c.metric(), c.unit(), baseline, candidate, c.baselineCenter(),
                c.candidateCenter(), c.deltaPercent(), c.pValue(), c.adjustedPValue(), verdict(c.verdict()), method,
                c.nBaseline() + "/" + c.nCandidate(), attainability == null ? null : attainability.rows(),
                needsRuns ? attainability.additionalBaseline() : null, needsRuns ? attainability.additionalCandidate() : null,
                c.reason(), withinRun, from == null ? List.of() : from.baseline(), from == null ? List.of() : from.candidate(),
                SeriesWords.of(from == null ? Sentence.verbatim(c.benchmark()) : from.words(), c.metric(), c.unit()));
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
