package dev.benchboard.common;

import dev.benchboard.format.Sentence;
import java.util.Locale;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper for stored JSON columns (Jackson 3: records and java.time built in). */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return value == null ? null : MAPPER.writeValueAsString(value);
    }

    /**
     * The value as JSON with its {@link Sentence}s written in {@code language} (English for {@link Locale#ENGLISH}, as
     * {@link #write(Object)} writes them); everything else, figures included, is the same in every language.
     */
    public static String write(Object value, Locale language) {
        return value == null ? null : MAPPER.writer().withAttribute(Sentence.LANGUAGE, language).writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : MAPPER.readValue(json, type);
    }
}
