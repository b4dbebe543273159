package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
import java.util.List;

/** The English of importer sentences, for tests that assert the API's text (unchanged by sentences). */
public final class EnglishText {

    private EnglishText() {
    }

    public static List<String> english(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::english).toList();
    }
}
