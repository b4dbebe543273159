package dev.benchboard.api;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.ingest.ColumnMappings;
import dev.benchboard.ingest.UploadRefused;
import dev.benchboard.ingest.UploadError;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.evidence.DataKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Uploading result files and reading what they produced. */
@RestController
@Tag(name = "Uploads")
class UploadApi {

    private final UploadService uploads;
    private final ColumnMappings mappings;

    UploadApi(UploadService uploads, ColumnMappings mappings) {
        this.uploads = uploads;
        this.mappings = mappings;
    }

    @PostMapping(path = "/api/evaluations/{id}/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload one result file (all or nothing)",
            description = "The format is detected from the content unless given. A new candidate gets the framework "
                    + "profile 'framework' (a key of GET /api/frameworks, or none), else the profile its name matches "
                    + "by alias, else none. 'concurrency' and 'rate' state the load of tools that do not print it "
                    + "(hey -c, wrk2 -R; stored with each run), 'cores' the cores of the machine the test ran on "
                    + "(for the capacity planner), 'label' names the runs. A CSV or JSON-lines file no format recognises is read by a column mapping: "
                    + "'mapping' is the name of one saved in the evaluation, or inline JSON such as "
                    + "{\"kind\": \"chaos\", \"roles\": {\"fault\": \"fault\", \"start\": \"start_unix_ms\", \"end\": "
                    + "\"ready_unix_ms\"}, \"timeUnit\": \"ms\"} (kinds load, chaos, gc; roles load: timestamp, latency, "
                    + "status, success, bytes, label; chaos: fault, start, end, component; gc: time, pause, heap; optional "
                    + "durationUnit, timestampFormat auto|epoch|iso|pattern, heapUnit); inline JSON with a \"name\" is saved "
                    + "with the upload and then applies by itself to later files with the same header. The upload's "
                    + "'mapping' field records the mapping used. 201 with the stored upload; "
                    + "dryRun=true answers 200 with the preview and stores nothing. Refusals: 400 (bad request), "
                    + "404 (no such evaluation), 409 (same bytes already uploaded), 413 (a limit), 422 (unreadable, "
                    + "with format, line, column and what was expected).")
    ResponseEntity<?> upload(@PathVariable long id,
                             @RequestParam("file") MultipartFile file,
                             @RequestParam("candidate") String candidate,
                             @RequestParam(value = "framework", required = false) String framework,
                             @RequestParam(value = "kind", required = false) String kind,
                             @RequestParam(value = "format", required = false) String format,
                             @RequestParam(value = "label", required = false) String label,
                             @RequestParam(value = "baseline", defaultValue = "false") boolean baseline,
                             @RequestParam(value = "dryRun", defaultValue = "false") boolean dryRun,
                             @RequestParam(value = "keepValidRows", defaultValue = "false") boolean keepValidRows,
                             @RequestParam(value = "windowStart", required = false) String windowStart,
                             @RequestParam(value = "windowEnd", required = false) String windowEnd,
                             @RequestParam(value = "gogc", required = false) String gogc,
                             @RequestParam(value = "unit", required = false) String unit,
                             @RequestParam(value = "concurrency", required = false) String concurrency,
                             @RequestParam(value = "rate", required = false) String rate,
                             @RequestParam(value = "cores", required = false) String cores,
                             @RequestParam(value = "gcWindowStart", required = false) String gcWindowStart,
                             @RequestParam(value = "gcWindowEnd", required = false) String gcWindowEnd,
                             @RequestParam(value = "mapping", required = false) String mapping) throws IOException {
        Map<String, String> hints = new LinkedHashMap<>();
        if (windowStart != null) hints.put("windowStart", windowStart);
        if (windowEnd != null) hints.put("windowEnd", windowEnd);
        if (gogc != null) hints.put("gogc", gogc);
        if (unit != null) hints.put("unit", unit);
        // The load of tools that do not print it (hey's -c, wrk2's -R): runs of unknown load are not compared.
        if (concurrency != null) hints.put("concurrency", concurrency);
        if (rate != null) hints.put("rate", rate);
        // The cores of the machine the test ran on (tools do not print it): the capacity says what it was measured on.
        if (cores != null) hints.put(dev.benchboard.ingest.StatedCores.HINT, cores);
        // GC steady window, seconds since process start; without them it is detected from the trace
        if (gcWindowStart != null) hints.put("gcWindowStart", gcWindowStart);
        if (gcWindowEnd != null) hints.put("gcWindowEnd", gcWindowEnd);
        UploadRequest request = new UploadRequest(id, candidate, file.getOriginalFilename(), parseKind(kind), format,
                label, baseline, dryRun, keepValidRows, hints, framework, mapping);
        try (InputStream in = file.getInputStream()) {
            UploadService.Outcome outcome = uploads.upload(request, in, dev.benchboard.ingest.UploadProgress.NONE);
            if (dryRun) return ResponseEntity.ok(outcome.preview());
            return ResponseEntity.created(URI.create("/api/uploads/" + outcome.stored().id())).body(outcome.stored());
        }
    }

    private static DataKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) return null;
        try {
            return DataKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UploadRefused(400, new UploadError("unknown kind '" + kind + "'", null, null, null, "kind",
                    "one of benchmark, gc, chaos", kind, null, null, null));
        }
    }

    @GetMapping("/api/evaluations/{id}/mappings")
    @Operation(summary = "The column mappings saved in an evaluation, by name",
            description = "Each as the JSON the upload's 'mapping' parameter takes (with its name); a file no format "
                    + "recognises is read by the one saved for exactly its header.")
    List<JsonNode> mappings(@PathVariable long id) {
        uploads.list(id);   // 404 for an unknown evaluation
        return mappings.saved(id).stream().map(json -> dev.benchboard.common.Json.mapper().readTree(json)).toList();
    }

    @GetMapping("/api/evaluations/{id}/uploads")
    @Operation(summary = "The uploads of an evaluation, newest first")
    List<UploadView> list(@PathVariable long id) {
        return uploads.list(id);
    }

    @GetMapping("/api/uploads/{id}")
    @Operation(summary = "One upload with its provenance and runs")
    UploadView get(@PathVariable long id) {
        return uploads.get(id).orElseThrow(() -> new NotFoundException("upload", id));
    }

    @DeleteMapping("/api/uploads/{id}")
    @Operation(summary = "Delete an upload and everything parsed from it")
    ResponseEntity<Void> delete(@PathVariable long id) {
        uploads.delete(id);
        return ResponseEntity.noContent().build();
    }
}
