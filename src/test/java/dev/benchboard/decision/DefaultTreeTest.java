package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.SourceRef;
import static dev.benchboard.decision.Fixtures.candidate;
import static dev.benchboard.decision.Fixtures.fourMeasured;
import static dev.benchboard.decision.Fixtures.input;
import static dev.benchboard.decision.Fixtures.ranked;
import static dev.benchboard.decision.Fixtures.recommendation;
import static dev.benchboard.decision.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.decision.Fixtures.Req;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped tree (data/decision-tree.json) with the shipped profiles (data/frameworks.json). */
class DefaultTreeTest {

    private final DecisionEngine engine = new DecisionEngine(Fixtures.shippedProfiles());
    private final DecisionTree tree = Fixtures.defaultTree();

    @Test
    void shippedTreeFollowsTheSixSteps() {
        assertThat(tree.id()).isEqualTo("production-api-framework");
        assertThat(tree.nodes()).extracting(Node::id).containsExactly(
                "net-http-required", "http2-required", "measured-shortfalls", "capacity-gap", "ecosystem", "maintainability",
                "features", "rank");
        assertThat(tree.parameters().get("maxInstances").value()).isEqualTo(6);
    }

    @Test
    void netHttpRequirementExcludesFasthttpBasedCandidates() {
        Req req = new Req();
        req.netHttp = true;
        DecisionResult result = engine.decide(tree, input(req, fourMeasured()));

        Recommendation fiber = recommendation(result, "Fiber");
        assertThat(fiber.excluded()).isTrue();
        assertThat(fiber.rank()).isNull();
        assertThat(fiber.score()).isNull();
        assertThat(fiber.excludedAt()).isEqualTo("net-http-required");
        assertThat(fiber.excludedReason().english()).startsWith("not net/http-compatible (built on fasthttp)");
        assertThat(Sentence.in(fiber.reasons(), Locale.ENGLISH)).first().asString().startsWith("Excluded at node 'net-http-required': not net/http-compatible");
        assertThat(ranked(result)).containsExactlyInAnyOrder("Chi", "Echo", "Gin");
        assertThat(result.recommendation().getLast().candidate()).isEqualTo("Fiber");

        PathStep first = result.path().getFirst();
        assertThat(first.node()).isEqualTo("net-http-required");
        assertThat(first.answer()).isEqualTo("yes");
        assertThat(first.evidence()).anySatisfy(e -> {
            assertThat(e.quantity().english()).isEqualTo("requirement netHttpCompatibility");
            assertThat(e.value()).isEqualTo(true);
            assertThat(e.threshold()).isEqualTo(true);
        });
        assertThat(first.evidence()).anySatisfy(e -> {
            assertThat(e.quantity().english()).isEqualTo("profile netHttpCompatible");
            assertThat(e.candidate()).isEqualTo("Fiber");
            assertThat(e.value()).isEqualTo(false);
        });
        assertThat(effects(first)).containsExactly("exclude Fiber excluded: " + fiber.excludedReason().english());
    }

    @Test
    void measuredCapacityGapPutsFiberFirst() {
        // requiredPerInstanceQps = 40000 × (1 + 30/100) / (maxInstances 6 − redundancy 1) = 52000 / 5 = 10400 rps.
        // Best net/http-based SLO-bound capacity: Gin 9000 < 10400 → gap; Fiber measured 14000 > 9000.
        DecisionResult result = engine.decide(tree, input(new Req().target(40000, 30, 1), fourMeasured()));

        assertThat(result.top()).isEqualTo("Fiber");
        assertThat(recommendation(result, "Fiber").preferenceTier()).isEqualTo(1);
        assertThat(result.topDecidedBy().english()).startsWith("preference tier 1 from node 'capacity-gap'");
        PathStep gap = step(result, "capacity-gap");
        assertThat(gap.answer()).isEqualTo("yes");
        Observation comparison = gap.evidence().stream()
                .filter(e -> e.quantity().english().equals("max sloBoundCapacityRps over candidates where netHttpCompatible = true"))
                .findFirst().orElseThrow();
        assertThat(comparison.candidate()).isEqualTo("Gin");
        assertThat(comparison.value()).isEqualTo(9000.0);
        assertThat(comparison.op()).isEqualTo("<");
        assertThat((Double) comparison.threshold()).isCloseTo(10400.0, within(1e-9));
        assertThat(comparison.unit()).isEqualTo("rps");
        assertThat(comparison.sources()).containsExactly(new SourceRef(104, "gin-sloBoundCapacityRps.txt", null, null));
        assertThat(comparison.note().english()).isEqualTo("requiredPerInstanceQps = targetQps 40000 × (1 + headroomPercent 30 / 100)"
                + " / (maxInstances 6 − redundancy 1) = 10400 rps");
        // The prefer action compared Fiber's own measurement with the same aggregate.
        assertThat(gap.evidence()).anySatisfy(e -> {
            assertThat(e.quantity().english()).isEqualTo("sloBoundCapacityRps");
            assertThat(e.candidate()).isEqualTo("Fiber");
            assertThat(e.value()).isEqualTo(14000.0);
            assertThat(e.op()).isEqualTo(">");
            assertThat(e.threshold()).isEqualTo(9000.0);
        });
        assertThat(effects(gap)).containsExactly("prefer Fiber preferred: "
                + "tier 1: fasthttp-based with more measured SLO-bound capacity than the best net/http-based candidate,"
                        + " which falls short of the required per-instance throughput");
    }

