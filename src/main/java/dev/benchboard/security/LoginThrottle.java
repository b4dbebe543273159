package dev.benchboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows password guessing without ever locking anyone out. Failures are counted per (user name,
 * client address) and per client address; after {@code k} failures for a key the next attempt for it is
 * refused, before the password is even checked, until
 * <pre>wait(k) = k ≤ free ? 0 : min(firstDelay · 2^(k − free − 1), maxDelay)</pre>
 * has passed since that key's last failure. There is deliberately no count per user name alone: an
 * attacker hammering {@code admin} from one address delays only that address, and the real admin signing
 * in from an address that has not failed is never refused. A key is forgotten after {@code forgetAfter}
 * without failures.
 *
 * <p>Each admitted attempt counts as a failure until it is reported as a success, so a burst of parallel
 * guesses gets no more checks than the same guesses one after the other.
 *
 * <p>In memory and per node: a restart forgets, several nodes each count their own share. That keeps
 * the database out of the attack path; see SECURITY.md.
 */
final class LoginThrottle {

    /** Beyond this many tracked keys, forgotten ones are dropped (sprayed names and addresses cost memory). */
    private static final int PRUNE_ABOVE = 10_000;

    /** What failures are counted for: a user name at an address, or an address alone ({@code user} null). */
    private record Key(String user, String address) {
    }

    /** The failures counted for one key; {@code version} tells whether another attempt recorded since. */
    private record Failures(int count, Instant last, long version) {
    }

    /** One password check let through: report how it ended with exactly one of the three methods. */
    final class Attempt {
        private final Key pairKey;
        private final Key addressKey;
        private final Failures pairBefore;
        private final Failures addressBefore;
        private final long version;

        private Attempt(Key pairKey, Key addressKey, Failures pairBefore, Failures addressBefore, long version) {
            this.pairKey = pairKey;
            this.addressKey = addressKey;
            this.pairBefore = pairBefore;
            this.addressBefore = addressBefore;
            this.version = version;
        }

        /** The right password: this user at this address starts afresh; the address keeps its other failures. */
        void succeeded() {
            synchronized (LoginThrottle.this) {
                failures.remove(pairKey);
                takeBack(addressKey, addressBefore, version);
            }
        }

        /** A wrong password (or an unknown or disabled user): the failure stays counted for both keys. */
        void failed() {
        }

        /** The check itself broke (e.g. the database was unreachable): not the client's failure. */
        void abandoned() {
            synchronized (LoginThrottle.this) {
                takeBack(pairKey, pairBefore, version);
                takeBack(addressKey, addressBefore, version);
            }
        }

        /** Failures for this user name from this address, this attempt included (for the log). */
        int failuresForUserAtAddress() {
            return count(pairKey);
        }

        /** Failures from this address for any user name, this attempt included (for the log). */
        int failuresFromAddress() {
            return count(addressKey);
        }
    }

    private final int freePerUserAndAddress;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final Map<Key, Failures> failures = new HashMap<>();
    private long versions;

    LoginThrottle(int freePerUserAndAddress, int freePerAddress, Duration firstDelay, Duration maxDelay,
                  Duration forgetAfter, Clock clock) {
        if (freePerUserAndAddress < 0 || freePerAddress < 0) {
            throw new IllegalArgumentException("the failures allowed without a delay cannot be negative");
        }
        if (!firstDelay.isPositive() || maxDelay.compareTo(firstDelay) < 0 || forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("login delays must satisfy 0 < first-delay ≤ max-delay ≤ forget-after "
                    + "(were " + firstDelay + ", " + maxDelay + ", " + forgetAfter + ")");
        }
        this.freePerUserAndAddress = freePerUserAndAddress;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
    }

    /**
     * Lets one password check through, or refuses it with how long to wait. Admitting records a
     * provisional failure for both keys (see the class comment); the caller reports the outcome on the
     * returned attempt.
     *
     * @throws LoginThrottledException when this user at this address, or this address, must still wait
     */
    synchronized Attempt admit(String username, String address) {
        Instant now = clock.instant();
        String client = ClientAddresses.key(address);
        Key pairKey = new Key(UserAccounts.normalize(username), client);
        Key addressKey = new Key(null, client);
        Failures pair = current(pairKey, now);
        Failures fromAddress = current(addressKey, now);
        Duration wait = max(remaining(pair, freePerUserAndAddress, now), remaining(fromAddress, freePerAddress, now));
        if (wait.isPositive()) throw new LoginThrottledException(wait);
        long version = ++versions;
        failures.put(pairKey, new Failures(countOf(pair) + 1, now, version));
        failures.put(addressKey, new Failures(countOf(fromAddress) + 1, now, version));
        if (failures.size() > PRUNE_ABOVE) prune(now);
        return new Attempt(pairKey, addressKey, pair, fromAddress, version);
    }

    /** The wait after {@code failures} failures, when the first {@code free} cost nothing. */
    Duration delayAfter(int failures, int free) {
        if (failures <= free) return Duration.ZERO;
        int doublings = failures - free - 1;
        if (doublings >= 40) return maxDelay;
        Duration wait = firstDelay.multipliedBy(1L << doublings);
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    private Duration remaining(Failures f, int free, Instant now) {
        if (f == null) return Duration.ZERO;
        Instant until = f.last().plus(delayAfter(f.count(), free));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /** The key's failures, or null when it has none or they are old enough to be forgotten. */
    private Failures current(Key key, Instant now) {
        Failures f = failures.get(key);
        if (f != null && forgotten(f, now)) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private boolean forgotten(Failures f, Instant now) {
        return !f.last().plus(forgetAfter).isAfter(now);
    }

    /** Undoes one provisional failure; the time of the last failure goes back too unless another attempt came since. */
    private void takeBack(Key key, Failures before, long version) {
        Failures now = failures.get(key);
        if (now == null) return;
        if (now.count() <= 1) {
            failures.remove(key);
        } else if (now.version() == version && before != null) {
            failures.put(key, before);
        } else {
            failures.put(key, new Failures(now.count() - 1, now.last(), now.version()));
        }
    }

    private synchronized int count(Key key) {
        return countOf(failures.get(key));
    }

    private static int countOf(Failures f) {
        return f == null ? 0 : f.count();
    }

    private void prune(Instant now) {
        failures.values().removeIf(f -> forgotten(f, now));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
