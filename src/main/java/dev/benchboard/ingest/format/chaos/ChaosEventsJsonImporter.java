package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Chaos events JSON: {@code {"experiment": name, "events": [{"timestamp", "event", "fault_type",
 * "component", "detail"}, …]}}; a bare array of events is accepted too. ChaosLogTimestamps are ISO-8601 strings
 * or epoch numbers (JSON numbers or numeric strings). Same derivation as the CSV form
 * ({@link ChaosTimeline}); the experiment name from the file wins over the upload form's hint.
 */
public final class ChaosEventsJsonImporter implements Importer {

    public static final String FORMAT = "chaos-events-json";

    private static final Pattern EVENT_NAME = Pattern.compile(
            "\"event\"\\s*:\\s*\"(experiment_start|fault_injected|down|up|fault_cleared|experiment_end)\"");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Chaos events JSON ({experiment, events})";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 95 for JSON with an "events" array holding a known event name, 70 for a bare array of such events. */
    @Override
    public int detect(String head) {
        String s = head.strip();
        if (s.isEmpty() || (s.charAt(0) != '{' && s.charAt(0) != '[')) return 0;
        if (!EVENT_NAME.matcher(s).find()) return 0;
        return s.charAt(0) == '{' && s.contains("\"events\"") ? 95 : 70;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        ChaosLogTimestamps timestamps = new ChaosLogTimestamps(context);
        List<LoggedEvent> events = new ArrayList<>();
        String[] experiment = {null};
        JsonReading.read(source, FORMAT, parser -> {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readEvents(parser, timestamps, events, context);
                return;
            }
            if (first != JsonToken.START_OBJECT) {
                throw ImportException.at(FORMAT, 1, Sentence.of("ingest.chaos.expected.events-object",
                        "{\"experiment\": …, \"events\": […]}"), JsonReading.describe(parser));
            }
            boolean sawEvents = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("events")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new ImportException(FORMAT, JsonReading.line(parser), null, "events",
                                Sentence.of("ingest.chaos.expected.events-array"), JsonReading.describe(parser));
                    }
                    readEvents(parser, timestamps, events, context);
                    sawEvents = true;
                } else if (name.equals("experiment") && value == JsonToken.VALUE_STRING) {
                    experiment[0] = parser.getString().strip();
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawEvents) {
                throw ImportException.at(FORMAT, 1, Sentence.of("ingest.chaos.expected.events-field"),
                        Sentence.of("ingest.chaos.found.no-events"));
            }
        });
        if (events.isEmpty()) {
            if (!context.problems().isEmpty()) throw ImportException.of(FORMAT, context.problems().getFirst());
            throw new ImportException(FORMAT, 0, null, "events", Sentence.of("ingest.chaos.expected.event"),
                    Sentence.of("ingest.chaos.found.empty-array"));
        }
        String name = experiment[0] != null && !experiment[0].isEmpty() ? experiment[0] : context.hint("experiment");
        return ImportResult.ofChaos(List.of(new ChaosTimeline(context, FORMAT).derive(name, events)));
    }

    private static void readEvents(JsonParser parser, ChaosLogTimestamps timestamps, List<LoggedEvent> events,
                                   ImportContext context) throws ImportException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            long line = JsonReading.line(parser);
            if (token != JsonToken.START_OBJECT) {
                context.reject(new RowProblem(line, null, "events", Sentence.of("ingest.chaos.expected.event-object"),
                        JsonReading.describe(parser)).problem());
                parser.skipChildren();
                continue;
            }
            JsonNode node = JsonReading.tree(parser);
            try {
                events.add(new LoggedEvent(ChaosEventNames.event(time(node, timestamps, line),
                        JsonReading.string(node, "event", line), JsonReading.name(node, "fault_type", line),
                        JsonReading.name(node, "component", line), JsonReading.name(node, "detail", line),
                        line, null, null), line));
                context.accept(FORMAT, line);
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
    }

    private static Instant time(JsonNode node, ChaosLogTimestamps timestamps, long line) throws RowProblem {
        JsonNode value = node.get("timestamp");
        if (value == null || value.isNull()) {
            throw new RowProblem(line, null, "timestamp", Sentence.of("ingest.chaos.expected.json-timestamp"), ChaosEventNames.NOTHING);
        }
        if (value.isNumber()) return timestamps.parseNumber(value.decimalValue().toPlainString(), line, "timestamp");
        if (value.isString()) return timestamps.parse(value.stringValue(), line, null, "timestamp");
        throw new RowProblem(line, null, "timestamp", Sentence.of("ingest.chaos.expected.json-timestamp"),
                Text.quote(value.toString()));
    }
}
