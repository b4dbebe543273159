package dev.benchboard.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The shipped tree's own texts (questions, descriptions, reasons, parameter descriptions) and its tests and actions
 * read in Chinese for a Chinese reader; a text a user typed reads as typed.
 */
class DefaultTreeTextsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final DecisionTree tree = Fixtures.defaultTree();

    @Test
    void everyTextOfTheDefaultTreeHasItsChineseText() {
        List<String> texts = new ArrayList<>(List.of(tree.title(), tree.description()));
        tree.parameters().values().forEach(p -> texts.add(p.description()));
        for (Node node : tree.nodes()) {
            texts.add(node.question());
            texts.add(node.description());
            if (node instanceof Node.Question q) {
                for (Node.Branch branch : branches(q)) branch.actions().forEach(a -> texts.add(a.reason()));
            }
        }
        assertThat(texts).hasSizeGreaterThan(20).doesNotContainNull();
        for (String text : texts) {
            Sentence sentence = TreeTexts.of(text);
            assertThat(sentence.key()).as("a key for %s", text).isPresent();
            assertThat(sentence.english()).isEqualTo(text);
            assertThat(sentence.in(CHINESE)).as(text).containsPattern("\\p{IsHan}").doesNotContain("!zh:");
        }
        // One bundle text per tree text: none left over from an older wording of the tree.
        assertThat(TreeTexts.known()).hasSize(texts.size());
    }

    @Test
    void aTextTheUserTypedReadsAsTyped() {
        String edited = tree.node("ecosystem").question() + " (edited)";
        assertThat(TreeTexts.of(edited)).isEqualTo(Sentence.verbatim(edited));
        assertThat(TreeTexts.of(edited).in(CHINESE)).isEqualTo(edited);
        assertThat(TreeTexts.of(null)).isNull();
    }

    @Test
    void testsAndActionsReadInWordsWithTheExpressionAsTheirEnglish() {
        for (Node node : tree.nodes()) {
            switch (node) {
                case Node.Question q -> {
                    Sentence test = DecisionWords.test(q.test());
                    assertThat(test.english()).isEqualTo(q.test().describe());
                    assertThat(test.in(CHINESE)).as(q.id()).containsPattern("\\p{IsHan}").doesNotContain("!zh:");
                    for (Node.Branch branch : branches(q)) {
                        for (Action action : branch.actions()) {
                            assertThat(DecisionWords.action(action).english()).isEqualTo(action.describe());
                            assertThat(DecisionWords.action(action).in(CHINESE)).containsPattern("\\p{IsHan}")
                                    .doesNotContain("candidates where");
                        }
                    }
                }
                case Node.Rank r -> {
                    assertThat(DecisionWords.rankBy(r.rankBy()).english()).isEqualTo(String.join(", then ",
                            r.rankBy().stream().map(RankKey::describe).toList()));
                    assertThat(DecisionWords.rankBy(r.rankBy()).in(CHINESE)).contains("每小时故障率", "×1.25", "加权得分");
                }
            }
        }
        // The shipped tree's first test, in words: "要求标准 net/http = 是".
        assertThat(DecisionWords.test(((Node.Question) tree.node("net-http-required")).test()).in(CHINESE))
                .isEqualTo("要求标准 net/http = 是");
    }

    private static List<Node.Branch> branches(Node.Question q) {
        List<Node.Branch> branches = new ArrayList<>(List.of(q.yes(), q.no()));
        if (q.unknown() != null) branches.add(q.unknown());
        return branches;
    }
}
