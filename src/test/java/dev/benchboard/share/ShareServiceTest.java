package dev.benchboard.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.export.FixtureEvaluation;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import dev.benchboard.api.ActAsEditor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Share links as the service keeps them: token strength, hash-only storage, revocation, expiry, frozen content. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActAsEditor.class)
@ActiveProfiles("test")
class ShareServiceTest {

    @Autowired
    ShareService shares;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private FixtureEvaluation ginWithOneRun(String name) throws Exception {
        return FixtureEvaluation.create(mvc, name).upload("wrk/latency-ok.txt", "Gin");
    }

    @Test
    void tokensAre256RandomBitsInUrlSafeBase64AndOnlyTheirHashIsStored() throws Exception {
        long evaluation = ginWithOneRun("tokens").id;
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            CreatedShare created = shares.create(evaluation, null);
            String token = created.token();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32); // 256 bits >= 128
            assertThat(created.url()).isEqualTo("/r/" + token);
            tokens.add(token);

            Map<String, Object> row = jdbc.queryForMap("select * from share_link where id = ?", created.id());
            for (Map.Entry<String, Object> column : row.entrySet()) {
                assertThat(String.valueOf(column.getValue())).as(column.getKey()).doesNotContain(token);
            }
            assertThat(row.get("token_sha256")).isEqualTo(sha256Hex(token));
            // The owner's hint to tell links apart: 6 of the 43 characters (36 of 256 bits).
            assertThat(row.get("token_hint")).isEqualTo(token.substring(0, 6));
        }
        assertThat(tokens).as("no token repeats").hasSize(40);
        // Every base64url character turns up across 40 × 43 = 1720 random characters: P(some missing) <= 64·(63/64)^1720 ≈ 1e-10.
        Set<Integer> alphabet = new HashSet<>();
        tokens.forEach(t -> t.chars().forEach(alphabet::add));
        assertThat(alphabet).hasSize(64);
    }

    @Test
    void unknownRevokedAndExpiredTokensOpenNothing() throws Exception {
        long evaluation = ginWithOneRun("lifecycle").id;
        assertThat(shares.open("not-a-token")).isEmpty();
        assertThat(shares.open(null)).isEmpty();
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        assertThat(shares.open(Base64.getUrlEncoder().withoutPadding().encodeToString(random))).isEmpty();

        CreatedShare share = shares.create(evaluation, Instant.now().plus(Duration.ofHours(1)));
        assertThat(shares.open(share.token())).isPresent();

        shares.setExpiry(share.id(), Instant.now().minusSeconds(1));
        assertThat(shares.open(share.token())).as("expired").isEmpty();
        shares.setExpiry(share.id(), null);
        assertThat(shares.open(share.token())).as("expiry removed").isPresent();

        shares.revoke(share.id());
        assertThat(shares.open(share.token())).as("revoked").isEmpty();
        shares.setExpiry(share.id(), Instant.now().plus(Duration.ofDays(1)));
        assertThat(shares.open(share.token())).as("a new expiry does not undo a revocation").isEmpty();

        assertThatThrownBy(() -> shares.create(evaluation, Instant.now().minusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a time in the future");
    }

    @Test
    void theSnapshotDoesNotChangeWhenDataIsAddedLater() throws Exception {
        FixtureEvaluation evaluation = ginWithOneRun("immutable");
        CreatedShare share = shares.create(evaluation.id, null);
        SharedSnapshot before = shares.open(share.token()).orElseThrow();
        String downloadBefore = evaluation.text("/r/{token}/report.json", share.token());
        String csvBefore = evaluation.text("/r/{token}/export/candidates.csv", share.token());

        evaluation.upload("hey/ok.txt", "Gin").upload("gc/healthy-gctrace.txt", "Gin");
        JsonNode live = evaluation.json("/api/evaluations/{id}/report", evaluation.id);
        // The live report moved: two runs now, P99 the median of 15.30 ms (wrk) and 4.8 ms (hey) = 10.05 ms.
        assertThat(live.at("/candidates/0/latency/latency/p99/value").asDouble()).isEqualTo(10.05);
        assertThat(live.get("sources")).hasSize(3);

        SharedSnapshot after = shares.open(share.token()).orElseThrow();
        assertThat(after.reportJson()).isEqualTo(before.reportJson());
        assertThat(after.decisionJson()).isEqualTo(before.decisionJson());
        assertThat(after.sources()).isEqualTo(before.sources()).hasSize(1);
        assertThat(evaluation.text("/r/{token}/report.json", share.token())).isEqualTo(downloadBefore);
        assertThat(evaluation.text("/r/{token}/export/candidates.csv", share.token())).isEqualTo(csvBefore);
        JsonNode frozen = JsonMapper.shared().readTree(downloadBefore);
        assertThat(frozen.at("/report/candidates/0/latency/latency/p99/value").asDouble())
                .as("wrk/latency-ok.txt prints 99%% 15.30ms").isEqualTo(15.3);
    }

    @Test
    void ownerListsRevokesAndChangesExpiry() throws Exception {
        long evaluation = ginWithOneRun("owner").id;
        CreatedShare first = shares.create(evaluation, null);
        Instant expiry = Instant.parse("2099-01-01T00:00:00Z");
        CreatedShare second = shares.create(evaluation, expiry);

        List<ShareLink> links = shares.list(evaluation);
        assertThat(links).extracting(ShareLink::id).containsExactly(second.id(), first.id());
        assertThat(links).allMatch(ShareLink::active).allMatch(l -> l.title().equals("owner"));
        assertThat(links.get(0).expiresAt()).isEqualTo(expiry);
        assertThat(links.get(0).tokenHint()).isEqualTo(second.token().substring(0, 6));
        assertThat(links.get(1).expiresAt()).isNull();

        shares.revoke(first.id());
        ShareLink revoked = shares.list(evaluation).get(1);
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).isNotNull();
        shares.revoke(first.id());
        assertThat(shares.list(evaluation).get(1).revokedAt()).as("revoking twice keeps the first time")
                .isEqualTo(revoked.revokedAt());

        shares.setExpiry(second.id(), Instant.now().minusSeconds(5));
        ShareLink expired = shares.list(evaluation).get(0);
        assertThat(expired.active()).isFalse();
        assertThat(expired.revokedAt()).isNull();

        assertThatThrownBy(() -> shares.revoke(999_999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> shares.setExpiry(999_999, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sharedDownloadsAnswer404AlikeForUnknownRevokedAndExpiredLinks() throws Exception {
        long evaluation = ginWithOneRun("http").id;
        CreatedShare revoked = shares.create(evaluation, null);
        CreatedShare expired = shares.create(evaluation, null);
        shares.revoke(revoked.id());
        shares.setExpiry(expired.id(), Instant.now().minusSeconds(1));
        Set<String> bodies = new HashSet<>();
        for (String token : List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", revoked.token(), expired.token())) {
            for (String path : List.of("/r/{token}/report.json", "/r/{token}/export/candidates.csv")) {
                bodies.add(mvc.perform(get(path, token)).andExpect(status().isNotFound())
                        .andReturn().getResponse().getContentAsString());
            }
        }
        assertThat(bodies).as("one answer for every kind of dead link").hasSize(1);
    }

    @Test
    void aRevokedLinkStopsAtOnceAndItsContentLeavesMemory() throws Exception {
        FixtureEvaluation evaluation = ginWithOneRun("revoke-cached");
        CreatedShare share = shares.create(evaluation.id, null);
        String hash = sha256Hex(share.token());
        assertThat(shares.open(share.token())).isPresent();
        evaluation.text("/r/{token}/report.json", share.token());
        assertThat(shares.frozenSnapshots().get(hash)).as("read once, kept in memory").isPresent();

        shares.revoke(share.id());
        assertThat(shares.frozenSnapshots().get(hash)).as("evicted by the revocation").isEmpty();
        assertThat(shares.open(share.token())).isEmpty();
        mvc.perform(get("/r/{token}/report.json", share.token())).andExpect(status().isNotFound());
        mvc.perform(get("/r/{token}/export/candidates.csv", share.token())).andExpect(status().isNotFound());
    }

    @Test
    void whetherALinkOpensIsAskedOfTheDatabaseOnEveryRead() throws Exception {
        // As if another instance on the same database revoked, expired or deleted the links: memory does not decide.
        long evaluation = ginWithOneRun("validity").id;
        CreatedShare revoked = shares.create(evaluation, null);
        CreatedShare expired = shares.create(evaluation, null);
        CreatedShare deleted = shares.create(evaluation, null);
        CreatedShare moved = shares.create(evaluation, null);
        for (CreatedShare share : List.of(revoked, expired, deleted, moved)) {
            assertThat(shares.open(share.token())).isPresent();
            assertThat(shares.frozenSnapshots().get(sha256Hex(share.token()))).isPresent();
        }
        jdbc.update("update share_link set revoked_at = ? where id = ?", java.sql.Timestamp.from(Instant.now()), revoked.id());
        jdbc.update("update share_link set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), expired.id());
        jdbc.update("delete from share_link where id = ?", deleted.id());
        Instant later = Instant.parse("2099-06-01T00:00:00Z");
        jdbc.update("update share_link set expires_at = ? where id = ?", java.sql.Timestamp.from(later), moved.id());

        assertThat(shares.open(revoked.token())).as("revoked").isEmpty();
        assertThat(shares.open(expired.token())).as("expired").isEmpty();
        assertThat(shares.open(deleted.token())).as("deleted").isEmpty();
        assertThat(shares.open(moved.token()).orElseThrow().expiresAt()).as("the expiry of the moment").isEqualTo(later);
    }

    @Test
    void theFrozenContentIsReadFromTheDatabaseOnce() throws Exception {
        long evaluation = ginWithOneRun("read-once").id;
        CreatedShare share = shares.create(evaluation, null);
        SharedSnapshot first = shares.open(share.token()).orElseThrow();
        assertThat(first.reportJson()).contains("\"candidates\"");
        // The stored snapshot never changes; if it were read again, this stand-in would show.
        jdbc.update("update share_link set snapshot_json = ?, title = ? where id = ?",
                "{\"report\": \"{}\", \"decision\": null}", "changed", share.id());
        SharedSnapshot again = shares.open(share.token()).orElseThrow();
        assertThat(again.reportJson()).isEqualTo(first.reportJson());
        assertThat(again.title()).isEqualTo("read-once");
    }

    private static String sha256Hex(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
