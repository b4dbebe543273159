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

    /** The wait in English words: "1 second", "30 seconds", "4 minutes" (the API's and the log's message). */
    public static String describe(Duration d) {
        Wait wait = Wait.of(d);
        if (wait.minutes()) return wait.amount() + " minutes";
        return wait.amount() == 1 ? "1 second" : wait.amount() + " seconds";
    }

    /**
     * The wait as a person counts it, for words in any language: whole seconds (rounded up) below 90 s, then
     * whole minutes (rounded up).
     */
    public record Wait(long amount, boolean minutes) {

        public static Wait of(Duration d) {
            long seconds = seconds(d);
            return seconds < 90 ? new Wait(seconds, false) : new Wait((seconds + 59) / 60, true);
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
