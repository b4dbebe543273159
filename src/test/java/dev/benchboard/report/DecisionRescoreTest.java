package dev.benchboard.report;

import dev.benchboard.format.Sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.evaluation.DataVersions;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.evidence.EvidenceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15 item 3: the decision's weight-independent half (facts from the report and the evidence, the tree walk)
 * is computed once per data version; a weight change re-scores only. That the re-scored output is the one the
 * full decision gave before caching is {@link DemoDecisionUnchangedTest}.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DecisionRescoreTest {

    @MockitoSpyBean
    EvidenceStore evidence;

    @Autowired
    DecisionService decisions;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    DataVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long demoId() {
        return evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
    }

    @Test
    void weightChangesReScoreWithoutLoadingTheEvidenceAgain() {
        long demo = demoId();
        DecisionResult own = decisions.decide(demo);
        clearInvocations(evidence);

        List<Weights> sliders = List.of(DemoDecisionUnchangedTest.THROUGHPUT_FIRST, new Weights(0, 0, 0, 0, 0, 1),
                new Weights(0, 1, 0, 0, 0, 0), new Weights(0, 0, 0, 0, 0, 0));
        List<DecisionResult> whatIf = sliders.stream().map(w -> decisions.decide(demo, w)).toList();

        verify(evidence, never()).load(anyLong());
        // The weights did reach the scores: ecosystem only and p99 only score the candidates differently.
        assertThat(scores(whatIf.get(1))).isNotEqualTo(scores(whatIf.get(2)));
        assertThat(Sentence.in(whatIf.get(3).notes(), Locale.ENGLISH)).contains("All weights are 0: every weighted score is 0 and cannot separate candidates");
        // Back to the evaluation's own weights: the same decision as before the sliders moved.
        assertThat(decisions.decide(demo)).isEqualTo(own);
        verify(evidence, never()).load(anyLong());
    }

    @Test
    void aChangeOfTheEvaluationWalksTheTreeAgain() {
        long demo = demoId();
        decisions.decide(demo);
        clearInvocations(evidence);
        try {
            decisions.setParameter(demo, "maxInstances", 2.0);
            DecisionResult changed = decisions.decide(demo);
            // The report (its own cache, same version key) and the decision's facts read the new state.
            verify(evidence, atLeastOnce()).load(demo);
            assertThat(Sentence.in(changed.notes(), Locale.ENGLISH)).contains("Parameter maxInstances = 2 (tree default 6)");
            assertThat(decisions.parameters(demo)).containsEntry("maxInstances", 2.0);
        } finally {
            decisions.setParameter(demo, "maxInstances", null);
        }
        assertThat(Sentence.in(decisions.decide(demo).notes(), Locale.ENGLISH)).noneMatch(n -> n.startsWith("Parameter maxInstances"));
    }

    /**
     * Another app node on the same database saves a tree: it writes decision_settings and bumps the data version in
     * one transaction. This node, which has the default tree cached, uses the new tree at its next request.
     */
    @Test
    void aTreeSavedByAnotherNodeIsUsedAtTheNextRequest() throws IOException {
        long id = evaluations.create(EvaluationDraft.named("Tree from another node")).id();
        assertThat(decisions.decide(id).tree()).isEqualTo("production-api-framework");
        assertThat(decisions.hasCustomTree(id)).isFalse();

        String otherTree = Files.readString(Path.of("data", DecisionTrees.DEFAULT_FILE_NAME))
                .replace("\"production-api-framework\"", "\"other-node-tree\"");
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("insert into decision_settings (evaluation_id, tree_json, parameters_json, updated_at) values (?, ?, ?, ?)")
                    .params(id, otherTree, null, Timestamp.from(Instant.now())).update();
            jdbc.sql("update evaluation set data_version = data_version + 1 where id = ?").param(id).update();
        });

        assertThat(decisions.decide(id).tree()).isEqualTo("other-node-tree");
        assertThat(decisions.tree(id).id()).isEqualTo("other-node-tree");
        assertThat(decisions.hasCustomTree(id)).isTrue();
        assertThat(decisions.treeJson(id)).isEqualTo(otherTree);
    }

    @Test
    void aDeletedEvaluationIsNotFoundRatherThanServedFromTheCache() {
        long id = evaluations.create(EvaluationDraft.named("Deleted after its decision")).id();
        decisions.decide(id);
        evaluations.delete(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decisions.decide(id, Weights.defaults()))
                .isInstanceOf(dev.benchboard.evaluation.NotFoundException.class);
        assertThat(versions.current(id)).isEqualTo(-1);
    }

    private static List<Double> scores(DecisionResult result) {
        return result.recommendation().stream().map(Recommendation::score).toList();
    }
}
