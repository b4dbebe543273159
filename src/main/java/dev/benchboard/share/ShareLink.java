package dev.benchboard.share;

import java.time.Instant;

/** A share link as its owner sees it (the token itself is shown only once, at creation). */
public record ShareLink(long id, long evaluationId, String title, String tokenHint, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, boolean active) {
}
