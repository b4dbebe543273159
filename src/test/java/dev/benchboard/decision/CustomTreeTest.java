package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import static dev.benchboard.decision.Fixtures.candidate;
import static dev.benchboard.decision.Fixtures.ranked;
import static dev.benchboard.decision.Fixtures.recommendation;
import static dev.benchboard.decision.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.decision.Fixtures.Req;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A user-supplied tree using the parts of the format the default tree does not, and input checks. */
class CustomTreeTest {

    private static final DecisionTree TREE = DecisionTrees.parse("""
            {
              "schemaVersion": 1, "id": "custom", "title": "Custom",
              "parameters": {"sloCeiling": {"value": 20, "unit": "ms"}},
              "start": "a",
              "nodes": [
                {"id": "a", "question": "Is the SLO loose and no WebSocket needed?",
                 "test": {"allOf": [
                   {"requirement": "p99SloMs", "op": "lte", "value": {"parameter": "sloCeiling"}},
                   {"not": {"requirement": "websocket", "op": "eq", "value": true}}]},
                 "yes": {"actions": [
                   {"type": "exclude", "where": [{"profile": "key", "op": "in", "value": ["fasthttp"]}], "reason": "no bare fasthttp"},
                   {"type": "prefer", "best": {"fact": "p99Ms", "order": "lowest", "tolerance": 0.1}, "reason": "lowest measured P99"}],
                   "next": "b"},
                 "no": {"next": "b"}},
                {"id": "b", "question": "Does any candidate pause over 1 ms in GC?",
                 "test": {"fact": "gcPauseP99Ms", "aggregate": "max", "op": "gt", "value": 1},
                 "yes": {"next": "r"}, "no": {"next": "r"}},
                {"id": "r", "question": "Rank", "rankBy": [{"profile": "middlewareMaturity.otel", "order": "highest"}]}
              ]
            }""");

    private final DecisionEngine engine = new DecisionEngine(Fixtures.shippedProfiles());

    @Test
    void walksCompositeTestsParametersBestBandsAndUnknowns() {
        Req req = new Req();
        req.p99SloMs = 15.0;
        DecisionResult result = engine.decide(TREE, Fixtures.input(req, List.of(
                candidate("Gin", "gin", "p99Ms", 10), candidate("Echo", "echo", "p99Ms", 10.5),
                candidate("Fiber", "fiber", "p99Ms", 12), candidate("fasthttp", "fasthttp", "p99Ms", 8))));

        // a: 15 ≤ 20 and not (false = true) → yes. fasthttp is excluded before the preference, so the best P99
        // band is anchored at Gin's 10 ms: ≤ 10 × 1.1 = 11 takes Echo (10.5) but not Fiber (12).
        PathStep a = step(result, "a");
        assertThat(a.answer()).isEqualTo("yes");
        assertThat(a.test()).isEqualTo("(p99SloMs ≤ parameter sloCeiling and not websocket = true)");
        assertThat(recommendation(result, "fasthttp").excludedReason().english()).isEqualTo("no bare fasthttp");
        assertThat(recommendation(result, "Gin").preferenceTier()).isEqualTo(1);
        assertThat(recommendation(result, "Echo").preferenceTier()).isEqualTo(1);
        assertThat(recommendation(result, "Fiber").preferenceTier()).isNull();

        // b: nobody measured GC pauses → unknown; without an 'unknown' branch the walk takes 'no' and says so.
        PathStep b = step(result, "b");
        assertThat(b.answer()).isEqualTo("unknown");
        assertThat(b.branch()).isEqualTo("no");
        assertThat(b.evidence().getLast().note().english()).isEqualTo("no candidate in the running has evidence for max gcPauseP99Ms over"
                + " candidates; the node has no 'unknown' branch, so the 'no' branch was followed");

        // r: within tier 1, OpenTelemetry maturity Gin 3 > Echo 2.
        assertThat(ranked(result)).containsExactly("Gin", "Echo", "Fiber");
        assertThat(result.topDecidedBy().english()).isEqualTo("rank key middlewareMaturity.otel (highest first): Gin alone in the best band (3)");
        assertThat(result.sensitivity()).allSatisfy(s -> assertThat(s.summary().english())
                .endsWith("weight can change the top: rank node 'r' does not rank by the weighted score"));
    }

    @Test
    void unsetRequirementMakesTheTestUnknown() {
        DecisionResult result = engine.decide(TREE, Fixtures.input(new Req(), List.of(candidate("Gin", "gin"))));
        PathStep a = step(result, "a");
        assertThat(a.answer()).isEqualTo("unknown");
        assertThat(a.branch()).isEqualTo("no");
        assertThat(a.evidence().getFirst().note().english()).isEqualTo("not set in the evaluation's requirements");
        assertThat(recommendation(result, "Gin").preferenceTier()).isNull();
    }

    @Test
    void inputIsCheckedAtTheDoor() {
        assertThatThrownBy(() -> new CandidateFacts("Gin", "gin", Map.of("p98", Fact.of(FactKey.P99_MS, 1))))
                .hasMessage("candidate 'Gin': unknown fact 'p98'; expected one of [throughputRps, p99Ms, sloBoundCapacityRps,"
                        + " memoryMb, gcPauseP99Ms, availability, failureRatePerHour, mttrSeconds, leakSuspected]");
        assertThatThrownBy(() -> new CandidateFacts("Gin", "gin", Map.of("p99Ms", new Fact(0.012, "s", List.of()))))
                .hasMessage("candidate 'Gin': fact 'p99Ms' must be in ms, got 's'");
        assertThatThrownBy(() -> candidate("Gin", "gin", "availability", 99.95))
                .hasMessage("candidate 'Gin': fact 'availability' is a fraction and must be ≤ 1, got 99.95");
        assertThatThrownBy(() -> Fixtures.input(new Req(), List.of(candidate("Gin", "gin"), candidate("gin", "gin"))))
                .hasMessage("duplicate candidate name 'gin'");
        DecisionInput unknownParameter = new DecisionInput(new Req().build(), CriterionWeights.defaults(), List.of(), Map.of("maxInstance", 3.0));
        assertThatThrownBy(() -> engine.decide(Fixtures.defaultTree(), unknownParameter))
                .hasMessage("unknown parameter 'maxInstance'; tree 'production-api-framework' declares [maxInstances]");
    }

    @Test
    void noCandidatesLeft() {
        Req req = new Req();
        req.netHttp = true;
        DecisionResult result = engine.decide(Fixtures.defaultTree(), Fixtures.input(req, List.of(candidate("Fiber", "fiber"))));
        assertThat(result.top()).isNull();
        assertThat(result.recommendation()).singleElement().satisfies(r -> assertThat(r.excluded()).isTrue());
        assertThat(result.sensitivity()).isEmpty();
        assertThat(Sentence.in(result.notes(), Locale.ENGLISH)).contains("No candidate remains: every candidate was excluded");
    }
}
