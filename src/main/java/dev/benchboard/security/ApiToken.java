package dev.benchboard.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An API token as listed: never the secret, only its first characters to recognise it.
 * {@code scope} is null for "all evaluations", else the evaluation ids the token may reach.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiToken(long id, String name, String hint, List<Long> scope, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status status(Instant now) {
        if (revokedAt != null) return Status.REVOKED;
        if (expiresAt != null && !expiresAt.isAfter(now)) return Status.EXPIRED;
        return Status.ACTIVE;
    }
}
