package dev.benchboard.tracking;

import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.report.RegressionRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepted regressions: recorded with who, when and why; undone by deleting them. */
@Service
public class Acknowledgements {

    /** How a report row names a candidate's own baseline uploads ("go-http (baseline)"). */
    private static final String BASELINE_SUFFIX = " (baseline)";

    private final JdbcClient jdbc;
    private final EvaluationService evaluations;
    private final Clock clock;

    Acknowledgements(JdbcClient jdbc, EvaluationService evaluations, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Transactional
    public Acknowledgement create(long evaluationId, AcknowledgementDraft draft, String username) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        if (draft == null) throw new IllegalArgumentException("body: {baseline, candidate, benchmark, metric, note}");
        List<String> names = evaluations.get(evaluationId).candidates().stream().map(CandidateView::name).toList();
        String baseline = candidate("baseline", draft.baseline(), names);
        String candidate = candidate("candidate", draft.candidate(), names);
        String benchmark = text("benchmark", draft.benchmark(), 300);
        String metric = text("metric", draft.metric(), 100);
        String note = text("note", draft.note(), 2000);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into acknowledgement (evaluation_id, baseline, candidate, benchmark, metric, note, created_by, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(evaluationId, baseline, candidate, benchmark, metric, note, username, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return get(keys.getKey().longValue()).orElseThrow();
    }

    public List<Acknowledgement> list(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        return jdbc.sql("select * from acknowledgement where evaluation_id = ? order by id").param(evaluationId)
                .query(Acknowledgements::row).list();
    }

    public Optional<Acknowledgement> get(long id) {
        return jdbc.sql("select * from acknowledgement where id = ?").param(id).query(Acknowledgements::row).optional();
    }

    @Transactional
    public void delete(long id) {
        if (jdbc.sql("delete from acknowledgement where id = ?").param(id).update() == 0) {
            throw new NotFoundException("acknowledgement", id);
        }
    }

    /** The acknowledgement accepting a row of the report or of a comparison, if any. */
    public static Optional<Acknowledgement> accepting(List<Acknowledgement> all, RegressionRow row) {
        String baseline = requestedBaseline(row);
        return all.stream().filter(a -> a.accepts(baseline, row.candidate(), row.benchmark(), row.metric())).findFirst();
    }

    /**
     * The baseline name a gate is asked with for this row: a report row of a candidate's own baseline
     * uploads says "go-http (baseline)", the gate is asked baseline=go-http&candidate=go-http.
     */
    public static String requestedBaseline(RegressionRow row) {
        // The API's English name: "go-http (baseline)" (a name the gate and acknowledgements store).
        String baseline = row.baseline().english();
        return baseline.equals(row.candidate() + BASELINE_SUFFIX) ? row.candidate() : baseline;
    }

    private static String candidate(String field, String name, List<String> names) {
        String value = text(field, name, 100);
        return names.stream().filter(n -> n.equalsIgnoreCase(value)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(field + ": no candidate named '" + value + "' in this evaluation; candidates: " + names));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + ": required (1–" + max + " characters)");
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (was " + stripped.length() + ")");
        }
        return stripped;
    }

    private static Acknowledgement row(ResultSet rs, int n) throws SQLException {
        return new Acknowledgement(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("baseline"),
                rs.getString("candidate"), rs.getString("benchmark"), rs.getString("metric"), rs.getString("note"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
