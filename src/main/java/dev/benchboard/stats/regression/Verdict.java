package dev.benchboard.stats.regression;

/** The outcome of one metric's comparison, with the symbol of the text table. */
public enum Verdict {
    REGRESSED("regressed"),
    IMPROVED("improved"),
    /** Not significant, or significant but smaller than the practical threshold: benchstat's "~". */
    NO_SIGNIFICANT_CHANGE("~"),
    /** Too few runs for a verdict: one run a side, or α unreachable with these runs and rows. */
    INSUFFICIENT_DATA("insufficient"),
    /** The sides ran under unknown or different load: not like-for-like, so not compared. */
    NOT_COMPARABLE("not comparable");

    private final String symbol;

    Verdict(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
