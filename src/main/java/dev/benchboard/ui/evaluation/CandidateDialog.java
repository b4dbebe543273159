package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinService;
import dev.benchboard.decision.FrameworkProfile;
import dev.benchboard.decision.FrameworkProfiles;
import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.CandidateView;
import dev.benchboard.evaluation.Frameworks;
import dev.benchboard.evaluation.TextLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Add or edit a candidate: a free-text name, the framework profile picked from frameworks.json (for a
 * new candidate preset to the profile its name matches, until the user picks one), versions and notes.
 */
class CandidateDialog extends Dialog {

    private boolean profilePicked;

    CandidateDialog(CandidateView existing, Function<CandidateDraft, ?> save, Runnable saved) {
        Frameworks frameworks = VaadinService.getCurrent().getInstantiator().getOrCreate(Frameworks.class);
        setHeaderTitle(existing == null ? getTranslation("evaluation.candidate.add")
                : getTranslation("evaluation.edit-named", existing.name()));
        TextField name = new TextField(getTranslation("evaluation.candidate.name"));
        name.setId("candidate-name");
        name.setRequired(true);
        name.setMaxLength(TextLimits.CANDIDATE_NAME);
        name.setHelperText(getTranslation("evaluation.candidate.name.helper"));

        Map<String, String> labels = new LinkedHashMap<>();
        for (FrameworkProfile p : frameworks.profiles()) labels.put(p.key(), p.displayName() + " (" + p.key() + ")");
        labels.put(FrameworkProfiles.NONE, getTranslation("evaluation.candidate.no-profile"));
        List<String> keys = new ArrayList<>(labels.keySet());
        ComboBox<String> framework = new ComboBox<>(getTranslation("evaluation.candidate.profile"), keys);
        framework.setId("candidate-framework");
        framework.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        framework.setAllowCustomValue(false);

        TextField version = new TextField(getTranslation("evaluation.candidate.framework-version"));
        version.setMaxLength(TextLimits.CANDIDATE_VERSION);
        TextField goVersion = new TextField(getTranslation("evaluation.candidate.go-version"));
        goVersion.setMaxLength(TextLimits.CANDIDATE_VERSION);
        TextArea notes = new TextArea(getTranslation("evaluation.candidate.notes"));
        notes.setMaxLength(TextLimits.CANDIDATE_NOTES);
        if (existing != null) {
            name.setValue(existing.name());
            framework.setValue(existing.framework() == null || !labels.containsKey(existing.framework())
                    ? FrameworkProfiles.NONE : existing.framework());
            if (existing.framework() != null && !labels.containsKey(existing.framework())) {
                framework.setHelperText(getTranslation("evaluation.candidate.profile.unknown", existing.framework()));
            }
            profilePicked = true;
            version.setValue(nullToEmpty(existing.version()));
            goVersion.setValue(nullToEmpty(existing.goVersion()));
            notes.setValue(nullToEmpty(existing.notes()));
        } else {
            framework.setValue(FrameworkProfiles.NONE);
            framework.setHelperText(getTranslation("evaluation.candidate.profile.matched"));
            name.setValueChangeMode(ValueChangeMode.LAZY);
            name.addValueChangeListener(change -> {
                if (profilePicked) return;
                String matched = frameworks.match(change.getValue());
                framework.setValue(matched == null ? FrameworkProfiles.NONE : matched);
            });
        }
        framework.addValueChangeListener(change -> {
            if (change.isFromClient()) profilePicked = true;
        });
        FormLayout form = new FormLayout(name, framework, version, goVersion, notes);
        form.setColspan(notes, 2);
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, error);

        Button ok = new Button(getTranslation(existing == null ? "evaluation.candidate.add-button" : "evaluation.save"), click -> {
            try {
                String picked = framework.getValue() == null ? FrameworkProfiles.NONE : framework.getValue();
                save.apply(new CandidateDraft(name.getValue(), picked,
                        emptyToNull(version.getValue()), emptyToNull(goVersion.getValue()), emptyToNull(notes.getValue())));
                saved.run();
                close();
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        ok.setId("save-candidate");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("evaluation.cancel"), click -> close()), ok);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
