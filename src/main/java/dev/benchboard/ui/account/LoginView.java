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
import dev.benchboard.ui.evaluation.EvaluationsView;
import java.util.List;
import java.util.Map;

/**
 * Sign-in. The form posts natively to /login, where Spring Security checks the password (and the
 * login throttle); failures come back as /login?error or /login?error=throttled.
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
            if (query.get("error").contains("throttled")) {
                form.showErrorMessage("Too many failed sign-ins",
                        "Sign-in is paused for this user name or from this address after repeated failures. "
                                + "Wait a few minutes, then try again.");
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

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }
}
