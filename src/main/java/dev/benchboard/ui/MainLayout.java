package dev.benchboard.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.ui.account.ApiTokensView;
import dev.benchboard.ui.account.UsersView;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.ui.glossary.GlossaryView;
import jakarta.annotation.security.PermitAll;

/** The workspace frame: title bar, navigation, the signed-in user and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span title = new Span("Benchboard");
        title.addClassName("bb-app-title");
        Span user = new Span(CurrentUser.username().orElse(""));
        user.setId("current-user");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // The glossary from every page's header (on a phone from the drawer, where the header has no room).
        Anchor glossary = new Anchor("glossary", "Glossary");
        glossary.setId("glossary-link");
        HorizontalLayout account = new HorizontalLayout(glossary, user, logout);
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        account.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), title, account);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Evaluations", EvaluationsView.class, VaadinIcon.SCALE.create()));
        nav.addItem(new SideNavItem("API tokens", ApiTokensView.class, VaadinIcon.KEY.create()));
        if (CurrentUser.isAdmin()) nav.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem("Glossary", GlossaryView.class, VaadinIcon.BOOK.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
