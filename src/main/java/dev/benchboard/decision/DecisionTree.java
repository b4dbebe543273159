package dev.benchboard.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated decision tree (see docs/decision-tree.md). Built only by {@link DecisionTrees}, which
 * guarantees that every {@code next} names a node, that there are no cycles and that every path ends
 * at a rank node.
 */
public record DecisionTree(int schemaVersion, String id, String title, String description,
                           Map<String, TreeParameter> parameters, String start, List<Node> nodes) {

    public DecisionTree {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        nodes = List.copyOf(nodes);
    }

    public Node node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node '" + nodeId + "'"));
    }

    /** A named number the tree's formulas use (e.g. maxInstances); overridable per decision. */
    public record TreeParameter(double value, String unit, String description) {
    }
}
