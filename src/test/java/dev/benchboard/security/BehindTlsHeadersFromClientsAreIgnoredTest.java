package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13, finding 7, the other half: with no trusted proxy configured (the default), a client's own
 * {@code X-Forwarded-Proto: https} changes nothing. Real embedded Tomcat, as in {@link BehindTlsFromATrustedProxyTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", SignedInOverHttps.WITHOUT_FRONTEND_BUILD})
@ActiveProfiles("test")
class BehindTlsHeadersFromClientsAreIgnoredTest {

    @LocalServerPort
    int port;

    @Test
    void aClientsForwardedProtoIsIgnored() throws Exception {
        SignedInOverHttps.Answer answer = SignedInOverHttps.openAView(port, "https");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.sessionCookie()).as("a session starts").isNotNull();
        assertThat(answer.secureCookie()).as(answer.sessionCookie()).isFalse();
        assertThat(answer.hsts()).isNull();
    }
}
