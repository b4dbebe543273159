package dev.benchboard.api;

import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.tracking.Webhook;
import dev.benchboard.tracking.WebhookDraft;
import dev.benchboard.tracking.WebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks: told when an upload turns rows regressed, a change point appears, or the gate fails. */
@RestController
@Tag(name = "Tracking")
class WebhookApi {

    private final WebhookService webhooks;

    WebhookApi(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/evaluations/{id}/webhooks")
    @Operation(summary = "Add a webhook: {url, secret?, format?: json|slack} → 201 {id, url, format, signed, secretHint, …}",
            description = "The URL must be http(s) and its host listed in benchboard.webhooks.allowed-hosts. With a secret "
                    + "(16–200 characters) every delivery carries X-Benchboard-Signature: sha256=<hex HMAC-SHA256 of the "
                    + "body>; the secret is stored encrypted and never shown again. Events: regression, change_point, "
                    + "gate_failed, test (header X-Benchboard-Event); failed deliveries are retried with backoff.")
    ResponseEntity<Webhook> create(@PathVariable long id, @RequestBody WebhookDraft body) {
        Webhook created = webhooks.create(id, body, CurrentUser.username().orElseThrow());
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.id())).body(created);
    }

    @GetMapping("/api/evaluations/{id}/webhooks")
    @Operation(summary = "The evaluation's webhooks, each with its last delivery attempts (newest first)")
    List<Webhook> list(@PathVariable long id) {
        return webhooks.list(id);
    }

    @DeleteMapping("/api/webhooks/{id}")
    @Operation(summary = "Remove a webhook and its delivery log")
    ResponseEntity<Void> delete(@PathVariable long id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/webhooks/{id}/test")
    @Operation(summary = "Send a test event → 202 {deliveryId}; the attempt shows in the webhook's deliveries")
    ResponseEntity<Map<String, String>> test(@PathVariable long id) {
        Webhook webhook = webhooks.get(id).orElseThrow(() -> new NotFoundException("webhook", id));
        return ResponseEntity.accepted().body(Map.of("deliveryId", webhooks.sendTest(webhook)));
    }
}
