package dev.benchboard.ui.account;

import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.ComponentTexts;
import com.vaadin.flow.component.Component;
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
import java.util.Locale;

/** Create a user, or set a user's password (admin). */
class UserDialog extends Dialog {

    private final Span error = new Span();

    static UserDialog create(UserAccounts accounts, Runnable saved) {
        UserDialog dialog = new UserDialog("account.user.new");
        TextField username = new TextField(dialog.getTranslation("account.user.name"));
        username.setId("user-name");
        Select<Role> role = new Select<>();
        role.setLabel(dialog.getTranslation("account.user.role"));
        role.setId("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> roleName(dialog, r));
        role.setValue(Role.VIEWER);
        PasswordField password = new PasswordField(dialog.getTranslation("account.user.initial-password"));
        password.setId("user-password");
        ComponentTexts.revealButton(Languages.of(dialog), password);
        password.setHelperText(dialog.getTranslation("account.user.initial-password.helper"));
        dialog.add(new VerticalLayout(username, role, password, dialog.error));
        dialog.footer("account.user.create", () -> accounts.create(username.getValue(), role.getValue(), password.getValue()), saved);
        return dialog;
    }

    static UserDialog resetPassword(UserAccounts accounts, UserAccount user, Runnable saved) {
        UserDialog dialog = new UserDialog("account.user.reset.title", user.username());
        PasswordField password = new PasswordField(dialog.getTranslation("account.password.new"));
        ComponentTexts.revealButton(Languages.of(dialog), password);
        password.setHelperText(dialog.getTranslation("account.user.reset.helper"));
        dialog.add(new VerticalLayout(password, dialog.error));
        dialog.footer("account.user.reset", () -> accounts.resetPassword(user.id(), password.getValue()), saved);
        return dialog;
    }

    /** A role in words ("viewer", "只读用户"), never its constant's name. */
    static String roleName(Component reader, Role role) {
        return reader.getTranslation("account.role." + role.name().toLowerCase(Locale.ROOT));
    }

    private UserDialog(String titleKey, Object... arguments) {
        setHeaderTitle(getTranslation(titleKey, arguments));
        error.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void footer(String actionKey, Runnable save, Runnable saved) {
        Button ok = new Button(getTranslation(actionKey), click -> {
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
        getFooter().add(new Button(getTranslation("account.cancel"), click -> close()), ok);
    }
}
