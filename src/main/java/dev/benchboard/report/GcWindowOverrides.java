package dev.benchboard.report;

import dev.benchboard.evaluation.EvaluationChanged;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.format.Sentence;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.stats.gc.GcAnalyzer;
import dev.benchboard.stats.gc.SteadyWindow;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's GC steady window for one trace, kept in the trace's settings ({@code gcWindowStart},
 * {@code gcWindowEnd}, seconds since process start) so that it survives restarts and travels with
 * backups; the report is recomputed with it.
 */
@Service
public class GcWindowOverrides {

    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;

    GcWindowOverrides(EvidenceStore evidence, ApplicationEventPublisher events) {
        this.evidence = evidence;
        this.events = events;
    }

    /** Sets the window (both given) or removes it (both null) for a trace of the evaluation. */
    @Transactional
    public void set(long evaluationId, long traceId, Double startSeconds, Double endSeconds) {
        if (!CurrentUser.canEdit()) {
            throw new AccessDeniedException(Sentence.of("report.gc.window.editor-only").english());
        }
        validate(startSeconds, endSeconds);
        Map<String, String> settings = new LinkedHashMap<>(evidence.gcTraceSettings(evaluationId, traceId)
                .orElseThrow(() -> new NotFoundException("GC trace", traceId)));
        if (startSeconds == null) {
            settings.remove(GcAnalyzer.WINDOW_START);
            settings.remove(GcAnalyzer.WINDOW_END);
        } else {
            settings.put(GcAnalyzer.WINDOW_START, plain(startSeconds));
            settings.put(GcAnalyzer.WINDOW_END, plain(endSeconds));
        }
        evidence.updateGcTraceSettings(traceId, settings);
        events.publishEvent(new EvaluationChanged(evaluationId));
    }

    /** Both or neither; finite, ≥ 0, start before end; else {@link SteadyWindow.Unusable} says which. */
    static void validate(Double start, Double end) {
        if ((start == null) != (end == null)) throw new SteadyWindow.Unusable(Sentence.of("report.gc.window.both"));
        if (start == null) return;
        if (!Double.isFinite(start) || !Double.isFinite(end) || start < 0 || end <= start) {
            throw new SteadyWindow.Unusable(Sentence.of("report.gc.window.order", String.valueOf(start), String.valueOf(end)));
        }
    }

    private static String plain(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
    }
}
