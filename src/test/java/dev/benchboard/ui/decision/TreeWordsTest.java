package dev.benchboard.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.FactKey;
import dev.benchboard.decision.Node;
import dev.benchboard.decision.ProfileAttribute;
import dev.benchboard.decision.RequirementField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision core's codes shown in words in both languages (issue 14: no "failureRatePerHour" on screen;
 * issue 18: no English in the Chinese view), read from a real decision: the demo evaluation's, as the API
 * returned it (src/test/resources/decision/demo-decision.json).
 */
class TreeWordsTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void theDefaultTreesRankOrderReadsInWordsNotKeys() {
        Node.Rank rank = (Node.Rank) DecisionTrees.loadDefault(Path.of("data")).node("rank");
        assertThat(TreeWords.rankBy(rank.rankBy(), EN)).isEqualTo("rank by failure rate per hour (lowest first, values within ×1.25 "
                + "of the band’s best tie), then MTTR (lowest first, values within ×1.25 of the band’s best tie), then weighted score "
                + "(highest first), then name");
        assertThat(TreeWords.rankBy(rank.rankBy(), ZH)).isEqualTo("排序依据：每小时故障率（低者优先，与所在档最优值相差 ×1.25 以内视为并列），"
                + "其次 MTTR（平均修复时间）（低者优先，与所在档最优值相差 ×1.25 以内视为并列），其次 加权得分（高者优先），最后按名称");
    }

    @Test
    void everyFactProfileAndRequirementKeyHasWordsInBothLanguages() {
        List<String> shown = new ArrayList<>();
        for (FactKey fact : FactKey.values()) {
            shown.add(TreeWords.fact(fact, EN));
            assertThat(TreeWords.fact(fact, ZH)).as(fact.key()).containsPattern(HAN);
        }
        for (ProfileAttribute attribute : ProfileAttribute.values()) {
            shown.add(TreeWords.profile(attribute, EN));
            assertThat(TreeWords.profile(attribute, ZH)).as(attribute.key()).containsPattern(HAN);
        }
        for (RequirementField field : RequirementField.values()) {
            shown.add(TreeWords.requirement(field, EN));
            assertThat(TreeWords.requirement(field, ZH)).as(field.key()).containsPattern(HAN);
        }
        // No camelCase key left: "gcPauseP99Ms" must not be what a reader sees (a name such as WebSocket may stay).
        assertThat(shown).noneMatch(words -> words.matches(".*\\b[a-z]+[A-Z]\\w*.*"));
    }

    @Test
    void everyCodeOfARealDecisionIsTranslated() throws IOException {
        JsonNode decision = JsonMapper.builder().build().readTree(Files.readString(Path.of("src/test/resources/decision/demo-decision.json")));
        List<String> untranslated = new ArrayList<>();
        for (JsonNode step : decision.get("path")) {
            check(untranslated, "answer", step.get("answer").asString(), TreeWords::answer);
            if (!step.get("branch").isNull()) check(untranslated, "branch", step.get("branch").asString(), TreeWords::answer);
            for (JsonNode effect : step.get("effects")) {
                check(untranslated, "action", effect.get("action").asString(), TreeWords::action);
                check(untranslated, "outcome", effect.get("outcome").asString(), TreeWords::outcome);
            }
            for (JsonNode observation : step.get("evidence")) {
                String quantity = observation.get("quantity").asString();
                // An aggregate over candidates is the tree's own expression ("max sloBoundCapacityRps over …"): kept.
                if (!quantity.startsWith("max ") && !quantity.startsWith("min ")) {
                    check(untranslated, "quantity", quantity, TreeWords::quantity);
                }
            }
        }
        for (JsonNode recommendation : decision.get("recommendation")) {
            for (JsonNode contribution : recommendation.get("contributions")) {
                check(untranslated, "basis", contribution.get("basis").asString(), TreeWords::basis);
            }
        }
        assertThat(untranslated).as("codes of the demo decision shown as they are").isEmpty();
        assertThat(TreeWords.quantity("failureRatePerHour", EN)).isEqualTo("failure rate per hour");
        assertThat(TreeWords.quantity("requirement netHttpCompatibility", EN)).isEqualTo("requirement: standard net/http required");
        assertThat(TreeWords.quantity("profile netHttpCompatible", ZH)).isEqualTo("框架档案：兼容 net/http");
        assertThat(TreeWords.quantity("max sloBoundCapacityRps over candidates", ZH)).isEqualTo("max sloBoundCapacityRps over candidates");
    }

    @Test
    void everyOutcomeAndBasisTheCoreCanProduceIsTranslated() throws IOException {
        // The outcomes of TreeWalk's effects and the bases of WeightedScores, read from the core's source so that a
        // new code there fails here rather than showing English in the Chinese view.
        List<String> codes = new ArrayList<>();
        Matcher outcome = Pattern.compile("new Effect\\(\"(\\w+)\", [^,]+, \"([^\"]+)\"")
                .matcher(Files.readString(Path.of("src/main/java/dev/benchboard/decision/TreeWalk.java")));
        while (outcome.find()) {
            assertThat(TreeWords.action(outcome.group(1), ZH)).as(outcome.group(1)).containsPattern(HAN);
            assertThat(TreeWords.outcome(outcome.group(2), ZH)).as(outcome.group(2)).containsPattern(HAN);
            codes.add(outcome.group(2));
        }
        Matcher basis = Pattern.compile("static final String \\w+ = \"([^\"]+)\";")
                .matcher(Files.readString(Path.of("src/main/java/dev/benchboard/decision/WeightedScores.java")));
        while (basis.find()) {
            assertThat(TreeWords.basis(basis.group(1), ZH)).as(basis.group(1)).containsPattern(HAN);
            codes.add(basis.group(1));
        }
        assertThat(codes).contains("not preferred: no evidence", "no candidate matched", "not comparable");
        assertThat(TreeWords.outcome("not excluded: no evidence", EN)).isEqualTo("not excluded: no evidence");
        assertThat(TreeWords.outcome("a code from a newer core", ZH)).isEqualTo("a code from a newer core");
    }

    @Test
    void criteriaAndValuesKeepTheirEnglishAndReadAsChinese() {
        assertThat(Criteria.KEYS.stream().map(k -> Criteria.label(k, EN)).toList()).containsExactly(
                "Throughput", "P99 latency", "Memory (RSS)", "GC pause P99", "Availability", "Ecosystem");
        assertThat(Criteria.KEYS.stream().map(k -> Criteria.label(k, ZH)).toList()).containsExactly(
                "吞吐量", "P99 延迟", "内存（RSS）", "GC 暂停 P99", "可用性", "生态");
        assertThat(Criteria.whatToUpload("gcPause", EN)).isEqualTo("a Go GC trace (the stderr of GODEBUG=gctrace=1)");
        assertThat(DecisionText.value(0.9995, "fraction", ZH)).isEqualTo("99.95 %");
        assertThat(DecisionText.value(1.0, "flag", ZH)).isEqualTo("是");
        assertThat(DecisionText.value(0.0, "flag", EN)).isEqualTo("no");
        assertThat(DecisionText.value(null, "ms", ZH)).isEqualTo("缺少证据");
        assertThat(DecisionText.value(8.0, "cores", ZH)).isEqualTo("8 核");
        assertThat(DecisionText.value(40_198.6, "rps", EN)).isEqualTo("40,199 req/s");
    }

    private interface Words {
        String of(String code, Locale locale);
    }

    private static void check(List<String> untranslated, String what, String code, Words words) {
        String zh = words.of(code, ZH);
        if (!HAN.matcher(zh).find()) untranslated.add(what + " '" + code + "' → '" + zh + "'");
    }
}
