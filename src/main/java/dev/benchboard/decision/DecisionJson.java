package dev.benchboard.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the decision data files into JSON trees; malformed JSON is reported with its line and column. */
final class DecisionJson {

    // A repeated property in a hand-edited file is a mistake, not "last one wins".
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DecisionJson() {
    }

    static JsonNode read(String document, String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw malformed(document, e);
        }
    }

    static JsonNode read(String document, InputStream in) {
        try {
            return MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw malformed(document, e);
        }
    }

    static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static InvalidDecisionDataException malformed(String document, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InvalidDecisionDataException(document,
                List.of(new DataProblem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
}
