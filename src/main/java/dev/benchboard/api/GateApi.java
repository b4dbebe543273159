package dev.benchboard.api;

import dev.benchboard.tracking.Gate;
import dev.benchboard.tracking.GateResult;
import dev.benchboard.tracking.GateRules;
import dev.benchboard.tracking.MetricRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The CI gate: pass/fail for a baseline / candidate pair, as an HTTP status a `curl --fail` can act on. */
@RestController
@Tag(name = "Tracking")
class GateApi {

    private final Gate gate;
    private final GateRules rules;

    GateApi(Gate gate, GateRules rules) {
        this.gate = gate;
        this.rules = rules;
    }

    @GetMapping("/api/evaluations/{id}/gate")
    @Operation(summary = "CI gate: 200 {pass: true, …} when no row fails, 422 {pass: false, failing: […]} otherwise",
            description = "Compares baseline and candidate as /compare does (Mann-Whitney per like-for-like rows, Holm "
                    + "over the rows; one run a side is never a verdict; the same name twice: that candidate's baseline "
                    + "uploads against its others). A row fails when it is regressed, its metric gates (see /gate/rules), "
                    + "|Δ %| reaches the metric's threshold and no acknowledgement accepts it. Insufficient rows are "
                    + "warnings, failing only with strict=true. Every row comes with its explanation.")
    ResponseEntity<GateResult> gate(@PathVariable long id, @RequestParam String baseline, @RequestParam String candidate,
                                    @Parameter(description = "only these upload ids (comma-separated); default: every upload")
                                    @RequestParam(required = false) Set<Long> uploads,
                                    @RequestParam(defaultValue = "false") boolean strict) {
        GateResult result = gate.check(id, baseline, candidate, uploads, strict);
        return ResponseEntity.status(result.pass() ? 200 : 422).body(result);
    }

    @GetMapping("/api/evaluations/{id}/gate/rules")
    @Operation(summary = "The gate's per-metric rules [{metric, gates, thresholdPercent}]; empty: every metric gates "
            + "at the evaluation's practical threshold")
    List<MetricRule> rules(@PathVariable long id) {
        return rules.list(id);
    }

    @PutMapping("/api/evaluations/{id}/gate/rules")
    @Operation(summary = "Replace the gate's per-metric rules",
            description = "With rules, only the metrics listed with gates=true can fail the gate, each when |Δ %| ≥ its "
                    + "thresholdPercent (e.g. [{\"metric\":\"P99\",\"gates\":true,\"thresholdPercent\":10},"
                    + "{\"metric\":\"allocs/op\",\"gates\":true,\"thresholdPercent\":0}]). An empty list restores the default.")
    List<MetricRule> replaceRules(@PathVariable long id, @RequestBody List<MetricRule> body) {
        if (body == null) throw new IllegalArgumentException("body: a JSON list of {metric, gates, thresholdPercent}");
        return rules.replace(id, body);
    }
}
