package dev.benchboard.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value together with its JSONPath. The decision files are edited by hand, so every problem
 * names the exact place ("$.nodes[3].test.fact") rather than "invalid tree".
 */
final class JsonAt {

    /** Thrown to abandon the current part of a document; the caller records {@link #problem} and moves on. */
    static final class Failure extends RuntimeException {
        final DataProblem problem;

        Failure(DataProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonNode node;
    private final String path;

    private JsonAt(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonAt root(JsonNode node) {
        return new JsonAt(node, "$");
    }

    String path() {
        return path;
    }

    Failure fail(String message) {
        return new Failure(new DataProblem(path, message));
    }

    String childPath(String name) {
        return PLAIN_NAME.matcher(name).matches() ? path + "." + name : path + "['" + name.replace("'", "\\'") + "']";
    }

    boolean has(String name) {
        return node.isObject() && node.has(name);
    }

    /** The property {@code name}; a missing one is reported at this object's path. */
    JsonAt field(String name) {
        requireObject();
        JsonNode child = node.get(name);
        if (child == null) throw fail("missing required property '" + name + "'");
        return new JsonAt(child, childPath(name));
    }

    /** The property {@code name}, or null when absent. */
    JsonAt optionalField(String name) {
        return has(name) ? field(name) : null;
    }

    JsonAt requireObject() {
        if (!node.isObject()) throw fail("expected an object, got " + describe());
        return this;
    }

    /** Rejects properties outside {@code allowed}: a typo such as "tset" would otherwise be ignored silently. */
    void onlyProperties(Collection<String> allowed) {
        requireObject();
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new Failure(new DataProblem(childPath(name),
                        "unknown property '" + name + "'; expected one of " + new TreeSet<>(allowed)));
            }
        }
    }

    List<String> propertyNames() {
        requireObject();
        return List.copyOf(node.propertyNames());
    }

    List<JsonAt> elements() {
        if (!node.isArray()) throw fail("expected an array, got " + describe());
        List<JsonAt> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) out.add(new JsonAt(node.get(i), path + "[" + i + "]"));
        return out;
    }

    List<JsonAt> nonEmptyElements() {
        List<JsonAt> out = elements();
        if (out.isEmpty()) throw fail("expected a non-empty array");
        return out;
    }

    String string() {
        if (!node.isString()) throw fail("expected a string, got " + describe());
        return node.stringValue();
    }

    String nonBlankString() {
        String value = string();
        if (value.isBlank()) throw fail("must not be blank");
        return value;
    }

    double number() {
        if (!node.isNumber()) throw fail("expected a number, got " + describe());
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw fail("expected a finite number, got " + node);
        return value;
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) throw fail("expected an integer, got " + describe());
        return node.intValue();
    }

    boolean bool() {
        if (!node.isBoolean()) throw fail("expected a boolean, got " + describe());
        return node.booleanValue();
    }

    boolean isString() {
        return node.isString();
    }

    boolean isNumber() {
        return node.isNumber();
    }

    boolean isBoolean() {
        return node.isBoolean();
    }

    boolean isArray() {
        return node.isArray();
    }

    boolean isObject() {
        return node.isObject();
    }

    String describe() {
        if (node.isString()) return "the string \"" + node.stringValue() + "\"";
        if (node.isNumber()) return "the number " + node;
        if (node.isBoolean()) return node.toString();
        if (node.isNull()) return "null";
        if (node.isMissingNode()) return "nothing (empty document)";
        if (node.isArray()) return "an array";
        if (node.isObject()) return "an object";
        return node.getNodeType().toString();
    }
}
