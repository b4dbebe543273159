package dev.benchboard.ui.evaluation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.benchboard.ui.i18n.ComponentTexts;

/**
 * The evaluation pages' confirmation of a destructive action (delete an evaluation, an upload, a candidate):
 * a red confirm button, cancelable, every text in the reader's language (the dialog's own "Cancel" is English).
 */
final class Confirm {

    private Confirm() {
    }

    /** Opens the dialog; {@code owner} gives the reader's language, the texts are already translated. */
    static void destructive(Component owner, String header, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmLabel, confirm -> action.run());
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        ComponentTexts.cancelable(dialog);
        dialog.open();
    }
}
