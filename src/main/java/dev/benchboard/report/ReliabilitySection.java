package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.stats.reliability.ReliabilityAnalyzer;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.util.List;

/**
 * A candidate's reliability, pooled over all its chaos uploads (sums of uptime, downtime and
 * outages). Reported figures travel inside the report, labelled as reported.
 */
public record ReliabilitySection(List<SourceRef> sources, ReliabilityReport report) {

    static ReliabilitySection of(List<Evidence.ChaosItem> items, ReliabilitySettings settings) {
        if (items.isEmpty()) return null;
        List<ChaosData> experiments = items.stream().map(Evidence.ChaosItem::chaos).toList();
        List<SourceRef> sources = items.stream().map(i -> SourceRef.of(i.source())).distinct().toList();
        return new ReliabilitySection(sources, ReliabilityAnalyzer.analyse(experiments, settings));
    }
}
