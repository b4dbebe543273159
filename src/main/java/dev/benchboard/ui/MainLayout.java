package dev.benchboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.ui.account.ApiTokensView;
import dev.benchboard.ui.account.UsersView;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.ui.glossary.GlossaryView;
import dev.benchboard.ui.i18n.LanguageChoice;
import dev.benchboard.ui.i18n.Languages;
import dev.benchboard.ui.i18n.ComponentTexts;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The workspace frame: title bar, navigation, the signed-in user and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, LanguageChoice languages) {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("bb-app-title");
        Span user = new Span(CurrentUser.username().orElse(""));
        user.setId("current-user");
        Button logout = new Button(getTranslation("header.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // The glossary from every page's header (on a phone from the drawer, where the header has no room).
        Anchor glossary = new Anchor("glossary", getTranslation("nav.glossary"));
        glossary.setId("glossary-link");
        HorizontalLayout account = new HorizontalLayout(glossary, languagePicker(languages), user, logout);
        account.setAlignItems(HorizontalLayout.Alignment.CENTER);
        account.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        DrawerToggle menu = new DrawerToggle();
        menu.setAriaLabel(getTranslation("shell.header.menu"));
        addToNavbar(menu, title, account);
        setI18n(ComponentTexts.appLayout(getLocale()));

        SideNav nav = new SideNav();
        nav.setI18n(ComponentTexts.sideNav(getLocale()));
        nav.addItem(new SideNavItem(getTranslation("nav.evaluations"), EvaluationsView.class, VaadinIcon.SCALE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.api-tokens"), ApiTokensView.class, VaadinIcon.KEY.create()));
        if (CurrentUser.isAdmin()) nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.glossary"), GlossaryView.class, VaadinIcon.BOOK.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Each language named in itself, so a reader who cannot read the current one still finds theirs. */
    private Select<Locale> languagePicker(LanguageChoice languages) {
        Select<Locale> picker = new Select<>();
        picker.setId("language");
        picker.setAriaLabel(getTranslation("header.language"));
        picker.setItems(Languages.SUPPORTED);
        picker.setItemLabelGenerator(locale -> getTranslation(Languages.nameKey(locale)));
        picker.setValue(Languages.fromTag(getLocale().toLanguageTag()).orElse(Languages.ENGLISH));
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) languages.choose(UI.getCurrent(), change.getValue());
        });
        picker.setWidth("9em");
        return picker;
    }
}
