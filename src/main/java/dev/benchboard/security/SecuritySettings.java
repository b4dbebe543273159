package dev.benchboard.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * benchboard.security.*: the first admin's password (from BENCHBOARD_ADMIN_PASSWORD; generated and
 * logged once when empty), how failed sign-ins are slowed down, and which reverse proxies are trusted
 * to say who the client is.
 *
 * @param trustedProxies addresses or CIDR ranges (e.g. {@code 127.0.0.1}, {@code 10.0.0.0/8}) of the
 *                       reverse proxies in front of Benchboard. Only a request whose socket comes from one
 *                       of them has its {@code X-Forwarded-For} / {@code X-Forwarded-Proto} read; empty
 *                       (the default) means those headers are ignored everywhere.
 * @param forwardedHeader which header those proxies write: {@code x-forwarded} (X-Forwarded-For and
 *                        X-Forwarded-Proto, the default) or {@code forwarded} (RFC 7239 Forwarded; client
 *                        X-Forwarded-* headers are then ignored).
 */
@ConfigurationProperties("benchboard.security")
record SecuritySettings(String adminPassword, @DefaultValue Login login, @DefaultValue List<String> trustedProxies,
                        @DefaultValue("x-forwarded") ProxyHeader forwardedHeader) {

    /** The header the trusted proxies write the client's address and protocol in. */
    enum ProxyHeader { X_FORWARDED, FORWARDED }

    /**
     * Growing delays after failed sign-ins, counted per (user name, client address) and per client
     * address: after {@code k} failures for a key, the next attempt for it is not even checked until
     * {@code firstDelay · 2^(k − free)} (at most {@code maxDelay}) has passed since its last failure. A
     * key is forgotten after {@code forgetAfter} without failures.
     */
    record Login(@DefaultValue("3") int freeFailuresPerUserAndAddress,
                 @DefaultValue("10") int freeFailuresPerAddress,
                 @DefaultValue("1s") Duration firstDelay,
                 @DefaultValue("5m") Duration maxDelay,
                 @DefaultValue("1h") Duration forgetAfter) {
    }
}
