package dev.benchboard.export;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Null-tolerant reads from report JSON: a missing node and a JSON null both read as null, and so do
 * non-finite numbers (the report writes NaN and ±Infinity as strings, an in-memory tree holds them as
 * numbers; either way they mean "not defined").
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    public static Double number(JsonNode node) {
        if (absent(node) || !node.isNumber()) return null;
        double value = node.asDouble();
        return Double.isFinite(value) ? value : null;
    }

    public static Integer integer(JsonNode node) {
        return absent(node) || !node.isNumber() ? null : node.asInt();
    }

    public static String text(JsonNode node) {
        if (absent(node)) return null;
        return node.isValueNode() ? node.asString() : node.toString();
    }

    public static List<String> texts(JsonNode array) {
        if (absent(array) || !array.isArray()) return List.of();
        return array.valueStream().map(JsonValues::text).toList();
    }
}
