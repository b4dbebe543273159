package dev.benchboard.ui.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.Node;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagram's layering: a node sits one layer below the deepest node leading to it, so edges only point down. */
class TreeDiagramTest {

    private static List<List<String>> ids(List<List<Node>> layers) {
        return layers.stream().map(layer -> layer.stream().map(Node::id).toList()).toList();
    }

    @Test
    void defaultTreeIsOneNodePerLayerInWalkOrder() {
        // data/decision-tree.json: every question's yes and no lead to the next step.
        assertThat(ids(TreeDiagram.layers(DecisionTrees.loadDefault(Path.of("data"))))).containsExactly(
                List.of("net-http-required"), List.of("http2-required"), List.of("measured-shortfalls"), List.of("capacity-gap"), List.of("ecosystem"),
                List.of("maintainability"), List.of("features"), List.of("rank"));
    }

    @Test
    void branchesShareALayerAndAJoinSitsBelowItsDeepestParent() {
        // a → b (yes) / c (no); b → c; c → r. c is reached at depth 1 (from a) and 2 (via b): it goes to 2.
        // d is a sibling of b (a's unknown branch) and leads to r directly.
        String json = """
                {"schemaVersion": 1, "id": "t", "title": "t", "start": "a", "nodes": [
                  {"id": "a", "question": "a?", "test": {"requirement": "http2", "op": "eq", "value": true},
                   "yes": {"next": "b"}, "no": {"next": "c"}, "unknown": {"next": "d"}},
                  {"id": "b", "question": "b?", "test": {"requirement": "websocket", "op": "eq", "value": true},
                   "yes": {"next": "c"}, "no": {"next": "c"}},
                  {"id": "d", "question": "d?", "test": {"requirement": "websocket", "op": "eq", "value": true},
                   "yes": {"next": "r"}, "no": {"next": "r"}},
                  {"id": "c", "question": "c?", "test": {"requirement": "ecosystemPriority", "op": "eq", "value": true},
                   "yes": {"next": "r"}, "no": {"next": "r"}},
                  {"id": "r", "question": "rank", "rankBy": [{"weightedScore": "highest"}]}]}""";
        assertThat(ids(TreeDiagram.layers(DecisionTrees.parse(json))))
                .containsExactly(List.of("a"), List.of("b", "d"), List.of("c"), List.of("r"));
    }
}
