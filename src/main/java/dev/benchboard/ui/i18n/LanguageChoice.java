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
 * account, so it follows them to another browser and to their next sign-in), otherwise the browser's (Vaadin
 * matches {@code Accept-Language} against {@link BundleTranslations}' languages by itself). The page's
 * {@code <html lang>} says the same, for screen readers, hyphenation and the browser's own fonts and translation.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {

    private final UserAccounts accounts;

    LanguageChoice(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            CurrentUser.username().flatMap(accounts::language).flatMap(Languages::fromTag).ifPresent(locale -> apply(ui, locale));
            ui.getPage().executeJs("document.documentElement.lang = $0", htmlLang(ui.getLocale()));
            ComponentTexts.connectionLost(ui.getReconnectDialogConfiguration(), ui.getLocale());
        });
    }

    /** The {@code <html lang>} of a page drawn in {@code locale}: one of ours ("en", "zh-CN"), English otherwise. */
    static String htmlLang(Locale locale) {
        return Languages.fromTag(locale == null ? null : locale.toLanguageTag()).orElse(Languages.ENGLISH).toLanguageTag();
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
