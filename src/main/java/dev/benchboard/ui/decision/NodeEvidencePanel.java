package dev.benchboard.ui.decision;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.decision.Action;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionWords;
import dev.benchboard.decision.TreeTexts;
import dev.benchboard.decision.Effect;
import dev.benchboard.decision.Observation;
import dev.benchboard.decision.FactKey;
import dev.benchboard.decision.Node;
import dev.benchboard.decision.PathStep;
import dev.benchboard.ui.i18n.Translations;
import java.util.Arrays;
import java.util.Locale;

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
        Locale locale = getLocale();
        if (nodeId == null) {
            add(new H3(getTranslation("decision.evidence.title")), new Paragraph(getTranslation("decision.evidence.select")));
            return;
        }
        Node node = tree.node(nodeId);
        H3 title = new H3(node.id());
        title.setId("node-evidence-title");
        add(title, strong(TreeTexts.of(node.question()).in(locale)));
        if (node.description() != null) add(muted(TreeTexts.of(node.description()).in(locale)));

        if (node instanceof Node.Question q) add(TreeDiagram.expression(line(getTranslation("decision.evidence.test"),
                DecisionWords.test(q.test()).in(locale)), q.test().describe(), locale));
        if (step == null) {
            add(note(getTranslation("decision.evidence.not-reached")));
            if (node instanceof Node.Question q) describeBranches(q);
            return;
        }
        add(line(getTranslation("decision.evidence.answer"), answer(node, step, locale)));

        add(new H4(getTranslation("decision.evidence.values")));
        if (step.evidence().isEmpty()) add(muted(getTranslation("decision.evidence.no-values")));
        for (Observation e : step.evidence()) add(evidence(e, locale));

        if (!step.effects().isEmpty()) {
            add(new H4(getTranslation("decision.evidence.effects")));
            for (Effect effect : step.effects()) {
                Div row = new Div(new Span(TreeWords.action(effect.action(), locale) + " · "
                        + (effect.candidate() == null ? getTranslation("decision.evidence.nobody") : effect.candidate())
                        + " → " + TreeWords.outcome(effect.outcome(), locale)));
                row.addClassName("bb-dt-effect");
                if (effect.reason() != null) row.add(muted(effect.reason().in(locale)));
                add(row);
            }
        }
    }

    private static String answer(Node node, PathStep step, Locale locale) {
        String answer = TreeWords.answer(step.answer(), locale);
        if (step.branch() == null) return answer;
        String branch = TreeWords.answer(step.branch(), locale);
        if (step.answer().equals(step.branch())) return Translations.get(locale, "decision.evidence.answer.followed-its-branch", answer, branch);
        return Translations.get(locale, node instanceof Node.Question q && q.unknown() == null
                ? "decision.evidence.answer.no-unknown-branch" : "decision.evidence.answer.followed", answer, branch);
    }

    private void describeBranches(Node.Question q) {
        add(new H4(getTranslation("decision.evidence.branches")));
        addBranch("yes", q.yes());
        addBranch("no", q.no());
        if (q.unknown() != null) addBranch("unknown", q.unknown());
    }

    private void addBranch(String label, Node.Branch branch) {
        Div row = new Div(new Span(TreeWords.answer(label, getLocale()) + " → " + branch.next()));
        row.addClassName("bb-dt-effect");
        Locale locale = getLocale();
        for (Action a : branch.actions()) {
            row.add(TreeDiagram.expression(muted(Translations.get(locale, "decision.evidence.action-with-reason",
                    DecisionWords.action(a).in(locale), TreeTexts.of(a.reason()).in(locale))), a.describe(), locale));
        }
        add(row);
    }

    private static Div evidence(Observation e, Locale locale) {
        Div item = new Div();
        item.addClassName("bb-dt-evidence-item");
        // The workspace's words for a fact, profile or requirement key; anything else (an aggregate over candidates)
        // as the decision writes it in the reader's language.
        String code = e.quantity().english();
        String words = TreeWords.quantity(code, locale);
        String what = (words.equals(code) ? e.quantity().in(locale) : words) + (e.candidate() == null ? "" : " · " + e.candidate());
        Div quantity = strong(what);
        // The words replace the tree's key; the key stays at hand for whoever edits the tree JSON.
        quantity.getElement().setAttribute("title", Translations.get(locale, "decision.tree.key-tooltip", code));
        item.add(quantity);
        // A missing measurement is "no evidence"; other missing values (a requirement not set, no preference
        // tier) are explained by the note.
        boolean missingFact = e.value() == null && Arrays.stream(FactKey.values()).anyMatch(f -> f.key().equals(code));
        // The "answer" observation's value is the test's answer ("unknown"), a code like the step's own answer.
        String compared = "answer".equals(code) && e.value() instanceof String answer ? TreeWords.answer(answer, locale)
                : e.value() != null ? DecisionText.value(e.value(), e.unit(), locale)
                : missingFact ? Translations.get(locale, "decision.value.no-evidence") : "—";
        if (e.op() != null && e.threshold() != null) {
            compared += " " + e.op() + " " + DecisionText.value(e.threshold(), e.unit(), locale);
        }
        Div value = new Div(compared);
        value.addClassName("bb-dt-evidence-value");
        if (missingFact) value.addClassName("bb-dt-no-evidence");
        item.add(value);
        if (!e.sources().isEmpty()) {
            Div sources = new Div(Translations.get(locale, "decision.evidence.from", DecisionText.sources(e.sources(), locale)));
            sources.addClassName("bb-dt-sources");
            item.add(sources);
        }
        if (e.note() != null) item.add(muted(e.note().in(locale)));
        return item;
    }

    /** @param label the label with its colon, as the bundle writes it ("Test: ", "检验：") */
    private static Div line(String label, String text) {
        Span l = new Span(label);
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
