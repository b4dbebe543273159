package dev.benchboard.api;

import dev.benchboard.backup.BackupService;
import dev.benchboard.backup.RestoreResult;
import dev.benchboard.backup.RestoreService;
import dev.benchboard.ingest.UploadError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Backup and restore of one evaluation over HTTP. Access follows the API's one rule: any reader may
 * download a backup (GET), restoring (POST) needs an editor, and a token limited to some evaluations
 * cannot restore (it creates a new evaluation, outside any scope). A refused restore ({@link BackupRefused})
 * is answered by the API's one error handler (api.ApiErrors) with its status, message and place.
 */
@RestController
@Tag(name = "Backup")
class BackupApi {

    static final String ZIP = "application/zip";

    private final BackupService backups;
    private final RestoreService restores;

    BackupApi(BackupService backups, RestoreService restores) {
        this.backups = backups;
        this.restores = restores;
    }

    // Written straight to the response (no async dispatch, no temporary file): the archive is streamed
    // as it is read from the database. An unknown evaluation is a JSON 404 before anything is written.
    @GetMapping("/api/evaluations/{id}/backup")
    @Operation(summary = "Download a backup of one evaluation (zip)",
            description = "Everything needed to recreate the evaluation: settings, requirements, weights, statistics "
                    + "settings, candidates, quoted figures, decision settings, and every upload with its provenance and "
                    + "all evidence parsed from it (runs with HdrHistograms, per-second series, GC traces, chaos "
                    + "experiments). Not included: users, API tokens, share links, and the original file bytes (never "
                    + "stored). manifest.json lists each entry's size and SHA-256. File name benchboard-<name>-<date>.zip.")
    @ApiResponse(responseCode = "200", description = "the archive",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "no such evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UploadError.class)))
    void backup(@PathVariable long id, HttpServletResponse response) throws IOException {
        String fileName = backups.fileName(id);
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        backups.write(id, response.getOutputStream());
    }

    @PostMapping(path = "/api/evaluations/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Restore a backup as a new evaluation (all or nothing)",
            description = "Multipart field 'file': a zip from GET /api/evaluations/{id}/backup. Creates a NEW evaluation "
                    + "(never overwrites one; the name is kept, names need not be unique). 201 with the new id and what "
                    + "was stored. Refusals store nothing: 413 over benchboard.backup.max-bytes; 422 for a file that is "
                    + "not a zip, a truncated or damaged zip, an unknown format version, a missing or unlisted entry, a "
                    + "SHA-256 mismatch, or invalid content, naming the entry and JSON path ('field').")
    @ApiResponse(responseCode = "201", description = "restored",
            content = @Content(schema = @Schema(implementation = RestoreResult.class)))
    @ApiResponse(responseCode = "413", description = "larger than the configured limit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UploadError.class)))
    @ApiResponse(responseCode = "422", description = "refused, nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = UploadError.class)))
    ResponseEntity<RestoreResult> restore(@RequestParam("file") MultipartFile file) throws IOException {
        restores.checkSize(file.getSize());
        Path temp = Files.createTempFile("benchboard-restore-", ".zip");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            RestoreResult restored = restores.restore(temp);
            return ResponseEntity.created(URI.create("/api/evaluations/" + restored.id())).body(restored);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
