package dev.benchboard.api;

import dev.benchboard.export.CsvTable;
import dev.benchboard.export.ExportTable;
import dev.benchboard.export.FileNames;
import dev.benchboard.export.ReportExports;
import dev.benchboard.export.SharedReport;
import dev.benchboard.ingest.UploadError;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import dev.benchboard.ui.share.ReaderLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads: the report as JSON and its tables as CSV, for the owner ({@code /api/evaluations/…})
 * and for whoever holds a share link ({@code /r/{token}/…}, the frozen snapshot; 404 once the link
 * is revoked or expired, exactly as for a token that never existed).
 */
@RestController
@Tag(name = "Export")
class ExportApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String SHARE_NOT_FOUND = "no shared report at this address: the link is wrong, was revoked or has expired";

    private final ReportService reports;
    private final ReportExports exports;

    ExportApi(ReportService reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping("/api/evaluations/{id}/report.json")
    @Operation(summary = "The full report (as GET /api/evaluations/{id}/report) as a file download")
    ResponseEntity<EvaluationReport> reportDownload(@PathVariable long id) {
        EvaluationReport report = reports.report(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(slug(report.evaluation()) + "-report.json"))
                .body(report);
    }

    @GetMapping("/api/evaluations/{id}/export/{table}.csv")
    @Operation(summary = "One table of the report as CSV: candidates (headline figures), regressions, uploads, "
            + "reliability (per fault type)",
            description = "Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR, except "
                    + "plain negative numbers) are prefixed with a single quote.")
    ResponseEntity<?> csv(@PathVariable long id, @PathVariable String table) {
        Optional<ExportTable> which = ExportTable.fromUrlName(table);
        if (which.isEmpty()) return unknownTable(table);
        CsvTable csv = exports.table(id, which.get());
        return csvResponse(csv, "evaluation-" + id + "-" + which.get().urlName() + ".csv", CacheControl.noCache());
    }

    @GetMapping("/r/{token}/report.json")
    @Operation(summary = "A share link's frozen snapshot (title, time taken, uploads, report, decision) as a download",
            description = "Its sentences (verdict reasons, methods, warnings) in the reader's language (Accept-Language: "
                    + "English or zh-CN) as they were written when the link was made; English for a link made before "
                    + "snapshots had languages.")
    ResponseEntity<?> sharedJson(@PathVariable String token,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Locale language = ReaderLanguage.of(acceptLanguage);
        return shared(exports.shared(token, language), snapshot -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(slug(snapshot.title()) + "-snapshot.json"))
                .header("X-Robots-Tag", "noindex")
                .body(snapshot.document().toString()));
    }

    @GetMapping("/r/{token}/export/{table}.csv")
    @Operation(summary = "One table of a share link's frozen snapshot as CSV (tables as for the evaluation export)")
    ResponseEntity<?> sharedCsv(@PathVariable String token, @PathVariable String table) {
        Optional<ExportTable> which = ExportTable.fromUrlName(table);
        return shared(exports.shared(token), snapshot -> which.isEmpty() ? unknownTable(table) : csvResponse(snapshot.table(which.get()),
                slug(snapshot.title()) + "-" + which.get().urlName() + ".csv", CacheControl.noStore()));
    }

    /** Unknown, revoked and expired links answer alike, so a reader cannot tell which it was. */
    private static ResponseEntity<?> shared(Optional<SharedReport> snapshot, Function<SharedReport, ResponseEntity<?>> found) {
        return snapshot.<ResponseEntity<?>>map(found).orElseGet(() -> ResponseEntity
                .status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(UploadError.message(SHARE_NOT_FOUND)));
    }

    private static ResponseEntity<?> unknownTable(String table) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(UploadError.message("no table '" + table + "' to export; the tables are " + ExportTable.urlNames()));
    }

    private static ResponseEntity<String> csvResponse(CsvTable csv, String fileName, CacheControl cache) {
        return ResponseEntity.ok().contentType(CSV).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(csv.toCsv());
    }

    /** File names are {@link #slug}s (ASCII only), so the plain filename parameter is enough. */
    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    private static String slug(String title) {
        return FileNames.slug(title, "benchboard");
    }
}
