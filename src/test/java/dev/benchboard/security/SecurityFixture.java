package dev.benchboard.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users, tokens, evaluations and bare upload/share rows for the security tests (and others that need real tokens). */
public final class SecurityFixture {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final EvaluationService evaluations;
    private final JdbcClient jdbc;

    public SecurityFixture(UserAccounts accounts, ApiTokens tokens, EvaluationService evaluations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    /** The fixture over a test's application context. */
    public static SecurityFixture from(ApplicationContext context) {
        return new SecurityFixture(context.getBean(UserAccounts.class), context.getBean(ApiTokens.class),
                context.getBean(EvaluationService.class), context.getBean(JdbcClient.class));
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A distinct client address per use, so tests do not share the per-address login limit. */
    static RequestPostProcessor fromAddress(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    public UserAccount user(Role role) {
        return accounts.create(unique(role.name().toLowerCase()), role, PASSWORD);
    }

    String token(Role role) {
        return token(user(role), null);
    }

    public String token(UserAccount owner, List<Long> scope) {
        return tokens.create(owner.username(), unique("token"), scope, null).token();
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    static RequestPostProcessor basic(UserAccount user, String password) {
        return httpBasic(user.username(), password);
    }

    long evaluation() {
        return evaluations.create(EvaluationDraft.named(unique("evaluation"))).id();
    }

    /** A stored upload row (no parsed data): enough for ownership and delete. */
    long upload(long evaluationId) {
        long candidate = evaluations.addCandidate(evaluationId, CandidateDraft.named(unique("candidate"))).id();
        String sha = HexFormat.of().formatHex(new byte[32]).substring(0, 56) + String.format("%08d", SEQUENCE.incrementAndGet());
        jdbc.sql("insert into upload (evaluation_id, candidate_id, file_name, size_bytes, sha256, kind, format, "
                        + "format_detected, importer_version, uploaded_at, accepted, rejected, skipped_lines, problem_count) "
                        + "values (?, ?, 'wrk.txt', 10, ?, 'BENCHMARK', 'wrk', true, '1', ?, 1, 0, 0, 0)")
                .params(evaluationId, candidate, sha, Timestamp.from(Instant.now())).update();
        return jdbc.sql("select id from upload where sha256 = ?").param(sha).query(Long.class).single();
    }

    /** A share link row, for a path (/api/shares/{id}) no controller serves yet. */
    long share(long evaluationId) {
        String sha = String.format("%064d", SEQUENCE.incrementAndGet());
        jdbc.sql("insert into share_link (evaluation_id, token_sha256, token_hint, title, created_at, source_uploads, "
                        + "snapshot_json) values (?, ?, 'abcdef', 'report', ?, '[]', '{}')")
                .params(evaluationId, sha, Timestamp.from(Instant.now())).update();
        return jdbc.sql("select id from share_link where token_sha256 = ?").param(sha).query(Long.class).single();
    }
}
