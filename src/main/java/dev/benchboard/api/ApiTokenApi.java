package dev.benchboard.api;

import dev.benchboard.security.ApiToken;
import dev.benchboard.security.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API tokens over HTTP Basic, so a CI job can get its token without the UI. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** evaluationIds absent = all evaluations; expiresAt absent = no expiry (ISO-8601 instant). */
    record CreateToken(String name, List<Long> evaluationIds, Instant expiresAt) {
    }

    record CreatedToken(long id, String token, String name, List<Long> scope, Instant expiresAt, String hint) {
    }

    @PostMapping
    @Operation(summary = "Create an API token (HTTP Basic with user name and password)",
            description = "The token is in the answer only this once; send it as 'Authorization: Bearer <token>'. "
                    + "It acts with your role; evaluationIds limits it to those evaluations.")
    ResponseEntity<CreatedToken> create(@RequestBody CreateToken body, Principal user) {
        if (body == null) throw new IllegalArgumentException("expected a JSON body {name, evaluationIds?, expiresAt?}");
        ApiTokens.Created created = tokens.create(user.getName(), body.name(), body.evaluationIds(), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id())).body(new CreatedToken(created.id(),
                created.token(), created.name(), created.scope(), created.expiresAt(), created.hint()));
    }

    @GetMapping
    @Operation(summary = "Your API tokens (without their secrets)")
    List<ApiToken> list(Principal user) {
        return tokens.list(user.getName());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    ResponseEntity<Void> revoke(@PathVariable long id, Principal user) {
        tokens.revoke(user.getName(), id);
        return ResponseEntity.noContent().build();
    }
}
