package dev.benchboard.ui;

import dev.benchboard.format.Figures;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Display formatting shared by the views: every number with its unit. The numbers themselves are
 * written by {@link Figures}, the one formatter of the app; this class keeps the views' vocabulary
 * ("not set" for a requirement nobody gave, dates, yes/no).
 */
public final class Format {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private Format() {
    }

    public static String instant(Instant instant) {
        return instant == null ? "–" : INSTANT.format(instant);
    }

    /** A number with its unit scaled to it ({@link Figures#withUnit}); "not set" for null. */
    public static String number(Double value, String unit) {
        if (value == null) return "not set";
        return Figures.withUnit(value, unit);
    }

    /** A parameter or coefficient without unit: 4 significant digits, grouped, never e-notation. */
    public static String plain(double value) {
        return Figures.precise(value);
    }

    public static String integer(Integer value, String unit) {
        return value == null ? "not set" : Figures.count(value) + (unit == null ? "" : " " + unit);
    }

    /** An availability (a fraction) with its nines ("99.95 %"). */
    public static String percentFraction(Double fraction) {
        if (fraction == null) return "not set";
        return Figures.availability(fraction);
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
