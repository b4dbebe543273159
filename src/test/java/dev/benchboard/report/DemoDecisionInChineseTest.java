package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.common.Json;
import dev.benchboard.decision.DecisionResult;
import dev.benchboard.decision.Effect;
import dev.benchboard.decision.Observation;
import dev.benchboard.decision.PathStep;
import dev.benchboard.decision.Recommendation;
import dev.benchboard.decision.SensitivityEntry;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.format.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every sentence of the demo decision (reasons, shortfalls, notes, what decided the top, ties, sensitivity, the path's
 * questions, values and effects) reads in Chinese with its figures and names in place, while its English — the API's
 * text, the golden demo-decision.json — is unchanged.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DemoDecisionInChineseTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    DecisionService decisions;

    @Test
    void everySentenceOfTheDemoDecisionReadsInChineseWithItsArguments() throws Exception {
        DecisionResult result = decisions.decide(evaluations.list().stream().filter(EvaluationSummary::demo).findFirst()
                .orElseThrow().id());
        assertThat(Json.write(result)).as("English, as recorded")
                .isEqualTo(Files.readString(Path.of("src/test/resources/decision/demo-decision.json")));

        List<Sentence> sentences = sentences(result);
        assertThat(sentences).hasSizeGreaterThan(100);
        for (Sentence sentence : sentences) {
            String chinese = sentence.in(CHINESE);
            assertThat(chinese).as(sentence.english()).containsPattern("\\p{IsHan}").doesNotContain("!zh:", "decision.");
            for (String argument : dataArguments(sentence)) {
                assertThat(chinese).as("%s keeps %s", sentence.english(), argument).contains(argument);
            }
        }
        // A few read as a Chinese SRE would write them.
        Recommendation gin = result.recommendation().stream().filter(r -> r.candidate().equals("Gin")).findFirst().orElseThrow();
        assertThat(gin.shortfalls().getFirst().in(CHINESE)).isEqualTo("未达到可用性 SLO：混沌实验（注入的故障：process-freeze, "
                + "process-kill）中实测 63.14 %，SLO 为 99.95 %（上传 23 chaos/events.csv）");
        assertThat(result.topDecidedBy().in(CHINESE)).isEqualTo("按名称排序：与 Echo 在所有排序键上并列");

        // The JSON a writer asks for in Chinese (a per-language share snapshot) has the same shape, in Chinese.
        String chineseJson = Json.mapper().writer().withAttribute(Sentence.LANGUAGE, CHINESE).writeValueAsString(result);
        DecisionResult read = Json.read(chineseJson, DecisionResult.class);
        assertThat(read.topDecidedBy().english()).isEqualTo("按名称排序：与 Echo 在所有排序键上并列");
        assertThat(read.recommendation()).hasSameSizeAs(result.recommendation());
    }

    /** Every sentence the decision holds, in the order the view shows them. */
    private static List<Sentence> sentences(DecisionResult result) {
        List<Sentence> all = new ArrayList<>();
        all.add(result.topDecidedBy());
        all.add(result.ties().note());
        all.addAll(result.notes());
        for (Recommendation r : result.recommendation()) {
            all.addAll(r.reasons());
            all.addAll(r.shortfalls());
            all.add(r.excludedReason());
        }
        for (SensitivityEntry s : result.sensitivity()) all.add(s.summary());
        for (PathStep step : result.path()) {
            all.add(step.question());
            for (Observation o : step.evidence()) {
                all.add(o.quantity());
                all.add(o.note());
            }
            for (Effect e : step.effects()) all.add(e.reason());
        }
        return all.stream().filter(Objects::nonNull).toList();
    }

    /** The arguments that are data or figures (candidate names, numbers, file names), nested sentences' included. */
    private static List<String> dataArguments(Sentence sentence) {
        List<String> found = new ArrayList<>();
        for (Object arg : sentence.args()) collect(arg, found);
        // A verbatim text is its own argument; keys have no Latin data words worth checking beyond figures.
        return sentence.key().isEmpty() ? List.of() : found.stream().filter(a -> !a.isBlank()).toList();
    }

    private static void collect(Object arg, List<String> found) {
        switch (arg) {
            case String text -> found.add(text);
            case Sentence nested when nested.key().isPresent() -> nested.args().forEach(a -> collect(a, found));
            case List<?> items -> items.forEach(i -> collect(i, found));
            default -> {
            }
        }
    }
}
