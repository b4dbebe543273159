package dev.benchboard.tracking;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The webhook endpoints of evaluations and their delivery log. */
@Service
public class Webhooks {

    static final int LISTED_DELIVERIES = 10;
    private static final int HINT_CHARS = 4;

    private final JdbcClient jdbc;
    private final EvaluationService evaluations;
    private final WebhookTargets targets;
    private final SecretBox secrets;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, EvaluationService evaluations, WebhookTargets targets, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.targets = targets;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The payload formats a webhook can have, the default first. */
    public static final List<String> FORMATS = List.of("json", "slack");

    @Transactional
    public Webhook create(long evaluationId, WebhookDraft draft, String username) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        if (draft == null) throw new IllegalArgumentException("body: {url, secret?, format?}");
        String url = targets.check(draft.url()).toString();
        String format = draft.format() == null || draft.format().isBlank() ? FORMATS.getFirst() : draft.format().strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format: 'json' or 'slack', was '" + draft.format() + "'");
        }
        String secret = draft.secret() == null || draft.secret().isEmpty() ? null : draft.secret();
        if (secret != null && (secret.length() < 16 || secret.length() > 200)) {
            throw new IllegalArgumentException("secret: 16–200 characters, or leave it out for unsigned deliveries");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into webhook (evaluation_id, url, format, secret_encrypted, secret_hint, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, url, format, secret == null ? null : secrets.encrypt(secret),
                        secret == null ? null : secret.substring(0, HINT_CHARS) + "…", username, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return get(keys.getKey().longValue()).orElseThrow();
    }

    public List<Webhook> list(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return jdbc.sql("select * from webhook where evaluation_id = ? order by id").param(evaluationId).query(this::row).list();
    }

    public Optional<Webhook> get(long id) {
        return jdbc.sql("select * from webhook where id = ?").param(id).query(this::row).optional();
    }

    public boolean any(long evaluationId) {
        return jdbc.sql("select count(*) from webhook where evaluation_id = ?").param(evaluationId).query(Long.class).single() > 0;
    }

    @Transactional
    public void delete(long id) {
        if (jdbc.sql("delete from webhook where id = ?").param(id).update() == 0) throw new NotFoundException("webhook", id);
    }

    /** The secret to sign with, decrypted; empty for an unsigned webhook. */
    Optional<String> secret(long webhookId) {
        return jdbc.sql("select secret_encrypted from webhook where id = ?").param(webhookId).query(String.class).optional()
                .map(secrets::decrypt);
    }

    void logAttempt(long webhookId, String deliveryId, String event, int attempt, Integer status, String error, long durationMs) {
        jdbc.sql("insert into webhook_delivery (webhook_id, delivery_id, event, attempt, status_code, error, duration_ms, "
                        + "attempted_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(webhookId, deliveryId, event, attempt, status, error == null ? null : truncate(error),
                        durationMs, Timestamp.from(clock.instant()))
                .update();
    }

    private static String truncate(String error) {
        return error.length() <= 500 ? error : error.substring(0, 499) + "…";
    }

    private List<Webhook.Delivery> deliveries(long webhookId) {
        return jdbc.sql("select * from webhook_delivery where webhook_id = ? order by id desc fetch first " + LISTED_DELIVERIES + " rows only").param(webhookId)
                .query((rs, n) -> new Webhook.Delivery(rs.getLong("id"), rs.getString("delivery_id"), rs.getString("event"),
                        rs.getInt("attempt"), (Integer) rs.getObject("status_code", Integer.class), rs.getString("error"),
                        rs.getLong("duration_ms"), rs.getTimestamp("attempted_at").toInstant()))
                .list();
    }

    private Webhook row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new Webhook(id, rs.getLong("evaluation_id"), rs.getString("url"), rs.getString("format"),
                rs.getString("secret_encrypted") != null, rs.getString("secret_hint"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), deliveries(id));
    }
}
