package dev.benchboard.security;

import static dev.benchboard.security.SecurityFixture.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, finding 2: repeated wrong passwords slow down the address they come from (and that user name
 * at that address) with growing delays, and never lock the real user out. The clock is the application's
 * own {@link Clock} bean, replaced by one the test moves, so the delays are measured without sleeping.
 * 192.0.2.10 plays a trusted reverse proxy; every other address is a client talking to Benchboard directly.
 */
@SpringBootTest(properties = "benchboard.security.trusted-proxies=192.0.2.10")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(LoginThrottlingIsNotALockOutTest.MovableClock.class)
class LoginThrottlingIsNotALockOutTest {

    static final String PROXY = "192.0.2.10";

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    SecurityFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = SecurityFixture.from(context);
    }

    @Test
    void anAttackerHammeringAdminFromOneAddressDoesNotDelayTheAdminAtAnother() throws Exception {
        UserAccount admin = fixture.user(Role.ADMIN);
        String attacker = "10.0.0.1";
        for (int i = 0; i < 25; i++) {
            formLogin(admin.username(), "guess " + i, direct(attacker));
            basic(admin.username(), "guess " + i, direct(attacker));
        }
        // The attacker is slowed down: not even the right password is checked from there now…
        formLogin(admin.username(), PASSWORD, direct(attacker))
                .andExpect(redirectedUrl("/login?error=throttled&wait=1"));
        basic(admin.username(), PASSWORD, direct(attacker)).andExpect(status().isTooManyRequests());
        // …while the admin at another address signs in at once, with the form and with HTTP Basic alike.
        formLogin(admin.username(), PASSWORD, direct("10.0.0.2")).andExpect(redirectedUrl("/"));
        basic(admin.username(), PASSWORD, direct("10.0.0.2")).andExpect(status().isOk());
        // Even after mistyping twice there (the admin's own failures are free up to three).
        formLogin(admin.username(), "typo", direct("10.0.0.3")).andExpect(redirectedUrl("/login?error"));
        formLogin(admin.username(), "typo", direct("10.0.0.3")).andExpect(redirectedUrl("/login?error"));
        formLogin(admin.username(), PASSWORD, direct("10.0.0.3")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theDelaysGrowWithEachFailureAndAreAnswered429WithRetryAfter() throws Exception {
        UserAccount user = fixture.user(Role.EDITOR);
        String address = "10.0.1.1";
        for (int i = 0; i < 3; i++) basic(user.username(), "wrong", direct(address)).andExpect(status().isUnauthorized());
        // wait(k) = 1 s · 2^(k − 4) from the 4th failure on: 1, 2, 4, 8 s (application.properties defaults).
        for (long seconds : new long[] {1, 2, 4, 8}) {
            basic(user.username(), "wrong", direct(address)).andExpect(status().isUnauthorized());
            basic(user.username(), PASSWORD, direct(address))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().string("Retry-After", String.valueOf(seconds)))
                    .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("too many failed sign-ins")));
            clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
            basic(user.username(), PASSWORD, direct(address))
                    .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
            clock.advance(Duration.ofMillis(1));
        }
        // The wait is over: the right password works, and this user at this address starts afresh.
        basic(user.username(), PASSWORD, direct(address)).andExpect(status().isOk());
        basic(user.username(), "wrong", direct(address)).andExpect(status().isUnauthorized());
        basic(user.username(), PASSWORD, direct(address)).andExpect(status().isOk());
    }

    @Test
    void madeUpNamesFromOneAddressSlowOnlyThatAddress() throws Exception {
        String sprayer = "10.0.2.1";
        for (int i = 0; i < 11; i++) {
            basic(SecurityFixture.unique("nobody"), "guess", direct(sprayer)).andExpect(status().isUnauthorized());
        }
        UserAccount viewer = fixture.user(Role.VIEWER);
        basic(viewer.username(), PASSWORD, direct(sprayer))
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        formLogin(viewer.username(), PASSWORD, direct(sprayer))
                .andExpect(redirectedUrl("/login?error=throttled&wait=1"));
        basic(viewer.username(), PASSWORD, direct("10.0.2.2")).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        basic(viewer.username(), PASSWORD, direct(sprayer)).andExpect(status().isOk());
    }

    @Test
    void xForwardedForCountsOnlyWhenATrustedProxySendsIt() throws Exception {
        UserAccount user = fixture.user(Role.EDITOR);
        // Through the proxy, the client in X-Forwarded-For is the one slowed down, not the proxy…
        for (int i = 0; i < 4; i++) basic(user.username(), "wrong", viaProxy("10.0.3.1"));
        basic(user.username(), PASSWORD, viaProxy("10.0.3.1")).andExpect(status().isTooManyRequests());
        basic(user.username(), PASSWORD, viaProxy("10.0.3.2")).andExpect(status().isOk());
        // …and a client cannot pick its address by writing one in front: the proxy appends the real one,
        // and the right-most address that is not a trusted proxy counts.
        for (int i = 0; i < 4; i++) basic(user.username(), "wrong", viaProxy("203.0.113." + i + ", 10.0.3.3"));
        basic(user.username(), PASSWORD, viaProxy("203.0.113.99, 10.0.3.3")).andExpect(status().isTooManyRequests());

        // Sent by anyone else, the header is ignored: the socket address counts.
        String direct = "198.51.100.20";
        for (int i = 0; i < 4; i++) {
            basic(user.username(), "wrong", direct(direct).andThen(forwardedFor("10.0.4." + i)));
        }
        basic(user.username(), PASSWORD, direct(direct).andThen(forwardedFor("10.0.4.99")))
                .andExpect(status().isTooManyRequests());
        // Nor can a direct client borrow a throttled address's… or escape into a fresh one's: 10.0.3.1 is
        // waiting, yet a direct client naming it is judged by its own socket address.
        basic(user.username(), PASSWORD, direct("198.51.100.21").andThen(forwardedFor("10.0.3.1")))
                .andExpect(status().isOk());
    }

    private ResultActions formLogin(String username, String password, RequestPostProcessor from) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(from))
                .andExpect(status().isFound());
    }

    private ResultActions basic(String username, String password, RequestPostProcessor from) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/tokens").with(httpBasic(username, password)).with(from);
        return mvc.perform(request);
    }

    private static Chain direct(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor viaProxy(String forwardedFor) {
        return direct(PROXY).andThen(forwardedFor(forwardedFor));
    }

    private static RequestPostProcessor forwardedFor(String value) {
        return request -> {
            request.addHeader("X-Forwarded-For", value);
            return request;
        };
    }

    /** A request post-processor that can be followed by another. */
    @FunctionalInterface
    interface Chain extends RequestPostProcessor {
        default RequestPostProcessor andThen(RequestPostProcessor next) {
            return request -> next.postProcessRequest(postProcessRequest(request));
        }
    }
}
