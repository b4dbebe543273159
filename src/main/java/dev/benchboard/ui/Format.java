package dev.benchboard.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display formatting shared by the views: every number with its unit. */
public final class Format {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private Format() {
    }

    public static String instant(Instant instant) {
        return instant == null ? "–" : INSTANT.format(instant);
    }

    /** A number with sensible precision (4 significant digits, thousands grouped) and its unit; "not set" for null. */
    public static String number(Double value, String unit) {
        if (value == null) return "not set";
        return plain(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** 4 significant digits below 10,000, whole numbers with grouping above. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        if (Math.abs(value) >= 10_000) return String.format(Locale.ROOT, "%,.0f", value);
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    public static String integer(Integer value, String unit) {
        return value == null ? "not set" : value + (unit == null ? "" : " " + unit);
    }

    public static String percentFraction(Double fraction) {
        if (fraction == null) return "not set";
        return BigDecimal.valueOf(fraction * 100).round(new MathContext(8)).stripTrailingZeros().toPlainString() + " %";
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
