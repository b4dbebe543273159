package dev.benchboard.ui.decision;

import dev.benchboard.security.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.benchboard.evaluation.Weights;
import dev.benchboard.format.Figures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One slider per criterion weight (with a number field for exact values). Moving one is a what-if: the
 * view recomputes the ranking and the sensitivity with these weights without saving them; "Save these
 * weights" stores them on the evaluation, "Reset" goes back to the stored ones.
 */
final class WeightsPanel extends Div {

    private final Map<String, RangeInput> sliders = new LinkedHashMap<>();
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Map<String, Span> shares = new LinkedHashMap<>();
    private final Span status = new Span();
    private final Button save = new Button();
    private final Button reset = new Button();
    private final Consumer<Weights> onChange;
    private Weights saved;
    private Map<String, Double> current;

    WeightsPanel(Weights saved, Consumer<Weights> onChange, Consumer<Weights> onSave) {
        this.saved = saved;
        this.current = new LinkedHashMap<>(saved.asMap());
        this.onChange = onChange;
        setId("weights");
        addClassNames("bb-card", "bb-dt-weights");
        save.setText(getTranslation("decision.weights.save"));
        reset.setText(getTranslation("decision.weights.reset"));
        add(new H3(getTranslation("decision.weights.title")));
        Div hint = new Div(getTranslation("decision.weights.hint"));
        hint.addClassNames("bb-muted", "bb-dt-small");
        add(hint);
        for (String key : Criteria.KEYS) add(row(key));

        status.setId("weights-status");
        status.addClassName("bb-dt-small");
        save.setId("save-weights");
        save.setVisible(CurrentUser.canEdit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> onSave.accept(weights()));
        reset.setId("reset-weights");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addClickListener(click -> apply(this.saved.asMap(), true));
        Button defaults = new Button(getTranslation("decision.weights.defaults"), click -> apply(Weights.defaults().asMap(), true));
        defaults.setId("default-weights");
        defaults.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        defaults.setTooltipText(getTranslation("decision.weights.defaults.tooltip"));
        Div buttons = new Div(save, reset, defaults);
        buttons.addClassName("bb-dt-buttons");
        add(buttons, status);
        refreshLabels();
    }

    private Div row(String key) {
        String id = "weight-" + key;
        NativeLabel label = new NativeLabel(Criteria.label(key, getLocale()));
        label.setFor(id);
        label.addClassName("bb-dt-weight-label");

        RangeInput slider = new RangeInput(ValueChangeMode.ON_CHANGE);
        slider.setId(id);
        slider.setMin(0);
        slider.setMax(1);
        slider.setStep(0.01);
        slider.setValue(Math.min(1, current.get(key)));
        slider.addClassName("bb-dt-slider");
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) changed(key, round(e.getValue()), false);
        });

        NumberField field = new NumberField();
        field.setId(id + "-value");
        field.setMin(0);
        field.setStep(0.01);
        field.setValue(current.get(key));
        field.setAriaLabel(getTranslation("decision.weights.aria-label", Criteria.label(key, getLocale())));
        field.addClassName("bb-dt-weight-field");
        field.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            Double v = e.getValue();
            if (v == null || v < 0 || !Double.isFinite(v)) field.setValue(current.get(key));
            else changed(key, v, true);
        });

        Span share = new Span();
        share.addClassNames("bb-muted", "bb-dt-small", "bb-dt-share");
        share.setId(id + "-share");
        sliders.put(key, slider);
        fields.put(key, field);
        shares.put(key, share);
        Div row = new Div(label, slider, field, share);
        row.addClassName("bb-dt-weight-row");
        return row;
    }

    /** Sliders move in steps of 0.01; keep the value on that grid so 0.29999… shows and computes as 0.3. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void changed(String key, double value, boolean fromField) {
        current.put(key, value);
        if (fromField) sliders.get(key).setValue(Math.min(1, value));
        else fields.get(key).setValue(value);
        refreshLabels();
        onChange.accept(weights());
    }

    private void apply(Map<String, Double> values, boolean notify) {
        current = new LinkedHashMap<>(values);
        current.forEach((key, v) -> {
            sliders.get(key).setValue(Math.min(1, v));
            fields.get(key).setValue(v);
        });
        refreshLabels();
        if (notify) onChange.accept(weights());
    }

    /** After a save: the stored weights are these. */
    void saved(Weights weights) {
        saved = weights;
        refreshLabels();
    }

    Weights weights() {
        return Weights.fromMap(current);
    }

    private void refreshLabels() {
        double sum = current.values().stream().mapToDouble(Double::doubleValue).sum();
        current.forEach((key, v) -> shares.get(key).setText(sum == 0 ? Figures.NONE
                : getTranslation("decision.weights.share", DecisionText.percent(v / sum))));
        boolean dirty = !weights().equals(saved);
        save.setEnabled(dirty);
        reset.setEnabled(dirty);
        status.setText(getTranslation(dirty ? "decision.weights.not-saved" : "decision.weights.saved"));
        status.getElement().setAttribute("data-dirty", String.valueOf(dirty));
        status.setClassName("bb-dt-dirty", dirty);
    }
}
