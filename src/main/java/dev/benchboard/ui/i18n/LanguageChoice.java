package dev.benchboard.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.UserAccounts;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which language a page is drawn in: the one a signed-in user chose in the header (remembered with the
 * account, so it follows them to another browser), otherwise the browser's (Vaadin matches
 * {@code Accept-Language} against the bundles in {@code vaadin-i18n/} by itself).
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    private final UserAccounts accounts;

    LanguageChoice(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> CurrentUser.username()
                .flatMap(accounts::language).flatMap(Languages::fromTag).ifPresent(locale -> apply(init.getUI(), locale)));
    }

    /** The signed-in user picks a language: remembered, and the page is drawn again in it. */
    public void choose(UI ui, Locale locale) {
        CurrentUser.username().ifPresent(user -> accounts.setLanguage(user, locale.toLanguageTag()));
        apply(ui, locale);
        ui.getPage().reload();
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        VaadinSession session = ui.getSession();
        if (session != null) session.setLocale(locale);
    }
}
