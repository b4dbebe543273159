package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.evaluation.CandidateDraft;
import dev.benchboard.evaluation.CandidateView;
import java.util.function.Function;

/** Add or edit a candidate: framework, version, Go version, notes. */
class CandidateDialog extends Dialog {

    CandidateDialog(CandidateView existing, Function<CandidateDraft, ?> save, Runnable saved) {
        setHeaderTitle(existing == null ? "Add candidate" : "Edit " + existing.name());
        TextField name = new TextField("Name");
        name.setId("candidate-name");
        name.setRequired(true);
        TextField framework = new TextField("Framework profile key");
        framework.setHelperText("gin, echo, fiber, chi, nethttp, fasthttp … (defaults from the name)");
        TextField version = new TextField("Framework version");
        TextField goVersion = new TextField("Go version");
        TextArea notes = new TextArea("Notes");
        if (existing != null) {
            name.setValue(existing.name());
            framework.setValue(existing.framework());
            version.setValue(nullToEmpty(existing.version()));
            goVersion.setValue(nullToEmpty(existing.goVersion()));
            notes.setValue(nullToEmpty(existing.notes()));
        }
        FormLayout form = new FormLayout(name, framework, version, goVersion, notes);
        form.setColspan(notes, 2);
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(form, error);

        Button ok = new Button(existing == null ? "Add" : "Save", click -> {
            try {
                save.apply(new CandidateDraft(name.getValue(), emptyToNull(framework.getValue()),
                        emptyToNull(version.getValue()), emptyToNull(goVersion.getValue()), emptyToNull(notes.getValue())));
                saved.run();
                close();
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        ok.setId("save-candidate");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
