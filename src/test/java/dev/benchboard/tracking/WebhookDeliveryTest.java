package dev.benchboard.tracking;

import static dev.benchboard.tracking.TrackingFixtures.CANDIDATE;
import static dev.benchboard.tracking.TrackingFixtures.editor;
import static dev.benchboard.tracking.TrackingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks against real HTTP listeners on 127.0.0.1 (the JDK's HttpServer), with the ten real wrk runs of
 * fixtures/tracking uploaded in order: the run that makes the baseline comparison regressed (the 9th: 5
 * baseline runs against 4 slowed ones, Holm-adjusted p = 3 · 2/126 = 0.0476 < 0.05) sends exactly one
 * signed "regression" event; the 10th adds nothing new. A listener answering 500 gets every retry.
 * The signature is checked with the JDK's own HmacSHA256 over the bytes received.
 */
@SpringBootTest(properties = {
        "benchboard.webhooks.allowed-hosts=127.0.0.1",
        "benchboard.webhooks.secret-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "benchboard.webhooks.retry-delays=100ms,200ms,400ms"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WebhookDeliveryTest {

    private static final String SECRET = "fixture-secret-0123456789";

    /** What a listener received. */
    record Received(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst())
                    .findFirst().orElse(null);
        }

        JsonNode json() {
            return TrackingFixtures.json(new String(body, StandardCharsets.UTF_8));
        }
    }

    @Autowired
    MockMvc mvc;

    private HttpServer server;
    private final List<Received> ok = new CopyOnWriteArrayList<>();
    private final List<Received> failing = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            ok.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/failing", exchange -> {
            failing.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private JsonNode createWebhook(long evaluation, String body, int status) throws Exception {
        return json(mvc.perform(post("/api/evaluations/{id}/webhooks", evaluation).with(editor())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString());
    }

    private static List<Received> events(List<Received> received, String event) {
        return received.stream().filter(r -> event.equals(r.header("X-Benchboard-Event"))).toList();
    }

    private static void await(List<Received> received, Predicate<List<Received>> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.test(received) && System.currentTimeMillis() < deadline) Thread.sleep(100);
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void theNewRegressionIsAnnouncedOnceSignedAndAFailingListenerGetsRetries() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "webhooks");
        JsonNode hook = createWebhook(evaluation, "{\"url\": \"" + url("/ok") + "\", \"secret\": \"" + SECRET + "\"}", 201);
        assertThat(hook.get("signed").asBoolean()).isTrue();
        assertThat(hook.toString()).doesNotContain(SECRET);
        long failingHook = createWebhook(evaluation, "{\"url\": \"" + url("/failing") + "\"}", 201).get("id").asLong();

        List<Long> uploads = TrackingFixtures.uploadAll(mvc, evaluation);
        await(ok, r -> !events(r, "regression").isEmpty() && !events(r, "change_point").isEmpty());
        Thread.sleep(2_000); // time for a wrong second announcement to arrive

        List<Received> regressions = events(ok, "regression");
        assertThat(regressions).hasSize(1);
        Received regression = regressions.getFirst();
        assertThat(regression.header("X-Benchboard-Signature")).isEqualTo(hmac(SECRET, regression.body()));
        JsonNode payload = regression.json();
        assertThat(payload.get("evaluationId").asLong()).isEqualTo(evaluation);
        assertThat(payload.get("link").asString()).isEqualTo("/evaluations/" + evaluation);
        assertThat(payload.get("items").valueStream().map(i -> i.get("metric").asString()).toList())
                .containsExactlyInAnyOrder("P99", "throughput");
        JsonNode p99 = payload.get("items").valueStream().filter(i -> i.get("metric").asString().equals("P99")).findFirst().orElseThrow();
        assertThat(p99.get("candidate").asString()).isEqualTo(CANDIDATE);
        assertThat(p99.get("deltaPercent").asDouble()).isGreaterThan(100);
        assertThat(p99.get("p").asDouble()).isLessThan(0.05);

        List<Received> changePoints = events(ok, "change_point");
        assertThat(changePoints).hasSize(1);
        assertThat(changePoints.getFirst().json().at("/items/0/uploadId").asLong()).isEqualTo(uploads.get(5));

        // The failing listener got each event 4 times: the first attempt and the three retries.
        await(failing, r -> events(r, "regression").size() >= 4);
        Thread.sleep(1_000);
        List<Received> retried = events(failing, "regression");
        assertThat(retried).hasSize(4);
        assertThat(retried.stream().map(r -> r.header("X-Benchboard-Delivery")).distinct()).hasSize(1);
        assertThat(retried.getFirst().header("X-Benchboard-Signature")).isNull();
        JsonNode listed = json(mvc.perform(get("/api/evaluations/{id}/webhooks", evaluation).with(editor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode failingDeliveries = listed.valueStream().filter(h -> h.get("id").asLong() == failingHook).findFirst()
                .orElseThrow().get("lastDeliveries");
        assertThat(failingDeliveries.valueStream().filter(d -> d.get("event").asString().equals("regression"))
                .map(d -> d.get("statusCode").asInt()).distinct().toList()).containsExactly(500);
        assertThat(listed.toString()).doesNotContain(SECRET);

        // A failing gate is announced too.
        mvc.perform(get("/api/evaluations/{id}/gate", evaluation).with(editor()).param("baseline", CANDIDATE)
                .param("candidate", CANDIDATE)).andExpect(status().is(422));
        await(ok, r -> !events(r, "gate_failed").isEmpty());
        assertThat(events(ok, "gate_failed")).hasSize(1);

        // "Send test" reaches the listener; deleting the webhook stops deliveries.
        mvc.perform(post("/api/webhooks/{id}/test", hook.get("id").asLong()).with(editor())).andExpect(status().isAccepted());
        await(ok, r -> !events(r, "test").isEmpty());
        assertThat(events(ok, "test").getFirst().header("X-Benchboard-Signature"))
                .isEqualTo(hmac(SECRET, events(ok, "test").getFirst().body()));
        mvc.perform(delete("/api/webhooks/{id}", failingHook).with(editor())).andExpect(status().isNoContent());
    }

    @Test
    void targetsAreCheckedAndSlackGetsText() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "webhook targets");
        assertThat(createWebhook(evaluation, "{\"url\": \"http://169.254.169.254/latest/meta-data\"}", 400).get("error").asString())
                .contains("host '169.254.169.254' is not allowed").contains("benchboard.webhooks.allowed-hosts");
        assertThat(createWebhook(evaluation, "{\"url\": \"file:///etc/passwd\"}", 400).get("error").asString())
                .contains("only http:// and https://");
        assertThat(createWebhook(evaluation, "{\"url\": \"" + url("/ok") + "\", \"format\": \"xml\"}", 400).get("error").asString())
                .contains("'json' or 'slack'");
        assertThat(createWebhook(evaluation, "{\"url\": \"" + url("/ok") + "\", \"secret\": \"short\"}", 400).get("error").asString())
                .contains("16–200 characters");

        long slack = createWebhook(evaluation, "{\"url\": \"" + url("/ok") + "\", \"format\": \"slack\"}", 201).get("id").asLong();
        mvc.perform(post("/api/webhooks/{id}/test", slack).with(editor())).andExpect(status().isAccepted());
        await(ok, r -> !r.isEmpty());
        JsonNode body = ok.getFirst().json();
        assertThat(body.propertyNames()).containsExactly("text");
        assertThat(body.get("text").asString()).contains("test delivery");
    }
}
