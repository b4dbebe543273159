package dev.benchboard.ingest;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;
import java.util.List;

/** The English of importer sentences, for tests that assert the API's text (unchanged by sentences). */
public final class EnglishText {

    private EnglishText() {
    }

    public static List<String> english(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::english).toList();
    }

    /**
     * The problems with their expected and found as English text, so they equal problems a test writes with
     * Strings ({@code new Problem(3, 4, "up_at", "…", "'…'")}) whatever sentence an importer made them with.
     */
    public static List<Problem> inEnglish(List<Problem> problems) {
        return problems.stream().map(p -> new Problem(p.line(), p.column(), p.field(), p.expected().english(),
                p.found() == null ? null : p.found().english())).toList();
    }
}
