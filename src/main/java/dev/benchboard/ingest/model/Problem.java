package dev.benchboard.ingest.model;

/**
 * A row-level problem: where (line, column or field) and what was expected. line/column are 1-based;
 * column may be null when the field name says enough.
 */
public record Problem(long line, Integer column, String field, String expected, String found) {

    public String message() {
        StringBuilder s = new StringBuilder("line ").append(line);
        if (column != null) s.append(", column ").append(column);
        if (field != null) s.append(" (").append(field).append(')');
        s.append(": expected ").append(expected);
        if (found != null) s.append(", found ").append(found);
        return s.toString();
    }
}
