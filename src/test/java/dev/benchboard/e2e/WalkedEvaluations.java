package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The two evaluations the view walks (ReadableBrowserIT, ChineseBrowserIT) read: the demo, and one built
 * through the API from real tool outputs (the wrk sweeps, hey runs, gctraces, chaos logs and Go benchmarks of
 * {@code fixtures/}, see their READMEs); and the views each of them has.
 */
final class WalkedEvaluations {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final List<Integer> LEVELS = List.of(1, 2, 4, 8, 16, 32, 64, 128, 256);
    /** The report sections under {@code /evaluations/{id}}, overview first. */
    static final List<String> SECTIONS = List.of("", "/upload", "/compare", "/reliability", "/gc", "/capacity", "/decision");
    /** The evaluation's other pages (from the overview's links): history and webhooks. */
    static final List<String> TRACKING = List.of("/history", "/webhooks");

    private WalkedEvaluations() {
    }

    /** Two candidates from real tool outputs: concurrency sweeps, hey runs, gctraces, chaos, Go benchmarks. */
    static long fromRealUploads(ApiClient api) throws Exception {
        long evaluation = api.createEvaluation("Checkout API (real uploads)");
        for (int n : LEVELS) upload(api, evaluation, "Gin", "sweep/gin/c" + n + ".txt");
        for (int n : LEVELS) upload(api, evaluation, "Fasthttp", "sweep/fasthttp/c" + n + ".txt");
        upload(api, evaluation, "Gin", "hey-csv/ok.csv");
        upload(api, evaluation, "Fasthttp", "hey/ok.txt");
        upload(api, evaluation, "Gin", "gc/healthy-gctrace.txt");
        upload(api, evaluation, "Fasthttp", "gc/leak-gctrace.txt");
        upload(api, evaluation, "Gin", "chaos/events.csv");
        upload(api, evaluation, "Fasthttp", "chaos/probe-log.csv");
        upload(api, evaluation, "Gin", "go-bench/baseline.txt", "baseline", "true");
        upload(api, evaluation, "Gin", "go-bench/slowed.txt");
        return evaluation;
    }

    private static void upload(ApiClient api, long evaluation, String candidate, String fixture, String... fields) throws Exception {
        HttpResponse<String> response = api.upload(evaluation, candidate, fixture, Files.readAllBytes(FIXTURES.resolve(fixture)), fields);
        assertThat(response.statusCode()).as(fixture + ": " + response.body()).isEqualTo(201);
    }

    static long demo(ApiClient api) throws Exception {
        for (JsonNode e : items(api, "/api/evaluations")) {
            if (e.path("name").asString().contains("(demo)")) return e.get("id").asLong();
        }
        throw new AssertionError("no demo evaluation in " + api.get("/api/evaluations").body());
    }

    static long firstUpload(ApiClient api, long evaluation) throws Exception {
        return items(api, "/api/evaluations/" + evaluation + "/uploads").get(0).get("id").asLong();
    }

    /** A list the API answers with, bare or as {@code {"items": […]}}. */
    static List<JsonNode> items(ApiClient api, String path) throws Exception {
        JsonNode list = ApiClient.json(api.get(path).body());
        List<JsonNode> items = new ArrayList<>();
        (list.isArray() ? list : list.path("items")).forEach(items::add);
        return items;
    }
}
