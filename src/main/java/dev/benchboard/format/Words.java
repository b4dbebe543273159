package dev.benchboard.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where Benchboard's internal names (enum constants, origin codes, settings keys) become
 * words a reader understands. Views, the shared report and the exports' text ask here instead of
 * printing {@code name()} or a map's {@code toString()}: "ROUNDED_0_1_MS" reads "hey CSV samples
 * (0.1 ms steps)", "{probes=1050, probe_interval_ms=200}" reads "probes 1,050 · probe interval 200 ms".
 * Plain Java: the API keeps its codes, only what is shown is translated.
 */
public final class Words {

    /** Enum constants and origin codes with their words; codes not listed get a generic translation. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            // ingest.model.LatencyOrigin
            Map.entry("EXACT", "every request's own time"),
            Map.entry("HDR_HISTOGRAM", "full histogram (HdrHistogram)"),
            Map.entry("T_DIGEST", "t-digest estimate"),
            Map.entry("ROUNDED_0_1_MS", "per-request times in 0.1 ms steps"),
            Map.entry("ROUNDED_1_MS", "per-request times in whole ms"),
            Map.entry("REPORTED", "as printed by the tool"),
            // ingest.model.DataKind
            Map.entry("BENCHMARK", "load test / benchmark"),
            Map.entry("GC", "GC trace"),
            Map.entry("CHAOS", "chaos run"),
            // stats.capacity.UslFit.Status
            Map.entry("FITTED", "fitted"),
            Map.entry("INSUFFICIENT_POINTS", "too few concurrency levels to fit"),
            Map.entry("NOT_CONVERGED", "the fit did not converge"),
            // stats.capacity.SloCapacity.Status
            Map.entry("INTERPOLATED", "interpolated between two loads"),
            Map.entry("MEASURED", "measured"),
            Map.entry("SLO_NOT_REACHED", "at least this: P99 within the SLO at every measured load"),
            Map.entry("BELOW_MEASURED_RANGE", "below the lightest measured load"),
            Map.entry("NO_P99", "no P99 measured"),
            // stats.latency.CoordinatedOmission
            Map.entry("NOT_CORRECTED", "closed-loop, coordinated omission not corrected (tails may be understated)"),
            Map.entry("CORRECTED_BY_WRK", "closed-loop, coordinated omission corrected by wrk (tails may be overstated)"),
            Map.entry("OPEN_LOOP", "open-loop, no coordinated omission"),
            // stats.regression.Verdict
            Map.entry("REGRESSED", "regressed"),
            Map.entry("IMPROVED", "improved"),
            Map.entry("NO_SIGNIFICANT_CHANGE", "no significant change"),
            Map.entry("INSUFFICIENT_DATA", "too few runs for a verdict"),
            Map.entry("NOT_COMPARABLE", "not comparable (different load)"),
            // account token status
            Map.entry("ACTIVE", "active"),
            Map.entry("EXPIRED", "expired"),
            Map.entry("REVOKED", "revoked"));

    /** Settings keys whose value carries a unit the key's suffix names. */
    private static final Map<String, String> SUFFIX_UNITS = Map.of("_ms", "ms", "_s", "s", "_seconds", "s",
            "_bytes", "B", "_percent", "%", "_rps", "req/s");

    private Words() {
    }

    /** The words for an enum constant ("too few concurrency levels to fit"); "–" for null. */
    public static String of(Enum<?> value) {
        return value == null ? Figures.NONE : of(value.name());
    }

    /**
     * The words for a code (an enum's name as the report carries it, e.g. a figure's origin); codes
     * joined with "+" (several origins pooled) are translated one by one. An unknown UPPER_SNAKE code
     * becomes lower-case words; anything else is returned as it is.
     */
    public static String of(String code) {
        if (code == null || code.isBlank()) return Figures.NONE;
        if (code.contains("+")) {
            return java.util.Arrays.stream(code.split("\\+")).map(Words::of).distinct().collect(Collectors.joining(" and "));
        }
        String known = WORDS.get(code);
        if (known != null) return known;
        if (code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}")) return code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return code;
    }

    /**
     * A settings map as a reader reads it: "probes 1,050 · probe interval 200 ms" instead of
     * "{probes=1050, probe_interval_ms=200}". Keys lose their underscores and a unit suffix; numbers go
     * through {@link Figures}.
     */
    public static String settings(Map<String, ?> settings) {
        if (settings == null || settings.isEmpty()) return Figures.NONE;
        return settings.entrySet().stream().map(e -> setting(e.getKey(), e.getValue())).collect(Collectors.joining(" · "));
    }

    /** One setting: "probe interval 200 ms". */
    public static String setting(String key, Object value) {
        String name = key;
        String unit = null;
        for (var suffix : SUFFIX_UNITS.entrySet()) {
            if (key.endsWith(suffix.getKey()) && key.length() > suffix.getKey().length()) {
                name = key.substring(0, key.length() - suffix.getKey().length());
                unit = suffix.getValue();
                break;
            }
        }
        return key(name) + " " + settingValue(value, unit);
    }

    /** A settings key in words: "probe_interval" → "probe interval", "maxProcs" → "max procs". */
    public static String key(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT).strip();
    }

    private static String settingValue(Object value, String unit) {
        if (value == null) return Figures.NONE;
        String text = String.valueOf(value).strip();
        try {
            double number = Double.parseDouble(text);
            if (unit != null) return Figures.withUnit(number, unit);
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? Figures.count((long) number) : Figures.precise(number);
        } catch (NumberFormatException notANumber) {
            return unit == null ? text : text + " " + unit;
        }
    }

    /** A list in prose: "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.getFirst();
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