    /** The effects of a step as "action candidate outcome: reason", the reason in English. */
    private static List<String> effects(PathStep step) {
        return step.effects().stream().map(e -> e.action() + " " + e.candidate() + " " + e.outcome() + ": " + e.reason().english())
                .toList();
    }

    @Test
    void noCapacityGapWhenTheBudgetIsLargerOrNetHttpIsRequired() {
        // maxInstances 7: 52000 / 6 = 8666.7 rps ≤ Gin's 9000 → no gap, nobody preferred on capacity.
        DecisionInput roomy = new DecisionInput(new Req().target(40000, 30, 1).build(), CriterionWeights.defaults(), fourMeasured(),
                Map.of("maxInstances", 7.0));
        DecisionResult result = engine.decide(tree, roomy);
        assertThat(step(result, "capacity-gap").answer()).isEqualTo("no");
        assertThat(recommendation(result, "Fiber").preferenceTier()).isNull();
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains("Parameter maxInstances = 7 (tree default 6)");

        // Step 1 excluded Fiber: the gap is real, but there is no fasthttp candidate left to prefer.
        Req strict = new Req().target(40000, 30, 1);
        strict.netHttp = true;
        DecisionResult excluded = engine.decide(tree, input(strict, fourMeasured()));
        PathStep gap = step(excluded, "capacity-gap");
        assertThat(gap.answer()).isEqualTo("yes");
        assertThat(gap.effects()).extracting(Effect::outcome).containsExactly("no candidate matched");
        assertThat(excluded.top()).isNotEqualTo("Fiber");
    }

