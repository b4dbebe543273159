package dev.benchboard.stats.reliability;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Everything computed from a set of chaos experiments.
 *
 * @param experiments   names of the experiments pooled into the figures
 * @param service       service-level figures (union of all outages)
 * @param byFaultType   one row per fault type, over the experiments that exercised it
 * @param byComponent   one row per component, over the experiments in which it appears
 * @param timings       detect/recover times per fault type, then "all"
 * @param errorBudget   against the availability SLO; null when no SLO is set or no window was usable
 * @param resilience    LitmusChaos-style score over all Litmus results
 * @param reported      figures computed by others, passed through as reported
 * @param methods       the definitions used, for display next to the figures
 * @param warnings      data problems and their handling
 */
public record ReliabilityReport(
        List<String> experiments,
        ReliabilityFigures service,
        List<ReliabilityFigures> byFaultType,
        List<ReliabilityFigures> byComponent,
        List<FaultTimings> timings,
        ErrorBudget errorBudget,
        ResilienceScore resilience,
        List<ReportedFigures> reported,
        ReliabilitySettings settings,
        List<Sentence> methods,
        List<Sentence> warnings) {

    public ReliabilityReport {
        experiments = List.copyOf(experiments);
        byFaultType = List.copyOf(byFaultType);
        byComponent = List.copyOf(byComponent);
        timings = List.copyOf(timings);
        reported = List.copyOf(reported);
        methods = List.copyOf(methods);
        warnings = List.copyOf(warnings);
    }
}
