package dev.benchboard.tracking;

import dev.benchboard.common.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers events to webhooks off the request thread: a POST with the JSON (or Slack's {"text": …}) body,
 * signed {@code X-Benchboard-Signature: sha256=<hex HMAC-SHA256 of the body>} when the webhook has a secret.
 * Anything but a 2xx is retried after the configured delays (1 s, 5 s, 30 s, 2 min by default); every
 * attempt goes to the delivery log. Redirects are not followed (a redirect could lead off the allowed hosts).
 */
@Component
class WebhookSender implements DisposableBean {

    static final String SIGNATURE_HEADER = "X-Benchboard-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final Webhooks webhooks;
    private final WebhookProperties properties;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, Thread.ofPlatform()
            .name("webhook-delivery-", 0).daemon().factory());

    WebhookSender(Webhooks webhooks, WebhookProperties properties) {
        this.webhooks = webhooks;
        this.properties = properties;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(properties.timeout()).build();
    }

    /** Sends the event to every webhook of its evaluation. */
    void sendToAll(TrackingEvent event) {
        for (Webhook webhook : webhooks.list(event.evaluationId())) send(webhook, event);
    }

    /** Schedules the first attempt at once; returns the delivery id that groups its retries. */
    String send(Webhook webhook, TrackingEvent event) {
        String deliveryId = UUID.randomUUID().toString();
        byte[] body = body(webhook.format(), event);
        scheduler.execute(() -> attempt(webhook, event.event(), deliveryId, body, 1));
        return deliveryId;
    }

    static byte[] body(String format, TrackingEvent event) {
        Object payload = "slack".equals(format) ? Map.of("text", slackText(event)) : event;
        return Json.write(payload).getBytes(StandardCharsets.UTF_8);
    }

    private static String slackText(TrackingEvent event) {
        StringBuilder text = new StringBuilder("Benchboard · ").append(event.evaluation()).append(": ").append(event.summary());
        for (TrackingEvent.Item item : event.items()) {
            text.append("\n• ").append(item.candidate()).append(" · ").append(item.benchmark()).append(" · ").append(item.metric())
                    .append(": ").append(Gate.percent(item.deltaPercent()));
            if (item.p() != null) text.append(" (p = ").append(dev.benchboard.format.Figures.precise(item.p())).append(")");
        }
        return text.append("\n").append(event.link()).toString();
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void attempt(Webhook webhook, String event, String deliveryId, byte[] body, int attempt) {
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Benchboard-Webhook")
                    .header("X-Benchboard-Event", event)
                    .header("X-Benchboard-Delivery", deliveryId)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            webhooks.secret(webhook.id()).ifPresent(secret -> request.header(SIGNATURE_HEADER, signature(secret, body)));
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = e.getClass().getSimpleName().replace("Exception", "") + ": " + (e.getMessage() == null ? "no answer" : e.getMessage());
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        try {
            webhooks.logAttempt(webhook.id(), deliveryId, event, attempt, status, error, durationMs);
        } catch (RuntimeException gone) {
            return; // the webhook was deleted meanwhile: nothing to retry for
        }
        List<java.time.Duration> delays = properties.retryDelays();
        if (error != null && attempt <= delays.size()) {
            log.info("webhook {} ({}) attempt {} failed: {}; retrying", webhook.id(), event, attempt, error);
            scheduler.schedule(() -> attempt(webhook, event, deliveryId, body, attempt + 1),
                    delays.get(attempt - 1).toMillis(), TimeUnit.MILLISECONDS);
        } else if (error != null) {
            log.warn("webhook {} ({}) gave up after {} attempts: {}", webhook.id(), event, attempt, error);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