    @Test
    void ecosystemPriorityPutsGinFirst() {
        Req req = new Req();
        req.ecosystem = true;
        DecisionResult result = engine.decide(tree, input(req, fourMeasured()));

        assertThat(result.top()).isEqualTo("Gin");
        assertThat(recommendation(result, "Gin").preferenceTier()).isEqualTo(1);
        PathStep ecosystem = step(result, "ecosystem");
        assertThat(ecosystem.answer()).isEqualTo("yes");
        // ecosystemScore = (3+3+3+3)/12 = 1 for Gin, (2+2+3+3)/12 for Echo, (3+2+2+3)/12 for Chi, 8/12 for Fiber.
        assertThat(ecosystem.evidence()).anySatisfy(e -> {
            assertThat(e.candidate()).isEqualTo("Echo");
            assertThat((Double) e.value()).isCloseTo(10 / 12.0, within(1e-12));
        });
        assertThat(ecosystem.effects()).extracting(Effect::candidate, Effect::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gin", "preferred"));
        // targetQps is not set, so the capacity question cannot be answered and does nothing.
        PathStep gap = step(result, "capacity-gap");
        assertThat(gap.answer()).isEqualTo("unknown");
        assertThat(gap.branch()).isEqualTo("unknown");
        assertThat(gap.evidence().getLast().note().english()).isEqualTo("requirement targetQps is not set, so requiredPerInstanceQps cannot be computed");
    }

    @Test
    void maintainabilityPutsChiFirstThenNetHttp() {
        Req req = new Req();
        req.maintainability = true;
        List<CandidateFacts> candidates = new ArrayList<>(fourMeasured());
        candidates.add(candidate("net/http", "nethttp", "throughputRps", 35000, "failureRatePerHour", 0.001));
        DecisionResult result = engine.decide(tree, input(req, candidates));

        // net/http has the lowest failure rate, yet the preferences come first.
        assertThat(ranked(result).subList(0, 2)).containsExactly("Chi", "net/http");
        assertThat(recommendation(result, "Chi").preferenceTier()).isEqualTo(1);
        assertThat(recommendation(result, "net/http").preferenceTier()).isEqualTo(2);
        assertThat(result.topDecidedBy().english()).isEqualTo("preference tier 1 from node 'maintainability': router over plain"
                + " http.Handler middleware: standard-library composability, easy to test and maintain");
    }

    @Test
    void http2OrWebsocketPutsEchoFirst() {
        Req http2 = new Req();
        http2.http2 = true;
        DecisionResult result = engine.decide(tree, input(http2, fourMeasured()));
        assertThat(result.top()).isEqualTo("Echo");
        assertThat(recommendation(result, "Fiber").excludedAt()).isEqualTo("http2-required");
        assertThat(recommendation(result, "Fiber").excludedReason().english()).isEqualTo("cannot serve HTTP/2 (fasthttp is HTTP/1.x only)");
        assertThat(step(result, "features").effects()).extracting(Effect::candidate).containsExactly("Echo");

        Req websocket = new Req();
        websocket.websocket = true;
        DecisionResult ws = engine.decide(tree, input(websocket, fourMeasured()));
        assertThat(ws.top()).isEqualTo("Echo");
        assertThat(recommendation(ws, "Fiber").excluded()).isFalse();
    }

    @Test
    void withoutPrioritiesReliabilityBandsThenWeightedScoreDecide() {
        // Failure-rate bands (tolerance 0.25): Chi 0.015 starts band 1 (≤ 0.01875) with Echo 0.018; Gin 0.02
        // starts band 2 (≤ 0.025); Fiber 0.03 band 3. MTTR: Echo 55 ≤ 50 × 1.25 keeps Chi and Echo tied.
        // Weighted scores over all four, default weights, computed independently with python3:
        //   c = {"Gin": (42850, 12.3, 180, 0.9, 0.9995, 12/12), "Echo": (39160, 14.8, 190, 1.0, 0.9996, 10/12),
        //        "Fiber": (51320, 8.6, 150, 0.7, 0.9993, 8/12), "Chi": (30000, 15.0, 170, 0.8, 0.9997, 10/12)}
        //   w = (0.2, 0.25, 0.1, 0.1, 0.2, 0.15); higher = (1, 0, 0, 0, 1, 1)
        //   for n in c: print(n, sum(w[k] * ((c[n][k] - lo) / (hi - lo) if higher[k] else (hi - c[n][k]) / (hi - lo))
        //       for k in range(6) for lo, hi in [(min(v[k] for v in c.values()), max(v[k] for v in c.values()))]))
        // → Chi 0.39166666666666666, Echo 0.31874120544091444, Gin 0.5343461733896463, Fiber 0.65.
        DecisionResult result = engine.decide(tree, input(new Req(), fourMeasured()));

        assertThat(ranked(result)).containsExactly("Chi", "Echo", "Gin", "Fiber");
        assertThat(recommendation(result, "Chi").score()).isCloseTo(0.39166666666666666, within(1e-12));
        assertThat(recommendation(result, "Echo").score()).isCloseTo(0.31874120544091444, within(1e-12));
        assertThat(recommendation(result, "Gin").score()).isCloseTo(0.5343461733896463, within(1e-12));
        assertThat(recommendation(result, "Fiber").score()).isCloseTo(0.65, within(1e-12));
        assertThat(result.topDecidedBy().english()).startsWith("rank key weighted score");
        assertThat(result.ties().tiedWith()).isEmpty();
        // Chi and Echo are the contenders the weights decide between, so the sensitivity is real.
        assertThat(result.sensitivity()).extracting(SensitivityEntry::weight)
                .containsExactly("throughput", "p99", "memory", "gcPause", "availability", "ecosystem");
        assertThat(result.sensitivity()).allSatisfy(s -> assertThat(s.summary().english()).doesNotStartWith("No change"));
    }

    @Test
    void missingEvidenceIsShownAndNotScored() {
        // Hertz has no profile and no measurements; Gin lacks a p99 and any chaos data.
        List<CandidateFacts> candidates = List.of(
                candidate("Echo", "echo", "throughputRps", 40000, "p99Ms", 10, "failureRatePerHour", 0.01,
                        "sloBoundCapacityRps", 8000),
                candidate("Gin", "gin", "throughputRps", 42000),
                candidate("Hertz", "hertz"));
        Req req = new Req().target(40000, 30, 1);
        req.netHttp = true;
        DecisionResult result = engine.decide(tree, input(req, candidates));

        // Unknown profile: the exclusion cannot be tested, so Hertz stays, flagged.
        assertThat(recommendation(result, "Hertz").excluded()).isFalse();
        assertThat(effects(step(result, "net-http-required"))).contains(
                "exclude Hertz not excluded: no evidence: no framework profile for 'hertz'");
        // Capacity: only Echo has a measurement; Gin's missing one is listed, not guessed.
        PathStep gap = step(result, "capacity-gap");
        assertThat(gap.evidence()).anySatisfy(e -> {
            assertThat(e.candidate()).isEqualTo("Gin");
            assertThat(e.value()).isNull();
            assertThat(e.note().english()).isEqualTo("no evidence: not counted in the max");
        });
        // Weighted score: Gin's missing p99 is reported and left out of its score (weights renormalised), and Echo's
        // p99, known for Echo alone, compares with nothing, so it is left out of Echo's score too.
        Recommendation gin = recommendation(result, "Gin");
        Contribution p99 = gin.contributions().stream().filter(c -> c.criterion().equals("p99")).findFirst().orElseThrow();
        assertThat(p99.basis()).isEqualTo("no evidence");
        assertThat(p99.value()).isNull();
        assertThat(p99.normalised()).isNull();
        assertThat(p99.weightShare()).isZero();
        assertThat(Sentence.in(gin.reasons(), Locale.ENGLISH)).contains("p99 (weight 0.25, share 0): no evidence — left out of the score");
        Contribution echoP99 = recommendation(result, "Echo").contributions().stream()
                .filter(c -> c.criterion().equals("p99")).findFirst().orElseThrow();
        assertThat(echoP99.basis()).isEqualTo("not compared");
        // Scored criteria: throughput (Echo 40000 → 0, Gin 42000 → 1) and ecosystem (Echo 10/12 → 0, Gin 1 → 1).
        // Gin: (0.2·1 + 0.15·1)/(0.2 + 0.15) = 1, coverage 0.35; Echo: 0/0.35 = 0.
        assertThat(gin.score()).isCloseTo(1.0, within(1e-12));
        assertThat(gin.evidenceCoverage()).isCloseTo(0.35, within(1e-12));
        assertThat(recommendation(result, "Echo").score()).isZero();
        Recommendation hertz = recommendation(result, "Hertz");
        assertThat(hertz.score()).isZero();
        assertThat(hertz.evidenceCoverage()).isZero();
        // Before: Echo first because it alone had a failure rate (the others were "placed after the candidates measured
        // on it"). Now the failure-rate key does not order a group in which some have no evidence, so the score decides.
        assertThat(Sentence.in(hertz.reasons(), Locale.ENGLISH)).contains("Rank key failureRatePerHour: no evidence — not applied to its group: no evidence"
                + " for Gin, Hertz (missing evidence is reported, never ranked on)");
        assertThat(ranked(result)).containsExactly("Gin", "Echo", "Hertz");
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains(
                "Candidate 'Hertz': no framework profile for 'hertz'; profile tests answer 'no evidence' for it and its"
                        + " ecosystem criterion is not credited",
                "No evidence for memory (memoryMb) for any candidate: reported as missing and left out of the scores",
                "No evidence for p99 (p99Ms) for Gin, Hertz: reported as missing and left out of their scores (weights"
                        + " renormalised over what was measured)",
                "p99 is known for Echo only: nothing to compare it with, so it is left out of the score");
    }

    @Test
    void resultIsDeterministicWhateverTheInputOrder() {
        Req req = new Req().target(40000, 30, 1);
        req.websocket = true;
        List<CandidateFacts> shuffled = new ArrayList<>(fourMeasured());
        Collections.reverse(shuffled);
        DecisionResult a = engine.decide(tree, input(req, fourMeasured()));
        DecisionResult b = engine.decide(tree, input(req, shuffled));
        assertThat(b).isEqualTo(a);
        JsonMapper mapper = JsonMapper.shared();
        assertThat(mapper.writeValueAsString(b)).isEqualTo(mapper.writeValueAsString(a));
    }

    @Test
    void jsonOutputHasTheApiFieldNames() {
        DecisionResult result = engine.decide(tree, input(new Req().target(40000, 30, 1), fourMeasured()));
        JsonNode json = JsonMapper.shared().valueToTree(result);
        assertThat(json.propertyNames()).contains("recommendation", "path", "sensitivity");
        assertThat(json.get("recommendation").get(0).propertyNames()).contains("candidate", "rank", "score", "reasons");
        assertThat(json.get("path").get(0).propertyNames()).contains("node", "question", "answer", "evidence");
        assertThat(json.get("path").get(0).get("evidence").get(0).propertyNames())
                .contains("value", "threshold", "unit", "candidate", "sources");
        assertThat(json.get("recommendation").get(0).get("candidate").stringValue()).isEqualTo("Fiber");
        assertThat(json.get("path").get(2).get("node").stringValue()).isEqualTo("measured-shortfalls");
        assertThat(json.get("path").get(2).get("answer").stringValue()).as("no SLO set, no leak fact").isEqualTo("unknown");
        assertThat(json.get("path").get(3).get("answer").stringValue()).isEqualTo("yes");
    }
}
