package dev.benchboard.api;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.share.CreatedShare;
import dev.benchboard.share.ShareLink;
import dev.benchboard.share.ShareService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Share links: frozen, read-only snapshots of a report reachable by an unguessable link. */
@RestController
@Tag(name = "Share links")
class ShareApi {

    private final ShareService shares;
    private final EvaluationService evaluations;

    ShareApi(ShareService shares, EvaluationService evaluations) {
        this.shares = shares;
        this.evaluations = evaluations;
    }

    record ShareRequest(Instant expiresAt) {}

    @PostMapping("/api/evaluations/{id}/shares")
    @Operation(summary = "Freeze the current report and decision into a share link (the token is returned only here)")
    ResponseEntity<CreatedShare> create(@PathVariable long id, @RequestBody(required = false) ShareRequest body) {
        if (!evaluations.exists(id)) throw new NotFoundException("evaluation", id);
        CreatedShare created = shares.create(id, body == null ? null : body.expiresAt());
        String absolute = ServletUriComponentsBuilder.fromCurrentContextPath().path(created.url()).toUriString();
        return ResponseEntity.created(URI.create(absolute)).body(new CreatedShare(created.id(), created.token(), absolute));
    }

    @GetMapping("/api/evaluations/{id}/shares")
    @Operation(summary = "The share links of an evaluation (without tokens)")
    List<ShareLink> list(@PathVariable long id) {
        if (!evaluations.exists(id)) throw new NotFoundException("evaluation", id);
        return shares.list(id);
    }

    @DeleteMapping("/api/shares/{id}")
    @Operation(summary = "Revoke a share link: its page answers 404 from now on")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        shares.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
