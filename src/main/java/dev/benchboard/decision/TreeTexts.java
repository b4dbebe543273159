package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts a tree's author wrote (a question, a description, an action's reason, a parameter's description) in the
 * reader's language. The shipped default tree's texts have translations in the sentences bundle under
 * {@code decision.tree-text.}: a text that is exactly one of those English texts reads in the reader's language;
 * any other text (a tree a team wrote or edited) is shown as it was typed. So the tree JSON stays as it is, the tree
 * editor round-trips it unchanged, and editing a text in the default tree simply makes it the user's own words.
 */
public final class TreeTexts {

    /** The prefix of the default tree's texts in {@code dev/benchboard/format/sentences.properties}. */
    public static final String PREFIX = "decision.tree-text.";

    private static final Map<String, String> KEY_BY_ENGLISH = keysByEnglish();

    private TreeTexts() {
    }

    /** The text in the reader's language when it is one of the default tree's texts, else verbatim; null stays null. */
    public static Sentence of(String text) {
        if (text == null) return null;
        String key = KEY_BY_ENGLISH.get(text);
        return key == null ? Sentence.verbatim(text) : Sentence.of(key);
    }

    /** Every key of the default tree's texts, with its English (for the test that each has a Chinese text). */
    public static Map<String, String> known() {
        Map<String, String> byKey = new HashMap<>();
        KEY_BY_ENGLISH.forEach((english, key) -> byKey.put(key, english));
        return Collections.unmodifiableMap(byKey);
    }

    private static Map<String, String> keysByEnglish() {
        ResourceBundle english = ResourceBundle.getBundle("dev.benchboard.format.sentences", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> keys = new HashMap<>();
        for (String key : english.keySet()) {
            // Compared with the text as MessageFormat writes it ('' → '), which is what the tree JSON holds.
            if (key.startsWith(PREFIX)) keys.put(Sentence.of(key).english(), key);
        }
        return Collections.unmodifiableMap(keys);
    }
}
