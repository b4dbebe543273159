package dev.benchboard.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.benchboard.ui.i18n.ComponentTexts;

/**
 * The confirmation of a destructive action (delete an evaluation, an upload or a candidate, revoke a link or a
 * token, reset the decision tree):
 * a red confirm button, cancelable, every text in the reader's language (the dialog's own "Cancel" is English).
 */
public final class Confirm {

    private Confirm() {
    }

    /** Opens the dialog; the texts are already translated, its Cancel is in the dialog's language. */
    public static void destructive(String header, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmLabel, confirm -> action.run());
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        ComponentTexts.cancelable(dialog);
        dialog.open();
    }
}
