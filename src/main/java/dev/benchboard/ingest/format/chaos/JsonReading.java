package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming JSON for the chaos importers: the document is walked token by token and only one item
 * (an event, a ChaosResult) is held as a tree at a time, with the line it starts on. Floats are read
 * as BigDecimal so epoch timestamps keep every digit.
 */
final class JsonReading {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)   // items are read one at a time mid-document
            .build();

    interface Body {
        void read(JsonParser parser) throws ImportException, IOException;
    }

    private JsonReading() {
    }

    /** Runs the body over the source; malformed JSON becomes an ImportException with its line and column. */
    static void read(TextSource source, String format, Body body) throws ImportException, IOException {
        try (JsonParser parser = MAPPER.createParser(source.reader())) {
            body.read(parser);
        } catch (JacksonException e) {
            // Jackson reports -1 for a position it does not know (e.g. a decoding failure before the
            // first token); the API's line is 1-based, 0 for unknown.
            TokenStreamLocation at = e.getLocation();
            long line = at == null ? 0 : Math.max(0, at.getLineNr());
            Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
            if (e.getCause() instanceof CharacterCodingException) throw TextSource.notText(format, Math.max(1, line));
            if (e.getCause() instanceof IOException io) throw io;     // limits, broken streams
            throw new ImportException(format, line, column, null, Sentence.of("ingest.chaos.expected.json"),
                    Text.quote(e.getOriginalMessage()));
        }
    }

    /** Line of the current token (1-based). */
    static long line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** What the current token is, for "found …" in messages. */
    static Sentence describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) return Sentence.of("ingest.chaos.found.end-of-file");
        return switch (token) {
            case START_OBJECT -> Sentence.of("ingest.chaos.found.object");
            case START_ARRAY -> Sentence.of("ingest.chaos.found.array");
            case VALUE_STRING -> Sentence.verbatim(Text.quote(parser.getString()));
            default -> Sentence.verbatim(token.isScalarValue() ? parser.getText() : token.name());
        };
    }

    /** The current value (the parser is on its first token) as a tree. */
    static JsonNode tree(JsonParser parser) {
        return MAPPER.readTree(parser);
    }

    /** An optional string field; null when absent or JSON null; a non-string is a problem. */
    static String string(JsonNode object, String field, long line) throws RowProblem {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isString()) {
            throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.expected.string"), Text.quote(value.toString()));
        }
        String s = value.stringValue().strip();
        return s.isEmpty() ? null : s;
    }

    /** A name-like string (fault type, component): never a spreadsheet formula, since it is exported again. */
    static String name(JsonNode object, String field, long line) throws RowProblem {
        String s = string(object, field, line);
        if (s != null && Text.looksLikeFormula(s)) {
            throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.expected.plain-name"), Text.quote(s));
        }
        return s;
    }
}
