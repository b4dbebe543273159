package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationChanged;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.stats.gc.GcAnalyzer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The user's GC steady window for one trace, kept in the trace's settings ({@code gcWindowStart},
 * {@code gcWindowEnd}, seconds since process start) so that it survives restarts and travels with
 * backups; the report is recomputed with it.
 */
@Service
public class GcWindowOverrides {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    GcWindowOverrides(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Sets the window (both given) or removes it (both null) for a trace of the evaluation. */
    @Transactional
    public void set(long evaluationId, long traceId, Double startSeconds, Double endSeconds) {
        if (!CurrentUser.canEdit()) throw new AccessDeniedException("changing a GC window needs the editor role");
        validate(startSeconds, endSeconds);
        Optional<String> json = jdbc.sql("select t.settings_json from gc_trace t join upload u on u.id = t.upload_id"
                        + " where t.id = ? and u.evaluation_id = ?")
                .param(traceId).param(evaluationId).query((rs, n) -> rs.getString(1) == null ? "{}" : rs.getString(1))
                .optional();
        if (json.isEmpty()) throw new NotFoundException("GC trace", traceId);
        Map<String, String> settings = new LinkedHashMap<>(Json.read(json.get(), STRING_MAP));
        if (startSeconds == null) {
            settings.remove(GcAnalyzer.WINDOW_START);
            settings.remove(GcAnalyzer.WINDOW_END);
        } else {
            settings.put(GcAnalyzer.WINDOW_START, plain(startSeconds));
            settings.put(GcAnalyzer.WINDOW_END, plain(endSeconds));
        }
        jdbc.sql("update gc_trace set settings_json = ? where id = ?").param(Json.write(settings)).param(traceId).update();
        events.publishEvent(new EvaluationChanged(evaluationId));
    }

    /** Both or neither; finite, ≥ 0, start before end. */
    static void validate(Double start, Double end) {
        if ((start == null) != (end == null)) throw new IllegalArgumentException("give both the start and the end of the GC window");
        if (start == null) return;
        if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end <= start) {
            throw new IllegalArgumentException("the GC window needs 0 ≤ start < end (seconds since process start), got "
                    + start + "–" + end);
        }
    }

    private static String plain(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
    }
}
