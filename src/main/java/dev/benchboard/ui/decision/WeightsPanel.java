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
    private final Button save = new Button("Save these weights");
    private final Button reset = new Button("Reset");
    private final Consumer<Weights> onChange;
    private Weights saved;
    private Map<String, Double> current;

    WeightsPanel(Weights saved, Consumer<Weights> onChange, Consumer<Weights> onSave) {
        this.saved = saved;
        this.current = new LinkedHashMap<>(saved.asMap());
        this.onChange = onChange;
        setId("weights");
        addClassNames("bb-card", "bb-dt-weights");
        add(new H3("Weights"));
        Div hint = new Div("What-if: moving a weight re-ranks at once; nothing is stored until you save.");
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
        Button defaults = new Button("Defaults", click -> apply(Weights.defaults().asMap(), true));
        defaults.setId("default-weights");
        defaults.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        defaults.setTooltipText("0.2 throughput, 0.25 P99, 0.1 memory, 0.1 GC pause, 0.2 availability, 0.15 ecosystem (not saved)");
        Div buttons = new Div(save, reset, defaults);
        buttons.addClassName("bb-dt-buttons");
        add(buttons, status);
        refreshLabels();
    }

    private Div row(String key) {
        String id = "weight-" + key;
        NativeLabel label = new NativeLabel(Criteria.label(key));
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
        field.setAriaLabel(Criteria.label(key) + " weight");
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
        current.forEach((key, v) -> shares.get(key).setText(sum == 0 ? "–" : "share " + DecisionText.percent(v / sum)));
        boolean dirty = !weights().equals(saved);
        save.setEnabled(dirty);
        reset.setEnabled(dirty);
        status.setText(dirty ? "What-if weights: not saved" : "These are the evaluation's saved weights");
        status.getElement().setAttribute("data-dirty", String.valueOf(dirty));
        status.setClassName("bb-dt-dirty", dirty);
    }
}
