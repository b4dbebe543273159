package dev.benchboard.export;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reliability of one candidate under one fault type, read from report JSON. */
public record FaultTypeLine(String candidate, String faultType, Integer experiments, Double windowSeconds,
                            Double downtimeSeconds, Integer failures, Estimate mttrSeconds, Estimate mtbfHours,
                            Estimate availability, Estimate failureRatePerHour) {

    public static List<FaultTypeLine> all(JsonNode report) {
        List<FaultTypeLine> all = new ArrayList<>();
        for (JsonNode c : report.path("candidates")) {
            for (JsonNode f : c.path("reliability").path("report").path("byFaultType")) {
                Integer failures = JsonValues.integer(f.path("failures"));
                all.add(new FaultTypeLine(JsonValues.text(c.path("candidate")), JsonValues.text(f.path("name")),
                        JsonValues.integer(f.path("experiments")), JsonValues.number(f.path("windowSeconds")),
                        JsonValues.number(f.path("downtimeSeconds")), failures,
                        Estimate.ofInterval(f.path("mttrSeconds"), f.path("mttrCi").path("bootstrapMean"), failures, "s"),
                        Estimate.ofInterval(f.path("mtbfHours"), f.path("mtbfCiHours"), failures, "h"),
                        Estimate.ofInterval(f.path("availability"), f.path("availabilityCi"), null, "fraction"),
                        Estimate.ofInterval(f.path("failureRatePerHour"), f.path("failureRateCiPerHour"), failures, "1/h")));
            }
        }
        return all;
    }
}
