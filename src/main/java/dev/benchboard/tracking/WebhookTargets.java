package dev.benchboard.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may call: http(s) only, no user info, and only hosts listed in
 * benchboard.webhooks.allowed-hosts — so nobody who may create a webhook can make the server probe its
 * own network (metadata endpoints, admin ports). Redirects are never followed when delivering.
 */
@Component
class WebhookTargets {

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    URI check(String url) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("url: required (http:// or https://)");
        if (url.length() > 2000) throw new IllegalArgumentException("url: at most 2000 characters");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("url: only http:// and https:// are allowed, was '" + uri.getScheme() + "'");
        }
        if (uri.getHost() == null) throw new IllegalArgumentException("url: no host");
        if (uri.getUserInfo() != null) throw new IllegalArgumentException("url: no user:password@ in the URL; use a secret to sign instead");
        String host = uri.getHost();
        if (properties.allowedHosts().stream().noneMatch(allowed -> allowed.equalsIgnoreCase(host))) {
            throw new IllegalArgumentException("url: host '" + host + "' is not allowed; the administrator lists the hosts webhooks "
                    + "may call in benchboard.webhooks.allowed-hosts (now: " + properties.allowedHosts() + ")");
        }
        return uri;
    }
}
