package dev.benchboard.stats.regression;

/** What a verdict rests on. */
public sealed interface Evidence {

    /**
     * Repeated runs: a rank test on per-run values, the Hodges–Lehmann shift, and whether α was
     * reachable with these run counts.
     */
    record RankTest(MannWhitneyResult test, HodgesLehmannShift shift, Attainability attainability) implements Evidence {
    }

    /** Single runs with raw samples: the bootstrap interval of the percentile difference. */
    record Bootstrap(BootstrapDifference difference) implements Evidence {
    }

    /** Not enough data for any test (e.g. fewer than 2 runs on a side without histograms). */
    record None(Attainability attainability) implements Evidence {
    }
}
