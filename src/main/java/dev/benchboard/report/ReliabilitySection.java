package dev.benchboard.report;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.stats.reliability.FaultAttribution;
import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.stats.reliability.ReliabilityAnalyzer;
import dev.benchboard.stats.reliability.ReliabilityReport;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate's reliability, pooled over all its chaos uploads (sums of uptime, downtime and
 * outages). Reported figures travel inside the report, labelled as reported. When the candidate has
 * both a probe log and an injection log of the same run, they are combined first
 * ({@link FaultAttribution}): the prober's outages get the fault types of the injections overlapping
 * them, outages without one are "unexplained".
 */
public record ReliabilitySection(List<SourceRef> sources, ReliabilityReport report) {

    static ReliabilitySection of(List<Evidence.ChaosItem> items, ReliabilitySettings settings) {
        if (items.isEmpty()) return null;
        FaultAttribution.Combined combined = FaultAttribution.combine(items.stream().map(Evidence.ChaosItem::chaos).toList());
        List<SourceRef> sources = items.stream().map(i -> SourceRef.of(i.source())).distinct().toList();
        ReliabilityReport report = ReliabilityAnalyzer.analyse(combined.experiments(), settings);
        return new ReliabilitySection(sources, combined.attributed() ? withAttribution(report, combined) : report);
    }

    private static ReliabilityReport withAttribution(ReliabilityReport r, FaultAttribution.Combined combined) {
        List<Sentence> methods = new ArrayList<>(r.methods());
        methods.add(FaultAttribution.METHOD);
        List<Sentence> warnings = new ArrayList<>(combined.notes());
        warnings.addAll(r.warnings());
        return new ReliabilityReport(r.experiments(), r.service(), r.byFaultType(), r.byComponent(), r.timings(),
                r.errorBudget(), r.resilience(), r.reported(), r.settings(), methods, warnings);
    }
}
