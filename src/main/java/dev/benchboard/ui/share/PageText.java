package dev.benchboard.ui.share;

import dev.benchboard.export.Estimate;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import java.util.Locale;
import java.util.function.Function;

/**
 * The shared page's words in its reader's language: the static page has no Vaadin UI to ask, so the
 * locale the controller chose from {@code Accept-Language} is carried down the blocks in this record,
 * which reads the same bundles as the workspace ({@link Translations}).
 */
record PageText(Locale locale) {

    static final PageText ENGLISH = new PageText(Locale.ENGLISH);

    /** The text of {@code key}, {0}… filled with arguments already written as text. */
    String get(String key, Object... arguments) {
        return Translations.get(locale, key, arguments);
    }

    /** "95 % CI 12.1 ms – 18.9 ms", each end written by {@code end}; "no bounded 95 % interval" otherwise. */
    String interval(Estimate e, String confidence, Function<Double, String> end) {
        if (e == null || e.value() == null) return "";
        if (!e.bounded()) return get("share.interval.unbounded", confidence);
        return get("share.interval.bounded", confidence, end.apply(e.ciLow()), end.apply(e.ciHigh()));
    }

    /** The interval of a figure in its own unit. */
    String interval(Estimate e, String confidence) {
        return interval(e, confidence, v -> Figures.withUnit(v, e.unit()));
    }
}
