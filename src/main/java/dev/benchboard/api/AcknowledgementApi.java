package dev.benchboard.api;

import dev.benchboard.security.CurrentUser;
import dev.benchboard.tracking.Acknowledgement;
import dev.benchboard.tracking.AcknowledgementDraft;
import dev.benchboard.tracking.Acknowledgements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accepting a known regression (who, when, why), listing and undoing acceptances. Editors only. */
@RestController
@Tag(name = "Tracking")
class AcknowledgementApi {

    private final Acknowledgements acknowledgements;

    AcknowledgementApi(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @PostMapping("/api/evaluations/{id}/acknowledgements")
    @Operation(summary = "Accept a regression: {baseline, candidate, benchmark, metric, note} → 201 {id, …, createdBy, createdAt}",
            description = "baseline and candidate are the names the gate is asked with (the same name twice for a "
                    + "candidate's baseline uploads); benchmark and metric as in the regression row. The row then no "
                    + "longer fails the gate for that pair and shows as accepted. Needs the EDITOR role.")
    ResponseEntity<Acknowledgement> create(@PathVariable long id, @RequestBody AcknowledgementDraft body) {
        Acknowledgement created = acknowledgements.create(id, body, CurrentUser.username().orElseThrow());
        return ResponseEntity.created(URI.create("/api/acknowledgements/" + created.id())).body(created);
    }

    @GetMapping("/api/evaluations/{id}/acknowledgements")
    @Operation(summary = "The evaluation's accepted regressions, oldest first")
    List<Acknowledgement> list(@PathVariable long id) {
        return acknowledgements.list(id);
    }

    @DeleteMapping("/api/acknowledgements/{id}")
    @Operation(summary = "Undo an acceptance: the row fails the gate again if it is still regressed")
    ResponseEntity<Void> delete(@PathVariable long id) {
        acknowledgements.delete(id);
        return ResponseEntity.noContent().build();
    }
}
