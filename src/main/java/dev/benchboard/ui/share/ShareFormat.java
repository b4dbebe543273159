package dev.benchboard.ui.share;

import dev.benchboard.export.Estimate;
import dev.benchboard.ui.Format;
import dev.benchboard.format.Figures;

/**
 * How the shared report writes figures: the app's one formatter ({@link Figures}, through {@link Format}),
 * plus intervals and hashes.
 */
public final class ShareFormat {

    private ShareFormat() {
    }

    /** The figure's value with its unit, as {@link Format#number} writes it; "–" when there is none. */
    public static String value(Estimate e) {
        return e == null || e.value() == null ? "–" : Format.number(e.value(), e.unit());
    }

    /** A fraction as a percentage ({@link Figures#fractionAsPercent}: "10.9 %", "< 0.01 %"). */
    public static String percent(Double fraction) {
        return Figures.fractionAsPercent(fraction);
    }

    /**
     * Availability as a percentage precise enough to show its distance from 100 %: the unavailable
     * share is rounded to 3 significant digits (0.99995 → "99.995 %", 0.6314 → "63.1 %").
     */
    public static String availability(Double fraction) {
        return Figures.availability(fraction);
    }

    /** "95 % CI 12.1 – 18.9 ms" in English; the page itself writes it in its reader's language ({@link PageText}). */
    public static String interval(Estimate e, String confidence, java.util.function.Function<Double, String> end) {
        return PageText.ENGLISH.interval(e, confidence, end);
    }

    /** The interval of a figure in its own unit, in English. */
    public static String interval(Estimate e, String confidence) {
        return PageText.ENGLISH.interval(e, confidence);
    }

    /** The first 12 hex digits of a SHA-256, enough to tell files apart and to check one by eye. */
    public static String shaPrefix(String sha256) {
        return sha256 == null ? "–" : sha256.substring(0, Math.min(12, sha256.length())) + "…";
    }

    /** "95 %" from the report's alpha (0.05). */
    public static String confidence(Double alpha) {
        return alpha == null ? "95 %" : Figures.number((1 - alpha) * 100) + " %";
    }
}
