package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.evaluation.EvaluationDetails;
import dev.benchboard.evaluation.EvaluationDraft;
import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import java.math.BigDecimal;
import java.util.function.Consumer;

/** Create or edit an evaluation: name, requirements, weights and statistics settings. */
class EvaluationDialog extends Dialog {

    private final TextField name = new TextField(getTranslation("evaluation.dialog.name"));
    private final TextArea description = new TextArea(getTranslation("evaluation.dialog.description"));
    private final NumberField targetQps = number(getTranslation("evaluation.dialog.target-peak-load"), "req/s");
    private final NumberField p99Slo = number(getTranslation("evaluation.dialog.p99-slo"), "ms");
    private final NumberField availabilitySlo = number(getTranslation("evaluation.dialog.availability-slo"), "%");
    private final NumberField headroom = number(getTranslation("evaluation.dialog.headroom"), "%");
    private final IntegerField redundancy = new IntegerField(getTranslation("evaluation.dialog.redundancy"));
    private final IntegerField cores = new IntegerField(getTranslation("evaluation.dialog.instance-cores"));
    private final NumberField memory = number(getTranslation("evaluation.dialog.instance-memory"), "GB");
    private final NumberField cost = number(getTranslation("evaluation.dialog.cost"), "$");
    private final Checkbox netHttp = new Checkbox(getTranslation("evaluation.dialog.net-http"));
    private final Checkbox http2 = new Checkbox(getTranslation("evaluation.dialog.http2"));
    private final Checkbox websocket = new Checkbox(getTranslation("evaluation.dialog.websocket"));
    private final Checkbox ecosystem = new Checkbox(getTranslation("evaluation.dialog.ecosystem-priority"));
    private final Checkbox maintainability = new Checkbox(getTranslation("evaluation.dialog.maintainability-priority"));
    private final NumberField wThroughput = number(getTranslation("evaluation.dialog.weight.throughput"), null);
    private final NumberField wP99 = number(getTranslation("evaluation.dialog.weight.p99"), null);
    private final NumberField wMemory = number(getTranslation("evaluation.dialog.weight.memory"), null);
    private final NumberField wGc = number(getTranslation("evaluation.dialog.weight.gc-pause"), null);
    private final NumberField wAvailability = number(getTranslation("evaluation.dialog.weight.availability"), null);
    private final NumberField wEcosystem = number(getTranslation("evaluation.dialog.weight.ecosystem"), null);
    private final NumberField alpha = number(getTranslation("evaluation.dialog.alpha"), null);
    private final NumberField threshold = number(getTranslation("evaluation.dialog.threshold"), "%");
    private final IntegerField resamples = new IntegerField(getTranslation("evaluation.dialog.resamples"));
    private final IntegerField seed = new IntegerField(getTranslation("evaluation.dialog.seed"));
    private final Span error = new Span();

    static EvaluationDialog create(EvaluationService service, Consumer<EvaluationDetails> saved) {
        return new EvaluationDialog(service, null, saved);
    }

    static EvaluationDialog edit(EvaluationService service, EvaluationDetails existing, Consumer<EvaluationDetails> saved) {
        return new EvaluationDialog(service, existing, saved);
    }

