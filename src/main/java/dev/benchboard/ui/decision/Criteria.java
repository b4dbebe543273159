package dev.benchboard.ui.decision;

import dev.benchboard.ui.i18n.Translations;
import java.util.List;
import java.util.Locale;

/**
 * The six weighted-score criteria as the decision view names them, with what a team must upload to give
 * a candidate evidence for each (the keys are those of {@code Weights.asMap()} and {@code Contribution.criterion()}),
 * in the reader's language ({@code decision.criterion.*} in the bundles).
 */
final class Criteria {

    static final List<String> KEYS = List.of("throughput", "p99", "memory", "gcPause", "availability", "ecosystem");

    private Criteria() {
    }

    /** "P99 latency"; a criterion this view does not know keeps its key. */
    static String label(String key, Locale locale) {
        return KEYS.contains(key) ? Translations.get(locale, "decision.criterion." + TreeWords.kebab(key)) : key;
    }

    /** What gives a candidate evidence for this criterion. */
    static String whatToUpload(String key, Locale locale) {
        return KEYS.contains(key) ? Translations.get(locale, "decision.criterion." + TreeWords.kebab(key) + ".upload")
                : Translations.get(locale, "decision.criterion.other.upload", key);
    }
}
