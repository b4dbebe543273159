package dev.benchboard.api;

import dev.benchboard.decision.DecisionResult;
import dev.benchboard.report.DecisionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The explainable framework decision and the tree behind it. */
@RestController
@Tag(name = "Decision")
class DecisionApi {

    private final DecisionService decisions;

    DecisionApi(DecisionService decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/api/evaluations/{id}/decision")
    @Operation(summary = "Ranked recommendation, the path taken through the tree with its evidence, and weight sensitivity")
    DecisionResult decision(@PathVariable long id) {
        return decisions.decide(id);
    }

    @GetMapping(path = "/api/evaluations/{id}/decision-tree", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The decision tree in force for this evaluation (its own, or the default)")
    String tree(@PathVariable long id) {
        return decisions.treeJson(id);
    }

    @PutMapping(path = "/api/evaluations/{id}/decision-tree", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Use a team's own tree (validated; an invalid tree is refused with the JSON path of each problem)")
    ResponseEntity<Void> saveTree(@PathVariable long id, @RequestBody String json) {
        decisions.saveTree(id, json);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/evaluations/{id}/decision-tree")
    @Operation(summary = "Go back to the default tree")
    ResponseEntity<Void> resetTree(@PathVariable long id) {
        decisions.resetTree(id);
        return ResponseEntity.noContent().build();
    }
}
