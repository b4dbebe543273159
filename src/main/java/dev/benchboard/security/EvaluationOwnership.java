package dev.benchboard.security;

import dev.benchboard.evidence.EvidenceStore;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which evaluation an upload, a share link, an acknowledgement or a webhook belongs to: one indexed lookup, not the whole record. */
@Component
class EvaluationOwnership {

    private final JdbcClient jdbc;
    private final EvidenceStore evidence;

    EvaluationOwnership(JdbcClient jdbc, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.evidence = evidence;
    }

    Optional<Long> ofUpload(long uploadId) {
        return evidence.evaluationOf(uploadId);
    }

    Optional<Long> ofAcknowledgement(long acknowledgementId) {
        return jdbc.sql("select evaluation_id from acknowledgement where id = ?").param(acknowledgementId)
                .query(Long.class).optional();
    }

    Optional<Long> ofWebhook(long webhookId) {
        return jdbc.sql("select evaluation_id from webhook where id = ?").param(webhookId).query(Long.class).optional();
    }

    Optional<Long> ofShare(long shareId) {
        return jdbc.sql("select evaluation_id from share_link where id = ?").param(shareId).query(Long.class).optional();
    }
}
