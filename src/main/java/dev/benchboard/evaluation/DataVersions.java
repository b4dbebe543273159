package dev.benchboard.evaluation;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each evaluation's data, kept in the database so that every app node sees the same one.
 * It is bumped by the {@link EvaluationChanged} event, synchronously and therefore inside the transaction
 * that made the change (publishers publish before they commit): a node can never read the new version
 * with the old data, and a version read from the database is as current as the data read after it.
 */
@Component
public class DataVersions {

    private final JdbcClient jdbc;

    DataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The evaluation's current data version; -1 when there is no such evaluation. */
    public long current(long evaluationId) {
        return jdbc.sql("select data_version from evaluation where id = ?").param(evaluationId)
                .query(Long.class).optional().orElse(-1L);
    }

    @EventListener
    void bump(EvaluationChanged changed) {
        jdbc.sql("update evaluation set data_version = data_version + 1 where id = ?")
                .param(changed.evaluationId()).update();
    }
}
