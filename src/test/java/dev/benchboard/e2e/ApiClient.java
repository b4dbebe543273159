package dev.benchboard.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API of a running app, as a CI script would use it: a token minted with Basic auth, then Bearer. */
final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    ApiClient(RunningApp app) throws IOException, InterruptedException {
        this.base = app.url("");
        String basic = Base64.getEncoder().encodeToString((RunningApp.ADMIN + ":" + RunningApp.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> minted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"e2e\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (minted.statusCode() != 201) throw new IllegalStateException("could not mint a token: " + minted.statusCode() + " " + minted.body());
        this.token = json(minted.body()).get("token").asString();
    }

    static JsonNode json(String body) {
        return JsonMapper.shared().readTree(body);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    long createEvaluation(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = postJson("/api/evaluations", "{\"name\": \"" + name + "\", \"requirements\": "
                + "{\"targetQps\": 20000, \"p99SloMs\": 10, \"availabilitySlo\": 0.999, \"headroomPercent\": 30, \"redundancy\": 1}}");
        if (response.statusCode() != 201) throw new IllegalStateException(response.body());
        return json(response.body()).get("id").asLong();
    }

    /** A multipart upload; extra form fields as name, value pairs. */
    HttpResponse<String> upload(long evaluation, String candidate, String fileName, byte[] bytes, String... fields)
            throws IOException, InterruptedException {
        return http.send(uploadRequest(evaluation, candidate, fileName, HttpRequest.BodyPublishers.ofByteArray(bytes), fields),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest uploadRequest(long evaluation, String candidate, String fileName, HttpRequest.BodyPublisher file,
                              String... fields) {
        String boundary = "bb" + UUID.randomUUID().toString().replace("-", "");
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        field(head, boundary, "candidate", candidate);
        for (int i = 0; i + 1 < fields.length; i += 2) field(head, boundary, fields[i], fields[i + 1]);
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        parts.add(HttpRequest.BodyPublishers.ofString(head.toString()));
        parts.add(file);
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        return request("/api/evaluations/" + evaluation + "/uploads")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build();
    }

    private static void field(StringBuilder out, String boundary, String name, String value) {
        out.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                .append("\"\r\n\r\n").append(value).append("\r\n");
    }

    String token() {
        return token;
    }

    HttpClient http() {
        return http;
    }
}
