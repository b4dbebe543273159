package dev.benchboard.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Webhooks as the API and the views use them: a new webhook starts from what is already there (it is not
 * told about regressions that existed before it), and can be sent a test event.
 */
@Service
public class WebhookService {

    private final Webhooks webhooks;
    private final TrackingNotifier notifier;

    WebhookService(Webhooks webhooks, TrackingNotifier notifier) {
        this.webhooks = webhooks;
        this.notifier = notifier;
    }

    public Webhook create(long evaluationId, WebhookDraft draft, String username) {
        Webhook created = webhooks.create(evaluationId, draft, username);
        notifier.remember(evaluationId);
        return created;
    }

    public List<Webhook> list(long evaluationId) {
        return webhooks.list(evaluationId);
    }

    public Optional<Webhook> get(long id) {
        return webhooks.get(id);
    }

    public void delete(long id) {
        webhooks.delete(id);
    }

    /** Sends a test event; returns its delivery id. */
    public String sendTest(Webhook webhook) {
        return notifier.sendTest(webhook);
    }
}
