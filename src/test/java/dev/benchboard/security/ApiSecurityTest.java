package dev.benchboard.security;

import static dev.benchboard.security.SecurityFixture.PASSWORD;
import static dev.benchboard.security.SecurityFixture.basic;
import static dev.benchboard.security.SecurityFixture.bearer;
import static dev.benchboard.security.SecurityFixture.fromAddress;
import static dev.benchboard.security.SecurityFixture.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationService;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The REST API's filter chains: who gets in, with which role, and how far a token's scope reaches. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationOwnership ownership;

    SecurityFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SecurityFixture(accounts, tokens, evaluations, jdbc);
    }

    /** Every route the application maps (found, not listed by hand) refuses an anonymous call with JSON 401. */
    @Test
    void everyApiRouteRefusesAnonymousCallsWith401Json() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dev.benchboard")) continue;   // springdoc's own
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                // Shared report links are public by design; everything else must sit behind the API chains.
                if (pattern.startsWith("/r/")) continue;
                assertThat(pattern).as("REST endpoints live under /api/ (the UI chain would not answer JSON)")
                        .startsWith("/api/");
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    mvc.perform(request(HttpMethod.valueOf(method.name()), path))
                            .andExpect(status().isUnauthorized())
                            .andExpect(header().exists("WWW-Authenticate"))
                            .andExpect(jsonPath("$.error").isString());
                    checked.add(method + " " + pattern);
                }
            }
        }
        assertThat(checked).contains("GET /api/evaluations", "POST /api/evaluations", "GET /api/evaluations/{id}",
                "POST /api/evaluations/{id}/uploads", "GET /api/evaluations/{id}/uploads", "GET /api/uploads/{id}",
                "DELETE /api/uploads/{id}", "POST /api/tokens", "GET /api/tokens", "DELETE /api/tokens/{id}");
    }

    @Test
    void theOpenApiDescriptionIsPublicAndApiAnswersCarrySecurityHeadersWithoutSessions() throws Exception {
        mvc.perform(get("/api/openapi")).andExpect(status().isOk());
        MvcResult result = mvc.perform(get("/api/evaluations").with(bearer(fixture.token(Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("the API chain is stateless").isNull();
    }

    @Test
    void viewersReadButCannotChangeEditorsCan() throws Exception {
        long evaluation = fixture.evaluation();
        long upload = fixture.upload(evaluation);
        String viewer = fixture.token(Role.VIEWER);
        String editor = fixture.token(Role.EDITOR);
        String admin = fixture.token(Role.ADMIN);

        mvc.perform(get("/api/evaluations/" + evaluation).with(bearer(viewer))).andExpect(status().isOk());
        mvc.perform(get("/api/uploads/" + upload).with(bearer(viewer))).andExpect(status().isOk());
        mvc.perform(post("/api/evaluations").with(bearer(viewer)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"from a viewer\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("forbidden: POST /api/evaluations")));
        mvc.perform(delete("/api/uploads/" + upload).with(bearer(viewer))).andExpect(status().isForbidden());

        mvc.perform(post("/api/evaluations").with(bearer(editor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"from an editor\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("from an editor"));
        mvc.perform(delete("/api/uploads/" + upload).with(bearer(editor))).andExpect(status().isNoContent());
        mvc.perform(get("/api/uploads/" + upload).with(bearer(editor))).andExpect(status().isNotFound());
        // Admins include the editor's rights.
        mvc.perform(post("/api/evaluations").with(bearer(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"from an admin\"}")).andExpect(status().isCreated());
    }

    @Test
    void aScopedTokenReachesOnlyItsEvaluationsTheirUploadsAndShares() throws Exception {
        long one = fixture.evaluation();
        long two = fixture.evaluation();
        long three = fixture.evaluation();
        long uploadOfOne = fixture.upload(one);
        long uploadOfTwo = fixture.upload(two);
        long shareOfOne = fixture.share(one);
        long shareOfTwo = fixture.share(two);
        String token = fixture.token(fixture.user(Role.EDITOR), List.of(one, three));

        MvcResult list = mvc.perform(get("/api/evaluations").with(bearer(token))).andExpect(status().isOk()).andReturn();
        assertThat(ids(list)).containsExactly(one, three);
        mvc.perform(get("/api/evaluations/" + one).with(bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/evaluations/" + two).with(bearer(token))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").isString());
        mvc.perform(get("/api/evaluations/" + two + "/uploads").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/uploads/" + uploadOfTwo).with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/uploads/" + uploadOfTwo).with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/uploads/" + uploadOfOne).with(bearer(token))).andExpect(status().isOk());
        // Paths no controller serves yet are judged by the same rule: refused outside the scope…
        mvc.perform(get("/api/evaluations/" + two + "/report").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/shares/" + shareOfTwo).with(bearer(token))).andExpect(status().isForbidden());
        // …and let through inside it (asked of the rule itself: MockMvc has no handler to answer these paths).
        ApiTokenAuthentication caller = new ApiTokenAuthentication(tokens.authenticate(token).orElseThrow());
        ApiAuthorization rule = new ApiAuthorization(ownership);
        Map<String, Boolean> granted = Map.of(
                "/api/shares/" + shareOfOne, true, "/api/evaluations/" + three + "/report", true,
                "/api/shares/" + shareOfTwo, false, "/api/evaluations/" + two + "/report", false);
        granted.forEach((path, expected) -> assertThat(rule.authorize(() -> caller,
                new RequestAuthorizationContext(new MockHttpServletRequest("GET", path))).isGranted())
                .as(path).isEqualTo(expected));
        // Unknown ids and non-numbers fail closed; creating a new evaluation is outside any scope.
        mvc.perform(get("/api/uploads/999999").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluations/abc").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluations").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"outside the scope\"}")).andExpect(status().isForbidden());
        mvc.perform(delete("/api/uploads/" + uploadOfOne).with(bearer(token))).andExpect(status().isNoContent());
    }

    @Test
    void aScopedTokenWhoseEvaluationsWereDeletedReachesNothing() throws Exception {
        long only = fixture.evaluation();
        long other = fixture.evaluation();
        String token = fixture.token(fixture.user(Role.VIEWER), List.of(only));
        evaluations.delete(only);
        MvcResult list = mvc.perform(get("/api/evaluations").with(bearer(token))).andExpect(status().isOk()).andReturn();
        assertThat(ids(list)).isEmpty();
        mvc.perform(get("/api/evaluations/" + other).with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void revokedExpiredUnknownTokensAndDisabledOwnersGet401() throws Exception {
        UserAccount owner = fixture.user(Role.EDITOR);
        ApiTokens.Created revoked = tokens.create(owner.username(), "to revoke", null, null);
        mvc.perform(get("/api/evaluations").with(bearer(revoked.token()))).andExpect(status().isOk());
        tokens.revoke(owner.username(), revoked.id());
        mvc.perform(get("/api/evaluations").with(bearer(revoked.token())))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("not valid")));

        ApiTokens.Created expiring = tokens.create(owner.username(), "to expire", null, Instant.now().plusSeconds(3600));
        mvc.perform(get("/api/evaluations").with(bearer(expiring.token()))).andExpect(status().isOk());
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), expiring.id()).update();
        mvc.perform(get("/api/evaluations").with(bearer(expiring.token()))).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/evaluations").with(bearer(ApiTokens.PREFIX + "x".repeat(43))))
                .andExpect(status().isUnauthorized());

        UserAccount leaving = fixture.user(Role.EDITOR);
        String ofLeaving = fixture.token(leaving, null);
        mvc.perform(get("/api/evaluations").with(bearer(ofLeaving))).andExpect(status().isOk());
        accounts.setEnabled(leaving.id(), false);
        mvc.perform(get("/api/evaluations").with(bearer(ofLeaving))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenFollowsItsOwnersCurrentRole() throws Exception {
        UserAccount user = fixture.user(Role.EDITOR);
        String token = fixture.token(user, null);
        long upload = fixture.upload(fixture.evaluation());
        accounts.changeRole(user.id(), Role.VIEWER);
        mvc.perform(delete("/api/uploads/" + upload).with(bearer(token))).andExpect(status().isForbidden());
    }

    @Test
    void postApiTokensWithBasicCreatesAWorkingScopedToken() throws Exception {
        UserAccount user = fixture.user(Role.EDITOR);
        long one = fixture.evaluation();
        long two = fixture.evaluation();
        MvcResult created = mvc.perform(post("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ci\",\"evaluationIds\":[" + one + "],\"expiresAt\":\"2099-01-01T00:00:00Z\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("ci"))
                .andExpect(jsonPath("$.scope[0]").value(one))
                .andExpect(jsonPath("$.expiresAt").value("2099-01-01T00:00:00Z"))
                .andReturn();
        assertThat(created.getResponse().getHeader("Set-Cookie")).isNull();
        Map<?, ?> body = Json.read(created.getResponse().getContentAsString(), Map.class);
        String token = (String) body.get("token");
        // 256 random bits, base64url: 43 characters after the prefix.
        assertThat(token).startsWith("bb_").hasSize(3 + 43).matches("bb_[A-Za-z0-9_-]{43}");
        // Only its SHA-256 is stored.
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = ?").param(ApiTokens.sha256(token))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_sha256 = ? or token_hint = ?")
                .params(token, token).query(Long.class).single()).isZero();

        mvc.perform(get("/api/evaluations/" + one).with(bearer(token))).andExpect(status().isOk());
        mvc.perform(get("/api/evaluations/" + two).with(bearer(token))).andExpect(status().isForbidden());
        assertThat(tokens.list(user.username())).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        // Listing and revoking go through Basic too; a token cannot manage (or mint) tokens.
        mvc.perform(get("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress())))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("ci"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
        mvc.perform(post("/api/tokens").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"escalate\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("API tokens are not accepted here")));
        // …and the rest of the API takes tokens only, not passwords.
        mvc.perform(get("/api/evaluations").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("Authorization: Bearer")));
        long id = ((Number) body.get("id")).longValue();
        UserAccount stranger = fixture.user(Role.ADMIN);
        mvc.perform(delete("/api/tokens/" + id).with(basic(stranger, PASSWORD)).with(fromAddress(uniqueAddress())))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/tokens/" + id).with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/evaluations/" + one).with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void tokenRequestsAreValidated() throws Exception {
        UserAccount user = fixture.user(Role.VIEWER);
        mvc.perform(post("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("name: 1–100 characters"));
        mvc.perform(post("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"evaluationIds\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\",\"evaluationIds\":[987654]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tokens").with(basic(user, PASSWORD)).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWrongBasicPasswordIs401() throws Exception {
        // How repeated failures are slowed down (429 with Retry-After): LoginThrottlingIsNotALockOutTest.
        UserAccount user = fixture.user(Role.EDITOR);
        mvc.perform(post("/api/tokens").with(basic(user, "wrong password")).with(fromAddress(uniqueAddress()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ci\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.error").isString());
        assertThat(tokens.list(user.username())).isEmpty();
    }

    /** How other MockMvc tests authenticate: a mock user with a role (its top role is enough). */
    @Test
    void mockMvcTestsCanActAsAUserWithARole() throws Exception {
        mvc.perform(get("/api/evaluations").with(user("someone").roles("EDITOR"))).andExpect(status().isOk());
        mvc.perform(post("/api/evaluations").with(user("someone").roles("EDITOR")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"from a test\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/evaluations").with(user("someone").roles("VIEWER")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"from a test\"}")).andExpect(status().isForbidden());
    }

    private static List<Long> ids(MvcResult result) throws Exception {
        List<?> rows = Json.read(result.getResponse().getContentAsString(), List.class);
        return new ArrayList<>(new TreeSet<>(rows.stream().map(r -> ((Number) ((Map<?, ?>) r).get("id")).longValue()).toList()));
    }
}
