package dev.benchboard.ui.decision;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.ui.Format;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How the decision view writes values, units and upload references. */
final class DecisionText {

    private DecisionText() {
    }

    /** A value with its unit; fractions (availability) as percentages, which is how SLOs are read. */
    static String value(Object value, String unit) {
        if (value == null) return "no evidence";
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ("fraction".equals(unit)) return percentOfFraction(d);
            // The ecosystem criterion's unit is "score" (a number in [0, 1]); it needs no suffix.
            return Format.number(d, "score".equals(unit) ? null : unit);
        }
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

    static String number(Double value) {
        return value == null ? "–" : Format.plain(value);
    }

    static String percent(Double share) {
        return share == null ? "–" : Format.plain(100 * share) + " %";
    }

    /** "gin-wrk.txt (upload #12), …", or an empty string when the value came from no upload. */
    static String sources(List<SourceRef> sources) {
        return sources.stream().map(s -> s.fileName() + " (upload #" + s.uploadId() + ")").collect(Collectors.joining(", "));
    }

    /** A DOM-id-safe form of a candidate or node name. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
