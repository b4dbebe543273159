package dev.benchboard.ui.account;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.LoginThrottledException;
import dev.benchboard.ui.evaluation.EvaluationsView;
import dev.benchboard.format.Figures;
import dev.benchboard.ui.i18n.Translations;
import dev.benchboard.ui.i18n.ComponentTexts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sign-in. The form posts natively to /login with Spring's CSRF token (which the form takes from the
 * page's meta tags), where Spring Security checks the password (and the login throttle); failures come
 * back as /login?error, /login?error=throttled&amp;wait=seconds or /login?error=form (no valid CSRF token).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(ComponentTexts.login(getLocale()));
        ComponentTexts.revealButton(getLocale(), form);
        notice.setId("login-notice");
        notice.setVisible(false);
        add(new H1(getTranslation("app.title")), notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.username().isPresent()) {
            event.forwardTo(EvaluationsView.class);
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("error")) {
            List<String> error = query.get("error");
            if (error.contains("throttled")) {
                form.showErrorMessage(getTranslation("login.throttled.title"),
                        getTranslation("login.throttled.text") + " " + waitText(getLocale(), query.get("wait")));
            } else if (error.contains("form")) {
                form.showErrorMessage(getTranslation("login.expired-form.title"), getTranslation("login.expired-form.text"));
            } else {
                form.showErrorMessage(getTranslation("login.incorrect.title"), getTranslation("login.incorrect.text"));
            }
        } else if (query.containsKey("expired")) {
            show(getTranslation("login.signed-out-by-admin"));
        } else if (query.containsKey("logout")) {
            show(getTranslation("login.signed-out"));
        }
    }

    /** The wait the server asked for; only digits are taken from the address bar, never other text. */
    static String waitText(Locale locale, List<String> wait) {
        String seconds = wait == null || wait.isEmpty() ? "" : wait.getFirst();
        if (!seconds.matches("[0-9]{1,6}")) return Translations.get(locale, "login.wait-a-little");
        LoginThrottledException.Wait pause = LoginThrottledException.Wait.of(Duration.ofSeconds(Long.parseLong(seconds)));
        String unit = pause.minutes() ? "login.wait.minute" : "login.wait.second";
        return Translations.get(locale, "login.try-again-in", Figures.count(pause.amount(),
                Translations.get(locale, unit + ".one"), Translations.get(locale, unit + ".other")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
