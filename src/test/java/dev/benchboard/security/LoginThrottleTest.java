package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The growing delays, on a clock moved by hand. Settings as shipped: 3 free failures per (user, address),
 * 10 per address, then 1 s doubling per failure up to 5 min, forgotten after 1 h. The expected waits are
 * the formula worked by hand: wait(k) = 1 s · 2^(k − free − 1), capped at 300 s.
 */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofHours(1), clock);

    @Test
    void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToTheCap() {
        // Failures 1–3 cost nothing; then 1, 2, 4, 8, … 256 s; the 13th would be 512 s and is capped at 300 s.
        long[] expectedSeconds = {0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (int k = 1; k <= expectedSeconds.length; k++) {
            throttle.admit("alice", "10.0.0.1").failed();
            Duration wait = Duration.ofSeconds(expectedSeconds[k - 1]);
            if (wait.isZero()) {
                assertThat(refusal("alice", "10.0.0.1")).as("after %d failures", k).isNull();
                continue;
            }
            assertThat(refusal("alice", "10.0.0.1")).as("after %d failures", k).isEqualTo(wait);
            clock.advance(wait.minusMillis(1));
            assertThat(refusal("alice", "10.0.0.1")).as("1 ms before the end of wait %d", k).isEqualTo(Duration.ofMillis(1));
            clock.advance(Duration.ofMillis(1));
            assertThat(refusal("alice", "10.0.0.1")).as("when wait %d is over", k).isNull();
        }
    }

    @Test
    void anAttackerOnOneAddressNeverDelaysTheSameUserElsewhere() {
        for (int i = 0; i < 50; i++) {
            try {
                throttle.admit("admin", "10.0.0.1").failed();
            } catch (LoginThrottledException refused) {
                clock.advance(refused.retryAfter());
            }
        }
        assertThat(refusal("admin", "10.0.0.1")).as("the attacker waits").isNotNull();
        assertThat(refusal("admin", "10.0.0.2")).as("the admin elsewhere does not").isNull();
        LoginThrottle.Attempt admin = throttle.admit("admin", "10.0.0.2");
        admin.succeeded();
        assertThat(refusal("admin", "10.0.0.2")).isNull();
    }

    @Test
    void oneAddressTryingManyNamesSlowsOnlyThatAddress() {
        for (int i = 1; i <= 10; i++) throttle.admit("made-up-" + i, "192.0.2.7").failed();
        assertThat(refusal("someone", "192.0.2.7")).as("10 free failures per address").isNull();
        throttle.admit("made-up-11", "192.0.2.7").failed();
        assertThat(refusal("someone", "192.0.2.7")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.admit("made-up-12", "192.0.2.7").failed();
        assertThat(refusal("someone", "192.0.2.7")).isEqualTo(Duration.ofSeconds(2));
        assertThat(refusal("someone", "192.0.2.8")).as("another address").isNull();
    }

    @Test
    void theRightPasswordClearsTheUserAtThatAddressButNotTheAddressesOtherFailures() {
        for (int i = 0; i < 3; i++) throttle.admit("dave", "198.51.100.1").failed();
        throttle.admit("dave", "198.51.100.1").succeeded();
        for (int i = 0; i < 3; i++) throttle.admit("dave", "198.51.100.1").failed();
        assertThat(refusal("dave", "198.51.100.1")).as("3 failures since the success are free again").isNull();

        LoginThrottle strictAddress = new LoginThrottle(100, 2, Duration.ofSeconds(1), Duration.ofMinutes(5),
                Duration.ofHours(1), clock);
        for (int i = 0; i < 3; i++) strictAddress.admit("guess" + i, "203.0.113.5").failed();
        clock.advance(Duration.ofSeconds(1));
        LoginThrottle.Attempt erin = strictAddress.admit("erin", "203.0.113.5");
        erin.succeeded();
        // The 3 failures from the address remain (the success took only its own provisional one back), and
        // their 1 s has passed.
        assertThat(refusalOf(strictAddress, "frank", "203.0.113.5")).isNull();
        strictAddress.admit("frank", "203.0.113.5").failed();
        assertThat(refusalOf(strictAddress, "frank", "203.0.113.5")).as("4 failures from the address").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void parallelGuessesGetNoMoreChecksThanSequentialOnes() {
        for (int i = 0; i < 3; i++) throttle.admit("carol", "10.0.0.9").failed();
        // The 4th attempt is admitted and still running (bcrypt takes ~0.1 s); it counts as a failure already.
        LoginThrottle.Attempt running = throttle.admit("carol", "10.0.0.9");
        assertThat(refusal("carol", "10.0.0.9")).as("a parallel 5th attempt waits").isEqualTo(Duration.ofSeconds(1));
        running.failed();
        assertThat(refusal("carol", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBrokenCheckIsNotCountedAgainstTheClient() {
        for (int i = 0; i < 3; i++) throttle.admit("dan", "10.0.0.5").failed();
        throttle.admit("dan", "10.0.0.5").abandoned();
        assertThat(refusal("dan", "10.0.0.5")).isNull();
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutAny() {
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(5));
            throttle.admit("eve", "10.0.0.6").failed();
        }
        assertThat(refusal("eve", "10.0.0.6")).isEqualTo(Duration.ofSeconds(16));
        clock.advance(Duration.ofHours(1));
        throttle.admit("eve", "10.0.0.6").failed();
        assertThat(refusal("eve", "10.0.0.6")).as("one failure after the old ones were forgotten").isNull();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 1; i <= 11; i++) throttle.admit("user" + i, "2001:db8:1:2::" + Integer.toHexString(i)).failed();
        assertThat(refusal("someone", "2001:db8:1:2:ffff::1")).as("same /64").isEqualTo(Duration.ofSeconds(1));
        assertThat(refusal("someone", "2001:db8:1:3::1")).as("next /64").isNull();
        assertThat(ClientAddresses.key("2001:DB8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.key("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.key(null)).isEqualTo("unknown");
    }

    @Test
    void delaysMustBeOrdered() {
        assertThatThrownBy(() -> new LoginThrottle(3, 10, Duration.ZERO, Duration.ofMinutes(5), Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first-delay");
        assertThatThrownBy(() -> new LoginThrottle(3, 10, Duration.ofSeconds(1), Duration.ofHours(2), Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(-1, 10, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWaitIsWordedForPeople() {
        assertThat(LoginThrottledException.describe(Duration.ofSeconds(30))).isEqualTo("30 seconds");
        assertThat(LoginThrottledException.describe(Duration.ofMillis(1))).isEqualTo("1 second");
        assertThat(LoginThrottledException.describe(Duration.ofSeconds(181))).isEqualTo("4 minutes");
        assertThat(new LoginThrottledException(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
    }

    /** How long this attempt would have to wait, or null when it would be checked (then taken back). */
    private Duration refusal(String user, String address) {
        return refusalOf(throttle, user, address);
    }

    private static Duration refusalOf(LoginThrottle throttle, String user, String address) {
        try {
            throttle.admit(user, address).abandoned();
            return null;
        } catch (LoginThrottledException refused) {
            return refused.retryAfter();
        }
    }
}
