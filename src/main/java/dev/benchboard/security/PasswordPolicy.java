package dev.benchboard.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Rules for passwords people choose, and the generator for the first admin's. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt only reads the first 72 bytes; Spring's encoder refuses longer input rather than truncate. */
    static final int MAX_BYTES = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_BYTES + " bytes (UTF-8)");
        }
        if (password.isBlank()) throw new IllegalArgumentException("the password must not be blank");
    }

    /** 144 random bits as 24 URL-safe characters: easy to paste, far beyond guessing. */
    static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
