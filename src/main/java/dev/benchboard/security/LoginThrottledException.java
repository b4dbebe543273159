package dev.benchboard.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused, before the password was checked, because of recent failures; says how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins for this user name from this address, or from this address; try again in "
                + describe(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up (at least 1): what Retry-After and the login view say. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** The wait in words: "1 second", "30 seconds", "4 minutes". */
    public static String describe(Duration d) {
        long seconds = seconds(d);
        if (seconds == 1) return "1 second";
        if (seconds < 90) return seconds + " seconds";
        return ((seconds + 59) / 60) + " minutes";
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
