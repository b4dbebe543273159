package dev.benchboard.ui.report;

import dev.benchboard.format.Figures;
import dev.benchboard.stats.common.SeededRandom;
import dev.benchboard.ui.i18n.Translations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A method line of the report as a reader reads it. The report names its random generator and seed the way a
 * statistician retypes them ("WELL19937c seed 42"); on screen that is an internal name. Here it says what the seed
 * is for: "fixed random seed 42, so the figures repeat" (in the reader's language). Resample counts are grouped
 * ("10,000 resamples"). The rest of the line is the report's own text, in English this session (the API and a share
 * link carry it as it is).
 */
final class MethodWords {

    private static final Pattern SEED = Pattern.compile(Pattern.quote(SeededRandom.GENERATOR) + " seed (-?\\d+)");
    private static final Pattern RESAMPLES = Pattern.compile("\\b(\\d{4,}) resamples\\b");

    private MethodWords() {
    }

    static String readable(String method, Locale locale) {
        if (method == null) return Figures.NONE;
        Matcher seed = SEED.matcher(method);
        StringBuilder out = new StringBuilder();
        while (seed.find()) {
            seed.appendReplacement(out, Matcher.quoteReplacement(Translations.get(locale, "compare.method.seed", seed.group(1))));
        }
        seed.appendTail(out);
        Matcher resamples = RESAMPLES.matcher(out.toString());
        StringBuilder grouped = new StringBuilder();
        while (resamples.find()) {
            resamples.appendReplacement(grouped, Matcher.quoteReplacement(Figures.count(Long.parseLong(resamples.group(1))) + " resamples"));
        }
        resamples.appendTail(grouped);
        return grouped.toString();
    }
}
