package dev.benchboard.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting for reasons and evidence texts: locale-independent, 4 significant digits. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        if (value == 0) return "0";
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.toPlainString();
    }
}
