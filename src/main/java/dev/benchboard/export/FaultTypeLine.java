package dev.benchboard.export;

import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import java.util.ArrayList;
import java.util.List;

/** Reliability of one candidate under one fault type, read from the report's records. */
public record FaultTypeLine(String candidate, String faultType, Integer experiments, Double windowSeconds,
                            Double downtimeSeconds, Integer failures, Estimate mttrSeconds, Estimate mtbfHours,
                            Estimate availability, Estimate failureRatePerHour) {

    public static List<FaultTypeLine> all(EvaluationReport report) {
        List<FaultTypeLine> all = new ArrayList<>();
        if (report == null) return all;
        for (CandidateReport c : report.candidates()) {
            if (c.reliability() == null || c.reliability().report() == null) continue;
            for (ReliabilityFigures f : c.reliability().report().byFaultType()) {
                int failures = f.failures();
                all.add(new FaultTypeLine(c.candidate(), f.name(), f.experiments(),
                        ReportRecords.finite(f.windowSeconds()), ReportRecords.finite(f.downtimeSeconds()), failures,
                        Estimate.of(f.mttrSeconds(), f.mttrCi() == null ? null : f.mttrCi().bootstrapMean(), failures, "s"),
                        Estimate.of(f.mtbfHours(), f.mtbfCiHours(), failures, "h"),
                        Estimate.of(f.availability(), f.availabilityCi(), null, "fraction"),
                        Estimate.of(f.failureRatePerHour(), f.failureRateCiPerHour(), failures, "1/h")));
            }
        }
        return all;
    }
}
