package dev.benchboard.ui.share;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Makes the first request for a shared report answer with the right HTTP status. By default Vaadin
 * sends a neutral page and routes in a second request, so every address would be "200 OK"; for
 * {@code /r/…} the route is resolved while the page itself is served (Vaadin's eager server load),
 * so unknown, revoked and expired links get a real 404. Shared pages are also kept out of search
 * indexes and never send their address (which holds the token) as a referrer, and their title is
 * written into the page ({@link #title}).
 *
 * <p>Every anonymous visit of a shared page makes a new session holding the rendered view. With the
 * servlet default (30 minutes) they pile up: about 3,700 visits filled a 512 MB heap (measured,
 * before the view was slimmed). A session that a shared page started therefore lives
 * {@link #shareSessionSeconds} after the last request instead: the page's heartbeat (every
 * {@code heartbeatInterval}, 5 minutes by default) keeps an open tab's session, a closed tab's goes
 * soon after. The same browser opening any other view (the sign-in page, the workspace) gets the
 * default timeout back.
 */
@Component
class SharedReportBootstrap implements VaadinServiceInitListener {

    /** The session attribute holding the timeout to restore; present only while the session has shown shared pages only. */
    static final String DEFAULT_TIMEOUT = SharedReportBootstrap.class.getName() + ".defaultTimeout";

    /** The request attribute holding the title of the shared page being served ({@link #title}). */
    private static final String PAGE_TITLE = SharedReportBootstrap.class.getName() + ".pageTitle";

    static boolean isSharedReport(VaadinRequest request) {
        return request != null && isSharedReport(request.getPathInfo());
    }

    static boolean isSharedReport(String path) {
        return path != null && path.startsWith("/r/");
    }

    /** Two heartbeats: one missed heartbeat (a slow network, a busy server) does not end an open page's session. */
    static int shareSessionSeconds(int heartbeatIntervalSeconds) {
        return 2 * Math.max(heartbeatIntervalSeconds, 30);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        BootstrapInitialPredicate others = event.getSource().getBootstrapInitialPredicate();
        event.getSource().setBootstrapInitialPredicate(request -> isSharedReport(request) || others.includeInitialUidl(request));
        event.addIndexHtmlRequestListener(response -> {
            if (!isSharedReport(response.getVaadinRequest())) return;
            response.getDocument().head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
            response.getDocument().head().appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
            if (response.getVaadinRequest().getAttribute(PAGE_TITLE) instanceof String title) response.getDocument().title(title);
        });
        int shareSession = shareSessionSeconds(event.getSource().getDeploymentConfiguration().getHeartbeatInterval());
        event.getSource().addSessionInitListener(init ->
                shortenIfShared(path(init.getRequest()), init.getSession().getSession(), shareSession));
        event.getSource().addUIInitListener(init ->
                restoreUnlessShared(path(VaadinRequest.getCurrent()), init.getUI().getSession().getSession()));
    }

    /**
     * Gives a shared page its title in the page as served, instead of Vaadin's way: Vaadin sets every
     * view's title (an empty one too) with a JavaScript call that its client evaluates, which the shared
     * page's Content-Security-Policy refuses (no {@code 'unsafe-eval'}; the refused call also stopped the
     * page from rendering). Shared pages are always loaded whole (eager load: the route is resolved in
     * the request that serves the page), never navigated to inside the app, so the served title stays.
     */
    static void title(BeforeEnterEvent event, String title) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) request.setAttribute(PAGE_TITLE, title);
        UI ui = event.getUI();
        ui.beforeClientResponse(ui, context -> context.getUI().getInternals().cancelPendingTitleUpdate());
    }

    private static String path(VaadinRequest request) {
        return request == null ? null : request.getPathInfo();
    }

    /** A new session started by a shared page: remember its timeout, give it the short one. */
    static void shortenIfShared(String path, WrappedSession session, int seconds) {
        if (!isSharedReport(path) || session == null) return;
        int current = session.getMaxInactiveInterval();
        if (current > 0 && current <= seconds) return;   // already as short (0 or less: never expires)
        session.setAttribute(DEFAULT_TIMEOUT, current);
        session.setMaxInactiveInterval(seconds);
    }

    /** A shared page's UI starts in its {@code /r/…} request (eager load); any other UI is the app proper. */
    static void restoreUnlessShared(String path, WrappedSession session) {
        if (isSharedReport(path) || session == null) return;
        if (session.getAttribute(DEFAULT_TIMEOUT) instanceof Integer defaultTimeout) {
            session.setMaxInactiveInterval(defaultTimeout);
            session.removeAttribute(DEFAULT_TIMEOUT);
        }
    }
}
