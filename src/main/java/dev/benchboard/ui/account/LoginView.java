package dev.benchboard.ui.account;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.benchboard.security.CurrentUser;
import dev.benchboard.security.LoginThrottledException;
import dev.benchboard.ui.evaluation.EvaluationsView;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sign-in. The form posts natively to /login with Spring's CSRF token (which the form takes from the
 * page's meta tags), where Spring Security checks the password (and the login throttle); failures come
 * back as /login?error, /login?error=throttled&amp;wait=seconds or /login?error=form (no valid CSRF token).
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Benchboard")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        notice.setId("login-notice");
        notice.setVisible(false);
        add(new H1("Benchboard"), notice, form);
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
                form.showErrorMessage("Too many failed sign-ins",
                        "After repeated failures for this user name from this address (or from this address), "
                                + "sign-in pauses for a while; each further failure doubles the pause. "
                                + waitText(query.get("wait")));
            } else if (error.contains("form")) {
                form.showErrorMessage("The sign-in form had expired",
                        "It was older than your session, or was sent from another site. Sign in again here.");
            } else {
                form.showErrorMessage("Incorrect user name or password",
                        "Check them and try again. Accounts can also be disabled by an admin.");
            }
        } else if (query.containsKey("expired")) {
            show("You were signed out because an admin changed your account. Sign in again.");
        } else if (query.containsKey("logout")) {
            show("You have signed out.");
        }
    }

    /** The wait the server asked for; only digits are taken from the address bar, never other text. */
    static String waitText(List<String> wait) {
        String seconds = wait == null || wait.isEmpty() ? "" : wait.getFirst();
        if (!seconds.matches("[0-9]{1,6}")) return "Wait a little, then try again.";
        return "Try again in " + LoginThrottledException.describe(Duration.ofSeconds(Long.parseLong(seconds))) + ".";
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
