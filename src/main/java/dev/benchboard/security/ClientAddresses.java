package dev.benchboard.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client address as the sign-in throttle and the log use it: the request's remote address (the
 * socket's, or the one a trusted proxy forwarded, see {@link TrustedProxies}).
 */
final class ClientAddresses {

    /** Longest text kept from an address that is not an IP literal (it should never happen; bounded anyway). */
    private static final int MAX_TEXT = 64;

    private ClientAddresses() {
    }

    /**
     * The key failures are counted under: IPv4 addresses as they are, IPv6 addresses by their /64 prefix
     * (one subscriber usually holds a whole /64, so counting single IPv6 addresses would let one client
     * switch address on every guess).
     */
    static String key(String address) {
        if (address == null || address.isBlank()) return "unknown";
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address.strip());
        } catch (IllegalArgumentException notALiteral) {
            return printable(address);
        }
        if (!(parsed instanceof Inet6Address)) return parsed.getHostAddress();
        byte[] bytes = parsed.getAddress();
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Text from a request made safe for one log line: no control characters, bounded length. */
    static String printable(String text) {
        if (text == null) return "";
        String flat = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return flat.length() > MAX_TEXT ? flat.substring(0, MAX_TEXT) + "…" : flat;
    }
}
