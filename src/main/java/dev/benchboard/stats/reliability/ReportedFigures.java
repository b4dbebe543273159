package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.ReportedReliability;

/** Figures computed elsewhere, passed through untouched and labelled as reported, never pooled with ours. */
public record ReportedFigures(String experiment, ReportedReliability figures, String origin) {

    static ReportedFigures of(String experiment, ReportedReliability figures) {
        return new ReportedFigures(experiment, figures, "reported");
    }
}
