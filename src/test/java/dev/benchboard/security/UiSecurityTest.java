package dev.benchboard.security;

import static dev.benchboard.security.SecurityFixture.PASSWORD;
import static dev.benchboard.security.SecurityFixture.fromAddress;
import static dev.benchboard.security.SecurityFixture.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.evaluation.EvaluationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The UI chain at the HTTP level: views need a session login (else a redirect to /login), the login
 * page and shared links do not, the form login changes the session id, is throttled, and an admin's
 * change to a user ends that user's session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UiSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    JdbcClient jdbc;

    private static final String VAADIN = "/vaadin-servlet";

    SecurityFixture fixture;

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void fixture() {
        fixture = new SecurityFixture(accounts, tokens, evaluations, jdbc);
        // Vaadin's servlet does not run under MockMvc; a stand-in shows which requests the chain hands over.
        ((MockServletContext) context.getServletContext())
                .registerNamedDispatcher("springServlet", new MockRequestDispatcher(VAADIN));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String view : new String[] {"/", "/evaluations", "/evaluations/1", "/evaluations/1/upload", "/tokens", "/users"}) {
            mvc.perform(get(view)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theLoginPageAndSharedLinksNeedNoLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(redirectedUrl(null));
        for (String page : new String[] {"/r/anything", "/r/some-token/more"}) {
            mvc.perform(get(page)).andExpect(status().isOk()).andExpect(forwardedUrl(VAADIN));
        }
    }

    @Test
    void uiAnswersCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.UI_CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }

    @Test
    void formLoginChangesTheSessionIdAndOpensTheViews() throws Exception {
        UserAccount viewer = fixture.user(Role.VIEWER);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult login = mvc.perform(login(viewer.username(), PASSWORD, uniqueAddress()).session(session))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();
        // Session fixation protection: the id the visitor had before signing in is no longer valid.
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(before);
        assertThat(signedIn(session)).isEqualTo(viewer.username());
        // Signed in, a view is no longer sent to /login. Which views a role opens is Vaadin's decision from the
        // annotations (ViewAccessTest); under MockMvc Vaadin's route registry is absent, so no 200 here.
        mvc.perform(get("/evaluations").session(session)).andExpect(redirectedUrl(null));
    }

    @Test
    void wrongPasswordsReturnToTheLoginPageAndRepeatedOnesAreThrottled() throws Exception {
        UserAccount editor = fixture.user(Role.EDITOR);
        String address = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(editor.username(), "not the password", address))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(editor.username(), PASSWORD, uniqueAddress()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error=throttled"));
        // The throttle is per user name: others still sign in.
        mvc.perform(login(fixture.user(Role.EDITOR).username(), PASSWORD, address))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void disablingAUserEndsTheirSession() throws Exception {
        UserAccount user = fixture.user(Role.EDITOR);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(user.username(), PASSWORD, uniqueAddress()).session(session)).andExpect(redirectedUrl("/"));
        assertThat(signedIn(session)).isEqualTo(user.username());
        accounts.setEnabled(user.id(), false);
        mvc.perform(get("/evaluations").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(login(user.username(), PASSWORD, uniqueAddress())).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theUiDoesNotAcceptApiTokens() throws Exception {
        String token = fixture.token(Role.ADMIN);
        mvc.perform(get("/evaluations").header("Authorization", "Bearer " + token))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private static String signedIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : context.getAuthentication().getName();
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(fromAddress(address));
    }
}
