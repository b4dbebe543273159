package dev.benchboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic alike) behind the login throttle: attempts that must still
 * wait never reach the password check; failed ones are counted per (user name, client address) and per
 * client address. Every outcome is logged with the user name and the address, never the password.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        String who = "'" + ClientAddresses.printable(username) + "' from " + ClientAddresses.printable(address);
        LoginThrottle.Attempt admitted;
        try {
            admitted = throttle.admit(username, address);
        } catch (LoginThrottledException refused) {
            log.warn("Sign-in refused without a password check: {} must wait {} after repeated failures", who,
                    LoginThrottledException.describe(refused.retryAfter()));
            throw refused;
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException failed) {
            admitted.failed();
            log.warn("Sign-in failed: {} ({}); failures: {} for this user name from this address, {} from this address",
                    who, failed.getClass().getSimpleName(), admitted.failuresForUserAtAddress(),
                    admitted.failuresFromAddress());
            throw failed;
        } catch (RuntimeException broken) {
            admitted.abandoned();
            throw broken;
        }
        admitted.succeeded();
        log.info("Signed in: {}", who);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
