package dev.benchboard.ingest.format.cli;

import dev.benchboard.ingest.format.fields.FastDecimal;
import java.util.Locale;

/**
 * The units wrk and wrk2 print (src/units.c): times as {@code us}, {@code ms}, {@code s}, {@code m},
 * {@code h} (format_time_us switches to s/m/h from one second); counts with metric prefixes
 * {@code k M G T P} (×1000); bytes with binary prefixes {@code K M G T P} (×1024) followed by
 * {@code B}, e.g. {@code 21.44MB} = 21.44 × 1024² bytes. Each parser returns NaN when the text is
 * not a number with one of these units, so the caller can name the field in a problem.
 */
final class WrkUnits {

    private WrkUnits() {
    }

    /** A wrk time ({@code 215.00us}, {@code 2.65ms}, {@code 1.02s}, {@code 1.50m}) in milliseconds. */
    static double millis(String text) {
        int split = numberEnd(text);
        double value = FastDecimal.parse(text, 0, split);
        // Microseconds are divided (205 / 1000 is exactly the double nearest 0.205; 205 * 0.001 is not).
        return switch (text.substring(split).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1_000;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> Double.NaN;
        };
    }

    /** A time in seconds: the test length of {@code Running 10s test} or {@code in 3.01s}. */
    static double seconds(String text) {
        return millis(text) / 1000;
    }

    /** A count with a metric prefix ({@code 24.11k}, {@code 1.05M}, {@code 213.19}). */
    static double count(String text) {
        int split = numberEnd(text);
        double value = FastDecimal.parse(text, 0, split);
        double scale = switch (text.substring(split)) {
            case "" -> 1;
            case "k" -> 1e3;
            case "M" -> 1e6;
            case "G" -> 1e9;
            case "T" -> 1e12;
            case "P" -> 1e15;
            default -> Double.NaN;
        };
        return value * scale;
    }

    /** Bytes with a binary prefix and B ({@code 512.00B}, {@code 6.92MB}, {@code 1.18GB}). */
    static double bytes(String text) {
        if (!text.endsWith("B")) return Double.NaN;
        String number = text.substring(0, text.length() - 1);
        int split = numberEnd(number);
        double value = FastDecimal.parse(number, 0, split);
        double scale = switch (number.substring(split)) {
            case "" -> 1;
            case "K" -> 1024d;
            case "M" -> 1024d * 1024;
            case "G" -> 1024d * 1024 * 1024;
            case "T" -> 1024d * 1024 * 1024 * 1024;
            case "P" -> 1024d * 1024 * 1024 * 1024 * 1024;
            default -> Double.NaN;
        };
        return value * scale;
    }

    private static int numberEnd(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+') break;
            i++;
        }
        return i;
    }
}
