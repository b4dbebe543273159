package dev.benchboard.tracking;

import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The check value of the webhook secrets' key in the database (table {@code webhook_key}, one row): HMAC-SHA256 of a
 * fixed text under the key, which names the key without revealing it. The first node to use a key records it (an
 * insert of the one row: of two nodes at once, one wins and the other reads the winner's); every other node compares.
 */
final class KeyCheck {

    static final String SAME_KEY_ON_EVERY_NODE = "give every node the same benchboard.webhooks.secret-key (base64 of 32 "
            + "bytes: the content of webhook-secret.key in the data directory of the node that made the secrets; see "
            + "README, Scaling out). To give up the stored secrets instead, delete the row of table webhook_key and set "
            + "the webhooks' secrets again";
    private static final byte[] TEXT = "benchboard webhook secret key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;
    /** The insert in a transaction of its own: on PostgreSQL a refused insert would spoil the caller's transaction. */
    private final TransactionTemplate own;

    KeyCheck(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<String> recorded() {
        return jdbc.sql("select fingerprint from webhook_key where id = 1").query(String.class).optional();
    }

    /** Whether any webhook has a stored (encrypted) secret: only then does a node without the key lose anything. */
    boolean secretsStored() {
        return jdbc.sql("select count(*) from webhook where secret_encrypted is not null").query(Long.class).single() > 0;
    }

    /** Records the key's check value when none is; refuses a key whose value differs from the recorded one. */
    void recordOrVerify(SecretKey key, String from) {
        String mine = fingerprint(key);
        String recorded = recorded().orElseGet(() -> {
            try {
                own.executeWithoutResult(status -> jdbc.sql("insert into webhook_key (id, fingerprint, created_at) values (1, ?, ?)")
                        .param(mine).param(Timestamp.from(Instant.now())).update());
                return mine;
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                return recorded().orElseThrow();
            }
        });
        if (!recorded.equals(mine)) {
            throw new IllegalStateException("the webhook secret key of this node (" + from + ") is not the one the "
                    + "webhook secrets in the database were encrypted with (another node made them with its own key): "
                    + SAME_KEY_ON_EVERY_NODE);
        }
    }

    static String fingerprint(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(TEXT));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
