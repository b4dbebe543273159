package dev.benchboard.backup;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation's stored rows and reports, with what must differ between an original and its
 * restored copy (row ids, the keys that point at them, the evaluation's update time) taken out, so
 * that the two can be compared as wholes.
 */
final class RestoredEvaluation {

    /** Per table: the rows of one evaluation in a stable order, keyed by candidate name and upload SHA-256. */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("evaluation", "select * from evaluation where id = ?");
        TABLES.put("candidate", "select * from candidate where evaluation_id = ? order by name");
        TABLES.put("quoted_figure", "select q.*, c.name as candidate_name from quoted_figure q"
                + " left join candidate c on c.id = q.candidate_id where q.evaluation_id = ? order by q.id");
        TABLES.put("decision_settings", "select * from decision_settings where evaluation_id = ?");
        TABLES.put("gate_metric", "select * from gate_metric where evaluation_id = ? order by metric");
        TABLES.put("acknowledgement", "select * from acknowledgement where evaluation_id = ? order by id");
        TABLES.put("column_mapping", "select * from column_mapping where evaluation_id = ? order by name");
        TABLES.put("upload", "select u.*, c.name as candidate_name from upload u join candidate c on c.id = u.candidate_id"
                + " where u.evaluation_id = ? order by u.sha256");
        for (String evidence : List.of("run", "gc_trace", "chaos_experiment")) {
            TABLES.put(evidence, "select x.*, u.sha256 as upload_sha256 from " + evidence + " x join upload u on u.id = x.upload_id"
                    + " where u.evaluation_id = ? order by u.sha256, x.ordinal");
        }
    }

    /** Columns that are ids or keys, and the evaluation's own bookkeeping (updated now, new version). */
    private static final Set<String> DIFFERENT = Set.of("ID", "EVALUATION_ID", "CANDIDATE_ID", "UPLOAD_ID");

    private RestoredEvaluation() {
    }

    static Map<String, List<Map<String, Object>>> rows(JdbcClient jdbc, long evaluationId) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.sql(sql).param(evaluationId).query().listOfRows()) {
                Map<String, Object> kept = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    String name = column.toUpperCase(java.util.Locale.ROOT);
                    if (DIFFERENT.contains(name)) return;
                    // Bookkeeping of the copy itself: when it was last changed, its lock version and its data version.
                    if (table.equals("evaluation") && java.util.Set.of("UPDATED_AT", "VERSION", "DATA_VERSION").contains(name)) return;
                    kept.put(name, value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                });
                rows.add(kept);
            }
            tables.put(table, rows);
        });
        return tables;
    }

    /**
     * A report (or any JSON answer) with the evaluation id and generation time removed, each upload id
     * replaced by its file's SHA-256 and each run (and GC trace) id by that SHA-256 and the run's ordinal (which a
     * restore keeps).
     */
    static JsonNode withoutIds(JsonNode json, JdbcClient jdbc, long evaluationId) {
        Map<String, Map<Long, String>> keys = Map.of(
                "uploadId", keys(jdbc, "select id, sha256 from upload where evaluation_id = ?", evaluationId),
                "runId", keys(jdbc, "select r.id, u.sha256 || '#' || r.ordinal from run r join upload u on u.id = r.upload_id"
                        + " where u.evaluation_id = ?", evaluationId),
                "traceId", keys(jdbc, "select g.id, u.sha256 || '#' || g.ordinal from gc_trace g join upload u on u.id = g.upload_id"
                        + " where u.evaluation_id = ?", evaluationId));
        JsonNode copy = json.deepCopy();
        strip(copy, keys);
        return copy;
    }

    private static final java.util.regex.Pattern RUN_LABEL = java.util.regex.Pattern.compile("(.*) #(\\d+)");

    /** The JSON paths at which two trees differ (at most 20), for a readable failure. */
    static List<String> differences(JsonNode a, JsonNode b) {
        List<String> out = new ArrayList<>();
        diff("", a, b, out);
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= 20 || java.util.Objects.equals(a, b)) return;
        if (a instanceof ObjectNode x && b instanceof ObjectNode y) {
            Set<String> names = new java.util.TreeSet<>(x.propertyNames());
            names.addAll(y.propertyNames());
            for (String n : names) diff(path + "/" + n, x.get(n), y.get(n), out);
        } else if (a instanceof ArrayNode x && b instanceof ArrayNode y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) diff(path + "/" + i, x.get(i), y.get(i), out);
        } else {
            out.add(path + ": " + abbreviate(a) + " ≠ " + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static void strip(JsonNode node, Map<String, Map<Long, String>> keys) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("evaluationId", "generatedAt"));
            keys.forEach((field, byId) -> {
                JsonNode id = object.get(field);
                if (id != null && id.isNumber()) object.put(field, java.util.Objects.requireNonNull(byId.get(id.asLong())));
                // Run labels in the latency detail: "<file name> #<run id>".
                java.util.regex.Matcher label = id != null && id.isString()
                        ? RUN_LABEL.matcher(id.asString()) : null;
                if (label != null && label.matches()) {
                    object.put(field, label.group(1) + " #" + java.util.Objects.requireNonNull(
                            keys.get("runId").get(Long.parseLong(label.group(2)))));
                }
            });
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isString()) object.put(name, idsInText(child.asString(), keys));
                else strip(child, keys);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isString()) array.set(i, idsInText(child.asString(), keys));
                else strip(child, keys);
            }
        }
    }

    /**
     * Prose names evidence by id: decision reasons "… from upload 65 (latency-ok.txt) …", warnings
     * "run hey-ok-us.txt #284 has no duration …".
     */
    private static String idsInText(String text, Map<String, Map<Long, String>> keys) {
        String uploads = UPLOAD_IN_TEXT.matcher(text).replaceAll(m -> "upload " + java.util.Objects.requireNonNull(
                keys.get("uploadId").get(Long.parseLong(m.group(1))), m.group()));
        return RUN_IN_TEXT.matcher(uploads).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("run " + m.group(1) + " #"
                + java.util.Objects.requireNonNull(keys.get("runId").get(Long.parseLong(m.group(2))), m.group())));
    }

    private static final java.util.regex.Pattern UPLOAD_IN_TEXT = java.util.regex.Pattern.compile("\\bupload (\\d+)\\b");
    private static final java.util.regex.Pattern RUN_IN_TEXT = java.util.regex.Pattern.compile("\\brun (\\S[^#]*) #(\\d+)\\b");

    private static Map<Long, String> keys(JdbcClient jdbc, String sql, long evaluationId) {
        Map<Long, String> map = new LinkedHashMap<>();
        jdbc.sql(sql).param(evaluationId).query((java.sql.ResultSet rs) -> { map.put(rs.getLong(1), rs.getString(2)); });
        return map;
    }

    /** Every id-like field name in a JSON tree, to see that the normalisation covers them all. */
    static Set<String> idFields(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                if (e.getKey().equals("id") || e.getKey().endsWith("Id") || e.getKey().endsWith("At")) names.add(e.getKey());
                collect(e.getValue(), names);
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collect(child, names));
        }
    }
}
