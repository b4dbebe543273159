package dev.benchboard.ui.decision;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.decision.Action;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionWords;
import dev.benchboard.decision.TreeTexts;
import dev.benchboard.decision.Node;
import dev.benchboard.decision.PathStep;
import dev.benchboard.ui.i18n.Translations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The decision tree drawn as layers of boxes, top to bottom: a node sits one layer below the deepest node
 * that leads to it, so every edge points down. Each box lists its yes/no/unknown edges with their actions;
 * the nodes and edges the walk took are highlighted. Clicking a box selects it (its evidence is shown
 * next to the diagram).
 */
final class TreeDiagram extends Div {

    private final Consumer<String> onSelect;

    TreeDiagram(Consumer<String> onSelect) {
        this.onSelect = onSelect;
        setId("decision-tree");
        addClassName("bb-dt-diagram");
    }

    void render(DecisionTree tree, List<PathStep> path, String selected) {
        removeAll();
        Map<String, PathStep> visited = new HashMap<>();
        path.forEach(step -> visited.put(step.node(), step));
        List<List<Node>> layers = layers(tree);
        for (int i = 0; i < layers.size(); i++) {
            if (i > 0) {
                Div connector = new Div(new Span("↓"));
                connector.addClassName("bb-dt-connector");
                add(connector);
            }
            Div layer = new Div();
            layer.addClassName("bb-dt-layer");
            for (Node node : layers.get(i)) layer.add(box(node, visited.get(node.id()), node.id().equals(selected)));
            add(layer);
        }
    }

    private Div box(Node node, PathStep step, boolean selected) {
        Div box = new Div();
        box.setId("dt-node-" + DecisionText.slug(node.id()));
        box.addClassName("bb-dt-node");
        box.addClassName(step == null ? "bb-dt-off-path" : "bb-dt-on-path");
        if (selected) box.addClassName("bb-dt-selected");
        box.getElement().setAttribute("data-node", node.id());
        box.getElement().setAttribute("role", "button");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        box.addClickListener(click -> onSelect.accept(node.id()));
        box.getElement().addEventListener("keydown", key -> onSelect.accept(node.id())).setFilter("event.key === 'Enter' || event.key === ' '");

        Span id = new Span(node.id());
        id.addClassName("bb-dt-node-id");
        Div head = new Div(id);
        head.addClassName("bb-dt-node-head");
        Locale locale = getLocale();
        if (step != null) {
            Span answer = new Span(TreeWords.answer(step.answer(), locale));
            answer.addClassName("bb-dt-answer");
            answer.addClassName("bb-dt-answer-" + step.answer());
            head.add(answer);
        } else {
            Span skipped = new Span(getTranslation("decision.tree.not-reached"));
            skipped.addClassName("bb-dt-muted");
            head.add(skipped);
        }
        Div question = new Div(TreeTexts.of(node.question()).in(locale));
        question.addClassName("bb-dt-question");
        box.add(head, question);

        switch (node) {
            case Node.Question q -> {
                Div test = expression(new Div(DecisionWords.test(q.test()).in(locale)), q.test().describe(), locale);
                test.addClassName("bb-dt-test");
                box.add(test);
                String taken = step == null ? null : step.branch();
                box.add(edge("yes", q.yes(), taken, locale), edge("no", q.no(), taken, locale));
                box.add(q.unknown() != null ? edge("unknown", q.unknown(), taken, locale) : unknownFallsToNo(locale));
            }
            case Node.Rank r -> {
                Div rank = new Div(TreeWords.rankBy(r.rankBy(), locale));
                rank.addClassName("bb-dt-test");
                box.add(rank);
            }
        }
        return box;
    }

    private static Div edge(String label, Node.Branch branch, String taken, Locale locale) {
        Div edge = new Div();
        edge.addClassName("bb-dt-edge");
        boolean isTaken = label.equals(taken);
        if (isTaken) edge.addClassName("bb-dt-taken");
        Span name = new Span((isTaken ? "✓ " : "") + TreeWords.answer(label, locale) + " → " + branch.next());
        name.addClassName("bb-dt-edge-label");
        Div actions = new Div();
        actions.addClassName("bb-dt-actions");
        for (Action action : branch.actions()) {
            Div act = new Div(DecisionWords.action(action).in(locale));
            act.addClassName("bb-dt-action");
            act.getElement().setAttribute("title", TreeTexts.of(action.reason()).in(locale));
            act.getElement().setAttribute("data-expression", action.describe());
            actions.add(act);
        }
        edge.add(name, actions);
        return edge;
    }

    /**
     * Marks a test or action shown in words with the expression the tree JSON writes ("netHttpCompatibility = true"),
     * for whoever edits the tree: a tooltip and a data attribute.
     */
    static Div expression(Div shown, String expression, Locale locale) {
        // Labelled as the tree's own syntax, so a reader of either language knows why it reads as code.
        shown.getElement().setAttribute("title", Translations.get(locale, "decision.tree.expression-tooltip", expression));
        shown.getElement().setAttribute("data-expression", expression);
        return shown;
    }

    /** A node without an unknown branch follows "no" on an unknown answer; the path then says branch "no". */
    private static Div unknownFallsToNo(Locale locale) {
        Div edge = new Div(new Span(Translations.get(locale, "decision.tree.unknown-as-no")));
        edge.addClassName("bb-dt-edge");
        edge.addClassName("bb-dt-edge-implicit");
        return edge;
    }

    /** Longest-path layering from the start node; the tree is a validated DAG, so this terminates. */
    static List<List<Node>> layers(DecisionTree tree) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        depth.put(tree.start(), 0);
        // Relax edges in a topological order: repeat until stable (trees are small: a few dozen nodes).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node node : tree.nodes()) {
                Integer d = depth.get(node.id());
                if (d == null) continue;
                for (String next : successors(node)) {
                    Integer current = depth.get(next);
                    if (current == null || current < d + 1) {
                        depth.put(next, d + 1);
                        changed = true;
                    }
                }
            }
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<Node>> layers = new ArrayList<>();
        for (int i = 0; i <= max; i++) layers.add(new ArrayList<>());
        for (Node node : tree.nodes()) {
            Integer d = depth.get(node.id());
            if (d != null) layers.get(d).add(node);
        }
        return layers;
    }

    private static List<String> successors(Node node) {
        if (!(node instanceof Node.Question q)) return List.of();
        List<String> next = new ArrayList<>(List.of(q.yes().next(), q.no().next()));
        if (q.unknown() != null) next.add(q.unknown().next());
        return next.stream().distinct().toList();
    }
}
