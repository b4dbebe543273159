package dev.benchboard.ui.share;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Makes the first request for a shared report answer with the right HTTP status. By default Vaadin
 * sends a neutral page and routes in a second request, so every address would be "200 OK"; for
 * {@code /r/…} the route is resolved while the page itself is served (Vaadin's eager server load),
 * so unknown, revoked and expired links get a real 404. Shared pages are also kept out of search
 * indexes and never send their address (which holds the token) as a referrer.
 */
@Component
class SharedReportBootstrap implements VaadinServiceInitListener {

    static boolean isSharedReport(VaadinRequest request) {
        String path = request.getPathInfo();
        return path != null && path.startsWith("/r/");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        BootstrapInitialPredicate others = event.getSource().getBootstrapInitialPredicate();
        event.getSource().setBootstrapInitialPredicate(request -> isSharedReport(request) || others.includeInitialUidl(request));
        event.addIndexHtmlRequestListener(response -> {
            if (!isSharedReport(response.getVaadinRequest())) return;
            response.getDocument().head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
            response.getDocument().head().appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        });
    }
}
