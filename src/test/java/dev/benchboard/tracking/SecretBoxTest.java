package dev.benchboard.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes on one database, as their key holders see it: each {@link SecretBox} here is a node with its own data
 * directory. Before, each generated its own key and a secret stored by one could not be read by the other (AEADBadTag
 * on delivery); now the second node with another key refuses to start, and nodes given the same key read each
 * other's secrets.
 */
@SpringBootTest
@ActiveProfiles("test")
class SecretBoxTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path nodes;

    @Autowired
    EvaluationService evaluations;

    @BeforeEach
    @AfterEach
    void noKeyRecordedNorSecretStored() {
        // Other tests share the database (on PostgreSQL, every *PostgresIT): a recorded key would bind their nodes.
        jdbc.sql("delete from webhook").update();
        jdbc.sql("delete from webhook_key").update();
    }

    /** A webhook row holding the secret as the store keeps it. */
    private void storeWebhook(String encryptedSecret) {
        long evaluation = evaluations.create(new EvaluationDraft("webhook key", null,
                new Requirements(40000.0, 15.0, 0.9995, 30.0, 1, 8, 16.0, 0.34, true, false, true, false, true),
                Weights.fromMap(Map.of()), new StatisticsSettings(0.01, 3, 5000, 7))).id();
        jdbc.sql("insert into webhook (evaluation_id, url, format, secret_encrypted, secret_hint, created_by, created_at)"
                        + " values (?, 'https://ci.example/hook', 'json', ?, 's3c', 'alice', ?)")
                .params(evaluation, encryptedSecret, java.sql.Timestamp.from(java.time.Instant.now())).update();
    }

    private SecretBox node(String name, String configuredKey) {
        SecretBox box = new SecretBox(new WebhookProperties(List.of(), configuredKey, null, null),
                nodes.resolve(name).toString(), jdbc, transactions);
        box.afterSingletonsInstantiated();
        return box;
    }

    @Test
    void aSecondNodeWithItsOwnGeneratedKeyRefusesToStartAndOneWithTheFirstNodesKeyReadsItsSecrets() throws Exception {
        SecretBox first = node("a", null);
        String stored = first.encrypt("s3cret-of-the-hook");
        assertThat(jdbc.sql("select fingerprint from webhook_key").query(String.class).single())
                .as("a check value, not the key").hasSize(64)
                .doesNotContain(Files.readString(nodes.resolve("a/webhook-secret.key")).strip());

        // A node with no key of its own starts while no secret is stored (its first secret would be refused) …
        assertThatThrownBy(() -> node("b0", null).encrypt("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the one the webhook secrets in the database were encrypted with");
        // … and refuses to start once one is: it could read none of them.
        storeWebhook(stored);
        assertThatThrownBy(() -> node("b", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("encrypted with a key this node does not have")
                .hasMessageContaining("benchboard.webhooks.secret-key");
        // A node whose data directory holds another key (it made one before the check existed).
        Files.createDirectories(nodes.resolve("c"));
        Files.writeString(nodes.resolve("c/webhook-secret.key"), KEY);
        assertThatThrownBy(() -> node("c", null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the one the webhook secrets in the database were encrypted with");

        // The first node's key given to another node, as the property: it reads the secret.
        String firstKey = Files.readString(nodes.resolve("a/webhook-secret.key")).strip();
        assertThat(node("d", firstKey).decrypt(stored)).isEqualTo("s3cret-of-the-hook");
    }

    @Test
    void nodesConfiguredWithTheSameKeyReadEachOthersSecrets() {
        SecretBox one = node("one", KEY);
        SecretBox two = node("two", KEY);
        assertThat(two.decrypt(one.encrypt("shared"))).isEqualTo("shared");
        assertThat(one.decrypt(two.encrypt("back"))).isEqualTo("back");
        assertThat(Files.exists(nodes.resolve("one/webhook-secret.key"))).as("a configured key writes no file").isFalse();
    }

    @Test
    void withNeitherKeyNorRecordTheFirstSecretMakesTheKey() {
        SecretBox fresh = node("fresh", null);
        assertThat(jdbc.sql("select count(*) from webhook_key").query(Long.class).single()).isZero();
        fresh.encrypt("x");
        assertThat(jdbc.sql("select count(*) from webhook_key").query(Long.class).single()).isEqualTo(1);
        assertThat(Files.exists(nodes.resolve("fresh/webhook-secret.key"))).isTrue();
    }
}
