package dev.benchboard.ui.decision;

import dev.benchboard.ui.Confirm;
import dev.benchboard.security.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import dev.benchboard.decision.DataProblem;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.DecisionTrees;
import dev.benchboard.decision.InvalidDecisionDataException;
import dev.benchboard.report.DecisionService;
import dev.benchboard.format.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the tree in force, editable: validate shows every problem with its JSON path; save stores
 * the tree for this evaluation only when it is valid (nothing is saved otherwise); reset goes back to the
 * default tree in data/decision-tree.json.
 */
final class TreeEditor extends Div {

    private final DecisionService decisions;
    private final long evaluationId;
    private final Runnable onTreeChanged;
    private final TextArea json = new TextArea();
    private final Div which = new Div();
    private final Div problems = new Div();
    private final Button reset = new Button();

    TreeEditor(DecisionService decisions, long evaluationId, Runnable onTreeChanged) {
        this.decisions = decisions;
        this.evaluationId = evaluationId;
        this.onTreeChanged = onTreeChanged;
        setId("tree-editor");
        addClassName("bb-dt-editor");

        which.addClassName("bb-dt-small");
        json.setId("tree-json");
        json.setWidthFull();
        json.addClassName("bb-dt-json");
        json.setAriaLabel(getTranslation("decision.editor.aria-label"));
        reset.setText(getTranslation("decision.editor.reset"));
        problems.setId("tree-problems");

        Button validate = new Button(getTranslation("decision.editor.validate"), click -> validate());
        validate.setId("validate-tree");
        Button save = new Button(getTranslation("decision.editor.save"), click -> save());
        save.setVisible(CurrentUser.canEdit());
        reset.setVisible(CurrentUser.canEdit());
        save.setId("save-tree");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("decision.editor.discard"), click -> load());
        discard.setId("discard-tree");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("reset-tree");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(click -> confirmReset());
        Div buttons = new Div(validate, save, discard, reset);
        buttons.addClassName("bb-dt-buttons");
        Div help = new Div(getTranslation("decision.editor.help"));
        help.addClassNames("bb-muted", "bb-dt-small");
        add(which, help, buttons, problems, json);
        load();
    }

    /** Shows the stored tree in force, dropping unsaved edits. */
    void load() {
        json.setValue(decisions.treeJson(evaluationId));
        boolean custom = decisions.hasCustomTree(evaluationId);
        which.setText(getTranslation(custom ? "decision.editor.own-tree" : "decision.editor.default-tree"));
        reset.setEnabled(custom);
        problems.removeAll();
    }

    private DecisionTree validate() {
        problems.removeAll();
        try {
            DecisionTree tree = DecisionTrees.parse(json.getValue());
            problems.add(message(getTranslation("decision.editor.valid", Figures.count(tree.nodes().size()), tree.start()), "bb-dt-ok"));
            return tree;
        } catch (InvalidDecisionDataException invalid) {
            showProblems(invalid.problems());
            return null;
        }
    }

    private void save() {
        DecisionTree tree = validate();
        if (tree == null) return;
        try {
            decisions.saveTree(evaluationId, json.getValue());
        } catch (InvalidDecisionDataException invalid) {
            showProblems(invalid.problems());
            return;
        }
        List<String> dropped = dropUndeclaredOverrides(tree);
        load();
        problems.add(message(dropped.isEmpty() ? getTranslation("decision.editor.saved")
                : getTranslation("decision.editor.saved-dropped", String.join(", ", dropped)), "bb-dt-ok"));
        onTreeChanged.run();
    }

    /** An override of a parameter the tree no longer declares would make every decision fail; it goes with the old tree. */
    private List<String> dropUndeclaredOverrides(DecisionTree tree) {
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, Double> o : decisions.parameters(evaluationId).entrySet()) {
            if (!tree.parameters().containsKey(o.getKey())) {
                decisions.setParameter(evaluationId, o.getKey(), null);
                dropped.add(o.getKey() + " = " + Figures.precise(o.getValue()));
            }
        }
        return dropped;
    }

    private void confirmReset() {
        Confirm.destructive(getTranslation("decision.editor.reset.confirm.title"),
                getTranslation("decision.editor.reset.confirm.text"), getTranslation("decision.editor.reset.confirm"), () -> {
                    decisions.resetTree(evaluationId);
                    List<String> dropped = dropUndeclaredOverrides(decisions.tree(evaluationId));
                    load();
                    problems.add(message(dropped.isEmpty() ? getTranslation("decision.editor.reset.done")
                            : getTranslation("decision.editor.reset.done-dropped", String.join(", ", dropped)), "bb-dt-ok"));
                    onTreeChanged.run();
                });
    }

    private void showProblems(List<DataProblem> list) {
        problems.removeAll();
        problems.add(message(getTranslation("decision.editor.not-saved", Figures.count(list.size(),
                getTranslation("decision.editor.problem.one"), getTranslation("decision.editor.problem.other"))), "bb-dt-error"));
        UnorderedList items = new UnorderedList();
        for (DataProblem p : list) {
            Span path = new Span(p.path());
            path.addClassName("bb-dt-path");
            ListItem item = new ListItem(path, new Span(" " + p.message()));
            item.addClassName("bb-dt-problem");
            items.add(item);
        }
        problems.add(items);
    }

    private static Div message(String text, String className) {
        Div div = new Div(text);
        div.addClassName(className);
        return div;
    }
}
