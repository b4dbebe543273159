package dev.benchboard.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.filters.RemoteIpFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Who the client is when Benchboard runs behind a reverse proxy. Only when a request's socket comes from
 * one of {@code benchboard.security.trusted-proxies} are its {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} read (Tomcat's {@link RemoteIpFilter}: the client is the right-most address
 * in X-Forwarded-For that is not itself a trusted proxy, so a client cannot hide behind an address it
 * writes there itself; {@code X-Forwarded-Proto: https} makes the request secure, which gives the session
 * cookie its Secure flag and the answer an HSTS header). From anyone else the headers are ignored and the
 * socket address counts. Proxies that write the RFC 7239 {@code Forwarded} header instead are read with
 * {@code benchboard.security.forwarded-header=forwarded} ({@link ForwardedHeader}).
 *
 * <p>A servlet filter rather than Spring Boot's {@code server.forward-headers-strategy=native}: the
 * valve's default would trust every private address, Boot switches it on by itself on some cloud
 * platforms, and a filter runs under MockMvc too. application.properties sets the strategy to none.
 */
@Configuration
class TrustedProxies {

    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

    @Bean
    FilterRegistrationBean<RemoteIpFilter> forwardedHeadersFromTrustedProxies(SecuritySettings settings) {
        List<String> proxies = cidrs(settings.trustedProxies());
        RemoteIpFilter filter = new RemoteIpFilter();
        filter.setRemoteIpHeader("X-Forwarded-For");
        filter.setProtocolHeader("X-Forwarded-Proto");
        filter.setProtocolHeaderHttpsValue("https");
        filter.setTrustedProxies(null);
        // Tomcat reads a list with '/' as CIDR ranges; an empty one trusts nobody.
        filter.setInternalProxies(String.join(",", proxies));
        FilterRegistrationBean<RemoteIpFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setEnabled(!proxies.isEmpty());
        if (proxies.isEmpty()) {
            log.info("No trusted proxies: X-Forwarded-For and X-Forwarded-Proto are ignored; client addresses are the sockets'");
        } else {
            log.info("Trusted proxies {}: {} read from them only", proxies,
                    settings.forwardedHeader() == SecuritySettings.ProxyHeader.FORWARDED
                            ? "the Forwarded header is" : "X-Forwarded-For and X-Forwarded-Proto are");
        }
        return registration;
    }

    /** Runs just before the filter above, and only when the proxies are said to write {@code Forwarded}. */
    @Bean
    FilterRegistrationBean<ForwardedHeader> forwardedHeaderAsXForwarded(SecuritySettings settings) {
        FilterRegistrationBean<ForwardedHeader> registration = new FilterRegistrationBean<>(new ForwardedHeader());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(!cidrs(settings.trustedProxies()).isEmpty()
                && settings.forwardedHeader() == SecuritySettings.ProxyHeader.FORWARDED);
        return registration;
    }

    /**
     * The configured entries as CIDR ranges (a single address becomes /32 or /128); a start with an entry
     * that is neither an address nor a range fails with a message naming it.
     */
    static List<String> cidrs(List<String> entries) {
        List<String> ranges = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            String text = entry.strip();
            if (text.isEmpty()) continue;
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            InetAddress address;
            try {
                address = InetAddress.ofLiteral(host);
            } catch (IllegalArgumentException e) {
                throw invalid(text);
            }
            int maxBits = address.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? maxBits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(text);
            }
            if (bits < 0 || bits > maxBits) throw invalid(text);
            ranges.add(address.getHostAddress() + "/" + bits);
        }
        return List.copyOf(ranges);
    }

    private static IllegalArgumentException invalid(String entry) {
        return new IllegalArgumentException("benchboard.security.trusted-proxies: '" + entry + "' is neither an IP "
                + "address nor a CIDR range (expected e.g. 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
    }
}
