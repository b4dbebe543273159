package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.benchboard.security.UserAccounts;

/** A user changes their own password (the current one is required). */
class PasswordDialog extends Dialog {

    PasswordDialog(UserAccounts accounts, String username) {
        setHeaderTitle("Change your password");
        PasswordField current = new PasswordField("Current password");
        PasswordField replacement = new PasswordField("New password");
        replacement.setHelperText("at least 12 characters");
        PasswordField repeat = new PasswordField("New password again");
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new VerticalLayout(current, replacement, repeat, error));
        Button save = new Button("Change password", click -> {
            if (!replacement.getValue().equals(repeat.getValue())) {
                error.setText("the new passwords differ");
                return;
            }
            try {
                accounts.changeOwnPassword(username, current.getValue(), replacement.getValue());
                close();
                Notification.show("Password changed");
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
