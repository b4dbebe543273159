package dev.benchboard.export;

import dev.benchboard.common.Json;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.share.SharedSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A share link's frozen snapshot with its report and decision parsed (never recomputed): what the
 * shared page renders and the shared downloads contain, as a reader may see it ({@link ReaderView}:
 * no database ids).
 */
public record SharedReport(String title, Instant snapshotTakenAt, Instant expiresAt,
                           List<SharedSnapshot.SourceUpload> sources, JsonNode report, JsonNode decision) {

    /** The snapshot as it was written in English (the API's language; the CSV tables are always English). */
    public static SharedReport of(SharedSnapshot snapshot) {
        return of(snapshot, Locale.ENGLISH);
    }

    /** The snapshot as it was written in {@code language}; English for a snapshot frozen before it had that language. */
    public static SharedReport of(SharedSnapshot snapshot, Locale language) {
        SharedSnapshot.Written written = snapshot.in(language);
        return new SharedReport(snapshot.title(), snapshot.createdAt(), snapshot.expiresAt(), snapshot.sources(),
                ReaderView.of(parse(written.reportJson())), ReaderView.of(parse(written.decisionJson())));
    }

    private static JsonNode parse(String json) {
        return json == null ? MissingNode.getInstance() : Json.mapper().readTree(json);
    }

    /** The snapshot as one JSON document: title, when it was taken, its uploads, report and decision. */
    public ObjectNode document() {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("title", title);
        doc.put("snapshotTakenAt", snapshotTakenAt.toString());
        if (expiresAt != null) doc.put("linkExpiresAt", expiresAt.toString());
        doc.set("sources", ReaderView.of(Json.mapper().valueToTree(sources)));
        doc.set("report", report);
        if (!decision.isMissingNode()) doc.set("decision", decision);
        return doc;
    }

    /** The CSV tables from the report's records, read back from the frozen JSON ({@link ReportRecords}). */
    public CsvTable table(ExportTable table) {
        EvaluationReport records = ReportRecords.read(report);
        return switch (table) {
            case CANDIDATES -> ReportTables.candidates(records);
            case REGRESSIONS -> ReportTables.regressions(records);
            case RELIABILITY -> ReportTables.reliability(records);
            case UPLOADS -> ReportTables.uploads(sources, records);
        };
    }
}
