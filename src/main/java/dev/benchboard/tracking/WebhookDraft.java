package dev.benchboard.tracking;

/** What POST /api/evaluations/{id}/webhooks takes; format "json" (default) or "slack". */
public record WebhookDraft(String url, String secret, String format) {
}
