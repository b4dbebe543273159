package dev.benchboard.tracking;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as the API shows it: never its secret, only whether it has one and its first characters.
 *
 * @param lastDeliveries the latest attempts, newest first
 */
public record Webhook(long id, long evaluationId, String url, String format, boolean signed, String secretHint,
                      String createdBy, Instant createdAt, List<Delivery> lastDeliveries) {

    /**
     * One attempt to deliver one event.
     *
     * @param deliveryId the same for every retry of one event
     * @param statusCode the HTTP status received, null when none (connection refused, timeout)
     */
    public record Delivery(long id, String deliveryId, String event, int attempt, Integer statusCode, String error,
                           long durationMs, Instant attemptedAt) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }
}
