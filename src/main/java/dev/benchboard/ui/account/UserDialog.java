package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.benchboard.security.Role;
import dev.benchboard.security.UserAccount;
import dev.benchboard.security.UserAccounts;

/** Create a user, or set a user's password (admin). */
class UserDialog extends Dialog {

    private final Span error = new Span();

    static UserDialog create(UserAccounts accounts, Runnable saved) {
        UserDialog dialog = new UserDialog("New user");
        TextField username = new TextField("User name");
        username.setId("user-name");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("user-role");
        role.setItems(Role.values());
        role.setValue(Role.VIEWER);
        PasswordField password = new PasswordField("Initial password");
        password.setId("user-password");
        password.setHelperText("at least 12 characters; tell it to the user, who can change it under API tokens");
        dialog.add(new VerticalLayout(username, role, password, dialog.error));
        dialog.footer("Create user", () -> accounts.create(username.getValue(), role.getValue(), password.getValue()), saved);
        return dialog;
    }

    static UserDialog resetPassword(UserAccounts accounts, UserAccount user, Runnable saved) {
        UserDialog dialog = new UserDialog("Set the password of " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("at least 12 characters; the user is signed out");
        dialog.add(new VerticalLayout(password, dialog.error));
        dialog.footer("Set password", () -> accounts.resetPassword(user.id(), password.getValue()), saved);
        return dialog;
    }

    private UserDialog(String title) {
        setHeaderTitle(title);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void footer(String action, Runnable save, Runnable saved) {
        Button ok = new Button(action, click -> {
            try {
                save.run();
                close();
                saved.run();
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
            }
        });
        ok.setId("save-user");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), ok);
    }
}
