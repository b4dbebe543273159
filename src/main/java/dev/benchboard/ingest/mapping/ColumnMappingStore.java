package dev.benchboard.ingest.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved column mappings of an evaluation, by name and by the header of the file they were made for.
 * Callers hold the transaction.
 */
@Repository
public class ColumnMappingStore {

    private final JdbcClient jdbc;

    ColumnMappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a named mapping for a header; a mapping of the same name in the evaluation is replaced. */
    public void save(long evaluationId, ColumnMapping mapping, String headerKey, Instant now) {
        if (mapping.name() == null) throw new IllegalArgumentException("only a named mapping is saved");
        jdbc.sql("delete from column_mapping where evaluation_id = ? and name = ?").params(evaluationId, mapping.name()).update();
        jdbc.sql("""
                insert into column_mapping (evaluation_id, name, header_key, header_sha, mapping_json, saved_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(evaluationId, mapping.name(), headerKey, sha256(headerKey), mapping.toJson(), Timestamp.from(now))
                .update();
    }

    public Optional<ColumnMapping> byName(long evaluationId, String name) {
        return jdbc.sql("select mapping_json from column_mapping where evaluation_id = ? and name = ?")
                .params(evaluationId, name).query(String.class).optional().map(ColumnMapping::parse);
    }

    /** The mapping saved last for exactly this header, if any. */
    public Optional<ColumnMapping> byHeader(long evaluationId, String headerKey) {
        return jdbc.sql("""
                select mapping_json, header_key from column_mapping where evaluation_id = ? and header_sha = ?
                order by saved_at desc, id desc
                """)
                .params(evaluationId, sha256(headerKey))
                .query((rs, n) -> headerKey.equals(rs.getString("header_key")) ? rs.getString("mapping_json") : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().map(ColumnMapping::parse);
    }

    /** The saved mappings' JSON (name included), by name. */
    public List<String> all(long evaluationId) {
        return jdbc.sql("select mapping_json from column_mapping where evaluation_id = ? order by name").param(evaluationId)
                .query(String.class).list();
    }

    public List<String> names(long evaluationId) {
        return jdbc.sql("select name from column_mapping where evaluation_id = ? order by name").param(evaluationId)
                .query(String.class).list();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
