package dev.benchboard.tracking;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * benchboard.webhooks.*: which hosts webhooks may target (none by default: a server must not be turned
 * against its own network by whoever may create a webhook), the key that encrypts their signing secrets,
 * the delays between retries and the time one attempt may take.
 *
 * @param allowedHosts host names or addresses, compared exactly (case-insensitive); empty: no webhooks
 * @param secretKey    base64 of 32 bytes (AES-256); unset: a key generated once in the data directory
 * @param retryDelays  the waits before the 2nd, 3rd … attempt (default 1s, 5s, 30s, 2m: 5 attempts)
 * @param timeout      connect + response time of one attempt (default 10s)
 */
@ConfigurationProperties("benchboard.webhooks")
public record WebhookProperties(List<String> allowedHosts, String secretKey, List<Duration> retryDelays, Duration timeout) {

    public WebhookProperties {
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        retryDelays = retryDelays == null ? List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMinutes(2)) : List.copyOf(retryDelays);
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }
}
