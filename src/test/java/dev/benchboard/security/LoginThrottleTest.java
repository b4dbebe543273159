package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sliding-window limits, with failure times chosen by hand so the expected waits are plain sums. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(5), clock);

    @Test
    void theFifthFailureWithinTheWindowRefusesUntilTheFirstLeavesIt() {
        // Failures at 10:00:00, :30, 10:01:00, :30, 10:02:00 (every 30 s).
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
            assertThat(throttle.refusal("alice", "10.0.0.1")).as("after %d failures", i + 1).isEmpty();
            clock.advance(Duration.ofSeconds(30));
        }
        throttle.failed("alice", "10.0.0.1");
        // Refused until 10:00:00 + 5 min = 10:05:00; it is 10:02:00 → 3 minutes.
        assertThat(throttle.refusal("alice", "10.0.0.1")).contains(Duration.ofMinutes(3));
        // Another address does not help: the user name is limited on its own (case-insensitively).
        assertThat(throttle.refusal("ALICE", "10.9.9.9")).contains(Duration.ofMinutes(3));
        assertThat(throttle.refusal("bob", "10.9.9.9")).isEmpty();

        clock.advance(Duration.ofMinutes(3).minusSeconds(1));
        assertThat(throttle.refusal("alice", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));   // 10:05:00: the first failure has left the window
        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
        // …but four are still inside: one more failure refuses again, until 10:00:30 + 5 min.
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.refusal("alice", "10.0.0.1")).contains(Duration.ofSeconds(30));
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverRefuse() {
        // 76 s apart: any five failures span 4 × 76 = 304 s > 300 s, so the oldest of the last five has
        // always left the window when the fifth arrives.
        for (int i = 0; i < 20; i++) {
            throttle.failed("carol", "10.0.0.2");
            assertThat(throttle.refusal("carol", "10.0.0.2")).as("right after failure %d", i + 1).isEmpty();
            clock.advance(Duration.ofSeconds(76));
        }
        // 74 s apart: five failures span 296 s → refused for the remaining 300 − 296 = 4 s.
        LoginThrottle other = new LoginThrottle(5, 20, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 5; i++) {
            if (i > 0) clock.advance(Duration.ofSeconds(74));
            other.failed("dan", "10.0.0.3");
        }
        assertThat(other.refusal("dan", "10.0.0.3")).contains(Duration.ofSeconds(4));
    }

    @Test
    void oneAddressTryingManyNamesIsLimitedAtTwenty() {
        for (int i = 0; i < 19; i++) throttle.failed("user" + i, "192.0.2.7");
        assertThat(throttle.refusal("someone-else", "192.0.2.7")).isEmpty();
        throttle.failed("user19", "192.0.2.7");
        assertThat(throttle.refusal("someone-else", "192.0.2.7")).contains(Duration.ofMinutes(5));
        assertThat(throttle.refusal("someone-else", "192.0.2.8")).isEmpty();
    }

    @Test
    void successClearsTheUserNameButNotTheAddress() {
        for (int i = 0; i < 4; i++) throttle.failed("dave", "198.51.100.1");
        throttle.succeeded("dave");
        for (int i = 0; i < 4; i++) throttle.failed("dave", "198.51.100.2");
        assertThat(throttle.refusal("dave", "198.51.100.2")).as("4 failures since the success").isEmpty();
        LoginThrottle strictAddress = new LoginThrottle(100, 3, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 3; i++) strictAddress.failed("erin", "203.0.113.5");
        strictAddress.succeeded("erin");
        assertThat(strictAddress.refusal("frank", "203.0.113.5")).contains(Duration.ofMinutes(5));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new LoginThrottle(0, 20, Duration.ofMinutes(5), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(5, 20, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWaitIsWordedForPeople() {
        assertThat(LoginThrottledException.describe(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(LoginThrottledException.describe(Duration.ofMillis(1))).isEqualTo("1 second");
        assertThat(LoginThrottledException.describe(Duration.ofSeconds(181))).isEqualTo("4 minutes");
    }
}
