package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;

/** What a verdict rests on (or why there is none). */
public sealed interface VerdictBasis {

    /** Whether α is reachable with these run counts and rows, and the runs still needed; null when not comparable. */
    Attainability attainability();

    /**
     * Repeated runs: a rank test on per-run values, the Hodges–Lehmann shift, and whether α was
     * reachable with these run counts and the comparison's rows.
     */
    record RankTest(MannWhitneyResult test, HodgesLehmannShift shift, Attainability attainability) implements VerdictBasis {
    }

    /**
     * One run a side with raw samples: the within-run bootstrap interval of the percentile difference,
     * shown as information only — it sees the noise inside each run, not the run-to-run variation, so
     * it never makes a verdict.
     */
    record Bootstrap(BootstrapDifference difference, Attainability attainability) implements VerdictBasis {
    }

    /** Not enough runs for any test (fewer than 2 on a side). */
    record None(Attainability attainability) implements VerdictBasis {
    }

    /** The two sides were not measured under a known, equal load: no comparison at all. */
    record NotComparable(Sentence why) implements VerdictBasis {
        @Override
        public Attainability attainability() {
            return null;
        }
    }
}
