package dev.benchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.security.ApiTokens;
import dev.benchboard.security.Role;
import dev.benchboard.security.SecurityFixture;
import dev.benchboard.security.UserAccounts;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, finding 4: bad input got a generic 500, limits a 413 with an empty body, and an unknown
 * /api/ path the Vaadin page with a 200. Each case is sent over real HTTP to the embedded Tomcat (its
 * multipart parser is what fails; MockMvc would not run it), with {@code java.net.http} and request
 * bodies written byte by byte, and must get a 4xx with the documented JSON body naming no Java class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1536KB",
        // a real server: Vaadin in production mode (the tests run without the frontend build; no page is opened)
        "vaadin.productionMode=true",
        // room for a 501-character file name in a part's headers (Tomcat's default, 512 bytes, refuses it first: 413)
        "server.tomcat.max-part-header-size=2KB"})
@ActiveProfiles("test")
class BadInputAnswersTest {

    /** A Java class or package name as a message would show it (java.lang.Long, org.apache…, SomethingException). */
    static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jakarta|org|com|tools|dev)\\.[a-z]\\w*\\.|\\w+Exception\\b");
    private static final String BOUNDARY = "----benchboard-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long evaluation;

    @BeforeEach
    void signIn() {
        SecurityFixture fixture = new SecurityFixture(accounts, tokens, evaluations, jdbc);
        token = fixture.token(fixture.user(Role.EDITOR), null);
        evaluation = evaluations.create(EvaluationDraft.named("finding 4")).id();
    }

    private record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    private Answer send(String method, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) request.header("Content-Type", contentType);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private Answer upload(String contentType, byte[] body) throws Exception {
        return send("POST", "/api/evaluations/" + evaluation + "/uploads", contentType, body);
    }

    /** The documented refusal: this status, a JSON body with a non-blank "error", and no Java class in it. */
    private JsonNode refused(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode json = answer.json();
        assertThat(json.path("error").asString()).as(answer.body()).isNotBlank();
        assertThat(CLASS_NAME.matcher(answer.body()).find()).as("a class name in " + answer.body()).isFalse();
        return json;
    }

    /** A multipart/form-data body: text fields, then one file part with {@code fileName} and {@code content}. */
    private static byte[] multipart(String boundary, String fileName, byte[] content, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] fixture() throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/fixtures/hey/ok.txt"));
    }

    private long uploads() {
        return jdbc.sql("select count(*) from upload where evaluation_id = ?").param(evaluation).query(Long.class).single();
    }

    @Test
    void aWellFormedUploadStillWorks() throws Exception {
        Answer ok = upload("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, "ok.txt", fixture(), "candidate", "Gin"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(uploads()).isEqualTo(1);
    }

    @Test
    void aDescriptionLongerThanItsColumnIsA400SayingTheLimit() throws Exception {
        String json = "{\"name\": \"long\", \"description\": \"" + "d".repeat(4001) + "\"}";
        JsonNode body = refused(send("POST", "/api/evaluations", "application/json", json.getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(body.get("error").asString()).isEqualTo("description: at most 4000 characters (got 4001)");
        String name = "{\"name\": \"" + "n".repeat(201) + "\"}";
        assertThat(refused(send("POST", "/api/evaluations", "application/json", name.getBytes(StandardCharsets.UTF_8)), 400)
                .get("error").asString()).isEqualTo("name: at most 200 characters (got 201)");
        String notes = "{\"name\": \"Gin\", \"notes\": \"" + "x".repeat(2001) + "\"}";
        assertThat(refused(send("POST", "/api/evaluations/" + evaluation + "/candidates", "application/json",
                notes.getBytes(StandardCharsets.UTF_8)), 400).get("error").asString()).isEqualTo("notes: at most 2000 characters (got 2001)");
    }

    @Test
    void uploadFieldsLongerThanTheirColumnsAreA400SayingTheLimit() throws Exception {
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        JsonNode candidate = refused(upload(type, multipart(BOUNDARY, "ok.txt", fixture(), "candidate", "c".repeat(101))), 400);
        assertThat(candidate.get("error").asString()).isEqualTo("candidate: at most 100 characters (got 101)");
        JsonNode label = refused(upload(type, multipart(BOUNDARY, "ok.txt", fixture(), "candidate", "Gin", "label", "l".repeat(201))), 400);
        assertThat(label.get("field").asString()).isEqualTo("label");
        JsonNode file = refused(upload(type, multipart(BOUNDARY, "f".repeat(501), fixture(), "candidate", "Gin")), 400);
        assertThat(file.get("error").asString()).isEqualTo("fileName: at most 500 characters (got 501)");
        assertThat(uploads()).isZero();
    }

    @Test
    void invalidJsonNamesThePlaceButNoJavaType() throws Exception {
        JsonNode body = refused(send("POST", "/api/evaluations", "application/json",
                "{\"name\": \"x\", \"requirements\": {\"targetQps\": \"many\"}}".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(body.get("error").asString()).contains("$.requirements.targetQps: expected a number");
    }

    @Test
    void aMultipartWithoutBoundaryIsA400() throws Exception {
        JsonNode body = refused(upload("multipart/form-data", multipart(BOUNDARY, "ok.txt", fixture(), "candidate", "Gin")), 400);
        assertThat(body.get("error").asString()).contains("multipart");
        assertThat(uploads()).isZero();
    }

    @Test
    void aTruncatedMultipartIsA400() throws Exception {
        byte[] whole = multipart(BOUNDARY, "ok.txt", fixture(), "candidate", "Gin");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        JsonNode body = refused(upload("multipart/form-data; boundary=" + BOUNDARY, cut), 400);
        assertThat(body.get("error").asString()).contains("multipart");
        assertThat(uploads()).isZero();
    }

    @Test
    void aNulInTheFileNameIsA400() throws Exception {
        JsonNode body = refused(upload("multipart/form-data; boundary=" + BOUNDARY,
                multipart(BOUNDARY, "ok\u0000.txt", fixture(), "candidate", "Gin")), 400);
        // Tomcat's parser refuses it (a raw NUL in a header); a NUL it let through would meet the upload's own check
        assertThat(body.get("error").asString()).containsAnyOf("the multipart body could not be read", "control characters");
        assertThat(uploads()).isZero();
    }

    @Test
    void aBoundaryOf5000CharactersIsA400() throws Exception {
        String boundary = "b".repeat(5000);
        JsonNode body = refused(upload("multipart/form-data; boundary=" + boundary,
                multipart(boundary, "ok.txt", fixture(), "candidate", "Gin")), 400);
        assertThat(body.get("error").asString()).contains("multipart");
        assertThat(uploads()).isZero();
    }

    @Test
    void anOversizeUploadIsA413WithABody() throws Exception {
        byte[] big = new byte[1_200_000];
        java.util.Arrays.fill(big, (byte) 'x');
        JsonNode body = refused(upload("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, "big.txt", big,
                "candidate", "Gin")), 413);
        assertThat(body.get("error").asString()).contains("spring.servlet.multipart");
        assertThat(uploads()).isZero();
    }

    @Test
    void tooManyPartsIsA413WithABody() throws Exception {
        String[] fields = new String[2 * 60];
        for (int i = 0; i < 60; i++) {
            fields[2 * i] = "extra" + i;
            fields[2 * i + 1] = "v";
        }
        JsonNode body = refused(upload("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, "ok.txt", fixture(),
                fields)), 413);
        assertThat(body.get("error").asString()).contains("limit");
        assertThat(uploads()).isZero();
    }

    @Test
    void aHugePartHeaderIsA413WithABody() throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"candidate\"\r\nX-Padding: "
                + "p".repeat(20_000) + "\r\n\r\nGin\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[body.length + multipart(BOUNDARY, "ok.txt", fixture()).length];
        System.arraycopy(body, 0, whole, 0, body.length);
        byte[] rest = multipart(BOUNDARY, "ok.txt", fixture());
        System.arraycopy(rest, 0, whole, body.length, rest.length);
        JsonNode json = refused(upload("multipart/form-data; boundary=" + BOUNDARY, whole), 413);
        assertThat(json.get("error").asString()).contains("limit");
        assertThat(uploads()).isZero();
    }

    @Test
    void anUnknownApiPathIsA404NotTheVaadinPage() throws Exception {
        JsonNode get = refused(send("GET", "/api/evaluationz", null, null), 404);
        assertThat(get.get("error").asString()).isEqualTo("no API endpoint GET /api/evaluationz; the API is described at /api/openapi");
        refused(send("POST", "/api/evaluations/" + evaluation + "/uplods", "application/json", "{}".getBytes()), 404);
        refused(send("GET", "/api", null, null), 404);
        // a known path with a method it does not serve stays a 405, in the same shape
        JsonNode method = refused(send("DELETE", "/api/evaluations", null, null), 405);
        assertThat(method.get("error").asString()).contains("GET").contains("POST");
        // the OpenAPI description still answers
        assertThat(send("GET", "/api/openapi", null, null).status()).isEqualTo(200);
    }

    @Test
    void wrongParameterTypesAndMissingPartsAreA400InTheSameShape() throws Exception {
        JsonNode id = refused(send("GET", "/api/evaluations/abc", null, null), 400);
        assertThat(id.get("error").asString()).isEqualTo("parameter 'id': cannot use value 'abc'");
        assertThat(id.get("expected").asString()).isEqualTo("a whole number");
        JsonNode missing = refused(upload("multipart/form-data; boundary=" + BOUNDARY,
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"candidate\"\r\n\r\nGin\r\n--" + BOUNDARY + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(missing.get("error").asString()).isEqualTo("missing multipart part 'file'");
        JsonNode type = refused(send("POST", "/api/evaluations", "text/plain", "name=x".getBytes()), 415);
        assertThat(type.get("error").asString()).contains("application/json");
    }

    /** A label from the file longer than its column (run.label, 300) was a database error, a 500. */
    @Test
    void aLabelInTheFileLongerThanItsColumnIsA422NamingIt() throws Exception {
        String jtl = Files.readString(Path.of("src/test/resources/fixtures/jmeter-jtl/results.jtl"))
                .replace("GET /hello", "GET /" + "x".repeat(400));
        JsonNode body = refused(upload("multipart/form-data; boundary=" + BOUNDARY, multipart(BOUNDARY, "long-label.jtl",
                jtl.getBytes(StandardCharsets.UTF_8), "candidate", "Gin")), 422);
        assertThat(body.get("field").asString()).matches("runs\\[\\d\\]\\.label");   // one run per JMeter label
        assertThat(body.get("expected").asString()).isEqualTo("at most 300 characters");
        assertThat(uploads()).isZero();
    }
}
