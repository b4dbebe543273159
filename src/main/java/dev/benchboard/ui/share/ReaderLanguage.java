package dev.benchboard.ui.share;

import dev.benchboard.ui.i18n.Languages;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a shared page is drawn in for its reader, from the browser's {@code Accept-Language}: the first
 * of the reader's languages, in their order of preference, that Benchboard is written in ({@link Languages}),
 * so "zh-CN,zh;q=0.9,en;q=0.8" reads Chinese and "en-US,en;q=0.9,zh;q=0.8" English. English when the reader
 * asks for none of them, or sends no header or one that does not parse (a page must never fail on it).
 */
public final class ReaderLanguage {

    private ReaderLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return Languages.ENGLISH;
        try {
            // parse() orders the ranges by weight (q) and drops none; q=0 means "not this one".
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) continue;
                if (range.getRange().equals("*")) return Languages.ENGLISH;
                Optional<Locale> supported = Languages.fromTag(range.getRange());
                if (supported.isPresent()) return supported.get();
            }
        } catch (IllegalArgumentException malformed) {
            return Languages.ENGLISH;
        }
        return Languages.ENGLISH;
    }
}
