package dev.benchboard.security;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts and CI: 256 random bits, shown once, stored only as their SHA-256. A token
 * acts with its owner's current role (a disabled owner disables the token) and, when scoped, only on
 * the evaluations it lists.
 */
@Service
public class ApiTokens {

    /** Tokens start with this, so secret scanners and people can tell what a leaked string is. */
    static final String PREFIX = "bb_";
    private static final int HINT_CHARS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just created: the only time the secret is available. */
    public record Created(long id, String token, String name, List<Long> scope, Instant expiresAt, String hint) {
    }

    /** Who a valid token speaks for; {@code scope} null means every evaluation. */
    record Caller(long tokenId, String username, Role role, Set<Long> scope) {
    }

    private final JdbcClient jdbc;
    private final EvaluationService evaluations;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, EvaluationService evaluations, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /**
     * @param evaluationIds null for a token that reaches every evaluation; otherwise at least one
     *                      existing evaluation id
     * @param expiresAt     null for no expiry; otherwise in the future
     */
    @Transactional
    public Created create(String username, String name, List<Long> evaluationIds, Instant expiresAt) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) throw new IllegalArgumentException("name: 1–100 characters");
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("expiresAt: must be in the future (it was " + expiresAt + ")");
        }
        List<Long> scope = null;
        if (evaluationIds != null) {
            if (evaluationIds.isEmpty()) {
                throw new IllegalArgumentException("evaluationIds: list at least one evaluation, or leave it out "
                        + "for a token that reaches all evaluations");
            }
            scope = List.copyOf(new LinkedHashSet<>(evaluationIds));
            for (long id : scope) {
                if (!evaluations.exists(id)) throw new NotFoundException("evaluation", id);
            }
        }
        long userId = jdbc.sql("select id from app_user where username = ?").param(UserAccounts.normalize(username))
                .query(Long.class).optional().orElseThrow(() -> new IllegalArgumentException("unknown user"));

        String token = newToken();
        String hint = token.substring(0, PREFIX.length() + HINT_CHARS);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_sha256, token_hint, scoped, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(userId, label, sha256(token), hint, scope != null, Timestamp.from(now), timestamp(expiresAt))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        if (scope != null) {
            for (long evaluationId : scope) {
                jdbc.sql("insert into api_token_evaluation (token_id, evaluation_id) values (?, ?)")
                        .params(id, evaluationId).update();
            }
        }
        return new Created(id, token, label, scope, expiresAt, hint);
    }

    /** The user's tokens, newest first, including expired and revoked ones (for the record). */
    public List<ApiToken> list(String username) {
        return jdbc.sql("select t.* from api_token t join app_user u on u.id = t.user_id where u.username = ? "
                        + "order by t.created_at desc, t.id desc")
                .param(UserAccounts.normalize(username)).query(this::token).list();
    }

    /** Revokes one of the user's own tokens; someone else's token is "not found" to them. */
    @Transactional
    public void revoke(String username, long tokenId) {
        int changed = jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, ?) where id = ? and user_id = "
                        + "(select id from app_user where username = ?)")
                .params(Timestamp.from(clock.instant()), tokenId, UserAccounts.normalize(username)).update();
        if (changed == 0) throw new NotFoundException("API token", tokenId);
    }

    /** The caller a presented token stands for, if it is known, not revoked, not expired and its owner enabled. */
    @Transactional
    Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) return Optional.empty();
        record Row(long id, boolean scoped, Instant expiresAt, Instant revokedAt, String username, Role role,
                   boolean enabled) {}
        Optional<Row> found = jdbc.sql("select t.id, t.scoped, t.expires_at, t.revoked_at, u.username, u.role, u.enabled "
                        + "from api_token t join app_user u on u.id = t.user_id where t.token_sha256 = ?")
                .param(sha256(presented))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBoolean(2), instant(rs, 3), instant(rs, 4),
                        rs.getString(5), Role.valueOf(rs.getString(6)), rs.getBoolean(7)))
                .optional();
        Instant now = clock.instant();
        if (found.isEmpty()) return Optional.empty();
        Row row = found.get();
        if (row.revokedAt() != null || !row.enabled() || (row.expiresAt() != null && !row.expiresAt().isAfter(now))) {
            return Optional.empty();
        }
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), row.id()).update();
        Set<Long> scope = row.scoped() ? Set.copyOf(scopeOf(row.id())) : null;
        return Optional.of(new Caller(row.id(), row.username(), row.role(), scope));
    }

    private List<Long> scopeOf(long tokenId) {
        return jdbc.sql("select evaluation_id from api_token_evaluation where token_id = ? order by evaluation_id")
                .param(tokenId).query(Long.class).list();
    }

    private ApiToken token(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ApiToken(id, rs.getString("name"), rs.getString("token_hint"),
                rs.getBoolean("scoped") ? scopeOf(id) : null, instant(rs, "created_at"), instant(rs, "expires_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
