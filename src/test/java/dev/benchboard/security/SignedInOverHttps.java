package dev.benchboard.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * For the finding-7 tests against a real embedded Tomcat (MockMvc has no session cookies): an anonymous
 * request for a view, which starts a session (the request is remembered for after the sign-in) and is sent
 * to /login; what its Set-Cookie, Strict-Transport-Security and Location say.
 */
final class SignedInOverHttps {

    record Answer(int status, String sessionCookie, String hsts, String location) {
        boolean secureCookie() {
            return sessionCookie != null && List.of(sessionCookie.split(";")).stream().map(String::strip)
                    .anyMatch("Secure"::equalsIgnoreCase);
        }
    }

    /**
     * Unit tests run without the frontend build (-DskipFrontend), where Vaadin would start in development
     * mode and look for its dev server. These requests never reach a Vaadin view (they are answered by
     * the security filters), so production mode without a bundle is enough.
     */
    static final String WITHOUT_FRONTEND_BUILD = "vaadin.productionMode=true";

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SignedInOverHttps() {
    }

    /** GET /evaluations from 127.0.0.1, with X-Forwarded-Proto set to {@code forwardedProto} unless null. */
    static Answer openAView(int port, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluations"))
                .timeout(Duration.ofSeconds(30)).GET();
        if (forwardedProto != null) request.header("X-Forwarded-Proto", forwardedProto);
        HttpResponse<Void> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        return new Answer(response.statusCode(), cookie, response.headers().firstValue("Strict-Transport-Security").orElse(null),
                response.headers().firstValue("Location").orElse(null));
    }
}
