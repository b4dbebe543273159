package dev.benchboard.ingest.format.chaos;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * LitmusChaos results as {@code kubectl get chaosresult -o json} prints them: a List with
 * {@code items}, or one ChaosResult. The shape follows the CRD (litmuschaos/chaos-operator,
 * api/litmuschaos/v1alpha1/chaosresult_types.go):
 * <pre>
 * metadata.name, spec.experiment,
 * status.experimentStatus.{phase, verdict (Pass|Fail|Stopped|Awaited), probeSuccessPercentage (string)},
 * status.history.{passedRuns, failedRuns, stoppedRuns}
 * </pre>
 * Litmus 1.x wrote {@code status.experimentstatus} (lower case; up to 1.0 under {@code spec}) and no
 * history or probe percentage; such results are read with warnings (runs 0, probe success unknown).
 * <ul>
 * <li>probeSuccessPercentage "N/A" or missing: {@link LitmusResult#probeSuccessPercent()} is NaN,
 * with a warning (the result has no probe score, which is not the same as 0 %).</li>
 * <li>verdict "Awaited" (the experiment is still running) is a row problem: it is not a result yet.</li>
 * <li>Items of other kinds in a List are skipped and counted.</li>
 * </ul>
 * Problems name the line where the item starts and the field path.
 */
public final class LitmusChaosResultImporter implements Importer {

    public static final String FORMAT = "litmus-chaosresult";

    private static final List<String> FINAL_VERDICTS = List.of("Pass", "Fail", "Stopped");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "LitmusChaos ChaosResult JSON (kubectl get chaosresult -o json)";
    }

    @Override
    public DataKind kind() {
        return DataKind.CHAOS;
    }

    @Override
    public String version() {
        return "1";
    }

    /** 95 for JSON naming kind ChaosResult with the litmuschaos.io API group, 75 for the kind alone. */
    @Override
    public int detect(String head) {
        String s = head.strip();
        if (s.isEmpty() || s.charAt(0) != '{') return 0;
        boolean kind = s.matches("(?s).*\"kind\"\\s*:\\s*\"ChaosResult\".*");
        if (!kind) return 0;
        return s.contains("litmuschaos.io/") ? 95 : 75;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        List<LitmusResult> results = new ArrayList<>();
        ItemReader reader = new ItemReader(context, results);
        JsonReading.read(source, FORMAT, parser -> {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw ImportException.at(FORMAT, 1, Sentence.of("ingest.chaos.litmus.expected.object"), JsonReading.describe(parser));
            }
            ObjectNode root = JsonReading.MAPPER.createObjectNode();
            boolean sawItems = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    readItems(parser, reader);
                    sawItems = true;
                } else {
                    root.set(name, JsonReading.tree(parser));
                }
            }
            if (!sawItems) reader.item(root, 1);
        });
        if (results.isEmpty()) {
            if (!context.problems().isEmpty()) throw ImportException.of(FORMAT, context.problems().getFirst());
            throw ImportException.at(FORMAT, 1, Sentence.of("ingest.chaos.litmus.expected.result"), Sentence.of("ingest.chaos.found.none"));
        }
        if (reader.skippedOtherKinds > 0) {
            context.warn(Sentence.of("ingest.chaos.litmus.warning.other-kinds", String.valueOf(reader.skippedOtherKinds)));
        }
        return ImportResult.ofChaos(List.of(new ChaosData(context.hint("experiment"), null, null, null, null, null, results)));
    }

    private static void readItems(JsonParser parser, ItemReader reader) throws ImportException {
        JsonToken token;
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            long line = JsonReading.line(parser);
            reader.item(JsonReading.tree(parser), line, "items[" + index++ + "].");
        }
    }

    /** Reads one ChaosResult object into a LitmusResult, or rejects it with the field at fault. */
    private static final class ItemReader {
        private final ImportContext context;
        private final List<LitmusResult> results;
        private int skippedOtherKinds;

        ItemReader(ImportContext context, List<LitmusResult> results) {
            this.context = context;
            this.results = results;
        }

        void item(JsonNode node, long line) throws ImportException {
            item(node, line, "");
        }

        void item(JsonNode node, long line, String path) throws ImportException {
            try {
                if (!node.isObject()) throw new RowProblem(line, null, path.isEmpty() ? "item" : path,
                        Sentence.of("ingest.chaos.litmus.expected.result-object"),
                        Text.quote(node.toString()));
                String kind = node.path("kind").asString("");
                if (!kind.isEmpty() && !kind.equals("ChaosResult")) {
                    skippedOtherKinds++;
                    context.skip();
                    return;
                }
                results.add(read(node, line, path));
                context.accept(FORMAT, line);
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }

        private LitmusResult read(JsonNode item, long line, String path) throws RowProblem {
            String name = text(item.path("metadata").path("name"));
            if (name == null) {
                throw new RowProblem(line, null, path + "metadata.name", Sentence.of("ingest.chaos.litmus.expected.name"),
                        ChaosEventNames.NOTHING);
            }
            String experiment = text(item.path("spec").path("experiment"));
            JsonNode status = item.path("status");
            JsonNode experimentStatus = ignoringCase(status, "experimentStatus");
            String statusPath = path + "status.experimentStatus.";
            if (experimentStatus.isMissingNode()) {             // Litmus 1.0 and older: spec.experimentstatus
                experimentStatus = ignoringCase(item.path("spec"), "experimentStatus");
                if (!experimentStatus.isMissingNode()) statusPath = path + "spec.experimentstatus.";
            }
            String verdict = verdict(text(experimentStatus.path("verdict")), line, statusPath + "verdict");
            double probe = probePercent(experimentStatus.get("probeSuccessPercentage"), line,
                    statusPath + "probeSuccessPercentage", name);
            JsonNode history = status.get("history");
            int passed = 0;
            int failed = 0;
            if (history == null || history.isNull()) {
                context.warn(Sentence.of("ingest.chaos.litmus.warning.no-history", name, String.valueOf(line)));
            } else {
                passed = runs(history.get("passedRuns"), line, path + "status.history.passedRuns");
                failed = runs(history.get("failedRuns"), line, path + "status.history.failedRuns");
            }
            return new LitmusResult(name, experiment, verdict, probe, passed, failed);
        }

        private static String verdict(String value, long line, String field) throws RowProblem {
            if (value == null) {
                throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.litmus.expected.verdict"), ChaosEventNames.NOTHING);
            }
            for (String known : FINAL_VERDICTS) {
                if (known.equalsIgnoreCase(value)) return known;
            }
            Sentence expected = Sentence.of(value.equalsIgnoreCase("Awaited") ? "ingest.chaos.litmus.expected.final-verdict-running"
                    : "ingest.chaos.litmus.expected.final-verdict");
            throw new RowProblem(line, null, field, expected, Text.quote(value));
        }

        private double probePercent(JsonNode value, long line, String field, String name) throws RowProblem {
            if (value == null || value.isNull()) {
                context.warn(Sentence.of("ingest.chaos.litmus.warning.no-probe", name, String.valueOf(line)));
                return Double.NaN;
            }
            String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asString("").strip();
            if (text.equalsIgnoreCase("N/A")) {
                context.warn(Sentence.of("ingest.chaos.litmus.warning.probe-na", name, String.valueOf(line)));
                return Double.NaN;
            }
            Double percent = Numbers.decimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
            if (percent == null || percent < 0 || percent > 100) {
                throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.litmus.expected.percentage"),
                        Text.quote(value.toString()));
            }
            return percent;
        }

        private static int runs(JsonNode value, long line, String field) throws RowProblem {
            if (value == null || value.isNull()) return 0;
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
                throw new RowProblem(line, null, field, Sentence.of("ingest.chaos.litmus.expected.runs"), Text.quote(value.toString()));
            }
            return value.intValue();
        }

        private static String text(JsonNode node) {
            if (node == null || !node.isString()) return null;
            String s = node.stringValue().strip();
            return s.isEmpty() ? null : s;
        }

        /** Litmus 1.x spelled it experimentstatus. */
        private static JsonNode ignoringCase(JsonNode object, String field) {
            JsonNode exact = object.get(field);
            if (exact != null) return exact;
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getKey().equalsIgnoreCase(field)) return e.getValue();
            }
            return object.path(field);
        }
    }
}
