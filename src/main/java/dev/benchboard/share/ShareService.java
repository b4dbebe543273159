package dev.benchboard.share;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Share links: an immutable snapshot stored at creation (never recomputed), reachable by a 256-bit
 * token from a CSPRNG. Only the token's hash is stored. Revoked, expired and unknown tokens look the
 * same to a reader: not found.
 */
@Service
public class ShareService {

    private static final TypeReference<List<SharedSnapshot.SourceUpload>> SOURCES = new TypeReference<>() {};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SnapshotSource snapshots;
    private final Clock clock;
    private final FrozenSnapshots frozenSnapshots;

    ShareService(JdbcClient jdbc, SnapshotSource snapshots, Clock clock,
                 @Value("${benchboard.share.cache-chars:16000000}") long cacheChars) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
        this.clock = clock;
        this.frozenSnapshots = new FrozenSnapshots(cacheChars);
    }

    /** The in-memory copy of frozen content (for tests). */
    FrozenSnapshots frozenSnapshots() {
        return frozenSnapshots;
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token in hex: how links are stored and cached (the token itself is kept nowhere). */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public CreatedShare create(long evaluationId, Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("expiresAt: expected a time in the future, got " + expiresAt);
        }
        SharedSnapshot snapshot = snapshots.snapshot(evaluationId);
        String token = newToken();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into share_link (evaluation_id, token_sha256, token_hint, title, created_at, expires_at,
                    source_uploads, snapshot_json) values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(evaluationId, hash(token), token.substring(0, 6), snapshot.title(), Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt), Json.write(snapshot.sources()),
                        Json.write(Stored.of(snapshot)))
                .update(key, "id");
        long id = key.getKey().longValue();
        return new CreatedShare(id, token, "/r/" + token);
    }

    /**
     * The {@code snapshot_json} column: the report and decision in English as before, and in the other languages under
     * {@code languages} (by language tag). A snapshot stored before it had languages has none and reads English.
     */
    private record Stored(String report, String decision, Map<String, Other> languages) {

        private record Other(String report, String decision) {}

        static Stored of(SharedSnapshot snapshot) {
            Map<String, Other> others = new LinkedHashMap<>();
            snapshot.written().forEach((language, w) -> {
                if (!language.equals(Locale.ENGLISH)) others.put(language.toLanguageTag(), new Other(w.reportJson(), w.decisionJson()));
            });
            return new Stored(snapshot.reportJson(), snapshot.decisionJson(), others);
        }

        Map<Locale, SharedSnapshot.Written> written() {
            Map<Locale, SharedSnapshot.Written> written = new LinkedHashMap<>();
            written.put(Locale.ENGLISH, new SharedSnapshot.Written(report, decision));
            if (languages != null) {
                languages.forEach((tag, o) -> written.put(Locale.forLanguageTag(tag), new SharedSnapshot.Written(o.report(), o.decision())));
            }
            return written;
        }
    }

    /**
     * The snapshot behind a token, if the link exists, is not revoked and has not expired. Whether it
     * opens is asked of the database on every call (one indexed row, no JSON); the frozen content
     * comes from memory after the first read. Two plain statements, no transaction: the content of a
     * link never changes, and a link deleted in between simply does not open.
     */
    public Optional<SharedSnapshot> open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) return Optional.empty();
        String tokenHash = hash(token);
        Optional<OpenLink> link = jdbc.sql("select id, expires_at from share_link where token_sha256 = ?"
                        + " and revoked_at is null and (expires_at is null or expires_at > ?)")
                .params(tokenHash, Timestamp.from(clock.instant()))
                .query((rs, n) -> new OpenLink(rs.getLong("id"), instant(rs.getTimestamp("expires_at"))))
                .optional();
        if (link.isEmpty()) return Optional.empty();
        long id = link.get().id();
        Optional<FrozenSnapshots.Frozen> frozen = frozenSnapshots.get(tokenHash).filter(f -> f.shareId() == id)
                .or(() -> load(id).map(f -> {
                    frozenSnapshots.put(tokenHash, f);
                    return f;
                }));
        return frozen.map(f -> f.open(link.get().expiresAt()));
    }

    private record OpenLink(long id, Instant expiresAt) {}

    private Optional<FrozenSnapshots.Frozen> load(long id) {
        return jdbc.sql("select title, created_at, source_uploads, snapshot_json from share_link where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Stored stored = Json.read(rs.getString("snapshot_json"), Stored.class);
                    return new FrozenSnapshots.Frozen(id, rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
                            List.copyOf(Json.read(rs.getString("source_uploads"), SOURCES)), stored.written());
                }).optional();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Transactional(readOnly = true)
    public List<ShareLink> list(long evaluationId) {
        Instant now = clock.instant();
        return jdbc.sql("select * from share_link where evaluation_id = ? order by created_at desc, id desc")
                .param(evaluationId).query((rs, n) -> {
                    Timestamp expires = rs.getTimestamp("expires_at");
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    boolean active = revoked == null && (expires == null || expires.toInstant().isAfter(now));
                    return new ShareLink(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("title"),
                            rs.getString("token_hint"), rs.getTimestamp("created_at").toInstant(),
                            expires == null ? null : expires.toInstant(), revoked == null ? null : revoked.toInstant(),
                            active);
                }).list();
    }

    @Transactional
    public void revoke(long shareId) {
        int updated = jdbc.sql("update share_link set revoked_at = coalesce(revoked_at, ?) where id = ?")
                .params(Timestamp.from(clock.instant()), shareId).update();
        if (updated == 0) throw new NotFoundException("share link", shareId);
        frozenSnapshots.evict(shareId);   // memory only: open() asks the database whether a link is revoked
    }

    @Transactional
    public void setExpiry(long shareId, Instant expiresAt) {
        int updated = jdbc.sql("update share_link set expires_at = ? where id = ?")
                .params(expiresAt == null ? null : Timestamp.from(expiresAt), shareId).update();
        if (updated == 0) throw new NotFoundException("share link", shareId);
    }

    public Optional<Long> evaluationOf(long shareId) {
        return jdbc.sql("select evaluation_id from share_link where id = ?").param(shareId).query(Long.class).optional();
    }
}
