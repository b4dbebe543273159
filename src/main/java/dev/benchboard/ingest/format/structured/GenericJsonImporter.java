package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Generic JSON: {@code {"candidate": "...", "runs": [ {run fields} ]}} or an array of such objects;
 * the run fields are those of the generic CSV ({@link GenericRun}), as numbers or numeric strings.
 *
 * <p>Streamed with Jackson's parser: only one run object at a time is held as a tree (bounded by
 * {@link Json#MAX_NODES}), so a file with millions of runs needs memory for its results only. A
 * candidate object's scalar fields other than {@code runs} (candidate, tool, notes …) become settings
 * of its runs, whatever their order; a run's own {@code candidate} wins. Runs without a {@code run}
 * field are labelled {@code #n}, their position in the array. A run object that is not
 * usable is a row problem at the line where it starts; malformed or truncated JSON is fatal.
 */
public final class GenericJsonImporter implements Importer {

    public static final String FORMAT = "generic-json";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Generic JSON ({candidate, runs: [...]})"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        JsonHead json = JsonHead.of(head);
        String prefix = json.isObject() ? "" : json.isArray() ? "[]." : null;
        if (prefix == null || !json.has(prefix + "runs")) return 0;
        boolean runFields = json.has(prefix + "runs[].rps") || json.has(prefix + "runs[].p99_ms")
                || json.has(prefix + "runs[].mean_ms") || json.has(prefix + "runs[].requests");
        return json.has(prefix + "candidate") || runFields ? 90 : 60;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        List<RunData> runs = new ArrayList<>();
        try (JsonParser p = Json.parser(source.reader())) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                readCandidate(p, runs, context);
            } else if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) readCandidate(p, runs, context);
                if (p.currentToken() != JsonToken.END_ARRAY) throw unexpected(p, Sentence.of("ingest.structured.generic.expected.candidate",
                        "{\"candidate\": …, \"runs\": […]}"));
            } else {
                throw unexpected(p, Sentence.of("ingest.structured.generic.expected.candidates"));
            }
            if (p.nextToken() != null) throw unexpected(p, Sentence.of("ingest.structured.json.expected.end-after-document"));
        } catch (JacksonException e) {
            throw Json.failure(FORMAT, e);
        }
        if (runs.isEmpty()) throw Structured.noValidRows(FORMAT, context, 0);
        context.warn(Structured.CLOSED_LOOP_UNKNOWN);
        return ImportResult.ofRuns(runs);
    }

    /**
     * Reads one candidate object (the parser is on its START_OBJECT) and adds its runs. Each run becomes
     * a RunData as soon as it is read; fields of the candidate object that come after its runs are
     * added to those runs at the object's end.
     */
    private static void readCandidate(JsonParser p, List<RunData> out, ImportContext context) throws ImportException {
        Map<String, String> shared = new LinkedHashMap<>();
        Map<String, String> sharedWhenRunsWereBuilt = null;
        int firstRun = out.size();
        boolean sawRuns = false;
        long objectLine = p.currentTokenLocation().getLineNr();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("runs")) {
                if (value != JsonToken.START_ARRAY) throw unexpected(p, Sentence.of("ingest.structured.generic.expected.runs-array"));
                sawRuns = true;
                sharedWhenRunsWereBuilt = Map.copyOf(shared);
                readRuns(p, shared, out, context);
            } else if (value.isScalarValue()) {
                if (value != JsonToken.VALUE_NULL) shared.put(name, p.getText());
            } else {
                p.skipChildren();
            }
        }
        if (!sawRuns) {
            context.reject(new Problem(objectLine, null, "runs", Sentence.of("ingest.structured.generic.expected.runs-in-each"),
                    Structured.NONE));
        } else if (!shared.equals(sharedWhenRunsWereBuilt)) {
            for (int i = firstRun; i < out.size(); i++) out.set(i, GenericRun.withInherited(out.get(i), shared));
        }
    }

    private static void readRuns(JsonParser p, Map<String, String> shared, List<RunData> out, ImportContext context)
            throws ImportException {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                TokenStreamLocation at = p.currentTokenLocation();
                context.reject(new Problem(at.getLineNr(), at.getColumnNr(), "runs[]", Sentence.of("ingest.structured.generic.expected.run-object"),
                        p.getText()));
                p.skipChildren();
                continue;
            }
            // one run at a time as a tree: bounded by Json.MAX_NODES, garbage once turned into RunData
            Json.Obj run = (Json.Obj) Json.read(p, FORMAT, new int[] {Json.MAX_NODES});
            try {
                out.add(GenericRun.build(new RunObject(run), "#" + index, shared, context));
                context.accept(FORMAT, run.line());
            } catch (RowException e) {
                context.reject(e.problem());
            }
        }
    }

    private static ImportException unexpected(JsonParser p, Sentence expected) {
        TokenStreamLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        return new ImportException(FORMAT, at.getLineNr(), at.getColumnNr(), null, expected,
                t == null ? Sentence.of("ingest.structured.found.end-of-file") : Problem.data(p.getText()));
    }

    /** A run object's fields by lower-case name, with each field's own line. */
    private record RunObject(Json.Obj obj) implements GenericRun.Source {

        @Override
        public String text(String name) {
            Json.Value v = find(name);
            String text = JsonFields.text(v);
            return text == null || text.isBlank() ? null : text.strip();
        }

        @Override
        public long line(String name) {
            Json.Value v = find(name);
            return v != null ? v.line() : obj.line();
        }

        @Override
        public Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            for (String key : obj.fields().keySet()) names.add(key.toLowerCase(Locale.ROOT));
            return names;
        }

        private Json.Value find(String name) {
            Json.Value v = obj.get(name);
            if (v != null) return v;
            for (Map.Entry<String, Json.Value> e : obj.fields().entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
            }
            return null;
        }
    }
}
