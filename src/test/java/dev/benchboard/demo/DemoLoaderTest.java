package dev.benchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.evaluation.QuotedFigureService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DemoLoaderTest {

    @Autowired
    DemoLoader loader;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    QuotedFigureService quoted;

    @Test
    void loadsTheDemoOnceFromDataDemo() {
        loader.loadOnce();   // second call (the first ran at start-up): must not duplicate
        List<EvaluationSummary> demos = evaluations.list().stream().filter(EvaluationSummary::demo).toList();
        assertThat(demos).hasSize(1);
        EvaluationDetails demo = evaluations.get(demos.getFirst().id());
        assertThat(demo.name()).isEqualTo("Pick an API framework (demo)");
        assertThat(demo.candidates()).extracting(c -> c.name()).containsExactly("Chi", "Echo", "Fiber", "Gin");
        assertThat(demo.requirements().p99SloMs()).isEqualTo(15.0);
        // Figures from decision-knowledge.md, each labelled with its source.
        assertThat(quoted.list(demo.id()))
                .anySatisfy(q -> {
                    assertThat(q.candidate()).isEqualTo("Fiber");
                    assertThat(q.metric()).isEqualTo("throughput");
                    assertThat(q.value()).isEqualTo(51320.0);
                    assertThat(q.source()).startsWith("quoted from public articles");
                });
    }

    @Test
    @DirtiesContext   // it deletes the demo the other test reads
    void aDeletedDemoIsNotResurrected() {
        long id = evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
        evaluations.delete(id);
        loader.loadOnce();
        assertThat(evaluations.list()).noneMatch(EvaluationSummary::demo);
    }
}
