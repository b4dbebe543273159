package dev.benchboard.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invalid trees are rejected with the JSONPath of every problem. */
class TreeValidationTest {

    private static final String RANK = """
            {"id": "r", "question": "Rank", "rankBy": [{"weightedScore": "highest"}]}""";

    /** A tree around {@code nodes}, starting at "a", declaring maxInstances unless told otherwise. */
    private static String tree(String nodes) {
        return tree(nodes, "\"parameters\": {\"maxInstances\": {\"value\": 4, \"unit\": \"instances\"}},");
    }

    private static String tree(String nodes, String parameters) {
        return "{\"schemaVersion\": 1, \"id\": \"t\", \"title\": \"T\", " + parameters
                + " \"start\": \"a\", \"nodes\": [" + nodes + "]}";
    }

    private static String question(String id, String test, String yes, String no) {
        return "{\"id\": \"" + id + "\", \"question\": \"Q " + id + "?\", \"test\": " + test
                + ", \"yes\": {\"next\": \"" + yes + "\"}, \"no\": {\"next\": \"" + no + "\"}}";
    }

    private static final String NET_HTTP = "{\"requirement\": \"netHttpCompatibility\", \"op\": \"eq\", \"value\": true}";

    private static List<String> problems(String json) {
        try {
            DecisionTrees.parse(json);
        } catch (InvalidDecisionDataException e) {
            return e.problems().stream().map(DataProblem::toString).toList();
        }
        throw new AssertionError("tree was accepted");
    }

    @Test
    void acceptsAMinimalTreeAndReadsFromAStream() {
        String json = tree(question("a", NET_HTTP, "r", "r") + "," + RANK);
        DecisionTree tree = DecisionTrees.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(tree.nodes()).hasSize(2);
        assertThat(((Node.Question) tree.node("a")).test().describe()).isEqualTo("netHttpCompatibility = true");
    }

    @Test
    void unknownFactIsReportedAtItsPath() {
        String p98 = "{\"fact\": \"p98\", \"aggregate\": \"max\", \"op\": \"lt\", \"value\": 10}";
        String json = tree(question("a", NET_HTTP, "b", "b") + "," + question("b", NET_HTTP, "c", "c") + ","
                + question("c", NET_HTTP, "d", "d") + "," + question("d", p98, "r", "r") + "," + RANK);
        assertThat(problems(json)).containsExactly("$.nodes[3].test.fact: unknown fact 'p98'; expected one of "
                + "[throughputRps, p99Ms, sloBoundCapacityRps, memoryMb, gcPauseP99Ms, availability, failureRatePerHour, mttrSeconds, leakSuspected]");
    }

