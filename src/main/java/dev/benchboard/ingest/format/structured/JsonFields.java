package dev.benchboard.ingest.format.structured;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.Problem;

/**
 * Typed reads of fields of a {@link Json.Obj} with the same checks as CSV cells ({@link Fields});
 * an invalid value becomes a problem at the value's own line and column, named by its JSON path, and
 * reads as absent (null). Numbers written as strings ({@code "12.5"}) are accepted.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The value as text: a number as written, a string's content, null for null or absent. */
    static String text(Json.Value value) {
        return switch (value) {
            case null -> null;
            case Json.Num n -> n.text();
            case Json.Str s -> s.value();
            case Json.Bool b -> String.valueOf(b.value());
            case Json.Obj o -> "{…}";
            case Json.Arr a -> "[…]";
            case Json.Null n -> null;
        };
    }

    static Double latencyMs(Json.Obj obj, String name, String path, double toMillis, ImportContext context) {
        return read(obj, name, context, (text, line) -> Fields.latencyMs(text, toMillis, line, path));
    }

    static Long count(Json.Obj obj, String name, String path, ImportContext context) {
        return read(obj, name, context, (text, line) -> Fields.count(text, line, path));
    }

    static Double nonNegative(Json.Obj obj, String name, String path, ImportContext context) {
        return read(obj, name, context, (text, line) -> Fields.nonNegative(text, line, path));
    }

    @FunctionalInterface
    private interface Check<T> {
        T apply(String text, long line) throws RowException;
    }

    private static <T> T read(Json.Obj obj, String name, ImportContext context, Check<T> check) {
        Json.Value v = obj == null ? null : obj.get(name);
        String text = text(v);
        if (text == null) return null;
        try {
            return check.apply(text, v.line());
        } catch (RowException e) {
            context.reject(at(e, v));
            return null;
        }
    }

    /** The row problem, placed at the value's column. */
    static Problem at(RowException e, Json.Value v) {
        Problem p = e.problem();
        return new Problem(p.line(), v.column(), p.field(), p.expected(), p.found());
    }
}
