package dev.benchboard.evidence;

import dev.benchboard.common.Json;
import dev.benchboard.format.Sentence;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * An upload's warnings and problems as kept in their JSON columns ({@code warnings_json}, {@code problems_json}): a
 * list of {@link Sentence#stored()} values, so they read back in every language. Rows written before sentences hold
 * plain strings; those read as their text.
 */
public final class StoredSentences {

    private static final TypeReference<List<Object>> STORED = new TypeReference<>() {};

    private StoredSentences() {
    }

    /** The sentences as the column keeps them (write them with {@link Json#write(Object)}). */
    public static List<Object> stored(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::stored).toList();
    }

    /** The sentences of a column's JSON; null or an empty column reads as none. */
    public static List<Sentence> read(String json) {
        if (json == null || json.isBlank()) return List.of();
        List<Object> stored = Json.read(json, STORED);
        return stored == null ? List.of() : stored.stream().map(StoredSentences::sentence).toList();
    }

    /** A stored value that is neither a string nor a stored sentence (a hand-edited row) reads as its JSON text. */
    private static Sentence sentence(Object stored) {
        try {
            return Sentence.fromStored(stored);
        } catch (IllegalArgumentException notASentence) {
            return Sentence.verbatim(Json.write(stored));
        }
    }
}
