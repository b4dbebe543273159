package dev.benchboard.report;

import dev.benchboard.evaluation.DataVersions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/**
 * Computed reports per evaluation, each valid for one data version read from the database (see
 * {@link DataVersions}). The version is read before the data, so a report is never newer-keyed than its
 * data; another node's change shows here at the next request, because nothing of it lives in this JVM only.
 */
@Component
class ReportCache {

    private record Entry(long version, ReportWithCharts computed) {}

    private final DataVersions versions;
    private final Map<Long, Entry> reports = new ConcurrentHashMap<>();

    ReportCache(DataVersions versions) {
        this.versions = versions;
    }

    /** The report of the current data version if it is computed already; never computes. */
    java.util.Optional<ReportWithCharts> current(long evaluationId) {
        long version = versions.current(evaluationId);
        Entry cached = reports.get(evaluationId);
        return cached != null && cached.version() == version ? java.util.Optional.of(cached.computed()) : java.util.Optional.empty();
    }

    ReportWithCharts get(long evaluationId, LongFunction<ReportWithCharts> compute) {
        long version = versions.current(evaluationId);
        Entry cached = reports.get(evaluationId);
        if (cached != null && cached.version() == version) return cached.computed();
        ReportWithCharts computed = compute.apply(evaluationId);
        // Two requests computing different versions at once: keep the newer.
        reports.merge(evaluationId, new Entry(version, computed), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return computed;
    }
}
