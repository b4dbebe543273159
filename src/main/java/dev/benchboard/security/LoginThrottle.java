package dev.benchboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins for one user name, or from one client
 * address, within a sliding window, further attempts are refused (even with the right password) until
 * the oldest of those failures leaves the window. In memory: a restart forgets, which is acceptable
 * for a single-node tool and keeps the database out of the attack path.
 */
final class LoginThrottle {

    /** Beyond this many tracked keys, stale ones are dropped (user names sprayed at random cost memory). */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        if (maxPerUser < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("login limits must be positive");
        }
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long sign-ins for this user name / from this address stay refused; empty when allowed. */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(userKey(username), maxPerUser, now), remaining(addressKey(address), maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), maxPerUser, now);
        record(addressKey(address), maxPerAddress, now);
        if (failures.size() > PRUNE_ABOVE) prune(now);
    }

    /** A successful sign-in clears the user name's failures; the address keeps its count. */
    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration remaining(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Duration.ZERO;
        synchronized (times) {
            if (times.size() < max) return Duration.ZERO;
            Instant until = times.peekFirst().plus(window);
            return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
        }
    }

    private void record(String key, int max, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            // Only the last `max` failures decide a refusal.
            while (times.size() > max) times.removeFirst();
        }
    }

    private void prune(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Instant last = e.getValue().peekLast();
                return last == null || !last.plus(window).isAfter(now);
            }
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + UserAccounts.normalize(username);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
