package dev.benchboard.ui.account;

import dev.benchboard.ui.i18n.ComponentTexts;
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
        setHeaderTitle(getTranslation("account.password.title"));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField replacement = new PasswordField(getTranslation("account.password.new"));
        replacement.setHelperText(getTranslation("account.password.new.helper"));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        ComponentTexts.revealButton(getLocale(), current, replacement, repeat);
        Span error = new Span();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new VerticalLayout(current, replacement, repeat, error));
        Button save = new Button(getTranslation("account.password.save"), click -> {
            if (!replacement.getValue().equals(repeat.getValue())) {
                error.setText(getTranslation("account.password.differ"));
                return;
            }
            try {
                accounts.changeOwnPassword(username, current.getValue(), replacement.getValue());
                close();
                Notification.show(getTranslation("account.password.changed"));
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("account.cancel"), click -> close()), save);
    }
}
