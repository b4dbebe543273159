package dev.benchboard.common;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson's complaint about a JSON document in the user's terms: the JSON path, what was expected and
 * where — never the Java type Jackson was reading into ("cannot deserialize value of type
 * `java.lang.Long`" becomes "expected a whole number").
 */
public final class JsonTrouble {

    private JsonTrouble() {
    }

    /** "$.requirements.targetQps: expected a number (line 1, column 40)"; the path is left out when there is none. */
    public static String describe(Throwable failure) {
        if (!(failure instanceof JacksonException json)) return "malformed or empty body";
        String at = json.getPath().stream()
                .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return (at.isEmpty() ? "" : "$" + at + ": ") + problem(json) + location(json);
    }

    /** What is wrong, without the path or the location. */
    public static String problem(JacksonException json) {
        return switch (json) {
            case UnrecognizedPropertyException unknown -> "unknown field '" + unknown.getPropertyName() + "'";
            case MismatchedInputException mismatch -> "expected " + expected(mismatch.getTargetType());
            case DatabindException other -> "a value of the wrong kind";
            default -> "not well-formed JSON";
        };
    }

    /** " (line L, column C)", or nothing when Jackson does not know. */
    public static String location(JacksonException json) {
        var location = json.getLocation();
        return location != null && location.getLineNr() > 0
                ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
    }

    /** A Java type as the value a user has to write. */
    public static String expected(Class<?> type) {
        if (type == null) return "a valid value";
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == String.class) return "a text";
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
        if (type == java.time.Instant.class) return "an ISO-8601 time such as 2026-01-31T12:00:00Z";
        return "an object";
    }
}
