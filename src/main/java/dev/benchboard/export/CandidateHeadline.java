package dev.benchboard.export;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The headline figures of one candidate, read from report JSON (live or frozen in a share link)
 * without recomputing anything: throughput, latency percentiles and error rate with their
 * intervals, the GC headline, service-level reliability and the capacity plan.
 *
 * @param mtbfHours          with the χ² interval of the report
 * @param mttrSeconds        with the bootstrap interval of the mean repair time
 * @param availability       a fraction, with the interval mapped from the MTBF interval
 * @param sloCapacityStatus  how the SLO-bound capacity was obtained (INTERPOLATED, SLO_NOT_REACHED …)
 * @param instances          fleet size including redundancy (N + k); null without a plan
 * @param notes              what is missing and the load-test warnings, in the report's words
 */
public record CandidateHeadline(
        String candidate,
        String framework,
        Estimate throughput,
        Estimate p50,
        Estimate p90,
        Estimate p99,
        Estimate p999,
        Estimate errorRate,
        Double gcPauseP99Ms,
        Double gcCpuSharePercent,
        String heapVerdict,
        String gcTrace,
        Integer failures,
        Estimate mtbfHours,
        Estimate mttrSeconds,
        Estimate availability,
        Double sloCapacityQps,
        String sloCapacityStatus,
        Integer baseInstances,
        Integer redundancy,
        Integer instances,
        Double monthlyCost,
        List<String> notes) {

    public static List<CandidateHeadline> all(JsonNode report) {
        List<CandidateHeadline> all = new ArrayList<>();
        for (JsonNode c : report.path("candidates")) all.add(of(c));
        return all;
    }

    static CandidateHeadline of(JsonNode c) {
        JsonNode latency = c.path("latency");
        JsonNode percentiles = latency.path("latency");
        JsonNode gc = c.path("gc").path("headline");
        JsonNode service = c.path("reliability").path("report").path("service");
        JsonNode plan = c.path("capacity").path("plan");
        JsonNode instances = plan.path("instances");
        List<String> notes = new ArrayList<>(JsonValues.texts(c.path("missing")));
        notes.addAll(JsonValues.texts(latency.path("warnings")));
        Integer failures = JsonValues.integer(service.path("failures"));
        return new CandidateHeadline(
                JsonValues.text(c.path("candidate")),
                JsonValues.text(c.path("framework")),
                Estimate.ofFigure(latency.path("throughput")),
                Estimate.ofFigure(percentiles.path("p50")),
                Estimate.ofFigure(percentiles.path("p90")),
                Estimate.ofFigure(percentiles.path("p99")),
                Estimate.ofFigure(percentiles.path("p999")),
                Estimate.ofFigure(latency.path("errorRate")),
                JsonValues.number(gc.path("pauseP99Ms")),
                JsonValues.number(gc.path("gcCpuSharePercent")),
                JsonValues.text(gc.path("heapVerdict")),
                JsonValues.text(gc.path("source").path("fileName")),
                failures,
                Estimate.ofInterval(service.path("mtbfHours"), service.path("mtbfCiHours"), failures, "h"),
                Estimate.ofInterval(service.path("mttrSeconds"), service.path("mttrCi").path("bootstrapMean"),
                        failures, "s"),
                Estimate.ofInterval(service.path("availability"), service.path("availabilityCi"), null, "fraction"),
                JsonValues.number(plan.path("sloCapacity").path("capacityQps")),
                JsonValues.text(plan.path("sloCapacity").path("status")),
                JsonValues.integer(instances.path("baseInstances")),
                JsonValues.integer(instances.path("redundancy")),
                JsonValues.integer(instances.path("instances")),
                JsonValues.number(instances.path("monthlyCost")),
                List.copyOf(notes));
    }
}
