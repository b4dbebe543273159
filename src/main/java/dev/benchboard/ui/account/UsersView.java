package dev.benchboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.benchboard.security.Role;
import dev.benchboard.security.Roles;
import dev.benchboard.security.UserAccount;
import dev.benchboard.security.UserAccounts;
import dev.benchboard.ui.Format;
import jakarta.annotation.security.RolesAllowed;

/** Admins manage users: create with a role and initial password, change role, disable, reset password. */
@Route("users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccounts accounts;
    private final Grid<UserAccount> grid = new Grid<>();

    public UsersView(UserAccounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        Button create = new Button(getTranslation("account.user.new"), VaadinIcon.PLUS.create(),
                click -> UserDialog.create(accounts, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("account.users.title")), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(header, new Paragraph(getTranslation("account.users.intro")));

        grid.setId("users");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("account.users.column.user")).setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("account.user.role")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "account.users.enabled" : "account.users.disabled"))
                .setHeader(getTranslation("account.tokens.column.status")).setAutoWidth(true);
        grid.addColumn(u -> Format.instant(u.createdAt())).setHeader(getTranslation("account.tokens.column.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(grid);
        refresh();
    }

    private Select<Role> roleSelect(UserAccount user) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> UserDialog.roleName(this, r));
        role.setValue(user.role());
        role.setAriaLabel(getTranslation("account.users.role-of", user.username()));
        role.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) return;
            attempt(() -> accounts.changeRole(user.id(), change.getValue()));
        });
        return role;
    }

    private HorizontalLayout actions(UserAccount user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "account.users.disable" : "account.users.enable"),
                click -> attempt(() -> accounts.setEnabled(user.id(), !user.enabled())));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (user.enabled()) toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        toggle.setAriaLabel(getTranslation(user.enabled() ? "account.users.disable.aria" : "account.users.enable.aria",
                user.username()));
        Button reset = new Button(getTranslation("account.user.reset"), click -> UserDialog.resetPassword(accounts, user, this::refresh).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(toggle, reset);
    }

    /** Runs a change; a refused one (e.g. demoting the last admin) is explained and the grid restored. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.users.page-title");
    }
}
