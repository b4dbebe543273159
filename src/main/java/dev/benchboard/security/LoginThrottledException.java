package dev.benchboard.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures; says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins for this user or from this address; try again in " + describe(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    static String describe(Duration d) {
        long seconds = Math.max(1, (d.toMillis() + 999) / 1000);
        if (seconds == 1) return "1 second";
        if (seconds < 90) return seconds + " seconds";
        return ((seconds + 59) / 60) + " minutes";
    }
}
