package dev.benchboard.stats.regression;

/** The outcome of one metric's comparison, with the symbol of the text table. */
public enum Verdict {
    REGRESSED("regressed"),
    IMPROVED("improved"),
    /** Not significant, or significant but smaller than the practical threshold: benchstat's "~". */
    NO_SIGNIFICANT_CHANGE("~"),
    /** Too few runs for the test to reach α at all. */
    INSUFFICIENT_DATA("insufficient");

    private final String symbol;

    Verdict(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
