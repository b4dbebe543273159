package dev.benchboard.ui.decision;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.decision.Action;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.Effect;
import dev.benchboard.decision.Observation;
import dev.benchboard.decision.FactKey;
import dev.benchboard.decision.Node;
import dev.benchboard.decision.PathStep;
import java.util.Arrays;

/**
 * What one node of the tree looked at in this decision: the values compared, the threshold, the unit,
 * the candidate and the uploads each value came from, and what the node's actions did.
 */
final class NodeEvidencePanel extends Div {

    NodeEvidencePanel() {
        setId("node-evidence");
        addClassNames("bb-card", "bb-dt-evidence");
    }

    void render(DecisionTree tree, String nodeId, PathStep step) {
        removeAll();
        if (nodeId == null) {
            add(new H3("Observation"), new Paragraph("Select a node of the tree to see what it compared."));
            return;
        }
        Node node = tree.node(nodeId);
        H3 title = new H3(node.id());
        title.setId("node-evidence-title");
        add(title, strong(node.question()));
        if (node.description() != null) add(muted(node.description()));

        if (node instanceof Node.Question q) add(line("Test", q.test().describe()));
        if (step == null) {
            add(note("Not reached in this decision: the walk took another way, so this node compared nothing."));
            if (node instanceof Node.Question q) describeBranches(q);
            return;
        }
        add(line("Answer", answer(node, step)));

        add(new H4("Values compared"));
        if (step.evidence().isEmpty()) add(muted("This node compared no values."));
        for (Observation e : step.evidence()) add(evidence(e));

        if (!step.effects().isEmpty()) {
            add(new H4("Effects"));
            for (Effect effect : step.effects()) {
                Div row = new Div(new Span(effect.action() + " · " + (effect.candidate() == null ? "nobody" : effect.candidate())
                        + " → " + effect.outcome()));
                row.addClassName("bb-dt-effect");
                if (effect.reason() != null) row.add(muted(effect.reason()));
                add(row);
            }
        }
    }

    private static String answer(Node node, PathStep step) {
        if (step.branch() == null) return step.answer();
        if (step.answer().equals(step.branch())) return step.answer() + " — followed the " + step.branch() + " branch";
        return step.answer() + " — " + (node instanceof Node.Question q && q.unknown() == null
                ? "the node has no 'unknown' branch, so it followed " : "followed ") + step.branch();
    }

    private void describeBranches(Node.Question q) {
        add(new H4("Branches"));
        addBranch("yes", q.yes());
        addBranch("no", q.no());
        if (q.unknown() != null) addBranch("unknown", q.unknown());
    }

    private void addBranch(String label, Node.Branch branch) {
        Div row = new Div(new Span(label + " → " + branch.next()));
        row.addClassName("bb-dt-effect");
        for (Action a : branch.actions()) row.add(muted(a.describe() + ": " + a.reason()));
        add(row);
    }

    private static Div evidence(Observation e) {
        Div item = new Div();
        item.addClassName("bb-dt-evidence-item");
        String what = e.quantity() + (e.candidate() == null ? "" : " · " + e.candidate());
        item.add(strong(what));
        // A missing measurement is "no evidence"; other missing values (a requirement not set, no preference
        // tier) are explained by the note.
        boolean missingFact = e.value() == null && Arrays.stream(FactKey.values()).anyMatch(f -> f.key().equals(e.quantity()));
        String compared = e.value() != null ? DecisionText.value(e.value(), e.unit()) : missingFact ? "no evidence" : "—";
        if (e.op() != null && e.threshold() != null) {
            compared += " " + e.op() + " " + DecisionText.value(e.threshold(), e.unit());
        }
        Div value = new Div(compared);
        value.addClassName("bb-dt-evidence-value");
        if (missingFact) value.addClassName("bb-dt-no-evidence");
        item.add(value);
        if (!e.sources().isEmpty()) {
            Div sources = new Div("from " + DecisionText.sources(e.sources()));
            sources.addClassName("bb-dt-sources");
            item.add(sources);
        }
        if (e.note() != null) item.add(muted(e.note()));
        return item;
    }

    private static Div line(String label, String text) {
        Span l = new Span(label + ": ");
        l.addClassName("bb-muted");
        Div div = new Div(l, new Span(text));
        div.addClassName("bb-dt-line");
        return div;
    }

    private static Div strong(String text) {
        Div div = new Div(text);
        div.addClassName("bb-dt-strong");
        return div;
    }

    static Div muted(String text) {
        Div div = new Div(text);
        div.addClassName("bb-muted");
        div.addClassName("bb-dt-small");
        return div;
    }

    private static Div note(String text) {
        Div div = new Div(text);
        div.addClassName("bb-dt-note");
        return div;
    }
}
