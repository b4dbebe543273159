package dev.benchboard.ingest.format.structured;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What the head of a file shows of its JSON shape, for detection: the property paths seen (objects
 * joined by {@code .}, array elements as {@code []}, e.g. {@code metrics.http_reqs.count} or
 * {@code [].runs[].rps}) and the string values at those paths. The head may end anywhere (it is at
 * most 64 KiB of a larger file), so the scan stops quietly at the first error or at the end.
 */
final class JsonHead {

    private static final int MAX_DEPTH = 5;
    private static final int MAX_TOKENS = 50_000;

    private final Set<String> paths = new HashSet<>();
    private final Map<String, String> strings = new HashMap<>();
    private JsonToken root;

    private JsonHead() {
    }

    static JsonHead of(String text) {
        JsonHead head = new JsonHead();
        if (text == null) return head;
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) return head;
        try (JsonParser p = Json.parser(trimmed)) {
            Deque<String> containers = new ArrayDeque<>();
            Deque<Boolean> arrays = new ArrayDeque<>();
            String name = null;
            int tokens = 0;
            for (JsonToken t; (t = p.nextToken()) != null && tokens++ < MAX_TOKENS; ) {
                if (head.root == null) head.root = t;
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        containers.push(valuePath(containers, arrays, name));
                        arrays.push(t == JsonToken.START_ARRAY);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        containers.pop();
                        arrays.pop();
                    }
                    case PROPERTY_NAME -> {
                        name = p.currentName();
                        if (containers.size() <= MAX_DEPTH) head.paths.add(join(containers.peek(), name));
                    }
                    case VALUE_STRING -> {
                        if (containers.size() <= MAX_DEPTH) head.strings.putIfAbsent(valuePath(containers, arrays, name), p.getString());
                    }
                    default -> { }
                }
            }
        } catch (JacksonException | NoSuchElementException endOfHead) {
            // the head was cut mid-document or is not JSON: judge by what was seen
        }
        return head;
    }

    private static String valuePath(Deque<String> containers, Deque<Boolean> arrays, String name) {
        if (containers.isEmpty()) return "";
        return arrays.peek() ? containers.peek() + "[]" : join(containers.peek(), name);
    }

    private static String join(String parent, String name) {
        return parent == null || parent.isEmpty() ? name : parent + "." + name;
    }

    boolean isObject() { return root == JsonToken.START_OBJECT; }
    boolean isArray() { return root == JsonToken.START_ARRAY; }
    boolean has(String path) { return paths.contains(path); }
    String string(String path) { return strings.get(path); }
}
