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
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.stereotype.Component;

/**
 * Encrypts webhook signing secrets for storage. An HMAC needs the secret itself, so it cannot be stored
 * as a hash like an API token; it is stored AES-256-GCM-encrypted (random 96-bit nonce per secret) with a
 * server key that is not in the database: benchboard.webhooks.secret-key, or else a key generated once
 * into the data directory (webhook-secret.key, owner-only). A copy of the database alone reveals no secret.
 *
 * <p>Several nodes on one database must share the key: a key generated per node made a secret stored by one node
 * unreadable on the others. The database holds the key's check value ({@link KeyCheck}): the first node to use a key
 * records it, and a node with another key (or none, once secrets were made) refuses to start, saying which setting
 * to give every node.
 */
@Component
class SecretBox implements SmartInitializingSingleton {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final WebhookProperties properties;
    private final Path keyFile;
    private final KeyCheck check;
    private volatile SecretKeySpec key;

    SecretBox(WebhookProperties properties, @Value("${benchboard.data-dir:./data}") String dataDir, JdbcClient jdbc,
              PlatformTransactionManager transactions) {
        this.properties = properties;
        this.keyFile = Path.of(dataDir, "webhook-secret.key");
        this.check = new KeyCheck(jdbc, transactions);
    }

    /**
     * At start: a key this node already has (configured, or in its data directory) is checked against the recorded
     * one (and recorded when none is); with no key while secrets made with the recorded one are stored, the node could
     * read none of them: it refuses to start. Otherwise the first webhook secret makes (or, when another key is
     * recorded, refuses) the key.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (configured() || Files.exists(keyFile)) {
            key();
        } else if (check.recorded().isPresent() && check.secretsStored()) {
            throw new IllegalStateException("webhook secrets in the database were encrypted with a key this node does not "
                    + "have (no benchboard.webhooks.secret-key, no " + keyFile + "): " + KeyCheck.SAME_KEY_ON_EVERY_NODE);
        }
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
                if (key == null) {
                    SecretKeySpec candidate = new SecretKeySpec(rawKey(), "AES");
                    check.recordOrVerify(candidate, configured() ? "benchboard.webhooks.secret-key" : keyFile.toString());
                    key = candidate;
                }
            }
        }
        return key;
    }

    private boolean configured() {
        return properties.secretKey() != null && !properties.secretKey().isBlank();
    }

    private byte[] rawKey() {
        if (configured()) {
            byte[] raw = Base64.getDecoder().decode(properties.secretKey().strip());
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
