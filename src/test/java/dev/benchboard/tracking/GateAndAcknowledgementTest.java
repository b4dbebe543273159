package dev.benchboard.tracking;

import static dev.benchboard.tracking.TrackingFixtures.CANDIDATE;
import static dev.benchboard.tracking.TrackingFixtures.editor;
import static dev.benchboard.tracking.TrackingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.security.Role;
import dev.benchboard.security.SecurityFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The CI gate and accepted regressions on the real tracking fixtures (fixtures/tracking/README.md): five
 * wrk runs of the normal build as the baseline, five of the build stalling every 50th request.
 * Reference, /usr/bin/python3 src/test/fixtures-tools/tracking_reference.py (scipy mannwhitneyu, Holm by
 * hand): P99 p = 0.00794 and throughput p = 0.00794 → Holm 0.0238 both (regressed), P50 p = 0.841 → 0.841.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GateAndAcknowledgementTest {

    private static final double HOLM_P99 = 0.023809523809523808;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private ResultActions gate(long evaluation, String... extra) throws Exception {
        var request = get("/api/evaluations/{id}/gate", evaluation).with(editor())
                .param("baseline", CANDIDATE).param("candidate", CANDIDATE);
        for (int i = 0; i < extra.length; i += 2) request.param(extra[i], extra[i + 1]);
        return mvc.perform(request);
    }

    private JsonNode gateBody(long evaluation, int status, String... extra) throws Exception {
        return json(gate(evaluation, extra).andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    private long acknowledge(long evaluation, String metric) throws Exception {
        String body = mvc.perform(post("/api/evaluations/{id}/acknowledgements", evaluation).with(editor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"baseline\": \"go-http\", \"candidate\": \"go-http\", \"benchmark\": \"load test · 8 concurrent\","
                                + " \"metric\": \"" + metric + "\", \"note\": \"stall added on purpose for the fixture\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = json(body);
        assertThat(created.get("createdBy").asString()).isEqualTo("ci");
        assertThat(created.get("createdAt").asString()).isNotBlank();
        return created.get("id").asLong();
    }

    private static List<String> metrics(JsonNode rows) {
        return rows.valueStream().map(r -> r.get("metric").asString()).toList();
    }

    @Test
    void failsOnTheRegressionPassesOnceItIsAcceptedAndFailsAgainWhenUndone() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "gate");
        TrackingFixtures.uploadAll(mvc, evaluation);

        JsonNode failed = gateBody(evaluation, 422);
        assertThat(failed.get("pass").asBoolean()).isFalse();
        assertThat(metrics(failed.get("failing"))).containsExactlyInAnyOrder("P99", "throughput");
        JsonNode p99 = failed.get("failing").valueStream().filter(r -> r.get("metric").asString().equals("P99")).findFirst().orElseThrow();
        assertThat(p99.get("pAdjusted").asDouble()).isCloseTo(HOLM_P99, within(1e-9));
        assertThat(p99.get("explanation").asString()).startsWith("fails: regressed by +").contains("Holm-adjusted 0.024 over 3 rows") /* 0.02381 to the formatter's 3 significant digits */;
        assertThat(p99.at("/row/method").asString()).contains("Mann-Whitney");
        assertThat(p99.at("/row/n").asString()).isEqualTo("5/5");
        assertThat(p99.at("/row/candidateSources/0/fileName").asString()).isEqualTo("run-06-slowed.txt");
        assertThat(failed.get("summary").asString()).startsWith("FAIL");

        long p99Ack = acknowledge(evaluation, "P99");
        assertThat(metrics(gateBody(evaluation, 422).get("failing"))).containsExactly("throughput");
        long throughputAck = acknowledge(evaluation, "throughput");
        JsonNode passed = gateBody(evaluation, 200);
        assertThat(passed.get("pass").asBoolean()).isTrue();
        assertThat(metrics(passed.get("accepted"))).containsExactlyInAnyOrder("P99", "throughput");
        assertThat(passed.at("/accepted/0/acknowledgement/note").asString()).isEqualTo("stall added on purpose for the fixture");

        JsonNode listed = json(mvc.perform(get("/api/evaluations/{id}/acknowledgements", evaluation).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(listed.valueStream().map(a -> a.get("id").asLong()).toList()).containsExactly(p99Ack, throughputAck);

        mvc.perform(delete("/api/acknowledgements/{id}", p99Ack).with(editor())).andExpect(status().isNoContent());
        assertThat(metrics(gateBody(evaluation, 422).get("failing"))).containsExactly("P99");
        mvc.perform(delete("/api/acknowledgements/{id}", p99Ack).with(editor())).andExpect(status().isNotFound());
    }

    @Test
    void perMetricRulesDecideWhichRegressionsFailTheGate() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "gate rules");
        TrackingFixtures.uploadAll(mvc, evaluation);
        mvc.perform(put("/api/evaluations/{id}/gate/rules", evaluation).with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"metric\": \"P99\", \"gates\": true, \"thresholdPercent\": 10}]"))
                .andExpect(status().isOk());
        JsonNode onlyP99 = gateBody(evaluation, 422);
        assertThat(metrics(onlyP99.get("failing"))).containsExactly("P99");
        assertThat(metrics(onlyP99.get("ignored"))).containsExactly("throughput");
        assertThat(onlyP99.at("/ignored/0/explanation").asString()).startsWith("ignored: throughput does not gate");

        acknowledge(evaluation, "P99");
        assertThat(gateBody(evaluation, 200).get("pass").asBoolean()).isTrue();

        // A throughput threshold above the measured shift (medians 9916 → 3480 req/s, −64.9 %): ignored.
        mvc.perform(put("/api/evaluations/{id}/gate/rules", evaluation).with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"metric\": \"throughput\", \"gates\": true, \"thresholdPercent\": 90}]"))
                .andExpect(status().isOk());
        JsonNode high = gateBody(evaluation, 200);
        assertThat(high.get("ignored").valueStream().filter(r -> r.get("metric").asString().equals("throughput"))
                .findFirst().orElseThrow().get("explanation").asString()).contains("below the gate's threshold 90.0 %");

        mvc.perform(put("/api/evaluations/{id}/gate/rules", evaluation).with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"metric\": \"P99\", \"gates\": true, \"thresholdPercent\": -1}]"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void insufficientRowsWarnAndFailOnlyWhenStrict() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "gate strict");
        TrackingFixtures.upload(mvc, evaluation, 0);
        TrackingFixtures.upload(mvc, evaluation, 5);
        // One run a side is never a verdict: no regressed row, the rows are warnings.
        JsonNode lenient = gateBody(evaluation, 200);
        assertThat(lenient.get("warnings")).isNotEmpty();
        assertThat(lenient.at("/warnings/0/verdict").asString()).isEqualTo("insufficient");
        JsonNode strict = gateBody(evaluation, 422, "strict", "true");
        assertThat(strict.get("failing")).hasSameSizeAs(lenient.get("warnings"));
        assertThat(strict.at("/failing/0/explanation").asString()).startsWith("fails (strict)");
    }

    @Test
    void onlyEditorsWithTheEvaluationInScopeMayAcceptOrUndo() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "gate security");
        long other = TrackingFixtures.evaluation(mvc, "another");
        TrackingFixtures.uploadAll(mvc, evaluation);
        long ack = acknowledge(evaluation, "P99");
        String body = "{\"baseline\": \"go-http\", \"candidate\": \"go-http\", \"benchmark\": \"load test · 8 concurrent\","
                + " \"metric\": \"P99\", \"note\": \"n\"}";
        mvc.perform(post("/api/evaluations/{id}/acknowledgements", evaluation).with(user("v").roles("VIEWER"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/acknowledgements/{id}", ack).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());

        SecurityFixture security = SecurityFixture.from(context);
        String elsewhere = security.token(security.user(Role.EDITOR), List.of(other));
        mvc.perform(delete("/api/acknowledgements/{id}", ack).with(SecurityFixture.bearer(elsewhere))).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluations/{id}/gate", evaluation).with(SecurityFixture.bearer(elsewhere))
                .param("baseline", CANDIDATE).param("candidate", CANDIDATE)).andExpect(status().isForbidden());
        String scoped = security.token(security.user(Role.EDITOR), List.of(evaluation));
        mvc.perform(delete("/api/acknowledgements/{id}", ack).with(SecurityFixture.bearer(scoped))).andExpect(status().isNoContent());

        mvc.perform(post("/api/evaluations/{id}/acknowledgements", evaluation).with(editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"candidate\": \"go-http\"", "\"candidate\": \"nginx\"")))
                .andExpect(status().isBadRequest());
    }
}
