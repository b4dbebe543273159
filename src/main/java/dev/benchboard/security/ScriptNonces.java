package dev.benchboard.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Gives the page's {@code <script>} elements the response's nonce ({@link ContentSecurityPolicy}):
 * Vaadin writes its bootstrap (and, for shared reports, the first server response) as inline scripts
 * into the page, which the policy would otherwise block now that it has no {@code 'unsafe-inline'}.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)) return;
            addNonce(response.getDocument(), ContentSecurityPolicy.nonce(request.getHttpServletRequest()));
        });
    }

    static void addNonce(Document page, String nonce) {
        page.select("script").forEach(script -> script.attr("nonce", nonce));
    }
}
