package dev.benchboard.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tables a report exports as CSV, by the name used in their URL ({@code …/export/{name}.csv}). */
public enum ExportTable {
    CANDIDATES("headline figures per candidate"),
    REGRESSIONS("regression verdicts"),
    UPLOADS("the uploads the report was computed from"),
    RELIABILITY("reliability per candidate and fault type");

    private final String description;

    ExportTable(String description) {
        this.description = description;
    }

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<ExportTable> fromUrlName(String name) {
        return Arrays.stream(values()).filter(t -> t.urlName().equals(name)).findFirst();
    }

    public static String urlNames() {
        return String.join(", ", Arrays.stream(values()).map(ExportTable::urlName).toList());
    }
}
