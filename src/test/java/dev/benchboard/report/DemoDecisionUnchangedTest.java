package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.Weights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo evaluation's decision, as the service gives it, is byte-for-byte the one recorded before the decision
 * was cached per data version (issue 15 item 3): src/test/resources/decision/demo-decision*.json were written by
 * this test with {@code -Ddecision.golden.write=true} on integrate at 659d4e5 (a detached worktree), before DecisionService cached
 * anything, and are only read since.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DemoDecisionUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/decision");
    /** What-if weights of the decision view's sliders: throughput first, no ecosystem. */
    static final Weights THROUGHPUT_FIRST = new Weights(0.5, 0.2, 0.1, 0.1, 0.1, 0.0);

    @Autowired
    EvaluationService evaluations;

    @Autowired
    DecisionService decisions;

    @Test
    void theDemoDecisionWithItsOwnWeightsIsUnchanged() throws IOException {
        assertSameAsRecorded("demo-decision.json", Json.write(decisions.decide(demoId())));
    }

    @Test
    void theDemoDecisionWithWhatIfWeightsIsUnchanged() throws IOException {
        long demo = demoId();
        decisions.decide(demo);   // the evaluation's weights first, as the view does, so the what-if is a re-score
        assertSameAsRecorded("demo-decision-throughput-first.json", Json.write(decisions.decide(demo, THROUGHPUT_FIRST)));
    }

    private long demoId() {
        return evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
    }

    private static void assertSameAsRecorded(String name, String json) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("decision.golden.write")) Files.writeString(file, json);
        assertThat(json).isEqualTo(Files.readString(file));
    }
}
