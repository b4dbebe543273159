package dev.benchboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.filters.RemoteIpFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * RFC 7239 {@code Forwarded} from a trusted proxy names the client, through the same trust rule as
 * X-Forwarded-For: the two filters in the order {@link TrustedProxies} registers them, on requests built
 * like a proxy's. Examples from RFC 7239 section 4 and 7.1.
 */
class ForwardedHeaderTest {

    private static final String PROXY = "192.0.2.10";

    @Test
    void theClientIsTheRightMostForAddressThatIsNotATrustedProxy() throws Exception {
        Seen seen = through(PROXY, "for=198.51.100.17;proto=https;by=203.0.113.43", null);
        assertThat(seen.address()).isEqualTo("198.51.100.17");
        assertThat(seen.secure()).isTrue();

        // Two proxies: the client forged the first element; the trusted proxy appended the real one.
        seen = through(PROXY, "for=10.9.9.9, for=198.51.100.17;proto=http", null);
        assertThat(seen.address()).isEqualTo("198.51.100.17");
        assertThat(seen.secure()).isFalse();
    }

    @Test
    void ipv6NodesArePlainAddresses() throws Exception {
        Seen seen = through(PROXY, "For=\"[2001:db8:cafe::17]:4711\";Proto=https", null);
        assertThat(seen.address()).isEqualTo("2001:db8:cafe::17");
        assertThat(seen.secure()).isTrue();
        assertThat(ForwardedHeader.address("192.0.2.60:80")).isEqualTo("192.0.2.60");
        assertThat(ForwardedHeader.address("unknown")).isEqualTo("unknown");
    }

    @Test
    void aClientsOwnXForwardedForIsIgnoredWhenTheProxyWritesForwarded() throws Exception {
        Seen seen = through(PROXY, "for=198.51.100.17", "6.6.6.6");
        assertThat(seen.address()).isEqualTo("198.51.100.17");
        // Without any Forwarded the socket counts, whatever X-Forwarded-For says.
        assertThat(through(PROXY, null, "6.6.6.6").address()).isEqualTo(PROXY);
    }

    @Test
    void fromAnAddressThatIsNoTrustedProxyNothingIsRead() throws Exception {
        Seen seen = through("203.0.113.99", "for=198.51.100.17;proto=https", null);
        assertThat(seen.address()).isEqualTo("203.0.113.99");
        assertThat(seen.secure()).isFalse();
    }

    @Test
    void quotedSeparatorsDoNotSplitElements() {
        assertThat(ForwardedHeader.forList(List.of("for=\"_a,b;c\";proto=https"))).isEqualTo("_a,b;c");
        assertThat(ForwardedHeader.lastProto(List.of("for=1.2.3.4;proto=http", "for=5.6.7.8;proto=https")))
                .isEqualTo("https");
    }

    private record Seen(String address, boolean secure) {
    }

    private static Seen through(String socket, String forwarded, String xForwardedFor) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(socket);
        if (forwarded != null) request.addHeader(ForwardedHeader.FORWARDED, forwarded);
        if (xForwardedFor != null) request.addHeader(ForwardedHeader.X_FORWARDED_FOR, xForwardedFor);
        RemoteIpFilter remoteIp = new TrustedProxies()
                .forwardedHeadersFromTrustedProxies(settings()).getFilter();
        remoteIp.init(new MockFilterConfig());
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        MockFilterChain last = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
        }, (req, res, chain) -> seen.set((HttpServletRequest) req));
        new ForwardedHeader().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> remoteIp.doFilter(req, res, last));
        // Tomcat marks the request secure through its own Request (BehindTlsFromATrustedProxyTest); here the scheme shows it.
        return new Seen(seen.get().getRemoteAddr(), "https".equals(seen.get().getScheme()));
    }

    private static SecuritySettings settings() {
        return new SecuritySettings(null, null, List.of(PROXY), SecuritySettings.ProxyHeader.FORWARDED);
    }
}
