package dev.benchboard.ui.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the decision view writes values, units and upload references, in the reader's language. */
final class DecisionText {

    private DecisionText() {
    }

    /** A value with its unit; fractions (availability) as percentages, which is how SLOs are read. */
    static String value(Object value, String unit, Locale locale) {
        if (value == null) return Translations.get(locale, "decision.value.no-evidence");
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (unit == null) return Figures.number(d);
            return switch (unit) {
                case "fraction" -> percentOfFraction(d);
                // The ecosystem criterion's unit is "score" (a number in [0, 1]); it needs no suffix.
                case "score" -> Figures.number(d);
                // A flag fact (a leak suspected) is 1 or 0: yes or no.
                case "flag" -> Translations.get(locale, d != 0 ? "evaluation.yes" : "evaluation.no");
                // Requirement units that are words rather than symbols.
                case "cores" -> Translations.get(locale, "evaluation.requirements.cores", Figures.number(d));
                case "instances" -> Translations.get(locale, "decision.value.instances", Figures.number(d));
                case "per hour" -> Translations.get(locale, "decision.value.per-hour", Figures.number(d));
                default -> Figures.withUnit(d, unit);
            };
        }
        if (value instanceof Boolean b) return Translations.get(locale, b ? "decision.value.true" : "decision.value.false");
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** 5 significant digits: enough to tell 99.95 % from 99.96 % without a tail of noise digits. */
    static String percentOfFraction(double fraction) {
        return java.math.BigDecimal.valueOf(100 * fraction).round(new java.math.MathContext(5)).stripTrailingZeros()
                .toPlainString() + " %";
    }

    /** A weight, a score, a normalised value: as Figures.precise writes them (the browser tests read these). */
    static String number(Double value) {
        return value == null ? Figures.NONE : Figures.precise(value);
    }

    static String percent(Double share) {
        return share == null ? Figures.NONE : Figures.precise(100 * share) + " %";
    }

    /** "gin-wrk.txt (upload #12), …", or an empty string when the value came from no upload. */
    static String sources(List<SourceRef> sources, Locale locale) {
        return sources.stream().map(s -> Translations.get(locale, "decision.value.source", s.fileName(), String.valueOf(s.uploadId())))
                .collect(Collectors.joining(", "));
    }

    /** A DOM-id-safe form of a candidate or node name. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
