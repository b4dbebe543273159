package dev.benchboard.export;

import dev.benchboard.format.Sentence;
import dev.benchboard.report.CandidateReport;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.Figure;
import dev.benchboard.report.GcSection;
import dev.benchboard.report.LatencySection;
import dev.benchboard.stats.capacity.CapacityPlan;
import dev.benchboard.stats.capacity.InstancePlan;
import dev.benchboard.stats.capacity.SloCapacity;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The headline figures of one candidate, read from the report's records (live, or frozen in a share link and read
 * back, see {@link ReportRecords}) without recomputing anything: throughput, latency percentiles and error rate with
 * their intervals, the GC headline, service-level reliability and the capacity plan.
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
        Sentence heapVerdict,
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

    public static List<CandidateHeadline> all(EvaluationReport report) {
        return report == null ? List.of() : report.candidates().stream().map(CandidateHeadline::of).toList();
    }

    /** From report JSON (a share link's snapshot), read into the records first. */
    public static List<CandidateHeadline> all(JsonNode report) {
        return all(ReportRecords.read(report));
    }

    static CandidateHeadline of(CandidateReport c) {
        LatencySection latency = c.latency();
        Map<String, Figure> percentiles = latency == null || latency.latency() == null ? Map.of() : latency.latency();
        GcSection.Headline gc = c.gc() == null ? null : c.gc().headline();
        ReliabilityFigures service = c.reliability() == null || c.reliability().report() == null ? null
                : c.reliability().report().service();
        CapacityPlan plan = c.capacity() == null ? null : c.capacity().plan();
        SloCapacity slo = plan == null ? null : plan.sloCapacity();
        InstancePlan instances = plan == null ? null : plan.instances();
        List<String> notes = new ArrayList<>(ReportRecords.english(c.missing()));
        if (latency != null) notes.addAll(ReportRecords.english(latency.warnings()));
        Integer failures = service == null ? null : service.failures();
        return new CandidateHeadline(
                c.candidate(),
                c.framework(),
                latency == null ? null : Estimate.of(latency.throughput()),
                Estimate.of(percentiles.get("p50")),
                Estimate.of(percentiles.get("p90")),
                Estimate.of(percentiles.get("p99")),
                Estimate.of(percentiles.get("p999")),
                latency == null ? null : Estimate.of(latency.errorRate()),
                gc == null ? null : ReportRecords.finite(gc.pauseP99Ms()),
                gc == null ? null : ReportRecords.finite(gc.gcCpuSharePercent()),
                gc == null ? null : gc.heapVerdict(),
                gc == null || gc.source() == null ? null : gc.source().fileName(),
                failures,
                service == null ? null : Estimate.of(service.mtbfHours(), service.mtbfCiHours(), failures, "h"),
                service == null ? null : Estimate.of(service.mttrSeconds(),
                        service.mttrCi() == null ? null : service.mttrCi().bootstrapMean(), failures, "s"),
                service == null ? null : Estimate.of(service.availability(), service.availabilityCi(), null, "fraction"),
                slo == null ? null : ReportRecords.finite(slo.capacityQps()),
                slo == null || slo.status() == null ? null : slo.status().name(),
                instances == null ? null : instances.baseInstances(),
                instances == null ? null : instances.redundancy(),
                instances == null ? null : instances.instances(),
                instances == null ? null : ReportRecords.finite(instances.monthlyCost()),
                List.copyOf(notes));
    }
}
