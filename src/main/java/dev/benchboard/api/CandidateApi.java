package dev.benchboard.api;

import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.Frameworks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Candidates and the framework profiles they may have. */
@RestController
@Tag(name = "Candidates")
class CandidateApi {

    private final EvaluationService evaluations;
    private final Frameworks frameworks;

    CandidateApi(EvaluationService evaluations, Frameworks frameworks) {
        this.evaluations = evaluations;
        this.frameworks = frameworks;
    }

    /** A framework profile as a picker shows it. */
    record FrameworkJson(String key, String displayName, List<String> aliases) {
    }

    record CandidateJson(String name, String framework, String version, String goVersion, String notes) {
    }

    @GetMapping("/api/frameworks")
    @Operation(summary = "The framework profiles a candidate may have (data/frameworks.json)",
            description = "A candidate's name is free text; its profile is one of these keys, or none.")
    List<FrameworkJson> frameworks() {
        return frameworks.profiles().stream()
                .map(p -> new FrameworkJson(p.key(), p.displayName(), p.aliases())).toList();
    }

    @PostMapping("/api/evaluations/{id}/candidates")
    @Operation(summary = "Add a candidate",
            description = "framework: a key of GET /api/frameworks, or none; omitted, the profile the name names by "
                    + "alias (\"gin-gonic/gin\" → gin, \"net/http\" → nethttp), else none. 400 for an unknown key, "
                    + "a taken name or a text longer than its limit.")
    ResponseEntity<CandidateView> create(@PathVariable long id, @RequestBody CandidateJson body) {
        CandidateView created = evaluations.addCandidate(id, new CandidateDraft(body.name(), body.framework(),
                body.version(), body.goVersion(), body.notes()));
        return ResponseEntity.created(URI.create("/api/evaluations/" + id + "/candidates/" + created.id())).body(created);
    }
}
