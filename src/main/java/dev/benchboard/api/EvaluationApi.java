package dev.benchboard.api;

import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.security.EvaluationScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations over HTTP, for CI pipelines and scripts. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "Evaluations")
class EvaluationApi {

    private final EvaluationService evaluations;

    EvaluationApi(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /** Requirements as JSON: every field optional; weights may sit here or at the top level. */
    record RequirementsJson(Double targetQps, Double p99SloMs, Double availabilitySlo, Double headroomPercent,
                            Integer redundancy, Integer instanceCores, Double instanceMemoryGb,
                            Double costPerInstanceHour, Boolean netHttpCompatibility, Boolean http2, Boolean websocket,
                            Boolean ecosystemPriority, Boolean maintainabilityPriority, Map<String, Double> weights) {

        Requirements toRequirements() {
            return new Requirements(targetQps, p99SloMs, availabilitySlo, headroomPercent, redundancy, instanceCores,
                    instanceMemoryGb, costPerInstanceHour, isTrue(netHttpCompatibility), isTrue(http2),
                    isTrue(websocket), isTrue(ecosystemPriority), isTrue(maintainabilityPriority));
        }

        private static boolean isTrue(Boolean b) {
            return Boolean.TRUE.equals(b);
        }
    }

    record SettingsJson(Double alpha, Double practicalThresholdPercent, Integer bootstrapResamples, Long randomSeed) {

        StatisticsSettings toSettings() {
            StatisticsSettings d = StatisticsSettings.defaults();
            double a = alpha == null ? d.alpha() : alpha;
            if (!(a > 0 && a < 0.5)) throw new IllegalArgumentException("settings.alpha: expected a number between 0 and 0.5");
            int resamples = bootstrapResamples == null ? d.bootstrapResamples() : bootstrapResamples;
            if (resamples < 100 || resamples > 100_000) {
                throw new IllegalArgumentException("settings.bootstrapResamples: expected 100..100000");
            }
            double threshold = practicalThresholdPercent == null ? d.practicalThresholdPercent() : practicalThresholdPercent;
            if (!(threshold >= 0)) throw new IllegalArgumentException("settings.practicalThresholdPercent: expected ≥ 0");
            return new StatisticsSettings(a, threshold, resamples, randomSeed == null ? d.randomSeed() : randomSeed);
        }
    }

    record EvaluationJson(String name, String description, RequirementsJson requirements,
                          Map<String, Double> weights, SettingsJson settings) {

        EvaluationDraft toDraft() {
            Map<String, Double> w = new HashMap<>();
            if (requirements != null && requirements.weights() != null) w.putAll(requirements.weights());
            if (weights != null) w.putAll(weights);
            return new EvaluationDraft(name, description,
                    requirements == null ? null : requirements.toRequirements(), Weights.fromMap(w),
                    settings == null ? null : settings.toSettings());
        }
    }

    @PostMapping
    @Operation(summary = "Create an evaluation", description = "All fields but the name are optional.")
    ResponseEntity<EvaluationDetails> create(@RequestBody EvaluationJson body) {
        EvaluationDetails created = evaluations.create(body.toDraft());
        return ResponseEntity.created(URI.create("/api/evaluations/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "List evaluations", description = "A token limited to some evaluations lists only those.")
    List<EvaluationSummary> list() {
        return evaluations.list().stream().filter(e -> EvaluationScope.permits(e.id())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evaluation with its requirements, weights, settings and candidates")
    EvaluationDetails get(@PathVariable long id) {
        return evaluations.get(id);
    }
}
