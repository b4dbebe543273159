package dev.benchboard.report;

import dev.benchboard.evaluation.EvaluationChanged;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computed reports per evaluation, valid for one state of its data: every change bumps the
 * evaluation's version, and a report computed while a change happened is not kept.
 */
@Component
class ReportCache {

    private record Entry(long version, EvaluationReport report) {}

    private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Map<Long, Entry> reports = new ConcurrentHashMap<>();

    EvaluationReport get(long evaluationId, LongFunction<EvaluationReport> compute) {
        long version = version(evaluationId).get();
        Entry cached = reports.get(evaluationId);
        if (cached != null && cached.version() == version) return cached.report();
        EvaluationReport report = compute.apply(evaluationId);
        if (version(evaluationId).get() == version) reports.put(evaluationId, new Entry(version, report));
        return report;
    }

    @EventListener
    void on(EvaluationChanged changed) {
        version(changed.evaluationId()).incrementAndGet();
        reports.remove(changed.evaluationId());
    }

    private AtomicLong version(long evaluationId) {
        return versions.computeIfAbsent(evaluationId, id -> new AtomicLong());
    }
}
