package dev.benchboard.decision;

import dev.benchboard.evidence.SourceRef;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders shared by the decision tests. */
final class Fixtures {

    static final Path DATA = Path.of("data");

    private Fixtures() {
    }

    static FrameworkProfiles shippedProfiles() {
        return FrameworkProfiles.loadDefault(DATA);
    }

    static DecisionTree defaultTree() {
        return DecisionTrees.loadDefault(DATA);
    }

    /** ServiceRequirements with every field settable by name; unset numbers stay null, booleans false. */
    static final class Req {
        Double targetQps;
        Double p99SloMs;
        Double availabilitySlo;
        Double headroomPercent;
        Integer redundancy;
        boolean netHttp;
        boolean http2;
        boolean websocket;
        boolean ecosystem;
        boolean maintainability;

        Req target(double qps, double headroom, int k) {
            targetQps = qps;
            headroomPercent = headroom;
            redundancy = k;
            return this;
        }

        ServiceRequirements build() {
            return new ServiceRequirements(targetQps, p99SloMs, availabilitySlo, headroomPercent, redundancy, 8, 16.0, null,
                    netHttp, http2, websocket, ecosystem, maintainability);
        }
    }

    /** A candidate from alternating fact keys and values, each fact from its own upload. */
    static CandidateFacts candidate(String name, String framework, Object... keyValues) {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            FactKey key = FactKey.byKey((String) keyValues[i]).orElseThrow();
            double value = ((Number) keyValues[i + 1]).doubleValue();
            facts.put(key.key(), Fact.of(key, value, new SourceRef(100 + i, name.toLowerCase() + "-" + key.key() + ".txt", null, null)));
        }
        return new CandidateFacts(name, framework, facts);
    }

    /**
     * Four candidates with a full set of facts. The numbers echo the figures quoted in the seed articles
     * only to look familiar; in these tests they stand for measurements.
     */
    static List<CandidateFacts> fourMeasured() {
        return List.of(
                candidate("Gin", "gin", "throughputRps", 42850, "p99Ms", 12.3, "sloBoundCapacityRps", 9000, "memoryMb", 180,
                        "gcPauseP99Ms", 0.9, "availability", 0.9995, "failureRatePerHour", 0.02, "mttrSeconds", 60),
                candidate("Echo", "echo", "throughputRps", 39160, "p99Ms", 14.8, "sloBoundCapacityRps", 8500, "memoryMb", 190,
                        "gcPauseP99Ms", 1.0, "availability", 0.9996, "failureRatePerHour", 0.018, "mttrSeconds", 55),
                candidate("Fiber", "fiber", "throughputRps", 51320, "p99Ms", 8.6, "sloBoundCapacityRps", 14000, "memoryMb", 150,
                        "gcPauseP99Ms", 0.7, "availability", 0.9993, "failureRatePerHour", 0.03, "mttrSeconds", 80),
                candidate("Chi", "chi", "throughputRps", 30000, "p99Ms", 15.0, "sloBoundCapacityRps", 7000, "memoryMb", 170,
                        "gcPauseP99Ms", 0.8, "availability", 0.9997, "failureRatePerHour", 0.015, "mttrSeconds", 50));
    }

    static DecisionInput input(Req req, List<CandidateFacts> candidates) {
        return new DecisionInput(req.build(), CriterionWeights.defaults(), candidates);
    }

    static Recommendation recommendation(DecisionResult result, String candidate) {
        return result.recommendation().stream().filter(r -> r.candidate().equals(candidate)).findFirst().orElseThrow();
    }

    static PathStep step(DecisionResult result, String node) {
        return result.path().stream().filter(s -> s.node().equals(node)).findFirst().orElseThrow();
    }

    static List<String> ranked(DecisionResult result) {
        return result.recommendation().stream().filter(r -> !r.excluded()).map(Recommendation::candidate).toList();
    }
}
