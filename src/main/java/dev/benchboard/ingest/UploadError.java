package dev.benchboard.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.ingest.model.Problem;
import java.util.List;

/**
 * The body of a refused upload (400/404/409/413/422): what is wrong, where, and what was expected.
 * Null fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadError(
        String error,
        String format,
        Long line,
        Integer column,
        String field,
        String expected,
        String found,
        List<String> problems,
        Long problemCount,
        Long existingUploadId) {

    public static UploadError message(String error) {
        return new UploadError(error, null, null, null, null, null, null, null, null, null);
    }

    static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
