package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, finding 7: behind a TLS-terminating proxy that is configured as trusted (here the test itself,
 * on 127.0.0.1), {@code X-Forwarded-Proto: https} makes the session cookie Secure and adds HSTS; a plain
 * HTTP request, or one the proxy marks http, gets neither; redirects do not fall back to http://. Real
 * embedded Tomcat: the cookie and the redirect's Location are Tomcat's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "benchboard.security.trusted-proxies=127.0.0.1",
                SignedInOverHttps.WITHOUT_FRONTEND_BUILD})
@ActiveProfiles("test")
class BehindTlsFromATrustedProxyTest {

    @LocalServerPort
    int port;

    @Test
    void httpsAtTheProxyGivesASecureSessionCookieAndHsts() throws Exception {
        SignedInOverHttps.Answer answer = SignedInOverHttps.openAView(port, "https");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.sessionCookie()).as("a session starts").isNotNull();
        assertThat(answer.secureCookie()).as(answer.sessionCookie()).isTrue();
        assertThat(answer.hsts()).isEqualTo("max-age=" + SecurityConfig.HSTS_MAX_AGE_SECONDS);
        // The redirect stays on https: a path, not an absolute http:// address built from the proxy's connection.
        assertThat(answer.location()).isEqualTo("/login");
    }

    @Test
    void plainHttpGetsNeither() throws Exception {
        for (String proto : new String[] {null, "http"}) {
            SignedInOverHttps.Answer answer = SignedInOverHttps.openAView(port, proto);
            assertThat(answer.sessionCookie()).as("X-Forwarded-Proto %s", proto).isNotNull();
            assertThat(answer.secureCookie()).as("X-Forwarded-Proto %s: %s", proto, answer.sessionCookie()).isFalse();
            assertThat(answer.hsts()).as("X-Forwarded-Proto %s", proto).isNull();
        }
    }
}
