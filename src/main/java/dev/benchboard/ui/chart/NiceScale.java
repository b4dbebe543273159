package dev.benchboard.ui.chart;

/** Round axis steps from the 1-2-5 sequence (1, 2, 5, 10, 20, 50 …), as a reader counts. */
final class NiceScale {

    private NiceScale() {
    }

    /** The 1-2-5 step nearest to {@code rough} (on a log scale); at least 1 (for axes of whole numbers). */
    static double step(double rough) {
        if (!(rough > 1)) return 1;
        return anyStep(rough);
    }

    /** The 1-2-5 step nearest to {@code rough} (on a log scale), below 1 as well (0.2, 0.5 …). */
    static double anyStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) return 1;
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        double best = decade;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (Math.abs(Math.log(m * decade / rough)) < Math.abs(Math.log(best / rough))) best = m * decade;
        }
        return best;
    }
}
