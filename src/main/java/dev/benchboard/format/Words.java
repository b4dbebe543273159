package dev.benchboard.format;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The one place where Benchboard's internal names (enum constants, origin codes, settings keys) become
 * words a reader understands. Views, the shared report and the exports' text ask here instead of
 * printing {@code name()} or a map's {@code toString()}: "ROUNDED_0_1_MS" reads "hey CSV samples
 * (0.1 ms steps)", "{probes=1050, probe_interval_ms=200}" reads "probes 1,050 · probe interval 200 ms".
 * Plain Java: the API keeps its codes, only what is shown is translated.
 */
public final class Words {

    /** Enum constants and origin codes with their words, per language ({@code words_zh_CN.properties}). */
    private static final String BUNDLE = "dev.benchboard.format.words";

    /** Settings keys whose value carries a unit the key's suffix names. */
    private static final Map<String, String> SUFFIX_UNITS = Map.of("_ms", "ms", "_s", "s", "_seconds", "s",
            "_bytes", "B", "_percent", "%", "_rps", "req/s");

    private Words() {
    }

    /** The words for an enum constant ("too few concurrency levels to fit"); "–" for null. */
    public static String of(Enum<?> value) {
        return of(value, Locale.ENGLISH);
    }

    /** The words for an enum constant in the reader's language ("并发档位太少，无法拟合"); "–" for null. */
    public static String of(Enum<?> value, Locale locale) {
        return value == null ? Figures.NONE : of(value.name(), locale);
    }

    /**
     * The words for a code (an enum's name as the report carries it, e.g. a figure's origin); codes
     * joined with "+" (several origins pooled) are translated one by one. An unknown UPPER_SNAKE code
     * becomes lower-case words; anything else is returned as it is.
     */
    public static String of(String code) {
        return of(code, Locale.ENGLISH);
    }

    /** {@link #of(String)} in the reader's language; English where the language has no words. */
    public static String of(String code, Locale locale) {
        if (code == null || code.isBlank()) return Figures.NONE;
        ResourceBundle words = words(locale);
        if (code.contains("+")) {
            return java.util.Arrays.stream(code.split("\\+")).map(c -> of(c, locale)).distinct()
                    .collect(Collectors.joining(words.getString("list.and")));
        }
        if (words.containsKey(code)) return words.getString(code);
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
        return list(items, Locale.ENGLISH);
    }

    /** A list in the reader's language: "a、b 和 c". */
    public static String list(List<String> items, Locale locale) {
        if (items.isEmpty()) return "";
        if (items.size() == 1) return items.getFirst();
        ResourceBundle words = words(locale);
        return String.join(words.getString("list.comma"), items.subList(0, items.size() - 1))
                + words.getString("list.and") + items.getLast();
    }

    private static ResourceBundle words(Locale locale) {
        // No fallback to the machine's default locale: a language without words reads English.
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
