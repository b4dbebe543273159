package dev.benchboard.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Map;

/**
 * The one way Benchboard writes a number for a reader (views, shared report, exports' text): about
 * three significant digits, thousands grouped with commas, never e-notation, the unit scaled to the
 * value (82.3 µs, 12.3 ms, 1.23 s; 6.3 s, 4.5 min, 2.1 h, 3.2 d; 1.5 MiB) and one word per unit
 * ("req/s", never "rps"). Plain Java, no framework: {@code ui}, {@code ui.share}, {@code export} and
 * {@code api} all use it.
 *
 * <p>Why three digits: the figures come with confidence intervals that are rarely narrower than 1 %,
 * so a fourth digit is noise to the reader; whole numbers keep all their digits (5,288 req/s).
 */
public final class Figures {

    /** What is written where there is no value. */
    public static final String NONE = "–";

    private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

    /** Units that mean "requests per second" under another name. */
    private static final Map<String, String> UNIT_WORDS = Map.of("rps", "req/s", "qps", "req/s", "ops/s", "op/s");

    private Figures() {
    }

    // ---------------------------------------------------------------- plain numbers

    /**
     * A number with {@code digits} significant digits, but all digits of its whole part, grouped
     * (12,345), trailing zeros dropped. Below 0.001 (and not 0) as "1.23 × 10⁻⁴": never e-notation,
     * never more than four decimals.
     */
    public static String number(double value, int digits) {
        if (Double.isNaN(value)) return NONE;
        if (Double.isInfinite(value)) return value > 0 ? "∞" : "−∞";
        if (value == 0) return "0";
        double magnitude = Math.abs(value);
        if (magnitude < 0.001) return scientific(value, Math.min(digits, 3));
        int wholeDigits = magnitude >= 1 ? (int) Math.floor(Math.log10(magnitude)) + 1 : 0;
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(Math.max(digits, wholeDigits), RoundingMode.HALF_EVEN));
        // Rounding can add a digit (999.96 → 1000.0): recount so a whole number is written whole.
        rounded = rounded.setScale(Math.max(0, Math.min(rounded.stripTrailingZeros().scale(), 4)), RoundingMode.HALF_EVEN);
        DecimalFormat format = new DecimalFormat("#,##0", ROOT);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(rounded);
    }

    /** A number with three significant digits (see {@link #number(double, int)}). */
    public static String number(double value) {
        return number(value, 3);
    }

    /** Parameters and model coefficients the reader may want to retype: four significant digits. */
    public static String precise(double value) {
        return number(value, 4);
    }

    /** A count: whole, grouped ("1,050"). */
    public static String count(long value) {
        return new DecimalFormat("#,##0", ROOT).format(value);
    }

    /** "1 record", "3 records": a count with its noun in the right number (plural given for irregular nouns). */
    public static String count(long value, String singular, String plural) {
        return count(value) + " " + (value == 1 ? singular : plural);
    }

    /** "1 run", "2 runs". */
    public static String count(long value, String singular) {
        return count(value, singular, singular + "s");
    }

    // ---------------------------------------------------------------- moments

    /**
     * "2026-12-07 21:49 UTC": a moment as the workspace and the shared report print it, to the minute, always in UTC
     * (the servers' and the logs' time; a reader in Beijing is 8 hours ahead, so the zone is always written).
     *
     * <p>Per language. English as it has always been printed. Chinese the same ISO-like form: it is what Chinese SREs
     * read in their dashboards, logs and terminals (Grafana, Prometheus, Alibaba Cloud's consoles write
     * {@code 2026-12-07 21:49:00}; GB/T 7408 is ISO 8601) and it sorts and compares at a glance, where
     * "2026年12月7日 21:49" is the form of prose. A language Benchboard is not written in reads English.
     */
    public static String instant(Instant instant, Locale locale) {
        return instant == null ? NONE : MOMENTS.getOrDefault(language(locale), MOMENTS.get("en")).format(instant);
    }

    private static final DateTimeFormatter ISO_MINUTES_UTC = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd")
            .appendLiteral(' ').appendPattern("HH:mm").appendLiteral(" UTC").toFormatter(Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The moment's format per language (by its language code). */
    private static final Map<String, DateTimeFormatter> MOMENTS = Map.of("en", ISO_MINUTES_UTC, "zh", ISO_MINUTES_UTC);

    private static String language(Locale locale) {
        return locale == null ? "en" : locale.getLanguage();
    }

    private static String scientific(double value, int digits) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.abs(Math.round(mantissa * Math.pow(10, digits - 1))) >= Math.pow(10, digits)) {
            mantissa /= 10;
            exponent += 1;
        }
        String m = BigDecimal.valueOf(mantissa).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
        return m + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- with units

    /**
     * A value with its unit, the unit scaled where Benchboard knows a ladder for it: latency in ms
     * (µs/ms/s), durations in s or h (ms/s/min/h/d), sizes in MiB/KiB/B (B…GiB), rates in req/s
     * (named "req/s" whatever the source called them), percentages ({@link #percent}). Other units
     * are written after the number as they are. {@code null}: "–".
     */
    public static String withUnit(Double value, String unit) {
        if (value == null || Double.isNaN(value)) return NONE;
        if (unit == null || unit.isBlank()) return number(value);
        String u = UNIT_WORDS.getOrDefault(unit.strip(), unit.strip());
        return switch (u) {
            case "ms" -> latencyMs(value);
            case "µs", "us" -> latencyMs(value / 1000);
            case "ns" -> latencyMs(value / 1_000_000);
            case "s" -> durationSeconds(value);
            case "min" -> durationSeconds(value * 60);
            case "h" -> durationSeconds(value * 3600);
            case "d" -> durationSeconds(value * 86_400);
            case "%" -> percent(value);
            case "B", "bytes" -> bytes(value);
            case "KiB" -> bytes(value * 1024);
            case "MiB" -> bytes(value * 1024 * 1024);
            case "GiB" -> bytes(value * 1024 * 1024 * 1024);
            case "$" -> money(value);
            default -> number(value) + " " + u;
        };
    }

    /** Latency given in milliseconds: "82.3 µs", "12.3 ms", "1.23 s". */
    public static String latencyMs(double ms) {
        if (!Double.isFinite(ms)) return number(ms);
        double a = Math.abs(ms);
        if (a == 0) return "0 ms";
        if (a < 1) return number(ms * 1000) + " µs";
        if (a < 1000) return number(ms) + " ms";
        return number(ms / 1000) + " s";
    }

    /**
     * A duration given in seconds, in the unit a reader thinks in: below a second in ms, then s up to
     * 2 minutes, min up to 2 hours, h up to 2 days, then days. One decimal at most above 1
     * ("6.3 s", "4.5 min"): a window or a repair time needs no more.
     */
    public static String durationSeconds(double seconds) {
        if (!Double.isFinite(seconds)) return number(seconds);
        double a = Math.abs(seconds);
        if (a == 0) return "0 s";
        if (a < 1) return latencyMs(seconds * 1000);
        if (a < 120) return oneDecimal(seconds) + " s";
        if (a < 7200) return oneDecimal(seconds / 60) + " min";
        if (a < 172_800) return oneDecimal(seconds / 3600) + " h";
        return oneDecimal(seconds / 86_400) + " d";
    }

    private static String oneDecimal(double value) {
        return Math.abs(value) >= 100 ? number(value, 1) : number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue(), 4);
    }

    /** A size in bytes, binary units: "512 B", "1.5 KiB", "121 MiB", "2.4 GiB". */
    public static String bytes(double bytes) {
        if (!Double.isFinite(bytes)) return number(bytes);
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int i = 0;
        while (Math.abs(value) >= 1024 && i < units.length - 1) {
            value /= 1024;
            i++;
        }
        return (i == 0 ? number(Math.rint(value)) : number(value)) + " " + units[i];
    }

    /** Money: "$12.50", "$1,234". */
    public static String money(double amount) {
        if (!Double.isFinite(amount)) return number(amount);
        String sign = amount < 0 ? "−" : "";
        double a = Math.abs(amount);
        if (a >= 1000) return sign + "$" + count(Math.round(a));
        return sign + "$" + new DecimalFormat("#,##0.00", ROOT).format(a);
    }

    /** Requests per second: "5,288 req/s", "912 req/s", "12.5 req/s". */
    public static String requestsPerSecond(double rate) {
        return number(rate) + " req/s";
    }

    // ---------------------------------------------------------------- percentages and probabilities

    /**
     * A percentage given in percent: three significant digits, at most two decimals ("63.1 %",
     * "5.12 %", "0.51 %"); a value closer to 0 than 0.01 as "< 0.01 %"; 1,000 % and more whole ("12,345 %").
     */
    public static String percent(double percent) {
        if (!Double.isFinite(percent)) return number(percent) + " %";
        double a = Math.abs(percent);
        if (a == 0) return "0 %";
        if (a < 0.01) return (percent < 0 ? "> −0.01 %" : "< 0.01 %");
        if (a < 1) return number(BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_EVEN).doubleValue(), 3) + " %";
        return number(percent) + " %";
    }

    /** A fraction (0..1) as a percentage ({@link #percent}); "–" for null. */
    public static String fractionAsPercent(Double fraction) {
        return fraction == null || fraction.isNaN() ? NONE : percent(fraction * 100);
    }

    /** A signed change in percent: "+4.2 %", "−12.3 %". */
    public static String change(double percent) {
        if (!Double.isFinite(percent)) return NONE;
        String text = percent(Math.abs(percent));
        if (percent == 0) return text;
        return (percent > 0 ? "+" : "−") + text;
    }

    /**
     * Availability (a fraction) with as many nines as it has: the unavailable share is written with
     * three significant digits, so 0.99995 reads "99.995 %" and 0.631443 "63.1 %". At most four
     * decimals: closer to 100 % than that reads "> 99.9999 %".
     */
    public static String availability(Double fraction) {
        if (fraction == null || fraction.isNaN()) return NONE;
        if (fraction >= 1) return "100 %";
        if (fraction <= 0) return "0 %";
        double down = (1 - fraction) * 100;
        if (down < 0.0001) return "> 99.9999 %";
        BigDecimal unavailable = BigDecimal.valueOf(down).round(new MathContext(3));
        BigDecimal up = BigDecimal.valueOf(100).subtract(unavailable);
        if (up.scale() > 4) up = up.setScale(4, RoundingMode.DOWN);
        return up.stripTrailingZeros().toPlainString() + " %";
    }

    /**
     * A probability (0..1) as a percentage, tiny ones as "< 0.01 %" and near-certain ones as
     * "> 99.99 %": a reader compares it with 5 % or 95 %, not with 10⁻²³.
     */
    public static String probability(Double p) {
        if (p == null || p.isNaN()) return NONE;
        if (p <= 0) return "0 %";
        if (p >= 1) return "100 %";
        if (p < 0.0001) return "< 0.01 %";
        if (p > 0.9999) return "> 99.99 %";
        return percent(p * 100);
    }

    /** A p-value: "0.0312", "0.21"; below 0.0001 "< 0.0001". */
    public static String pValue(Double p) {
        if (p == null || p.isNaN()) return NONE;
        if (p < 0.0001) return "< 0.0001";
        return number(p, 2);
    }

    /**
     * The share of an error budget spent (a fraction): "73.7 %" and, once spent more than ten times
     * over, "> 1,000 %" — beyond that the exact multiple says nothing more.
     */
    public static String budgetSpent(double fraction) {
        if (!Double.isFinite(fraction)) return "> 1,000 %";
        double percent = fraction * 100;
        if (percent > 1000) return "> 1,000 %";
        return percent(percent);
    }
}
