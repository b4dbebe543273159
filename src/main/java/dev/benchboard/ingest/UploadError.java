package dev.benchboard.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;
import java.util.List;

/**
 * The body of a refused upload (400/404/409/413/422): what is wrong, where, and what was expected.
 * Null fields are left out of the JSON. The texts are {@link Sentence}s: the API writes them in English (as it always
 * has), the upload page in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadError(
        Sentence error,
        String format,
        Long line,
        Integer column,
        String field,
        Sentence expected,
        Sentence found,
        List<Sentence> problems,
        Long problemCount,
        Long existingUploadId) {

    /** A refusal written as English text by code that does not make sentences (read verbatim in every language). */
    public UploadError(String error, String format, Long line, Integer column, String field, String expected,
                       String found, List<String> problems, Long problemCount, Long existingUploadId) {
        this(Sentence.verbatim(error), format, line, column, field, expected == null ? null : Sentence.verbatim(expected),
                Problem.data(found), problems == null ? null : problems.stream().map(Sentence::verbatim).toList(),
                problemCount, existingUploadId);
    }

    public static UploadError message(String error) {
        return message(Sentence.verbatim(error));
    }

    public static UploadError message(Sentence error) {
        return new UploadError(error, null, null, null, null, null, null, null, null, null);
    }

    static List<Sentence> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
