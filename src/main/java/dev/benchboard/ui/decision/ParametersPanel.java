package dev.benchboard.ui.decision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.NumberField;
import dev.benchboard.decision.DecisionTree;
import dev.benchboard.decision.TreeTexts;
import dev.benchboard.format.Figures;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The tree's named numbers (such as maxInstances) with the tree's own description of each; a value set
 * here overrides the tree's default for this evaluation and is stored at once.
 */
final class ParametersPanel extends Div {

    private final BiConsumer<String, Double> onSet;

    /** @param onSet called with a parameter name and its new value, or null to go back to the tree default */
    ParametersPanel(BiConsumer<String, Double> onSet) {
        this.onSet = onSet;
        setId("tree-parameters");
        addClassNames("bb-card", "bb-dt-parameters");
    }

    void render(DecisionTree tree, Map<String, Double> overrides) {
        removeAll();
        add(new H3(getTranslation("decision.parameters.title")));
        if (tree.parameters().isEmpty()) {
            add(NodeEvidencePanel.muted(getTranslation("decision.parameters.none")));
            return;
        }
        tree.parameters().forEach((name, parameter) -> {
            Double override = overrides.get(name);
            NumberField field = new NumberField(TreeWords.parameter(name, parameter.unit(), getLocale()));
            // The name the tree JSON uses, for whoever edits the tree.
            field.getElement().setAttribute("data-parameter", name);
            field.setId("param-" + DecisionText.slug(name));
            field.setValue(override != null ? override : parameter.value());
            field.setHelperText(parameter.description() == null ? null : TreeTexts.of(parameter.description()).in(getLocale()));
            field.addClassName("bb-dt-parameter");
            field.addValueChangeListener(e -> {
                if (!e.isFromClient()) return;
                if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                    field.setErrorMessage(getTranslation("decision.parameters.invalid"));
                    field.setInvalid(true);
                    return;
                }
                field.setInvalid(false);
                onSet.accept(name, e.getValue());
            });
            Div state = new Div(getTranslation(override == null ? "decision.parameters.default-in-use"
                    : "decision.parameters.overridden", Figures.precise(parameter.value())));
            state.addClassNames("bb-muted", "bb-dt-small");
            Button useDefault = new Button(getTranslation("decision.parameters.use-default"), click -> onSet.accept(name, null));
            useDefault.setId("param-default-" + DecisionText.slug(name));
            useDefault.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            useDefault.setEnabled(override != null);
            Div row = new Div(field, state, useDefault);
            row.addClassName("bb-dt-parameter-row");
            add(row);
        });
    }
}
