package dev.benchboard.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two packaged app processes on one PostgreSQL database, as behind a load balancer: what is changed on one
 * node is seen on the other at once — an upload (in a report the other node had already computed and
 * cached), a decision-tree change, a share link and its revocation.
 */
class TwoNodesIT {

    private static final String PG_URL = System.getenv("BENCHBOARD_TEST_PG_URL");

    @Test
    void whatOneNodeChangesTheOtherSeesAtOnce() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (PG_URL == null && ci) throw new IllegalStateException("CI must provide BENCHBOARD_TEST_PG_URL");
        Assumptions.assumeTrue(PG_URL != null, "no PostgreSQL server (./benchboard test starts one)");
        String database = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(PG_URL, "benchboard", "");
             Statement sql = admin.createStatement()) {
            sql.execute("create database " + database);
        }
        String url = PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database;
        String[] postgres = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=benchboard", "--spring.datasource.password=",
                "--benchboard.demo.enabled=false"};
        // One after the other, as an operator rolls out: the first node migrates the schema and creates the admin.
        try (RunningApp first = new RunningApp(Files.createTempDirectory("bb-node-a"), postgres).start();
             RunningApp second = new RunningApp(Files.createTempDirectory("bb-node-b"), postgres).start()) {
            ApiClient a = new ApiClient(first);
            ApiClient b = new ApiClient(second);
            long evaluation = a.createEvaluation("two nodes");

            // Node B computes (and caches) the report before the upload made on node A.
            assertThat(b.upload(evaluation, "Gin", "gin.csv", ResilienceIT.heyCsv(1, 2000)).statusCode()).isEqualTo(201);
            assertThat(candidates(b, evaluation)).containsExactly("Gin");
            assertThat(a.upload(evaluation, "Echo", "echo.csv", ResilienceIT.heyCsv(2, 2000)).statusCode()).isEqualTo(201);
            assertThat(candidates(b, evaluation)).containsExactlyInAnyOrder("Gin", "Echo");
            assertThat(candidates(a, evaluation)).containsExactlyInAnyOrder("Gin", "Echo");

            // A decision-tree change on A is the tree in force on B, and B's decision is taken with it.
            JsonNode tree = ApiClient.json(a.get("/api/evaluations/" + evaluation + "/decision-tree").body());
            String changedName = "Tree changed on node A";
            String changed = tree.toString().replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\":\"" + changedName + "\"");
            assertThat(changed).contains(changedName);
            HttpResponse<String> put = a.http().send(a.request("/api/evaluations/" + evaluation + "/decision-tree")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(changed)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
            assertThat(b.get("/api/evaluations/" + evaluation + "/decision-tree").body()).contains(changedName);
            assertThat(b.get("/api/evaluations/" + evaluation + "/decision").statusCode()).isEqualTo(200);

            // A share link made on A opens on B; revoked on A, it is gone on B at the next request.
            HttpResponse<String> share = a.postJson("/api/evaluations/" + evaluation + "/shares", "{}");
            assertThat(share.statusCode()).isEqualTo(201);
            JsonNode created = ApiClient.json(share.body());
            String path = URI.create(created.get("url").asString()).getPath();
            HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> onB = anonymous.send(HttpRequest.newBuilder(URI.create(second.url(path + "/report.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains("Echo").contains("Gin");
            assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(second.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

            assertThat(a.delete("/api/shares/" + created.get("id").asLong()).statusCode()).isBetween(200, 204);
            assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(second.url(path + "/report.json"))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(second.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }
    }

    private static java.util.List<String> candidates(ApiClient api, long evaluation) throws Exception {
        HttpResponse<String> report = api.get("/api/evaluations/" + evaluation + "/report");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        JsonNode candidates = ApiClient.json(report.body()).get("candidates");
        for (JsonNode c : candidates) names.add(c.get("candidate").asString());
        return names;
    }
}
