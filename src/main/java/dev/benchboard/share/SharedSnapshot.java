package dev.benchboard.share;

import java.time.Instant;
import java.util.List;

/**
 * What a share link shows, frozen when it was created: the report and decision as JSON, and the
 * uploads (id, file, SHA-256) they were computed from.
 */
public record SharedSnapshot(String title, Instant createdAt, Instant expiresAt, List<SourceUpload> sources,
                             String reportJson, String decisionJson) {

    public record SourceUpload(long uploadId, String fileName, String sha256, String candidate) {}
}
