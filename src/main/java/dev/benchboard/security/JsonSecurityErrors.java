package dev.benchboard.security;

import dev.benchboard.common.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The REST API's answers to unauthenticated (401) and forbidden (403) calls: JSON {error} like every
 * other API error, never an HTML login page. Too many failed passwords answer 429 with Retry-After.
 */
final class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;
    private final String missingCredentials;

    /**
     * @param challenge          the WWW-Authenticate value ("Bearer" or "Basic realm=…")
     * @param missingCredentials what to send, for a call without (valid) credentials
     */
    JsonSecurityErrors(String challenge, String missingCredentials) {
        this.challenge = challenge;
        this.missingCredentials = missingCredentials;
    }

    static JsonSecurityErrors bearer() {
        return new JsonSecurityErrors("Bearer", "authentication required: send 'Authorization: Bearer <token>' with a "
                + "valid API token (create one on the API tokens page or with POST /api/tokens)");
    }

    static JsonSecurityErrors basic() {
        return new JsonSecurityErrors("Basic realm=\"Benchboard\", charset=\"UTF-8\"", "authentication required: "
                + "send your user name and password with HTTP Basic (API tokens are not accepted here)");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        String sent = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean rightScheme = sent != null && sent.regionMatches(true, 0, scheme(), 0, scheme().length());
        write(response, HttpStatus.UNAUTHORIZED, rightScheme
                ? "the credentials were not accepted (wrong user name or password, or the user is disabled)"
                : missingCredentials);
    }

    /** "Bearer" or "Basic": the first word of the challenge. */
    private String scheme() {
        int space = challenge.indexOf(' ');
        return space < 0 ? challenge : challenge.substring(0, space);
    }

    /** For a token that is unknown, revoked or expired, or whose owner is disabled. */
    void invalidToken(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge + " error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, "the API token is not valid: unknown, expired or revoked, "
                + "or its owner is disabled");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden: " + request.getMethod() + " " + request.getRequestURI()
                + " needs a role or an evaluation scope that these credentials do not have (reading needs VIEWER, "
                + "changing needs EDITOR; a scoped token reaches only its evaluations)");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Json.write(Map.of("error", message)));
    }
}
