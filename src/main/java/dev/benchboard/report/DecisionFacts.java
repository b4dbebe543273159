package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.decision.CandidateFacts;
import dev.benchboard.decision.Fact;
import dev.benchboard.decision.FactKey;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.stats.capacity.SloCapacity;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The measured facts the decision tree may test, taken from the report (never from quoted figures),
 * each with the uploads it came from.
 */
final class DecisionFacts {

    private DecisionFacts() {
    }

    /** The facts of every candidate of the report that has evidence, in the report's order. */
    static List<CandidateFacts> of(EvaluationReport report, Evidence data) {
        List<CandidateFacts> candidates = new ArrayList<>();
        for (CandidateReport c : report.candidates()) {
            Evidence.CandidateEvidence raw = data.candidates().stream().filter(d -> d.name().equals(c.candidate()))
                    .findFirst().orElse(null);
            if (raw != null) candidates.add(of(c, raw));
        }
        return candidates;
    }

    static CandidateFacts of(CandidateReport c, Evidence.CandidateEvidence data) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        LatencySection latency = c.latency();
        if (latency != null) {
            List<SourceRef> sources = latency.sources();
            if (latency.throughput() != null && latency.throughput().value() != null) {
                put(facts, FactKey.THROUGHPUT_RPS, latency.throughput().value(), sources);
            }
            Figure p99 = latency.latency().get("p99");
            if (p99 != null && p99.value() != null) put(facts, FactKey.P99_MS, p99.value(), sources);
            double[] rss = data.runs().stream().map(r -> r.run().metrics().get("rss_mb")).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sorted().toArray();
            if (rss.length > 0) put(facts, FactKey.MEMORY_MB, rss[rss.length / 2], sources);
        }
        CapacitySection capacity = c.capacity();
        if (capacity != null && capacity.plan() != null && capacity.plan().sloCapacity() != null) {
            SloCapacity slo = capacity.plan().sloCapacity();
            if (slo.capacityQps() != null && slo.status() != SloCapacity.Status.BELOW_MEASURED_RANGE) {
                put(facts, FactKey.SLO_BOUND_CAPACITY_RPS, slo.capacityQps(), capacity.sources());
            }
        }
        if (c.gc() != null && c.gc().headline() != null && c.gc().headline().pauseP99Ms() != null) {
            put(facts, FactKey.GC_PAUSE_P99_MS, c.gc().headline().pauseP99Ms(), List.of(c.gc().headline().source()));
        }
        if (c.gc() != null) leak(c.gc(), facts);
        ReliabilitySection reliability = c.reliability();
        if (reliability != null && reliability.report() != null && reliability.report().service() != null) {
            ReliabilityFigures s = reliability.report().service();
            List<SourceRef> sources = reliability.sources();
            put(facts, FactKey.AVAILABILITY, s.availability(), sources);
            if (s.failureRatePerHour() != null) put(facts, FactKey.FAILURE_RATE_PER_HOUR, s.failureRatePerHour(), sources);
            if (s.mttrSeconds() != null) put(facts, FactKey.MTTR_SECONDS, s.mttrSeconds(), sources);
        }
        return new CandidateFacts(c.candidate(), c.framework(), facts, faultPlan(data));
    }

    /**
     * 1 when any of the candidate's GC traces has its leak verdict (the GC report's own, over the window it
     * states), with those traces as sources; 0 when traces were tested and none is suspected; absent without a
     * heap trend.
     */
    private static void leak(GcSection gc, Map<String, Fact> facts) {
        List<GcSection.Trace> tested = gc.traces().stream().filter(t -> t.report().heapTrend() != null).toList();
        if (tested.isEmpty()) return;
        List<GcSection.Trace> leaking = tested.stream().filter(t -> t.report().heapTrend().leakSuspected()).toList();
        put(facts, FactKey.LEAK_SUSPECTED, leaking.isEmpty() ? 0 : 1,
                (leaking.isEmpty() ? tested : leaking).stream().map(GcSection.Trace::source).toList());
    }

    /** The fault types the candidate's chaos runs injected: fault_injected events and outages that name one. */
    private static List<String> faultPlan(Evidence.CandidateEvidence data) {
        java.util.Set<String> plan = new java.util.TreeSet<>();
        for (Evidence.ChaosItem item : data.chaos()) {
            item.chaos().events().stream().filter(e -> "fault_injected".equals(e.event())).map(e -> e.faultType())
                    .forEach(type -> addFaultType(plan, type));
            item.chaos().outages().forEach(o -> addFaultType(plan, o.faultType()));
        }
        return List.copyOf(plan);
    }

    private static void addFaultType(java.util.Set<String> plan, String type) {
        if (type != null && !type.isBlank()) plan.add(type.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static void put(Map<String, Fact> facts, FactKey key, double value, List<SourceRef> sources) {
        if (Double.isFinite(value)) facts.put(key.key(), new Fact(value, key.unit(), sources));
    }

}
