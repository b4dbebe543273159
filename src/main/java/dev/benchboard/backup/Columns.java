package dev.benchboard.backup;

import dev.benchboard.common.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Conversions between column values and archive values, the same on H2 and PostgreSQL. */
final class Columns {

    private Columns() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A JSON text column as JSON; SQL NULL stays null. */
    static JsonNode json(ResultSet rs, String column) throws SQLException {
        return json(rs.getString(column));
    }

    /** A JSON text column's value as JSON; SQL NULL stays null. */
    static JsonNode json(String text) {
        return text == null ? null : Json.mapper().readTree(text);
    }

    /**
     * JSON back to the column's text, written by the app's own mapper as the importers wrote it: a
     * column read into JSON and written again gives the same text. JSON null is SQL NULL.
     */
    static String text(JsonNode json) {
        return json == null || json.isNull() ? null : Json.write(json);
    }
}