    @Test
    void unknownOperatorsAndOperatorsThatDoNotFitTheType() {
        assertThat(problems(tree(question("a", "{\"requirement\": \"targetQps\", \"op\": \"like\", \"value\": 1}", "r", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].test.op: unknown operator 'like'; expected one of [eq, ne, lt, lte, gt, gte, in, notIn]");
        assertThat(problems(tree(question("a", "{\"requirement\": \"netHttpCompatibility\", \"op\": \"lt\", \"value\": true}", "r", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].test.op: operator 'lt' does not apply to requirement 'netHttpCompatibility' (a boolean); use one of [eq, ne]");
    }

    @Test
    void valuesMustHaveTheTypeAndUnitOfWhatTheyAreComparedWith() {
        assertThat(problems(tree(question("a", "{\"requirement\": \"netHttpCompatibility\", \"op\": \"eq\", \"value\": 1}", "r", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].test.value: expected a boolean for requirement 'netHttpCompatibility', got the number 1");
        String p99VsQps = "{\"fact\": \"p99Ms\", \"aggregate\": \"min\", \"op\": \"lt\", \"value\": {\"requirement\": \"targetQps\"}}";
        assertThat(problems(tree(question("a", p99VsQps, "r", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].test.value: unit mismatch: fact 'p99Ms' is in ms but requirement targetQps is in rps");
    }

    @Test
    void derivedQuantitiesNeedTheirParameters() {
        String capacity = "{\"fact\": \"sloBoundCapacityRps\", \"aggregate\": \"max\", \"op\": \"lt\", \"value\": {\"derived\": \"requiredPerInstanceQps\"}}";
        assertThat(problems(tree(question("a", capacity, "r", "r") + "," + RANK, "")))
                .containsExactly("$.nodes[0].test.value.derived: 'requiredPerInstanceQps' needs the tree parameter 'maxInstances' (declare it under $.parameters)");
        assertThat(DecisionTrees.parse(tree(question("a", capacity, "r", "r") + "," + RANK)).parameters()).containsKey("maxInstances");
    }

    @Test
    void referencesMustNameNodes() {
        assertThat(problems(tree(question("a", NET_HTTP, "nowhere", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].yes.next: unknown node 'nowhere'");
        assertThat(problems(tree(question("a", NET_HTTP, "r", "r") + "," + RANK).replace("\"start\": \"a\"", "\"start\": \"zz\"")))
                .containsExactly("$.start: unknown node 'zz'");
    }

    @Test
    void cyclesAreRejectedWithTheCycle() {
        assertThat(problems(tree(question("a", NET_HTTP, "b", "r") + "," + question("b", NET_HTTP, "r", "a") + "," + RANK)))
                .containsExactly("$.nodes[1].no.next: 'a' closes a cycle: a → b → a");
        assertThat(problems(tree(question("a", NET_HTTP, "a", "r") + "," + RANK)))
                .containsExactly("$.nodes[0].yes.next: 'a' closes a cycle: a → a");
    }

    @Test
    void duplicateAndUnreachableNodes() {
        assertThat(problems(tree(question("a", NET_HTTP, "r", "r") + "," + question("a", NET_HTTP, "r", "r") + "," + RANK)))
                .containsExactly("$.nodes[1].id: duplicate node id 'a' (also $.nodes[0])");
        String orphan = "{\"id\": \"orphan\", \"question\": \"Never asked\", \"rankBy\": [{\"weightedScore\": \"highest\"}]}";
        assertThat(problems(tree(question("a", NET_HTTP, "r", "r") + "," + RANK + "," + orphan)))
                .containsExactly("$.nodes[2]: node 'orphan' is not reachable from the start node 'a'");
    }

    @Test
    void typosAndMissingPartsAreNamed() {
        String typo = question("a", NET_HTTP, "r", "r").replace("\"yes\": {\"next\"", "\"yes\": {\"nxt\"");
        assertThat(problems(tree(typo + "," + RANK))).containsExactly("$.nodes[0].yes.nxt: unknown property 'nxt'; expected one of [actions, next]");
        String noTest = "{\"id\": \"a\", \"question\": \"Q?\", \"yes\": {\"next\": \"r\"}, \"no\": {\"next\": \"r\"}}";
        assertThat(problems(tree(noTest + "," + RANK))).containsExactly("$.nodes[0]: a node needs either 'test' (question node) or 'rankBy' (rank node)");
        String badAction = question("a", NET_HTTP, "r", "r").replace("\"yes\": {\"next\"",
                "\"yes\": {\"actions\": [{\"type\": \"drop\", \"reason\": \"x\"}], \"next\"");
        assertThat(problems(tree(badAction + "," + RANK))).containsExactly("$.nodes[0].yes.actions[0].type: unknown action type 'drop'; expected one of [exclude, demote, prefer]");
        String badRank = RANK.replace("\"highest\"", "\"lowest\"");
        assertThat(problems(tree(question("a", NET_HTTP, "r", "r") + "," + badRank)))
                .containsExactly("$.nodes[1].rankBy[0].weightedScore: the weighted score ranks \"highest\" first; got \"lowest\"");
        String badProfile = question("a", NET_HTTP, "r", "r").replace("\"yes\": {\"next\"",
                "\"yes\": {\"actions\": [{\"type\": \"exclude\", \"where\": [{\"profile\": \"builtOnn\", \"op\": \"eq\", \"value\": \"fasthttp\"}], \"reason\": \"x\"}], \"next\"");
        assertThat(problems(tree(badProfile + "," + RANK))).singleElement().asString()
                .startsWith("$.nodes[0].yes.actions[0].where[0].profile: unknown profile attribute 'builtOnn'; expected one of [key, builtOn,");
    }

    @Test
    void everyBrokenNodeIsReportedAtOnce() {
        String a = question("a", "{\"requirement\": \"speed\", \"op\": \"eq\", \"value\": true}", "b", "b");
        String b = question("b", "{\"fact\": \"p99Ms\", \"aggregate\": \"avg\", \"op\": \"lt\", \"value\": 5}", "r", "r");
        assertThat(problems(tree(a + "," + b + "," + RANK))).containsExactly(
                "$.nodes[0].test.requirement: unknown requirement 'speed'; expected one of [targetQps, p99SloMs, availabilitySlo,"
                        + " headroomPercent, redundancy, instanceCores, instanceMemoryGb, costPerInstanceHour, netHttpCompatibility,"
                        + " http2, websocket, ecosystemPriority, maintainabilityPriority]",
                "$.nodes[1].test.aggregate: unknown aggregate 'avg'; expected one of [max, min]");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertThatThrownBy(() -> DecisionTrees.parse("{\n  \"schemaVersion\": 1,\n  \"id\": \"t\",,\n}"))
                .isInstanceOf(InvalidDecisionDataException.class)
                .hasMessageStartingWith("decision tree is invalid:\n  $: not valid JSON at line 3, column 13:");
        assertThat(problems("{\"schemaVersion\": 1, \"schemaVersion\": 1}")).singleElement().asString()
                .startsWith("$: not valid JSON at line 1, column ").contains("Duplicate Object property \"schemaVersion\"");
        assertThat(problems("")).containsExactly("$: expected an object, got nothing (empty document)");
    }

    @Test
    void invalidFrameworkProfilesAreRejectedWithPaths() {
        String json = """
                {"schemaVersion": 1, "frameworks": {"gin": {"displayName": "Gin", "builtOn": "net/http",
                  "netHttpCompatible": true, "stdHandlers": false, "http2": true, "websocket": false,
                  "centralisedErrors": false, "middlewareMaturity": {"otel": 4, "swagger": 3, "jwt": 3, "prometheus": 3},
                  "strengths": [], "cautions": []},
                 "odd": {"displayName": "Odd", "builtOn": "netty"}}}""";
        assertThatThrownBy(() -> FrameworkProfiles.parse(json))
                .isInstanceOfSatisfying(InvalidDecisionDataException.class, e -> assertThat(e.problems()).extracting(DataProblem::toString)
                        .containsExactly("$.frameworks.gin.middlewareMaturity.otel: expected an integer 0..3, got 4",
                                "$.frameworks.odd.builtOn: unknown builtOn 'netty'; expected one of [net/http, fasthttp, stdlib]"));
    }
}
