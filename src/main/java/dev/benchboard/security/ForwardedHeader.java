package dev.benchboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For proxies that speak RFC 7239: the {@code Forwarded} header's {@code for=} and {@code proto=} are
 * handed on as {@code X-Forwarded-For} / {@code X-Forwarded-Proto}, which {@link TrustedProxies} then
 * reads, still only from a trusted proxy's socket. Any {@code X-Forwarded-*} a client sent itself is
 * dropped in this mode: the proxy appends to the header it speaks and passes the other one through
 * untouched, so reading both would let a client choose its own address. Which header the proxy speaks
 * is configuration ({@code benchboard.security.forwarded-header}), never guessed per request.
 */
final class ForwardedHeader extends OncePerRequestFilter {

    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> elements = new ArrayList<>();
        for (Enumeration<String> values = request.getHeaders(FORWARDED); values.hasMoreElements(); ) {
            elements.addAll(splitOutsideQuotes(values.nextElement(), ','));
        }
        chain.doFilter(new AsXForwarded(request, forList(elements), lastProto(elements)), response);
    }

    /** The {@code for=} nodes in order, client first, as plain addresses (quotes, brackets and ports removed). */
    static String forList(List<String> elements) {
        List<String> nodes = new ArrayList<>();
        for (String element : elements) {
            String node = parameter(element, "for");
            if (node != null) nodes.add(address(node));
        }
        return nodes.isEmpty() ? null : String.join(", ", nodes);
    }

    /** The protocol the nearest proxy (the last element) received the request with. */
    static String lastProto(List<String> elements) {
        return elements.isEmpty() ? null : parameter(elements.getLast(), "proto");
    }

    private static String parameter(String element, String name) {
        for (String pair : splitOutsideQuotes(element, ';')) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return unquote(pair.substring(equals + 1).strip());
            }
        }
        return null;
    }

    /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.60:80} → {@code 192.0.2.60}; {@code unknown} as is. */
    static String address(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        return colon >= 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == separator && !quoted) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (!part.isEmpty()) parts.add(part.toString().strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The request as {@link TrustedProxies} should see it: X-Forwarded-* taken from Forwarded, nothing else. */
    private static final class AsXForwarded extends HttpServletRequestWrapper {
        private final String forwardedFor;
        private final String forwardedProto;

        AsXForwarded(HttpServletRequest request, String forwardedFor, String forwardedProto) {
            super(request);
            this.forwardedFor = forwardedFor;
            this.forwardedProto = forwardedProto;
        }

        @Override
        public String getHeader(String name) {
            if (X_FORWARDED_FOR.equalsIgnoreCase(name)) return forwardedFor;
            if (X_FORWARDED_PROTO.equalsIgnoreCase(name)) return forwardedProto;
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (X_FORWARDED_FOR.equalsIgnoreCase(name) || X_FORWARDED_PROTO.equalsIgnoreCase(name)) {
                String value = getHeader(name);
                return Collections.enumeration(value == null ? List.of() : List.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            for (Enumeration<String> own = super.getHeaderNames(); own.hasMoreElements(); ) {
                String name = own.nextElement();
                if (!X_FORWARDED_FOR.equalsIgnoreCase(name) && !X_FORWARDED_PROTO.equalsIgnoreCase(name)) names.add(name);
            }
            if (forwardedFor != null) names.add(X_FORWARDED_FOR);
            if (forwardedProto != null) names.add(X_FORWARDED_PROTO);
            return Collections.enumeration(names);
        }
    }
}
