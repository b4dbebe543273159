package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.common.Json;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.source.Text;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How to read a CSV or JSON-lines file the catalogue does not know: which column plays which role,
 * in which units. Written as JSON, e.g.
 * {@code {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}}.
 *
 * @param name            the name it is saved under in its evaluation; null for a one-off inline mapping
 * @param kind            what the file holds (JSON: "load", "chaos" or "gc")
 * @param roles           role key → column name, see {@link MappingRoles}
 * @param timeUnit        unit of numeric timestamps (epoch, or time since start for GC)
 * @param durationUnit    unit of latencies and pauses; defaults to timeUnit
 * @param timestampFormat "auto" (a number is epoch in timeUnit, text is ISO-8601), "epoch", "iso", or a
 *                        java.time pattern such as {@code yyyy-MM-dd HH:mm:ss.SSS} (UTC unless it has an offset)
 * @param heapUnit        unit of the heap column (GC)
 */
public record ColumnMapping(String name, DataKind kind, Map<String, String> roles, TimeUnitName timeUnit,
                            TimeUnitName durationUnit, String timestampFormat, HeapUnit heapUnit) {

    public static final int MAX_NAME = 100;
    public static final String AUTO = "auto";
    public static final String EPOCH = "epoch";
    public static final String ISO = "iso";
    private static final Sentence JSON_OBJECT = Sentence.of("ingest.mapping.expected.json-object");
    private static final int MAX_JSON = 20_000;

    public ColumnMapping {
        roles = Map.copyOf(roles);
        if (durationUnit == null) durationUnit = timeUnit;
        if (timestampFormat == null || timestampFormat.isBlank()) timestampFormat = AUTO;
        if (heapUnit == null) heapUnit = HeapUnit.MB;
        if (name != null && name.isBlank()) name = null;
        check(name, kind, roles, timestampFormat);
    }

    /** The column of a role, or null when the mapping does not use it. */
    public String column(String role) {
        return roles.get(role);
    }

    public ColumnMapping named(String newName) {
        return new ColumnMapping(newName, kind, roles, timeUnit, durationUnit, timestampFormat, heapUnit);
    }

    /** Every column the mapping uses is in the header; else a problem naming the first missing one. */
    public void requireColumns(List<String> header) {
        for (Map.Entry<String, String> role : roles.entrySet()) {
            if (!header.contains(role.getValue())) {
                throw new MappingProblem("roles." + role.getKey(),
                        Sentence.of("ingest.mapping.expected.file-column", Text.clip(String.join(", ", header), 200)), Text.quote(role.getValue()));
            }
        }
    }

    public static ColumnMapping parse(String json) {
        if (json == null || json.isBlank()) throw new MappingProblem("mapping", JSON_OBJECT, Sentence.of("ingest.mapping.found.nothing"));
        if (json.length() > MAX_JSON) {
            throw new MappingProblem("mapping", Sentence.of("ingest.mapping.expected.max-chars", String.valueOf(MAX_JSON)), json.length() + "");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new MappingProblem("mapping", JSON_OBJECT, Sentence.of("ingest.mapping.found.invalid-json", Text.clip(e.getOriginalMessage(), 120)));
        }
        if (root == null || !root.isObject()) throw new MappingProblem("mapping", JSON_OBJECT, Sentence.of("ingest.mapping.found.other-json"));
        for (String field : root.propertyNames()) {
            if (!List.of("name", "kind", "roles", "timeUnit", "durationUnit", "timestampFormat", "heapUnit").contains(field)) {
                throw new MappingProblem(field, Sentence.of("ingest.mapping.expected.field"));
            }
        }
        DataKind kind = kind(text(root, "kind", true));
        JsonNode rolesNode = root.get("roles");
        if (rolesNode == null || !rolesNode.isObject()) throw new MappingProblem("roles", Sentence.of("ingest.mapping.expected.roles"));
        Map<String, String> roles = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : rolesNode.properties()) {
            if (!e.getValue().isString()) {
                throw new MappingProblem("roles." + e.getKey(), Sentence.of("ingest.mapping.expected.column-name"), e.getValue().toString());
            }
            if (!e.getValue().asString().isBlank()) roles.put(e.getKey(), e.getValue().asString().strip());
        }
        String timeUnit = text(root, "timeUnit", false);
        String durationUnit = text(root, "durationUnit", false);
        String heapUnit = text(root, "heapUnit", false);
        return new ColumnMapping(text(root, "name", false), kind, roles,
                timeUnit == null ? TimeUnitName.MS : TimeUnitName.parse("timeUnit", timeUnit),
                durationUnit == null ? null : TimeUnitName.parse("durationUnit", durationUnit),
                text(root, "timestampFormat", false), heapUnit == null ? null : HeapUnit.parse("heapUnit", heapUnit));
    }

    /** The JSON form (as the API takes it), with the name when there is one. */
    public String toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (name != null) out.put("name", name);
        out.put("kind", kindKey(kind));
        out.put("roles", new java.util.TreeMap<>(roles));
        out.put("timeUnit", timeUnit.key());
        if (durationUnit != timeUnit) out.put("durationUnit", durationUnit.key());
        out.put("timestampFormat", timestampFormat);
        if (kind == DataKind.GC) out.put("heapUnit", heapUnit.name());
        return Json.write(out);
    }

    public static String kindKey(DataKind kind) {
        return kind == DataKind.BENCHMARK ? "load" : kind.name().toLowerCase(Locale.ROOT);
    }

    private static DataKind kind(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "load", "benchmark" -> DataKind.BENCHMARK;
            case "chaos" -> DataKind.CHAOS;
            case "gc" -> DataKind.GC;
            default -> throw new MappingProblem("kind", Sentence.of("ingest.mapping.expected.kind"), Text.quote(text));
        };
    }

    private static String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) throw new MappingProblem(field, Sentence.of("ingest.mapping.expected.value"), Sentence.of("ingest.mapping.found.nothing"));
            return null;
        }
        if (!node.isString()) throw new MappingProblem(field, Sentence.of("ingest.mapping.expected.string"), node.toString());
        return node.asString();
    }

    private static void check(String name, DataKind kind, Map<String, String> roles, String timestampFormat) {
        if (kind == null) throw new MappingProblem("kind", Sentence.of("ingest.mapping.expected.kind"), Sentence.of("ingest.mapping.found.nothing"));
        if (name != null && (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl))) {
            throw new MappingProblem("name", Sentence.of("ingest.mapping.expected.name", String.valueOf(MAX_NAME)), Text.quote(Text.clip(name, 120)));
        }
        List<String> known = MappingRoles.of(kind).stream().map(MappingRoles.Role::key).toList();
        for (String role : roles.keySet()) {
            if (!known.contains(role)) {
                throw new MappingProblem("roles." + role, Sentence.of("ingest.mapping.expected.role", kindKey(kind), known.toString()));
            }
        }
        for (MappingRoles.Role role : MappingRoles.of(kind)) {
            if (role.required() && !roles.containsKey(role.key())) {
                throw new MappingProblem("roles." + role.key(),
                        Sentence.of("ingest.mapping.expected.role-column", Sentence.of("ingest.mapping.role." + role.key())), Sentence.of("ingest.mapping.found.none"));
            }
        }
        if (!List.of(AUTO, EPOCH, ISO).contains(timestampFormat)) {
            try {
                DateTimeFormatter.ofPattern(timestampFormat);
            } catch (IllegalArgumentException e) {
                throw new MappingProblem("timestampFormat", Sentence.of("ingest.mapping.expected.timestamp-format"), Text.quote(timestampFormat));
            }
        }
    }
}
