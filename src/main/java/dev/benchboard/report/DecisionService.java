package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.decision.CandidateEvidence;
import dev.benchboard.decision.DecisionEngine;
import dev.benchboard.decision.DecisionInput;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.FrameworkProfiles;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.ingest.Evidence;
import dev.benchboard.ingest.EvidenceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Runs the framework decision of an evaluation: its tree (the team's own or the default in
 * data/decision-tree.json) over the requirements and the measured facts of the report.
 */
@Service
public class DecisionService implements DecisionSnapshot {

    private static final TypeReference<Map<String, Double>> PARAMETERS = new TypeReference<>() {};

    private final EvaluationService evaluations;
    private final ReportService reports;
    private final EvidenceStore evidence;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Path dataDirectory;

    DecisionService(EvaluationService evaluations, ReportService reports, EvidenceStore evidence, JdbcClient jdbc,
                    Clock clock, ApplicationEventPublisher events, @Value("${benchboard.decision.dir:data}") Path dataDirectory) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.dataDirectory = dataDirectory;
    }

    public DecisionResult decide(long evaluationId) {
        return decide(evaluationId, null);
    }

    /** The decision with the evaluation's weights, or with {@code weights} instead (for what-if sliders). */
    public DecisionResult decide(long evaluationId, Weights weights) {
        EvaluationDetails evaluation = evaluations.get(evaluationId);
        EvaluationReport report = reports.report(evaluationId);
        Evidence data = evidence.load(evaluationId);
        List<CandidateEvidence> candidates = new ArrayList<>();
        for (CandidateReport c : report.candidates()) {
            Evidence.CandidateEvidence raw = data.candidates().stream().filter(d -> d.name().equals(c.candidate()))
                    .findFirst().orElse(null);
            if (raw != null) candidates.add(DecisionFacts.of(c, raw));
        }
        DecisionInput input = new DecisionInput(evaluation.requirements(),
                weights == null ? evaluation.weights() : weights, candidates, parameters(evaluationId));
        return new DecisionEngine(profiles()).decide(tree(evaluationId), input);
    }

    @Override
    public String json(long evaluationId) {
        return Json.write(decide(evaluationId));
    }

    public FrameworkProfiles profiles() {
        return FrameworkProfiles.loadDefault(dataDirectory);
    }

    /** The tree in force: the evaluation's own, else the default. */
    public DecisionTree tree(long evaluationId) {
        return customTreeJson(evaluationId).map(DecisionTrees::parse).orElseGet(() -> DecisionTrees.loadDefault(dataDirectory));
    }

    /** The JSON text of the tree in force, for showing and editing. */
    public String treeJson(long evaluationId) {
        return customTreeJson(evaluationId).orElseGet(() -> {
            try {
                return Files.readString(dataDirectory.resolve(DecisionTrees.DEFAULT_FILE_NAME));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    public boolean hasCustomTree(long evaluationId) {
        return customTreeJson(evaluationId).isPresent();
    }

    /** Validates and stores a team's tree; an invalid tree throws with the JSON path of each problem and changes nothing. */
    @Transactional
    public void saveTree(long evaluationId, String json) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        DecisionTrees.parse(json);
        upsert(evaluationId, json, parametersJson(evaluationId));
    }

    @Transactional
    public void resetTree(long evaluationId) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        upsert(evaluationId, null, parametersJson(evaluationId));
    }

    /** Tree parameters such as maxInstances, overriding the tree's defaults for this evaluation. */
    public Map<String, Double> parameters(long evaluationId) {
        String json = parametersJson(evaluationId);
        return json == null ? Map.of() : Json.read(json, PARAMETERS);
    }

    @Transactional
    public void setParameter(long evaluationId, String name, Double value) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        Map<String, Double> parameters = new LinkedHashMap<>(parameters(evaluationId));
        if (value == null) parameters.remove(name);
        else if (!Double.isFinite(value)) throw new IllegalArgumentException(name + ": expected a finite number");
        else parameters.put(name, value);
        upsert(evaluationId, customTreeJson(evaluationId).orElse(null), Json.write(parameters));
    }

    private void upsert(long evaluationId, String tree, String parameters) {
        int updated = jdbc.sql("update decision_settings set tree_json = ?, parameters_json = ?, updated_at = ? where evaluation_id = ?")
                .params(tree, parameters, Timestamp.from(clock.instant()), evaluationId).update();
        if (updated == 0) {
            jdbc.sql("insert into decision_settings (evaluation_id, tree_json, parameters_json, updated_at) values (?, ?, ?, ?)")
                    .params(evaluationId, tree, parameters, Timestamp.from(clock.instant())).update();
        }
        events.publishEvent(new dev.benchboard.evaluation.EvaluationChanged(evaluationId));
    }

    private Optional<String> customTreeJson(long evaluationId) {
        return jdbc.sql("select tree_json from decision_settings where evaluation_id = ?").param(evaluationId)
                .query(String.class).optional().filter(java.util.Objects::nonNull);
    }

    private String parametersJson(long evaluationId) {
        return jdbc.sql("select parameters_json from decision_settings where evaluation_id = ?").param(evaluationId)
                .query(String.class).optional().orElse(null);
    }
}