    private EvaluationDialog(EvaluationService service, EvaluationDetails existing, Consumer<EvaluationDetails> saved) {
        setHeaderTitle(existing == null ? getTranslation("evaluation.list.new")
                : getTranslation("evaluation.edit-named", existing.name()));
        setWidth("min(760px, 100vw)");
        name.setId("evaluation-name");
        name.setRequired(true);
        name.setWidthFull();
        description.setWidthFull();
        // Stable ids for the requirements the capacity plan and the decision read (browser tests find them).
        targetQps.setId("evaluation-target-qps");
        p99Slo.setId("evaluation-p99-slo");
        availabilitySlo.setId("evaluation-availability-slo");
        headroom.setId("evaluation-headroom");
        redundancy.setId("evaluation-redundancy");
        availabilitySlo.setHelperText(getTranslation("evaluation.dialog.availability-slo.helper"));
        headroom.setHelperText(getTranslation("evaluation.dialog.headroom.helper"));

        FormLayout requirements = new FormLayout(targetQps, p99Slo, availabilitySlo, headroom, redundancy, cores,
                memory, cost);
        requirements.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        FormLayout needs = new FormLayout(netHttp, http2, websocket, ecosystem, maintainability);
        needs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout weights = new FormLayout(wThroughput, wP99, wMemory, wGc, wAvailability, wEcosystem);
        weights.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 3));
        FormLayout settings = new FormLayout(alpha, threshold, resamples, seed);
        settings.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("500px", 4));

        Details weightDetails = new Details(getTranslation("evaluation.dialog.weights"), weights);
        Details settingDetails = new Details(getTranslation("evaluation.dialog.statistics"), settings);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(name, description, new Span(getTranslation("evaluation.requirements")), requirements, needs, weightDetails, settingDetails, error);

        fill(existing == null ? EvaluationDraft.named("x") : existing.toDraft(), existing == null);

        Button save = new Button(getTranslation(existing == null ? "evaluation.dialog.create" : "evaluation.save"), click -> {
            try {
                EvaluationDraft draft = draft();
                saved.accept(existing == null ? service.create(draft) : service.update(existing.id(), draft));
                close();
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        save.setId("save-evaluation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), save);
    }

    private void fill(EvaluationDraft draft, boolean blankName) {
        name.setValue(blankName ? "" : draft.name());
        description.setValue(draft.description() == null ? "" : draft.description());
        Requirements r = draft.requirements();
        targetQps.setValue(r.targetQps());
        p99Slo.setValue(r.p99SloMs());
        availabilitySlo.setValue(r.availabilitySlo() == null ? null : movePoint(r.availabilitySlo(), 2));
        headroom.setValue(r.headroomPercent());
        redundancy.setValue(r.redundancy());
        cores.setValue(r.instanceCores());
        memory.setValue(r.instanceMemoryGb());
        cost.setValue(r.costPerInstanceHour());
        netHttp.setValue(r.netHttpCompatibility());
        http2.setValue(r.http2());
        websocket.setValue(r.websocket());
        ecosystem.setValue(r.ecosystemPriority());
        maintainability.setValue(r.maintainabilityPriority());
        Weights w = draft.weights();
        wThroughput.setValue(w.throughput());
        wP99.setValue(w.p99());
        wMemory.setValue(w.memory());
        wGc.setValue(w.gcPause());
        wAvailability.setValue(w.availability());
        wEcosystem.setValue(w.ecosystem());
        StatisticsSettings s = draft.settings();
        alpha.setValue(s.alpha());
        threshold.setValue(s.practicalThresholdPercent());
        resamples.setValue(s.bootstrapResamples());
        seed.setValue((int) s.randomSeed());
    }

    private EvaluationDraft draft() {
        Requirements requirements = new Requirements(targetQps.getValue(), p99Slo.getValue(),
                availabilitySlo.getValue() == null ? null : movePoint(availabilitySlo.getValue(), -2), headroom.getValue(),
                redundancy.getValue(), cores.getValue(), memory.getValue(), cost.getValue(), netHttp.getValue(),
                http2.getValue(), websocket.getValue(), ecosystem.getValue(), maintainability.getValue());
        Weights weights = new Weights(required(wThroughput), required(wP99), required(wMemory), required(wGc),
                required(wAvailability), required(wEcosystem));
        if (alpha.getValue() == null || alpha.getValue() <= 0 || alpha.getValue() >= 0.5) {
            throw new IllegalArgumentException(getTranslation("evaluation.dialog.alpha.invalid", alpha.getLabel()));
        }
        if (resamples.getValue() == null || resamples.getValue() < 100) {
            throw new IllegalArgumentException(getTranslation("evaluation.dialog.resamples.invalid", resamples.getLabel()));
        }
        StatisticsSettings settings = new StatisticsSettings(alpha.getValue(), required(threshold),
                resamples.getValue(), seed.getValue() == null ? 42 : seed.getValue());
        return new EvaluationDraft(name.getValue(), description.getValue().isBlank() ? null : description.getValue(),
                requirements, weights, settings);
    }

    /**
     * Percent ↔ fraction in decimal, so 99.9 % is stored as 0.999 (99.9 / 100 in binary floating point
     * is 0.9990000000000001, which the error budget and every export would then carry).
     */
    private static double movePoint(double value, int places) {
        return BigDecimal.valueOf(value).movePointRight(places).doubleValue();
    }

    private static double required(NumberField field) {
        Double value = field.getValue();
        if (value == null || value < 0) throw new IllegalArgumentException(field.getTranslation("evaluation.dialog.expected-non-negative", field.getLabel()));
        return value;
    }

    private static NumberField number(String label, String unit) {
        NumberField field = new NumberField(label);
        if (unit != null) field.setSuffixComponent(new Span(unit));
        return field;
    }
}
