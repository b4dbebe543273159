package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 13, finding 1 (the policy half): no workspace page runs inline script but its own (nonce),
 * every response has its own nonce, and the page's scripts carry the nonce the header names. The
 * shared report's stricter policy (no eval, nothing inline) is checked on the page itself in
 * {@code SharedReportPageTest}.
 */
class ContentSecurityPolicyTest {

    private static String policyFor(String path, MockHttpServletRequest request) {
        request.setRequestURI(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ContentSecurityPolicy().writeHeaders(request, response);
        return response.getHeader("Content-Security-Policy");
    }

    private static String scriptSrc(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src ")) return directive.strip();
        }
        throw new AssertionError("no script-src in " + policy);
    }

    @Test
    void theWorkspaceRunsOnlyItsOwnInlineScriptsButKeepsEvaluationForVaadin() {
        for (String path : new String[] {"/", "/login", "/evaluations/1/compare", "/rr/not-a-share"}) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            String policy = policyFor(path, request);
            assertThat(scriptSrc(policy)).as(path)
                    .isEqualTo("script-src 'self' 'nonce-" + ContentSecurityPolicy.nonce(request) + "' 'unsafe-eval'");
            assertThat(scriptSrc(policy)).doesNotContain("unsafe-inline");
        }
    }

    @Test
    void everyResponseHasItsOwnUnguessableNonce() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1000; i++) nonces.add(ContentSecurityPolicy.nonce(new MockHttpServletRequest()));
        assertThat(nonces).hasSize(1000).allSatisfy(n -> assertThat(n).matches("[A-Za-z0-9+/]{22}=="));
        MockHttpServletRequest one = new MockHttpServletRequest();
        assertThat(ContentSecurityPolicy.nonce(one)).as("stable within a response").isEqualTo(ContentSecurityPolicy.nonce(one));
    }

    @Test
    void thePagesScriptsCarryTheNonceOfTheHeader() {
        Document page = Jsoup.parse("<html><head><script>window.Vaadin = {}</script>"
                + "<script type=module src=\"VAADIN/build/index.js\"></script></head><body><div id=outlet></div></body></html>");
        ScriptNonces.addNonce(page, "abc123");
        assertThat(page.select("script")).hasSize(2).allSatisfy(s -> assertThat(s.attr("nonce")).isEqualTo("abc123"));
    }
}
