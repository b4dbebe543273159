package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Streaming JSON with positions: a Jackson parser over the source, turned into small trees that keep
 * the line and column of every value (so a problem can say "line 12 (metrics.http_reqs.count)"), and
 * Jackson's failures turned into the user-facing {@link ImportException}.
 *
 * <p>Trees are only built for bounded pieces — a whole summary document, or one run object of a
 * streamed array — and {@link #MAX_NODES} caps each tree, so a hostile file cannot exhaust memory.
 */
final class Json {

    /** Values per tree: a k6 summary has a few hundred, a vegeta report a few dozen. */
    static final int MAX_NODES = 200_000;

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static JsonParser parser(Reader reader) {
        return FACTORY.createParser(ObjectReadContext.empty(), reader);
    }

    static JsonParser parser(String text) {
        return FACTORY.createParser(ObjectReadContext.empty(), text);
    }

    /** A value with where it starts in the file (1-based line and column). */
    sealed interface Value permits Obj, Arr, Num, Str, Bool, Null {
        long line();
        int column();
    }

    record Obj(Map<String, Value> fields, long line, int column) implements Value {
        Value get(String name) { return fields.get(name); }
        Obj object(String name) { return fields.get(name) instanceof Obj o ? o : null; }
        Num number(String name) { return fields.get(name) instanceof Num n ? n : null; }
        String string(String name) { return fields.get(name) instanceof Str s ? s.value() : null; }
        boolean has(String name) { return fields.containsKey(name); }
    }

    record Arr(List<Value> items, long line, int column) implements Value { }

    /** A number as written; {@code value} is its double. */
    record Num(double value, boolean integral, String text, long line, int column) implements Value { }

    record Str(String value, long line, int column) implements Value { }

    record Bool(boolean value, long line, int column) implements Value { }

    record Null(long line, int column) implements Value { }

    /** Reads the whole document (one value; anything but blanks after it is an error). */
    static Value readDocument(TextSource source, String format) throws ImportException, IOException {
        try (JsonParser p = parser(source.reader())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw ImportException.at(format, 1, Sentence.of("ingest.structured.json.expected.document"),
                        Sentence.of("ingest.structured.found.empty-file"));
            }
            Value value = read(p, format, new int[] {MAX_NODES});
            if (p.nextToken() != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                throw new ImportException(format, at.getLineNr(), at.getColumnNr(), null,
                        Sentence.of("ingest.structured.json.expected.end-after-document"),
                        Sentence.of("ingest.structured.json.found.more-text"));
            }
            return value;
        } catch (JacksonException e) {
            throw failure(format, e);
        }
    }

    /**
     * Reads the value whose first token is current; afterwards the parser is on its last token.
     * {@code budget[0]} counts down the nodes still allowed.
     */
    static Value read(JsonParser p, String format, int[] budget) throws ImportException {
        return read(p, format, budget, 0);
    }

    /**
     * One JSON document written on one line of a file (a JSON-lines record), with the positions of its
     * values, and of a failure, given as lines of the file.
     */
    static Value readLine(String text, long lineNumber, String format) throws ImportException {
        try (JsonParser p = parser(text)) {
            if (p.nextToken() == null) {
                throw ImportException.at(format, lineNumber, Sentence.of("ingest.structured.json.expected.document"),
                        Sentence.of("ingest.structured.json.found.empty-line"));
            }
            Value value = read(p, format, new int[] {MAX_NODES}, lineNumber - 1);
            if (p.nextToken() != null) {
                throw new ImportException(format, lineNumber, p.currentTokenLocation().getColumnNr(), null,
                        Sentence.of("ingest.structured.json.expected.end-of-line-after-document"),
                        Sentence.of("ingest.structured.json.found.more-text"));
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new ImportException(format, lineNumber, at == null ? null : at.getColumnNr(), null,
                    Sentence.of("ingest.structured.json.expected.complete-on-line"), firstLine(e.getOriginalMessage()));
        }
    }

    private static Value read(JsonParser p, String format, int[] budget, long lineOffset) throws ImportException {
        if (--budget[0] < 0) {
            TokenStreamLocation at = p.currentTokenLocation();
            throw new ImportException(format, at.getLineNr() + lineOffset, at.getColumnNr(), null,
                    Sentence.of("ingest.structured.json.expected.max-values", String.valueOf(MAX_NODES)),
                    Sentence.of("ingest.structured.json.found.more"));
        }
        TokenStreamLocation at = p.currentTokenLocation();
        long line = at.getLineNr() + lineOffset;
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Value> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p, format, budget, lineOffset));
                }
                yield new Obj(Collections.unmodifiableMap(fields), line, column);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, format, budget, lineOffset));
                yield new Arr(List.copyOf(items), line, column);
            }
            case VALUE_NUMBER_INT -> new Num(p.getValueAsDouble(), true, p.getText(), line, column);
            case VALUE_NUMBER_FLOAT -> new Num(p.getDoubleValue(), false, p.getText(), line, column);
            case VALUE_STRING -> new Str(p.getString(), line, column);
            case VALUE_TRUE, VALUE_FALSE -> new Bool(token == JsonToken.VALUE_TRUE, line, column);
            case VALUE_NULL -> new Null(line, column);
            default -> throw new ImportException(format, line, column, null, Sentence.of("ingest.structured.json.expected.value"),
                    String.valueOf(token));
        };
    }

    /**
     * The user-facing form of a Jackson failure: where the text stopped being JSON and what would have
     * been valid there. Input failures underneath (invalid UTF-8, size limits) keep their own form.
     */
    static ImportException failure(String format, JacksonException e) throws IOException {
        if (e instanceof JacksonIOException io && io.getCause() instanceof IOException cause) {
            if (cause instanceof CharacterCodingException) {
                TokenStreamLocation at = e.getLocation();
                return TextSource.notText(format, at == null ? 0 : Math.max(1, at.getLineNr()));
            }
            throw cause;
        }
        TokenStreamLocation at = e.getLocation();
        long line = at == null ? 0 : at.getLineNr();
        Integer column = at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
        if (e instanceof UnexpectedEndOfInputException) {
            return new ImportException(format, line, column, null, expectedAtEnd(e),
                    Sentence.of("ingest.structured.json.found.truncated"));
        }
        if (e instanceof StreamConstraintsException) {
            return new ImportException(format, line, column, null, Sentence.of("ingest.structured.json.expected.within-limits"),
                    firstLine(e.getOriginalMessage()));
        }
        return new ImportException(format, line, column, null, Sentence.of("ingest.structured.json.expected.valid"),
                firstLine(e.getOriginalMessage()));
    }

    private static Sentence expectedAtEnd(JacksonException e) {
        Object processor = e.processor();
        if (processor instanceof JsonParser p) {
            TokenStreamContext context = p.streamReadContext();
            if (context != null && context.inObject()) return Sentence.of("ingest.structured.json.expected.rest-of-object");
            if (context != null && context.inArray()) return Sentence.of("ingest.structured.json.expected.rest-of-array");
        }
        return Sentence.of("ingest.structured.json.expected.rest-of-value");
    }

    private static String firstLine(String message) {
        if (message == null) return null;
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }
}
