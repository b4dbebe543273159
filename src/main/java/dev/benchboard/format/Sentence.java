package dev.benchboard.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A sentence of the report's own domain (a verdict's reason, a method, a warning, an importer's refusal) kept as a
 * code with its arguments, so that it is written in the reader's language when it is shown — not frozen in English
 * where it is made. The cores make them ({@code Sentence.of("regression.reason.no-change", p, alpha)}); views ask
 * {@link #in(Locale)}; the API writes English, or the language a writer asks for with {@link #LANGUAGE}.
 *
 * <p>Templates live in {@code dev/benchboard/format/sentences.properties} (English, the API's text) and
 * {@code sentences_zh_CN.properties}, and always go through {@link MessageFormat}: write an apostrophe as {@code ''}
 * and a brace as <code>'{'</code>. Arguments are already words or figures:
 * <ul>
 *   <li>a {@code String}: data or a figure formatted by {@link Figures} (the same in every language);</li>
 *   <li>a {@code Sentence}: written in the same language (a reason inside a verdict);</li>
 *   <li>an {@code Enum}: its {@link Words} in that language;</li>
 *   <li>a {@code Collection} of these: a list in prose in that language ("a, b and c" / "a、b 和 c").</li>
 * </ul>
 * A raw number is refused: {@link MessageFormat} would format it by its own rules, not by {@link Figures}.
 */
@JsonSerialize(using = Sentence.AsText.class)
public final class Sentence {

    /**
     * The serialisation attribute that names the language a JSON writer writes sentences in
     * ({@code mapper.writer().withAttribute(Sentence.LANGUAGE, Locale.SIMPLIFIED_CHINESE)}); English without it.
     */
    public static final String LANGUAGE = "dev.benchboard.format.Sentence.language";

    private static final String BUNDLE = "dev.benchboard.format.sentences";

    /** Null for a verbatim text (the data's own words, read back from stored JSON). */
    private final String key;
    private final List<Object> args;

    private Sentence(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    /**
     * The sentence of {@code key} with its arguments (see the class comment for what an argument may be).
     *
     * @throws IllegalArgumentException when the English bundle has no such key, or an argument is a number or of a
     *         type that has no words — a programming error, caught by the first test that makes the sentence
     */
    public static Sentence of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        if (!bundle(Locale.ENGLISH).containsKey(key)) {
            throw new IllegalArgumentException("no sentence '" + key + "' in " + BUNDLE + ".properties");
        }
        List<Object> kept = new ArrayList<>(args.length);
        for (Object arg : args) kept.add(checked(key, arg));
        return new Sentence(key, Collections.unmodifiableList(kept));
    }

    /**
     * The sentence of {@code key.one} for a count of 1 and {@code key.other} else ("1 period" / "3 periods"; Chinese
     * writes both alike): the count chooses the form, the arguments fill it.
     */
    public static Sentence counted(String key, long count, Object... args) {
        return of(key + (count == 1 ? ".one" : ".other"), args);
    }

    /**
     * Sentences in order as one, each joined to the next by a two-place template such as {@code joined.semicolon}
     * ("{0}; {1}" / "{0}；{1}"); null for none.
     */
    public static Sentence joined(String key, List<Sentence> parts) {
        return parts.stream().reduce((a, b) -> of(key, a, b)).orElse(null);
    }

    /**
     * A text that reads the same in every language: the data's own words (a file name, a note a user typed), or a
     * sentence read back from JSON written before it was kept as a code.
     */
    @JsonCreator
    public static Sentence verbatim(String text) {
        return new Sentence(null, List.of(Objects.requireNonNull(text, "text")));
    }

    /** The code of the sentence ({@code regression.reason.no-change}); empty for a verbatim text. */
    public java.util.Optional<String> key() {
        return java.util.Optional.ofNullable(key);
    }

    /** The arguments as given. */
    public List<Object> args() {
        return args;
    }

    /** The sentence in the reader's language; English where that language has no template for it. */
    public String in(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        if (key == null) return (String) args.getFirst();
        Object[] written = args.stream().map(arg -> written(arg, language)).toArray();
        ResourceBundle templates = bundle(language);
        String template = templates.containsKey(key) ? templates.getString(key) : bundle(Locale.ENGLISH).getString(key);
        return new MessageFormat(template, language).format(written);
    }

    /**
     * The sentence as plain JSON values for a stored column (a String for a verbatim text; else a map of its key,
     * arguments and English text), read back by {@link #fromStored(Object)} — also in a later version whose bundle
     * has lost the key (then it reads its English).
     */
    public Object stored() {
        if (key == null) return args.getFirst();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("key", key);
        stored.put("args", args.stream().map(Sentence::storedArg).toList());
        stored.put("en", english());
        return stored;
    }

    /** A sentence from its {@link #stored()} form; a plain string (a row written before sentences) is verbatim. */
    public static Sentence fromStored(Object stored) {
        if (stored instanceof String text) return verbatim(text);
        if (!(stored instanceof Map<?, ?> map) || !(map.get("key") instanceof String storedKey)) {
            throw new IllegalArgumentException("not a stored sentence: " + stored);
        }
        if (!bundle(Locale.ENGLISH).containsKey(storedKey)) return verbatim(String.valueOf(map.get("en")));
        List<?> storedArgs = map.get("args") instanceof List<?> list ? list : List.of();
        return new Sentence(storedKey, storedArgs.stream().map(Sentence::argFromStored).toList());
    }

    private static Object storedArg(Object arg) {
        return switch (arg) {
            case String text -> text;
            case Sentence sentence -> sentence.stored();
            case Enum<?> code -> Map.of("word", code.name());
            case Word word -> Map.of("word", word.code());
            case List<?> items -> items.stream().map(Sentence::storedArg).toList();
            default -> throw new IllegalStateException("unchecked argument " + arg);
        };
    }

    private static Object argFromStored(Object stored) {
        return switch (stored) {
            case String text -> text;
            case List<?> items -> items.stream().map(Sentence::argFromStored).toList();
            case Map<?, ?> map when map.get("word") instanceof String code -> new Word(code);
            case Map<?, ?> map -> fromStored(map);
            default -> String.valueOf(stored);
        };
    }

    /** An enum constant read back from storage by its name: its words come from {@link Words#of(String, Locale)}. */
    private record Word(String code) {}

    /** The sentence in English, as the API writes it. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** English: what logs, exceptions and {@code String.valueOf} show. */
    @Override
    public String toString() {
        return english();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence that && Objects.equals(key, that.key) && args.equals(that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, args);
    }

    private static Object checked(String key, Object arg) {
        if (arg == null) return Figures.NONE;
        if (arg instanceof String || arg instanceof Sentence || arg instanceof Enum<?>) return arg;
        if (arg instanceof Collection<?> items) {
            List<Object> kept = new ArrayList<>(items.size());
            for (Object item : items) kept.add(checked(key, item));
            return Collections.unmodifiableList(kept);
        }
        throw new IllegalArgumentException("sentence '" + key + "': argument " + arg + " (" + arg.getClass().getSimpleName()
                + ") has no words; pass a String formatted by Figures, a Sentence, an Enum or a list of these");
    }

    private static String written(Object arg, Locale language) {
        return switch (arg) {
            case String text -> text;
            case Sentence sentence -> sentence.in(language);
            case Enum<?> code -> Words.of(code, language);
            case Word word -> Words.of(word.code(), language);
            case List<?> items -> Words.list(items.stream().map(item -> written(item, language)).toList(), language);
            default -> throw new IllegalStateException("unchecked argument " + arg);
        };
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            // No fallback to the machine's default locale: a language without templates reads English.
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException none) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }

    /** Writes a sentence as a JSON string in the writer's {@link #LANGUAGE} (English without one). */
    static final class AsText extends ValueSerializer<Sentence> {
        @Override
        public void serialize(Sentence sentence, JsonGenerator json, SerializationContext context) {
            Object language = context.getAttribute(LANGUAGE);
            json.writeString(sentence.in(language instanceof Locale locale ? locale : Locale.ENGLISH));
        }
    }

    /** Several sentences in the reader's language, in order. */
    public static List<String> in(List<Sentence> sentences, Locale locale) {
        return sentences.stream().map(s -> s.in(locale)).toList();
    }
}
