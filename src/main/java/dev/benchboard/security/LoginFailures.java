package dev.benchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a failed form sign-in goes: back to the login view with {@code ?error} (wrong user name or
 * password), {@code ?error=throttled&wait=<seconds>} (must wait after repeated failures), or, set up in
 * SecurityConfig for a POST without a valid CSRF token, {@link #STALE_FORM}. The view words each.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    /** The login POST lacked a valid CSRF token: the form is older than the session, or came from another site. */
    static final String STALE_FORM = "/login?error=form";

    /**
     * The UI chain's answer to a refused request: a login POST without a valid CSRF token goes back to the
     * form (with a message instead of a bare 403 page); anything else is 403 as before.
     */
    static AccessDeniedHandler staleFormOrForbidden() {
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + STALE_FORM));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String target = failure instanceof LoginThrottledException throttled
                ? "/login?error=throttled&wait=" + throttled.retryAfterSeconds()
                : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
