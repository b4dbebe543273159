package dev.benchboard.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A walk kept and scored with new weights gives what a whole decision with those weights gives, and scoring leaves
 * the walk as it was: the decision view's sliders re-score one walk any number of times (issue 15 item 3).
 */
class WalkThenScoreTest {

    private static final List<CriterionWeights> SLIDERS = List.of(CriterionWeights.defaults(), new CriterionWeights(0.5, 0.2, 0.1, 0.1, 0.1, 0.0),
            new CriterionWeights(0, 0, 0, 0, 0, 1), new CriterionWeights(0, 1, 0, 0, 0, 0), new CriterionWeights(0, 0, 0, 0, 0, 0));

    private static List<ServiceRequirements> requirements() {
        Fixtures.Req slo = new Fixtures.Req();
        slo.p99SloMs = 13.0;
        slo.availabilitySlo = 0.9995;
        Fixtures.Req capacity = new Fixtures.Req().target(20_000, 30, 1);
        capacity.ecosystem = true;
        Fixtures.Req netHttp = new Fixtures.Req();
        netHttp.netHttp = true;
        netHttp.http2 = true;
        return List.of(new Fixtures.Req().build(), slo.build(), capacity.build(), netHttp.build());
    }

    @Test
    void scoringAKeptWalkEqualsTheWholeDecisionForEveryWeightAndRequirementSet() {
        DecisionEngine engine = new DecisionEngine(Fixtures.shippedProfiles());
        DecisionTree tree = Fixtures.defaultTree();
        for (ServiceRequirements requirements : requirements()) {
            DecisionEngine.Walked walked = engine.walk(tree,
                    new DecisionInput(requirements, CriterionWeights.defaults(), Fixtures.fourMeasured()));
            for (CriterionWeights weights : SLIDERS) {
                DecisionResult whole = engine.decide(tree, new DecisionInput(requirements, weights, Fixtures.fourMeasured()));
                assertThat(Json.write(engine.score(walked, weights))).isEqualTo(Json.write(whole));
            }
        }
    }

    @Test
    void scoringDoesNotChangeTheWalk() {
        DecisionEngine engine = new DecisionEngine(Fixtures.shippedProfiles());
        DecisionEngine.Walked walked = engine.walk(Fixtures.defaultTree(),
                new DecisionInput(new Fixtures.Req().build(), CriterionWeights.defaults(), Fixtures.fourMeasured()));
        String first = Json.write(engine.score(walked, CriterionWeights.defaults()));
        for (CriterionWeights weights : SLIDERS) engine.score(walked, weights);
        assertThat(Json.write(engine.score(walked, CriterionWeights.defaults()))).isEqualTo(first);
        // The weights reach the result: ecosystem only and p99 only do not score alike.
        assertThat(Json.write(engine.score(walked, SLIDERS.get(2)))).isNotEqualTo(Json.write(engine.score(walked, SLIDERS.get(3))));
    }
}
