package dev.benchboard.ui.glossary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.Translations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The terms a tech lead may not know, each explained in a sentence or two (the same words on the
 * Glossary page and in the tooltips): a label that names one of them gets its explanation as a
 * tooltip wherever {@link #label} is used (key-value lists, table headers). Names and explanations are in the
 * bundles ({@code glossary.<term>.name}, {@code glossary.<term>.text}), per language.
 */
public final class Glossary {

    /** The terms, in the order the Glossary page lists them (the ids of their bundle keys). */
    static final List<String> TERM_IDS = List.of("p50", "p90", "p99", "p99-9", "ci", "slo", "p-value", "holm",
            "mann-whitney", "delta", "n", "mtbf", "mttr", "availability", "error-budget", "usl", "usl-lambda",
            "usl-sigma", "usl-kappa", "usl-peak", "slo-capacity", "headroom", "coordinated-omission", "stw", "gogc",
            "pareto", "bootstrap");

    /** A term in one language: its name, its explanation, and the names a label may call it by. */
    public record Term(String name, String explanation, List<Name> namedBy) {
    }

    /** One name of a term, and where a label names it. */
    record Name(String text, Pattern in) {
    }

    private static final Map<Locale, List<Term>> TERMS = new ConcurrentHashMap<>();

    private Glossary() {
    }

    /** The terms in the reader's language, in glossary order. */
    public static List<Term> terms(Locale locale) {
        Locale language = Languages.fromTag(locale == null ? null : locale.toLanguageTag()).orElse(Languages.ENGLISH);
        return TERMS.computeIfAbsent(language, Glossary::load);
    }

    private static List<Term> load(Locale language) {
        List<Term> terms = new ArrayList<>();
        for (String id : TERM_IDS) {
            String name = Translations.get(language, "glossary." + id + ".name");
            // A Chinese label may still name a term by its English abbreviation ("P99", "CI", "Holm"): both count.
            String english = Translations.get(Languages.ENGLISH, "glossary." + id + ".name");
            Set<String> names = new LinkedHashSet<>(List.of(name, english));
            terms.add(new Term(name, Translations.get(language, "glossary." + id + ".text"),
                    names.stream().map(n -> new Name(n, pattern(n))).toList()));
        }
        return List.copyOf(terms);
    }

    /**
     * Where a label names the term. A Latin or Greek name must stand on its own ("n" in "run" is no term); Chinese
     * has no spaces between words, so a Chinese name counts wherever it appears ("实测可用性" names 可用性).
     */
    private static Pattern pattern(String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Pattern.compile(Pattern.quote(name));
        }
        return Pattern.compile("(?<![\\p{IsLatin}\\p{IsGreek}\\p{N}])" + Pattern.quote(name) + "(?![\\p{IsLatin}\\p{IsGreek}\\p{N}])");
    }

    /** The explanations of every glossary term the label names, in glossary order; empty when none. */
    public static List<String> explain(String label, Locale locale) {
        List<String> found = new ArrayList<>();
        if (label == null) return found;
        String whole = label.strip();
        for (Term term : terms(locale)) {
            for (Name name : term.namedBy()) {
                // One-letter terms ("p", "n", "λ") only when they are the whole label: "n" inside a sentence is a word.
                boolean named = name.text().length() > 1 || whole.equals(name.text()) || whole.startsWith(name.text() + " (");
                if (named && name.in().matcher(label).find()) {
                    found.add(Translations.get(locale, "glossary.tooltip", term.name(), term.explanation()));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The label as a span, with the explanation of the terms it names as a tooltip (and a dotted
     * underline saying there is one); a plain span for other labels.
     */
    public static Span label(String text, Locale locale) {
        Span span = new Span(text);
        List<String> explained = explain(text, locale);
        if (!explained.isEmpty()) {
            span.addClassName("bb-term");
            Tooltip.forComponent(span).withText(String.join("\n", explained));
        }
        return span;
    }

    /** Whether the label names a glossary term (then {@link #label} has a tooltip). */
    public static boolean explains(String label, Locale locale) {
        return !explain(label, locale).isEmpty();
    }

    /** A component header for a grid column: the label, explained when it names a term. */
    public static Component header(String text, Locale locale) {
        return label(text, locale);
    }
}
