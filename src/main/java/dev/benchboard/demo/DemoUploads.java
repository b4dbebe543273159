package dev.benchboard.demo;

import dev.benchboard.ingest.UploadError;
import dev.benchboard.ingest.UploadProgress;
import dev.benchboard.ingest.UploadRefused;
import dev.benchboard.ingest.UploadRequest;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.evidence.DataKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's measured files (real tool outputs listed in {@code uploads/manifest.json}), ingested through
 * {@link UploadService} exactly like a user's uploads: detected, parsed and stored with provenance, so
 * every measured figure of the demo is computed from a file the user can open. A file that is refused
 * is logged with the reason and skipped; the others still load.
 */
@Component
class DemoUploads {

    private static final Logger log = LoggerFactory.getLogger(DemoUploads.class);
    static final String MANIFEST = "manifest.json";

    private final UploadService uploads;

    DemoUploads(UploadService uploads) {
        this.uploads = uploads;
    }

    /**
     * One file of the manifest.
     *
     * @param file      path relative to the manifest's directory
     * @param candidate candidate the file belongs to
     * @param kind      expected kind, or null to take the detected format's
     * @param format    format id, or null to detect it from the content
     * @param label     shown with the upload (what was measured, and how honest a figure it is)
     * @param baseline  the file is the candidate's baseline for regression verdicts
     * @param hints     importer hints, as the upload form would give them (e.g. gogc)
     */
    record Entry(String file, String candidate, DataKind kind, String format, String label, Boolean baseline,
                 Map<String, String> hints) {}

    static List<Entry> readManifest(Path manifest) throws IOException {
        return JsonMapper.shared().readValue(manifest.toFile(), new TypeReference<List<Entry>>() { });
    }

    /** Ingests every entry of {@code directory/manifest.json}; returns how many were stored. */
    int ingest(long evaluationId, Path directory) {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            log.warn("No demo uploads: {} not found", manifest.toAbsolutePath());
            return 0;
        }
        List<Entry> entries;
        try {
            entries = readManifest(manifest);
        } catch (IOException | RuntimeException e) {
            log.error("Demo uploads not loaded: could not read {}: {}", manifest.toAbsolutePath(), e.getMessage());
            return 0;
        }
        int stored = 0;
        for (Entry entry : entries) {
            if (ingestOne(evaluationId, directory, entry)) stored++;
        }
        log.info("Demo uploads: {} of {} files from {} stored", stored, entries.size(), directory);
        return stored;
    }

    private boolean ingestOne(long evaluationId, Path directory, Entry entry) {
        try {
            Path file = resolve(directory, entry.file());
            UploadRequest request = new UploadRequest(evaluationId, entry.candidate(), entry.file(),
                    entry.kind(), entry.format(), entry.label(), Boolean.TRUE.equals(entry.baseline()), false, false,
                    entry.hints());
            try (InputStream in = Files.newInputStream(file)) {
                uploads.upload(request, in, UploadProgress.NONE);
            }
            return true;
        } catch (UploadRefused refused) {
            UploadError error = refused.body();
            log.error("Demo upload {} for {} refused ({}): {}{}", entry.file(), entry.candidate(), refused.status(),
                    error.error(), error.problems() == null ? "" : " " + error.problems());
        } catch (IOException | RuntimeException e) {
            log.error("Demo upload {} for {} failed: {}", entry.file(), entry.candidate(), e.toString());
        }
        return false;
    }

    /** The entry's file inside the demo directory; a path that leaves it is refused. */
    static Path resolve(Path directory, String file) {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("manifest entry without a file");
        Path base = directory.toAbsolutePath().normalize();
        Path resolved = base.resolve(file).normalize();
        if (!resolved.startsWith(base)) throw new IllegalArgumentException(file + " lies outside " + directory);
        return resolved;
    }
}
