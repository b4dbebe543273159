package dev.benchboard.export;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** Null-tolerant reads from report JSON: a missing node and a JSON null both read as null. */
public final class JsonValues {

    private JsonValues() {
    }

    public static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    public static Double number(JsonNode node) {
        return absent(node) || !node.isNumber() ? null : node.asDouble();
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
