package dev.benchboard.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts webhook signing secrets for storage. An HMAC needs the secret itself, so it cannot be stored
 * as a hash like an API token; it is stored AES-256-GCM-encrypted (random 96-bit nonce per secret) with a
 * server key that is not in the database: benchboard.webhooks.secret-key, or else a key generated once
 * into the data directory (webhook-secret.key, owner-only). A copy of the database alone reveals no secret.
 */
@Component
class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final WebhookProperties properties;
    private final Path keyFile;
    private volatile SecretKeySpec key;

    SecretBox(WebhookProperties properties, @Value("${benchboard.data-dir:./data}") String dataDir) {
        this.properties = properties;
        this.keyFile = Path.of(dataDir, "webhook-secret.key");
    }

    String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    String decrypt(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a webhook secret cannot be decrypted: was benchboard.webhooks.secret-key changed?", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) key = new SecretKeySpec(rawKey(), "AES");
            }
        }
        return key;
    }

    private byte[] rawKey() {
        String configured = properties.secretKey();
        if (configured != null && !configured.isBlank()) {
            byte[] raw = Base64.getDecoder().decode(configured.strip());
            if (raw.length != 32) throw new IllegalStateException("benchboard.webhooks.secret-key: base64 of 32 bytes, was " + raw.length);
            return raw;
        }
        try {
            if (Files.exists(keyFile)) return Base64.getDecoder().decode(Files.readString(keyFile).strip());
            Files.createDirectories(keyFile.getParent());
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(raw));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it.
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + keyFile + " (set benchboard.webhooks.secret-key)", e);
        }
    }
}
