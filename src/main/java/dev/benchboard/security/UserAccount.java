package dev.benchboard.security;

import java.time.Instant;

/** A user as the admin view shows it (never the password hash). */
public record UserAccount(long id, String username, Role role, boolean enabled, Instant createdAt) {
}
