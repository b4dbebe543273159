package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.decision.CandidateFacts;
import dev.benchboard.decision.DecisionEngine;
import dev.benchboard.decision.CriterionWeights;
import dev.benchboard.decision.DecisionInput;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.FrameworkProfiles;
import dev.benchboard.evaluation.DataVersions;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Runs the framework decision of an evaluation: its tree (the team's own or the default in
 * data/decision-tree.json) over the requirements and the measured facts of the report.
 *
 * <p>What does not depend on the weights is computed once per data version of the evaluation (see
 * {@link DataVersions}: bumped in the transaction of every change, read from the database on each request, so
 * several app nodes agree) and per version of the default tree and profiles files: the evaluation's own tree
 * parsed, the facts taken from the report and the evidence, and the walk of the tree. A weight change — the
 * decision view's what-if sliders — only re-scores that walk.
 */
@Service
public class DecisionService implements DecisionSnapshot {

    private static final TypeReference<Map<String, Double>> PARAMETERS = new TypeReference<>() {};

    /** The default tree's text (shown and edited) and its parsed form. */
    private record DefaultTree(String json, DecisionTree tree) {}

    /** An evaluation's decision_settings row as of one data version; the custom tree parsed, null without one. */
    private record Settings(long version, String treeJson, DecisionTree customTree, Map<String, Double> parameters) {}

    /** An evaluation's tree walked at one data version with one tree and one set of profiles; weights to score with. */
    private record Prepared(long version, DecisionTree tree, FrameworkProfiles profiles, DecisionEngine engine,
                            DecisionEngine.Walked walked, CriterionWeights weights) {}

    private final EvaluationService evaluations;
    private final ReportService reports;
    private final EvidenceStore evidence;
    private final DataVersions versions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ReloadedOnChange<DefaultTree> defaultTree;
    private final ReloadedOnChange<FrameworkProfiles> profiles;
    private final Map<Long, Settings> settings = new ConcurrentHashMap<>();
    private final Map<Long, Prepared> prepared = new ConcurrentHashMap<>();

    DecisionService(EvaluationService evaluations, ReportService reports, EvidenceStore evidence, DataVersions versions,
                    JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                    @Value("${benchboard.decision.dir:data}") Path dataDirectory) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.evidence = evidence;
        this.versions = versions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        Path treeFile = dataDirectory.resolve(DecisionTrees.DEFAULT_FILE_NAME);
        this.defaultTree = new ReloadedOnChange<>(treeFile,
                json -> new DefaultTree(json, DecisionTrees.parse(treeFile.toString(), json)));
        Path profilesFile = dataDirectory.resolve(FrameworkProfiles.FILE_NAME);
        this.profiles = new ReloadedOnChange<>(profilesFile, json -> FrameworkProfiles.parse(profilesFile.toString(), json));
    }

    public DecisionResult decide(long evaluationId) {
        return decide(evaluationId, null);
    }

    /** The decision with the evaluation's weights, or with {@code weights} instead (for what-if sliders). */
    public DecisionResult decide(long evaluationId, Weights weights) {
        Prepared walked = prepared(evaluationId, version(evaluationId));
        return walked.engine().score(walked.walked(), weights == null ? walked.weights() : DecisionInputs.weights(weights));
    }

    /**
     * The decision (with {@code weights}, or the evaluation's own when null) if the walk of the current data version,
     * tree and profiles is prepared already, else empty: only re-scores, never reads the evidence or computes a report.
     */
    public Optional<DecisionResult> decidedIfPrepared(long evaluationId, Weights weights) {
        long version = version(evaluationId);
        Prepared cached = prepared.get(evaluationId);
        if (cached == null || cached.version() != version || cached.tree() != tree(evaluationId, version)
                || cached.profiles() != profiles.get()) {
            return Optional.empty();
        }
        return Optional.of(cached.engine().score(cached.walked(), weights == null ? cached.weights() : DecisionInputs.weights(weights)));
    }

    @Override
    public Map<Locale, String> json(long evaluationId, List<Locale> languages) {
        DecisionResult decision = decide(evaluationId);
        Map<Locale, String> written = new LinkedHashMap<>();
        for (Locale language : languages) written.put(language, Json.write(decision, language));
        return written;
    }

    /** The profiles of data/frameworks.json, parsed again only when the file changes. */
    public FrameworkProfiles profiles() {
        return profiles.get();
    }

    /** The tree in force: the evaluation's own, else the default. */
    public DecisionTree tree(long evaluationId) {
        return tree(evaluationId, version(evaluationId));
    }

    /** The JSON text of the tree in force, for showing and editing. */
    public String treeJson(long evaluationId) {
        Settings row = settings(evaluationId, version(evaluationId));
        return row.treeJson() != null ? row.treeJson() : defaultTree.get().json();
    }

    public boolean hasCustomTree(long evaluationId) {
        return settings(evaluationId, version(evaluationId)).customTree() != null;
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
        return settings(evaluationId, version(evaluationId)).parameters();
    }

    @Transactional
    public void setParameter(long evaluationId, String name, Double value) {
        if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
        Map<String, Double> parameters = new LinkedHashMap<>(parsedParameters(parametersJson(evaluationId)));
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

    private long version(long evaluationId) {
        long version = versions.current(evaluationId);
        if (version < 0) {
            settings.remove(evaluationId);
            prepared.remove(evaluationId);
            throw new NotFoundException("evaluation", evaluationId);
        }
        return version;
    }

    private DecisionTree tree(long evaluationId, long version) {
        DecisionTree custom = settings(evaluationId, version).customTree();
        return custom != null ? custom : defaultTree.get().tree();
    }

    /**
     * The walk at this data version, computed when the version, the tree in force or the profiles changed. The
     * version is read before the data, so an entry is never keyed newer than what it was computed from.
     */
    private Prepared prepared(long evaluationId, long version) {
        DecisionTree tree = tree(evaluationId, version);
        FrameworkProfiles current = profiles.get();
        Prepared cached = prepared.get(evaluationId);
        if (cached != null && cached.version() == version && cached.tree() == tree && cached.profiles() == current) {
            return cached;
        }
        EvaluationDetails evaluation = evaluations.get(evaluationId);
        EvaluationReport report = reports.report(evaluationId);
        Evidence data = evidence.load(evaluationId);
        List<CandidateFacts> candidates = DecisionFacts.of(report, data);
        CriterionWeights weights = DecisionInputs.weights(evaluation.weights());
        DecisionInput input = new DecisionInput(DecisionInputs.requirements(evaluation.requirements()), weights, candidates,
                settings(evaluationId, version).parameters());
        DecisionEngine engine = new DecisionEngine(current);
        Prepared fresh = new Prepared(version, tree, current, engine, engine.walk(tree, input), weights);
        // Two requests computing different versions at once: keep the newer.
        prepared.merge(evaluationId, fresh, (old, f) -> f.version() >= old.version() ? f : old);
        return fresh;
    }

    /** The evaluation's decision_settings row at this data version, its tree parsed once per version. */
    private Settings settings(long evaluationId, long version) {
        Settings cached = settings.get(evaluationId);
        if (cached != null && cached.version() == version) return cached;
        String treeJson = customTreeJson(evaluationId).orElse(null);
        Settings fresh = new Settings(version, treeJson, treeJson == null ? null : DecisionTrees.parse(treeJson),
                parsedParameters(parametersJson(evaluationId)));
        settings.merge(evaluationId, fresh, (old, f) -> f.version() >= old.version() ? f : old);
        return fresh;
    }

    private static Map<String, Double> parsedParameters(String json) {
        return json == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Json.read(json, PARAMETERS)));
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
