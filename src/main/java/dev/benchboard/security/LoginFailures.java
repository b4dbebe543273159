package dev.benchboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed form sign-in goes: back to the login view with {@code ?error} (wrong user name or
 * password), {@code ?error=throttled&wait=<seconds>} (must wait after repeated failures), or, set up in
 * SecurityConfig for a POST without a valid CSRF token, {@link #STALE_FORM}. The view words each.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    /** The login POST lacked a valid CSRF token: the form is older than the session, or came from another site. */
    static final String STALE_FORM = "/login?error=form";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String target = failure instanceof LoginThrottledException throttled
                ? "/login?error=throttled&wait=" + throttled.retryAfterSeconds()
                : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }
}
