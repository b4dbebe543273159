package dev.benchboard.security;

import static dev.benchboard.security.SecurityFixture.PASSWORD;
import static dev.benchboard.security.SecurityFixture.fromAddress;
import static dev.benchboard.security.SecurityFixture.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13, finding 6 (login CSRF): a page on another site could post the sign-in form with an account of
 * the attacker's choosing and have the visitor's browser work, unknowingly, in that account. The login
 * POST now needs the CSRF token of the visitor's own session, which the login page carries (Vaadin puts it
 * in the page's meta tags, where the login form picks it up; AccountsBrowserIT signs in through the real form).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInFormRequiresCsrfTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    SecurityFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = SecurityFixture.from(context);
        // Vaadin's servlet does not run under MockMvc; a stand-in receives what the chain hands over.
        ((MockServletContext) context.getServletContext())
                .registerNamedDispatcher("springServlet", new MockRequestDispatcher("/vaadin-servlet"));
    }

    @Test
    void aSignInPostWithoutTheTokenDoesNotSignIn() throws Exception {
        UserAccount victimsAccount = fixture.user(Role.VIEWER);
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(signIn(victimsAccount.username()).session(browser))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error=form"));
        assertThat(signedIn(browser)).isNull();
    }

    @Test
    void aTokenFromAnotherSessionDoesNotSignIn() throws Exception {
        UserAccount attackersAccount = fixture.user(Role.VIEWER);
        String attackersToken = loginPageToken(new MockHttpSession()).getToken();
        MockHttpSession victim = new MockHttpSession();
        loginPageToken(victim);
        mvc.perform(signIn(attackersAccount.username()).param("_csrf", attackersToken).session(victim))
                .andExpect(redirectedUrl("/login?error=form"));
        assertThat(signedIn(victim)).isNull();
    }

    @Test
    void theTokenFromTheLoginPageSignsIn() throws Exception {
        UserAccount user = fixture.user(Role.VIEWER);
        MockHttpSession browser = new MockHttpSession();
        CsrfToken token = loginPageToken(browser);
        assertThat(token.getParameterName()).as("the field the login form sends").isEqualTo("_csrf");
        mvc.perform(signIn(user.username()).param(token.getParameterName(), token.getToken()).session(browser))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        assertThat(signedIn(browser)).isEqualTo(user.username());
    }

    @Test
    void otherPostsWithoutATokenAreStill403() throws Exception {
        // Only the sign-in form is sent back to the login page; other refused requests keep their 403.
        mvc.perform(post("/evaluations").with(fromAddress(uniqueAddress()))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(fromAddress(uniqueAddress()))).andExpect(status().isForbidden());
    }

    /** What GET /login puts in the page for this session (Vaadin renders it as meta _csrf / _csrf_parameter). */
    private CsrfToken loginPageToken(MockHttpSession session) throws Exception {
        var page = mvc.perform(get("/login").session(session)).andExpect(status().isOk()).andReturn();
        CsrfToken token = (CsrfToken) page.getRequest().getAttribute(CsrfToken.class.getName());
        assertThat(token).isNotNull();
        token.getToken();  // deferred: generated and stored in the session when first read, as when the page renders
        return token;
    }

    private static MockHttpServletRequestBuilder signIn(String username) {
        return post("/login").param("username", username).param("password", PASSWORD).with(fromAddress(uniqueAddress()));
    }

    private static String signedIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }
}
